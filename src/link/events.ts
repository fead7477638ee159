// Merging a document's events with the store's reports of the same happening. Candidates come from
// the event_keys index (same type, status and day, sharing a state or an actor; or the same pair of actors in the same year),
// never from a scan of all events, so arrival order does not matter.
import { createHash } from 'node:crypto';
import type { Store } from '../store/db.js';
import {
  addCountries, addEvidence, addKeys, eventActors, addParticipants, candidateEvents, completeEvent, eventsOfDuplicates, insertEvent, readEvent, type Candidate, type StoredEvent,
} from '../store/events.js';
import type { CleanDocument, DocAnnotations, LocalEvent } from '../types.js';

/** A new report, with participants as global entity ids. */
interface Report extends StoredEvent {
  actors: string[];
}

/**
 * Day keys of a dated event: one per state and per actor it involves, so a lookup meets only the
 * same day's events that share a state or an actor (a bucket of one day's meetings worldwide would
 * grow with the corpus, and no event sharing neither could match). Undated events are found
 * through their actors only.
 */
function dateKeys(e: { type: string; status: string; date: string | null }, countries: string[], actors: string[]): string[] {
  if (!e.date) return [];
  const day = `d|${e.type}|${e.status}|${e.date}`;
  return [...new Set(countries)].map((c) => `${day}|c:${c}`).concat([...new Set(actors)].map((a) => `${day}|a:${a}`));
}
/**
 * Pair keys: each pair of the event's actors, within its year (dates that can be one happening's
 * share their year: "2024-02" and "2024-02-05"), or among the undated; a pair that meets every
 * year would make a bucket that grows with the corpus.
 */
export function pairKeys(e: { type: string; status: string; date: string | null }, actors: string[]): string[] {
  const sorted = [...new Set(actors)].sort();
  const year = e.date ? e.date.slice(0, 4) : '-';
  const keys: string[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) keys.push(`p|${e.type}|${e.status}|${year}|${sorted[i]}|${sorted[j]}`);
  return keys;
}

export function linkEvents(store: Store, doc: CleanDocument, ann: DocAnnotations, entityIds: Map<string, string>): void {
  const actorTypes = new Map(ann.entities.map((e) => [e.localId, e.type]));
  // the events of this text's other copies, read once
  const twins = eventsOfDuplicates(store, doc.id).map((id) => readEvent(store, id)).filter((e): e is StoredEvent => !!e);
  // the events this document reports, made or merged into so far: a new document reports no others
  const reported = new Set<string>();
  ann.events.forEach((local, i) => {
    const report = toReport(doc, local, i, entityIds, actorTypes);
    const match = findTwin(twins, reported, report) ?? findMatch(store, reported, report);
    if (match) {
      reported.add(match.id);
      mergeReport(store, match, report, local);
    }
    else {
      reported.add(report.id);
      insertEvent(store, report);
      addEvidence(store, report.id, local.evidence, local.triggers ?? []);
      addKeys(store, report.id, keysOf(report, report.countries, report.actors));
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

function keysOf(r: { type: string; status: string; date: string | null }, countries: string[], actors: string[]): string[] {
  return [...dateKeys(r, countries, actors), ...pairKeys(r, actors)];
}

/** In a duplicate's group, the event with the same type, status, date and summary is this one. */
function findTwin(twins: StoredEvent[], reported: ReadonlySet<string>, r: Report): StoredEvent | null {
  return twins.find((ev) => !reported.has(ev.id) && ev.type === r.type && ev.status === r.status && ev.date === r.date && ev.summary === r.summary) ?? null;
}

/** How many candidates linking compares in full: the index and SQL have ranked them already. */
const CANDIDATES = 20;

/** The stored event this report repeats: the best fitting candidate from the index, if any fits. */
function findMatch(store: Store, reported: ReadonlySet<string>, r: Report): StoredEvent | null {
  // with neither a state nor an actor nothing can fit (see score)
  const keys = keysOf(r, r.countries, r.actors);
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of candidateEvents(store, { keys, reported, date: r.date, actors: r.actors, countries: r.countries, limit: CANDIDATES })) {
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
  // (talks in Tokyo are not the visit to Beijing, whoever held them)
  if (c.location && r.location && c.location !== r.location) return 0;
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
  // the pairs of this report's actors now lead here too (the event's own pairs are filed already),
  // and with a finer date, the event's states and actors under that day
  const finer = !!r.date && (!ev.date || r.date.length > ev.date.length);
  const date = finer ? r.date : ev.date;
  const countries = finer ? [...ev.countries, ...r.countries] : r.countries;
  const actors = finer ? [...eventActors(store, ev.id), ...r.actors] : r.actors;
  addKeys(store, ev.id, keysOf({ ...ev, date }, countries, actors));
}
