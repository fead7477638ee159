// Merging a document's events with the store's reports of the same happening. Candidates come from
// the event_keys index (same type, status and day, sharing a state or an actor; the same pair of
// actors in the same year; or, for a report that gives no date, the days around its publication),
// never from a scan of all events, so arrival order does not matter.
import { createHash } from 'node:crypto';
import type { Store } from '../store/db.js';
import {
  addCountries, addEvidence, addKeys, eventActors, addParticipants, candidateEvents, completeEvent, eventPublished, eventsOfDuplicates, insertEvent, readEvent, type Candidate, type StoredEvent,
} from '../store/events.js';
import type { CleanDocument, DocAnnotations, LocalEvent } from '../types.js';
import { shiftDays } from './quotes.js';

/** A new report, with participants as global entity ids. */
interface Report extends StoredEvent {
  actors: string[];
  /** The day its document was published, when known to the day. */
  published: string | null;
}

/**
 * How many days a story may follow a happening and still tell of it without its date ("the summit
 * in Alaska" in the next days' news), and how far apart two undated reports of one happening may
 * be published (the same pair's undated talks a season apart are two talks).
 */
export const WINDOW_DAYS = 7;

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

/**
 * Keys of an undated report by its publication day, one per state and per actor: the reports of
 * the same days find it (undated, or dated within the window before), and no bucket spans years.
 */
function publishedKeys(e: { type: string; status: string }, day: string, countries: string[], actors: string[]): string[] {
  const at = `w|${e.type}|${e.status}|${day}`;
  return [...new Set(countries)].map((c) => `${at}|c:${c}`).concat([...new Set(actors)].map((a) => `${at}|a:${a}`));
}

/** Each day from `from` to `to` (ISO days, both included). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = shiftDays(d, 1)) out.push(d);
  return out;
}

/** A date that can bound a window: a day or a month (a year is too wide to say "just after"). */
const windowed = (date: string) => date.length === 10 || date.length === 7;

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
    published: doc.published?.value.length === 10 ? doc.published.value : null,
  };
}

const isActor = (type: string | undefined) => type === 'person' || type === 'organization';

/** The keys an event is filed under: its day and pairs when dated, its publication day when not. */
function keysOf(r: { type: string; status: string; date: string | null; published?: string | null }, countries: string[], actors: string[]): string[] {
  if (!r.date && r.published) return publishedKeys(r, r.published, countries, actors);
  return [...dateKeys(r, countries, actors), ...pairKeys(r, actors)];
}

/**
 * The keys a report looks candidates up by: those it is filed under, and the days it may meet
 * across the window: an undated report the undated ones published around it and, when it tells of
 * something done, the dated ones of the days before its publication; a dated report of something
 * done, the undated ones published in the window after its date.
 */
function lookupKeys(r: Report): string[] {
  const keys = r.date || !r.published ? keysOf(r, r.countries, r.actors) : [];
  const done = r.status === 'occurred';
  if (!r.date && r.published) {
    for (const d of days(shiftDays(r.published, -WINDOW_DAYS), shiftDays(r.published, WINDOW_DAYS))) keys.push(...publishedKeys(r, d, r.countries, r.actors));
    if (done) {
      const before = days(shiftDays(r.published, -WINDOW_DAYS), r.published);
      for (const d of new Set([...before, ...before.map((x) => x.slice(0, 7))])) keys.push(...dateKeys({ ...r, date: d }, r.countries, r.actors));
    }
  } else if (r.date && done && windowed(r.date)) {
    for (const d of days(shiftDays(r.date, 0), shiftDays(r.date, WINDOW_DAYS, 'last'))) keys.push(...publishedKeys(r, d, r.countries, r.actors));
  }
  return keys;
}

/**
 * Whether a stored event (its date, and the days its documents were published) and a report can be
 * one happening by their dates: both dated, the same or one within the other ("2024-02" and
 * "2024-02-05"); both undated, published within the window of each other (when both are known);
 * one undated, something done whose undated reports all came out from its date to the window after.
 */
function datesFit(r: Report, date: string | null, published: () => string[]): boolean {
  if (r.date && date) return r.date.startsWith(date) || date.startsWith(r.date);
  if (!r.date && !date) {
    const pubs = published();
    if (!r.published || !pubs.length || pubs.some((p) => p.length !== 10)) return true;
    return pubs.every((p) => shiftDays(p, -WINDOW_DAYS) <= r.published! && r.published! <= shiftDays(p, WINDOW_DAYS));
  }
  const dated = (r.date ?? date)!;
  if (r.status !== 'occurred' || !windowed(dated)) return false;
  const pubs = r.date ? published() : r.published ? [r.published] : [];
  const first = shiftDays(dated, 0), last = shiftDays(dated, WINDOW_DAYS, 'last');
  return pubs.length > 0 && pubs.every((p) => p.length === 10 && first <= p && p <= last);
}

/**
 * In a duplicate's group, the event with the same type, status, date and summary is this one; else
 * (a copy that drops "on Friday" or a name) the one of that type and status whose date can be the
 * same, sharing most of its participants.
 */
function findTwin(twins: StoredEvent[], reported: ReadonlySet<string>, r: Report): StoredEvent | null {
  const open = twins.filter((ev) => !reported.has(ev.id) && ev.type === r.type && ev.status === r.status);
  const same = open.find((ev) => ev.date === r.date && ev.summary === r.summary);
  if (same) return same;
  let best: StoredEvent | null = null, bestShare = 0.5;
  for (const ev of open) {
    if (ev.date && r.date && !(ev.date.startsWith(r.date) || r.date.startsWith(ev.date))) continue;
    const mine = new Set(r.participants.map((p) => p.entity));
    const theirs = new Set(ev.participants.map((p) => p.entity));
    const shared = [...mine].filter((x) => theirs.has(x)).length;
    const share = shared / new Set([...mine, ...theirs]).size;
    if (share >= bestShare && (share > bestShare || !best)) [best, bestShare] = [ev, share];
  }
  return best;
}

/** How many candidates linking compares in full: the index and SQL have ranked them already. */
const CANDIDATES = 20;

/** The stored event this report repeats: the best fitting candidate from the index, if any fits. */
function findMatch(store: Store, reported: ReadonlySet<string>, r: Report): StoredEvent | null {
  // with neither a state nor an actor nothing can fit (see score)
  const keys = lookupKeys(r);
  let best: Candidate | null = null;
  let bestScore = 0;
  // an undated report fitting two days as well (two calls of the pair that week) is neither's
  let rivalDay = false;
  const fits = (date: string | null, id: string) => datesFit(r, date, () => eventPublished(store, id));
  for (const c of candidateEvents(store, { keys, reported, fits, actors: r.actors, countries: r.countries, limit: CANDIDATES })) {
    const s = score(c, r);
    if (s > bestScore) [best, bestScore, rivalDay] = [c, s, false];
    else if (s && s === bestScore && !r.date && c.date && best?.date && c.date !== best.date) rivalDay = true;
  }
  return best && !rivalDay ? readEvent(store, best.id) : null;
}

/**
 * How well a stored event fits a report (0: not the same happening); type, status and a compatible
 * date come with the candidate. Shared actors or, without actors on one side, states.
 */
function score(c: Candidate, r: Report): number {
  // a coarser date ("in February") fits a finer one only when two actors agree too; a missing one
  // (on either side) when the main pair does: two actors, or an actor and two states (undated
  // reports meet by single actors: their days' keys would otherwise make one of any two acts of a
  // leader that week); with no actor on a side, the states below
  if ((c.date !== r.date || !r.date) && c.sharedActors < 2) {
    if (c.date && r.date) return 0;
    if (c.actors && r.actors.length && !(c.sharedActors && c.sharedStates >= 2)) return 0;
  }
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
  addKeys(store, ev.id, keysOf({ ...ev, date, published: r.published }, countries, actors));
}
