// The whole record of events read at once, for the timeline index the web app keeps in memory,
// and an event's evidence as one document holds it.
import { prepared, type Store } from './connection.js';

export interface TimelineEventRow {
  id: string;
  type: string;
  mode: string | null;
  quad_class: number | null;
  status: string;
  date: string | null;
  date_precision: string | null;
  summary: string;
  location: string | null;
}

/** Every event, in timeline order (undated last, then as stored). */
export function timelineEventRows(store: Store): TimelineEventRow[] {
  return prepared(store, 'SELECT id, type, mode, quad_class, status, date, date_precision, summary, location FROM events ORDER BY date IS NULL, date, seq').all() as TimelineEventRow[];
}

/** Every event's participants, in the order they were added. */
export function allEventParticipants(store: Store): { event: string; entity: string; role: string }[] {
  return prepared(store, 'SELECT event, entity, role FROM event_participants ORDER BY rowid').all() as { event: string; entity: string; role: string }[];
}

/** Every event's states, by code. */
export function allEventCountries(store: Store): { event: string; country: string }[] {
  return prepared(store, 'SELECT event, country FROM event_countries ORDER BY country').all() as { event: string; country: string }[];
}

/** How many documents report each event (events with evidence only). */
export function eventSourceCounts(store: Store): Map<string, number> {
  const rows = prepared(store, 'SELECT event, count(DISTINCT doc) AS n FROM event_evidence GROUP BY event').all() as { event: string; n: number }[];
  return new Map(rows.map((r) => [r.event, r.n]));
}

/** The evidence sentences one document gives, with the event each supports. */
export function evidenceInDocument(store: Store, doc: string): { event: string; start: number; end: number }[] {
  return prepared(store, 'SELECT event, start, "end" FROM event_evidence WHERE doc = ?').all(doc) as { event: string; start: number; end: number }[];
}
