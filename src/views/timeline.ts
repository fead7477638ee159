// The timeline: stored events in date order (undated ones apart), filtered by country, actor, date
// range and type; and one event with every sentence that reports it. Used by the CLI and the web app.
import type { Store } from '../store/db.js';
import { getDocument } from '../store/documents.js';
import { displayName, entityNames, getEntity } from '../store/entities.js';
import { allEvents, eventEvidence, eventTriggers, eventIdsStartingWith, findEventId, readEvent, type StoredEvent } from '../store/events.js';
import type { ParticipantRole, Span } from '../types.js';
import { checkDates, FilterError, inDateRange, resolveActors } from './filters.js';

export { FilterError };

export interface TimelineFilter {
  /** ISO alpha-3 codes: events involving any of them. */
  countries?: string[];
  /** Names: events in which any entity these names may mean takes part. */
  actors?: string[];
  /** The same as actors (the name the other lists' filter goes by). */
  persons?: string[];
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive, compared at the event's precision. */
  from?: string;
  to?: string;
  types?: string[];
  /** Kinds of document: events some document of one of these kinds reports. */
  kinds?: string[];
}

export interface TimelineSource {
  doc: string;
  sourceName: string;
  title: string | null;
}

export interface TimelineEntry {
  id: string;
  date: string | null;
  type: string;
  mode: string | null;
  cameo: string | null;
  quadClass: number | null;
  status: string;
  location: string | null;
  participants: { entity: string; name: string; role: ParticipantRole }[];
  countries: string[];
  summary: string;
  sources: TimelineSource[];
}

export interface Timeline {
  dated: TimelineEntry[];
  /** Events whose date the sources do not give. */
  undated: TimelineEntry[];
}

export function timeline(store: Store, filter: TimelineFilter = {}): Timeline {
  const keep = eventFilter(store, filter);
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    if (!names.has(id)) {
      const e = getEntity(store, id);
      names.set(id, e ? displayName(e, entityNames(store, id)) : id);
    }
    return names.get(id)!;
  };
  const entries = allEvents(store).filter(keep).map((e) => toEntry(store, e, nameOf));
  return { dated: entries.filter((e) => e.date), undated: entries.filter((e) => !e.date) };
}

/** Whether an event passes the filter (its names looked up once); FilterError for a bad date or an unknown actor. */
export function eventFilter(store: Store, filter: TimelineFilter): (e: StoredEvent) => boolean {
  checkDates(filter);
  const countries = new Set((filter.countries ?? []).map((c) => c.toUpperCase()));
  const types = new Set((filter.types ?? []).map((t) => t.toUpperCase()));
  const named = [resolveActors(store, filter.persons, '--person'), resolveActors(store, filter.actors, '--actor')].filter((a) => a !== null);
  const actors = named.length ? new Set(named.flatMap((a) => [...a])) : null;
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const docKind = new Map<string, string>();
  const kindOf = (doc: string) => docKind.get(doc) ?? docKind.set(doc, getDocument(store, doc)?.kind ?? '').get(doc)!;
  return (e: StoredEvent) =>
    (!countries.size || e.countries.some((c) => countries.has(c))) &&
    (!types.size || types.has(e.type)) &&
    (!actors || e.participants.some((p) => actors.has(p.entity))) &&
    inDateRange(e.date, filter.from, filter.to) &&
    (!kinds || eventEvidence(store, e.id).some((s) => kinds.has(kindOf(s.doc))));
}

function toEntry(store: Store, e: StoredEvent, nameOf: (id: string) => string): TimelineEntry {
  const docs = [...new Set(eventEvidence(store, e.id).map((s) => s.doc))];
  return {
    id: e.id, date: e.date, type: e.type, mode: e.mode, cameo: e.cameo, quadClass: e.quadClass, status: e.status, location: e.location,
    participants: e.participants.map((p) => ({ entity: p.entity, name: nameOf(p.entity), role: p.role })),
    countries: e.countries, summary: e.summary,
    sources: docs.map((doc) => {
      const row = getDocument(store, doc);
      return { doc, sourceName: row?.source_name ?? doc, title: row?.title ?? null };
    }),
  };
}

export interface EvidenceSentence extends Span {
  sourceName: string;
  /** Offsets of the trigger words inside `text` (for highlighting), relative to the span start. */
  marks: { start: number; end: number }[];
}

export interface EventDetail extends TimelineEntry {
  dateEvidence: Span | null;
  evidence: EvidenceSentence[];
}

/** Events whose id starts so (at most `limit`), with their date and summary: to choose one from. */
export function eventsStartingWith(store: Store, prefix: string, limit: number): StoredEvent[] {
  return eventIdsStartingWith(store, prefix, limit).map((id) => readEvent(store, id)).filter((e): e is StoredEvent => !!e);
}

/** One event with every sentence that reports it and, inside each, the words that name it. */
export function eventDetail(store: Store, id: string): EventDetail | null {
  const full = findEventId(store, id);
  const e = full ? readEvent(store, full) : null;
  if (!e) return null;
  const names = (pid: string) => {
    const ent = getEntity(store, pid);
    return ent ? displayName(ent, entityNames(store, pid)) : pid;
  };
  const triggers = eventTriggers(store, e.id);
  const evidence = eventEvidence(store, e.id).map((s) => ({
    ...s,
    sourceName: getDocument(store, s.doc)?.source_name ?? s.doc,
    // (an HTML span's text is readable text, not the source slice: no offsets to mark inside it)
    marks: s.text.length !== s.end - s.start ? [] : triggers.filter((t) => t.doc === s.doc && t.start >= s.start && t.end <= s.end).map((t) => ({ start: t.start - s.start, end: t.end - s.start })),
  }));
  return { ...toEntry(store, e, names), dateEvidence: e.dateEvidence, evidence };
}
