// Merging a document's events with the store's reports of the same happening. Candidates come from
// the event_keys index (same type, status and day; or the same pair of actors, whatever the date),
// never from a scan of all events, so arrival order does not matter.
import { createHash } from 'node:crypto';
import type { Store } from '../store/db.js';
import {
  addCountries, addEvidence, addKeys, addParticipants, candidateEvents, completeEvent, eventsOfDuplicates, insertEvent, readEvent, type Candidate, type StoredEvent,
} from '../store/events.js';
import type { CleanDocument, DocAnnotations, LocalEvent } from '../types.js';

/** A new report, with participants as global entity ids. */
interface Report extends StoredEvent {
  actors: string[];
}

/** The day bucket of a dated event (undated events are found through their actors only: a bucket of
 * every undated event would grow with the corpus). */
const dateKeys = (e: { type: string; status: string; date: string | null }) => (e.date ? [`d|${e.type}|${e.status}|${e.date}`] : []);
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
  return [...dateKeys(r), ...pairKeys(r, actors)];
}

/** In a duplicate's group, the event with the same type, status, date and summary is this one. */
function findTwin(twins: StoredEvent[], taken: Set<string>, r: Report): StoredEvent | null {
  return twins.find((ev) => !taken.has(ev.id) && ev.type === r.type && ev.status === r.status && ev.date === r.date && ev.summary === r.summary) ?? null;
}

/** How many candidates linking compares in full: the index and SQL have ranked them already. */
const CANDIDATES = 20;

/** The stored event this report repeats: the best fitting candidate from the index, if any fits. */
function findMatch(store: Store, docId: string, r: Report): StoredEvent | null {
  const keys = [...dateKeys(r), ...pairKeys(r, r.actors)];
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of candidateEvents(store, { keys, doc: docId, date: r.date, actors: r.actors, countries: r.countries, limit: CANDIDATES })) {
    const s = score(c, r);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best ? readEvent(store, best.id) : null;
}

/**
 * How well a stored event fits a report (0: not the same happening); type, status and a compatible
 * date come with the candidate. Shared actors or, without actors on one side, states.
 */
function score(c: Candidate, r: Report): number {
  // a coarser date ("in February") fits a finer one only when two actors agree too
  if (c.date !== r.date && c.sharedActors < 2) return 0;
  if (r.countries.length && c.states && !c.sharedStates) return 0;
  if (r.actors.length && c.actors) return c.sharedActors ? 10 * c.sharedActors + c.sharedStates : 0;
  // without actors on one side, the states must agree
  const need = Math.min(2, r.countries.length, c.states);
  return need && c.sharedStates >= need ? c.sharedStates : 0;
}

function mergeReport(store: Store, ev: StoredEvent, r: Report, local: LocalEvent) {
  completeEvent(store, ev.id, r);
  addParticipants(store, ev.id, r.participants.filter((p) => !ev.participants.some((q) => q.entity === p.entity)));
  addCountries(store, ev.id, r.countries);
  addEvidence(store, ev.id, local.evidence, local.triggers ?? []);
  // the pairs of this report's actors now lead here too (the event's own pairs are filed already)
  const date = !ev.date || (r.date && r.date.length > ev.date.length) ? r.date : ev.date;
  addKeys(store, ev.id, keysOf({ ...ev, date }, r.actors));
}
