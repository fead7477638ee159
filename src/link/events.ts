// Merging a document's events with the store's reports of the same happening. Candidates come from
// the event_keys index (same type, status and day; or the same pair of actors when a report has no
// date), never from a scan of all events, so arrival order does not matter.
import { createHash } from 'node:crypto';
import type { Store } from '../store/db.js';
import {
  addCountries, addEvidence, addKeys, addParticipants, completeEvent, eventActors, eventsByKeys, eventsOfDuplicates, insertEvent, readEvent, reportedIn, type StoredEvent,
} from '../store/events.js';
import type { CleanDocument, DocAnnotations, LocalEvent } from '../types.js';

/** A new report, with participants as global entity ids. */
interface Report extends StoredEvent {
  actors: string[];
}

/** The day bucket of a dated event (undated events are found through their actors only: a bucket of
 * every undated event would grow with the corpus). */
const dateKeys = (e: { type: string; status: string; date: string | null }) => (e.date ? [`d|${e.type}|${e.status}|${e.date}`] : []);
/** A day also files its event under its month, where a report that says only "in February" looks. */
const monthKey = (e: { type: string; status: string; date: string | null }) => (e.date && e.date.length === 10 ? [`d|${e.type}|${e.status}|${e.date.slice(0, 7)}`] : []);
function pairKeys(e: { type: string; status: string }, actors: string[]): string[] {
  const sorted = [...new Set(actors)].sort();
  const keys: string[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) keys.push(`p|${e.type}|${e.status}|${sorted[i]}|${sorted[j]}`);
  return keys;
}

export function linkEvents(store: Store, doc: CleanDocument, ann: DocAnnotations, entityIds: Map<string, string>): void {
  const actorTypes = new Map(ann.entities.map((e) => [e.localId, e.type]));
  // the events of this text's other copies, read once
  const twins = eventsOfDuplicates(store, doc.id).map((id) => readEvent(store, id)).filter((e): e is StoredEvent => !!e);
  const taken = new Set<string>();
  ann.events.forEach((local, i) => {
    const report = toReport(doc, local, i, entityIds, actorTypes);
    const match = findTwin(twins, taken, report) ?? findMatch(store, doc.id, report);
    if (match) {
      taken.add(match.id);
      mergeReport(store, match, report, local);
    }
    else {
      insertEvent(store, report);
      addEvidence(store, report.id, local.evidence, local.triggers ?? []);
      addKeys(store, report.id, keysOf(report, report.actors));
    }
  });
}

function toReport(doc: CleanDocument, e: LocalEvent, index: number, entityIds: Map<string, string>, types: Map<string, string>): Report {
  const participants = e.participants
    .map((p) => ({ entity: entityIds.get(p.localId) ?? '', role: p.role, local: p.localId }))
    .filter((p) => p.entity);
  const first = e.evidence[0];
  const id = 'ev_' + createHash('sha256').update(`${doc.id}:${first?.start ?? index}:${e.type}:${index}`).digest('hex').slice(0, 16);
  return {
    id,
    type: e.type, mode: e.mode, cameo: e.cameo, quadClass: e.quadClass, status: e.status,
    date: e.date?.value ?? null, datePrecision: e.date?.precision ?? null, dateEvidence: e.dateEvidence,
    location: e.location, summary: e.summary,
    participants: participants.map(({ entity, role, local }) => ({ entity, role, actor: isActor(types.get(local)) })),
    countries: e.countries,
    actors: participants.filter((p) => isActor(types.get(p.local))).map((p) => p.entity),
  };
}

const isActor = (type: string | undefined) => type === 'person' || type === 'organization';

function keysOf(r: { type: string; status: string; date: string | null }, actors: string[] = []): string[] {
  return [...dateKeys(r), ...monthKey(r), ...pairKeys(r, actors)];
}

/** In a duplicate's group, the event with the same type, status, date and summary is this one. */
function findTwin(twins: StoredEvent[], taken: Set<string>, r: Report): StoredEvent | null {
  return twins.find((ev) => !taken.has(ev.id) && ev.type === r.type && ev.status === r.status && ev.date === r.date && ev.summary === r.summary) ?? null;
}

/** The stored event this report repeats, if exactly one fits best. */
function findMatch(store: Store, docId: string, r: Report): StoredEvent | null {
  const keys = [...dateKeys(r), ...pairKeys(r, r.actors)];
  let best: StoredEvent | null = null;
  let bestScore = 0;
  for (const id of eventsByKeys(store, keys, r.date)) {
    // a document's own events were kept apart on purpose by its annotator
    if (reportedIn(store, id, docId)) continue;
    const ev = readEvent(store, id);
    if (!ev) continue;
    const s = score(store, ev, r);
    if (s > bestScore) [best, bestScore] = [ev, s];
  }
  return best;
}

/**
 * How well a stored event fits a report (0: not the same happening). Same type and status always;
 * dates equal, or one unknown when two actors are shared; shared actors or, without actors, states.
 */
function score(store: Store, ev: StoredEvent, r: Report): number {
  if (ev.type !== r.type || ev.status !== r.status) return 0;
  const evActors = eventActors(store, ev.id);
  const sharedActors = r.actors.filter((a) => evActors.has(a)).length;
  const sharedStates = r.countries.filter((c) => ev.countries.includes(c)).length;
  if (ev.date !== r.date) {
    // an unknown or coarser date ("in February") fits a finer one only when two actors agree too
    const [a, b] = [ev.date ?? '', r.date ?? ''].sort((x, y) => x.length - y.length);
    if (!b.startsWith(a) || sharedActors < 2) return 0;
  }
  if (r.countries.length && ev.countries.length && !sharedStates) return 0;
  if (r.actors.length && evActors.size) return sharedActors ? 10 * sharedActors + sharedStates : 0;
  // without actors on one side, the states must agree
  const need = Math.min(2, r.countries.length, ev.countries.length);
  return need && sharedStates >= need ? sharedStates : 0;
}


function mergeReport(store: Store, ev: StoredEvent, r: Report, local: LocalEvent) {
  completeEvent(store, ev.id, r);
  addParticipants(store, ev.id, r.participants.filter((p) => !ev.participants.some((q) => q.entity === p.entity)));
  addCountries(store, ev.id, r.countries);
  addEvidence(store, ev.id, local.evidence, local.triggers ?? []);
  const actors = [...new Set([...eventActors(store, ev.id), ...r.actors])];
  const date = !ev.date || (r.date && r.date.length > ev.date.length) ? r.date : ev.date;
  addKeys(store, ev.id, keysOf({ ...ev, date }, actors));
}
