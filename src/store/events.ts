// Tables of the events area and their readers: one row per happening, its participants, countries,
// evidence from every reporting document, and the candidate keys linking looks new reports up by.
import type { DatePrecision, EventStatus, ExportEvent, ParticipantRole, Span } from '../types.js';
import { prepared, type Store } from './connection.js';

export const EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  quad_class INTEGER,
  status TEXT NOT NULL,
  date TEXT,
  date_precision TEXT,
  date_evidence TEXT,
  location TEXT,
  summary TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS event_participants (
  event TEXT NOT NULL REFERENCES events(id),
  entity TEXT NOT NULL,
  role TEXT NOT NULL,
  actor INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (event, entity)
);
CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants(entity);
CREATE TABLE IF NOT EXISTS event_countries (
  event TEXT NOT NULL REFERENCES events(id),
  country TEXT NOT NULL,
  PRIMARY KEY (event, country)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_countries_country ON event_countries(country);
CREATE TABLE IF NOT EXISTS event_evidence (
  event TEXT NOT NULL REFERENCES events(id),
  doc TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (event, doc, start)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_evidence_doc ON event_evidence(doc);
CREATE TABLE IF NOT EXISTS event_triggers (
  event TEXT NOT NULL REFERENCES events(id),
  doc TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (event, doc, start)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_keys (
  key TEXT NOT NULL,
  event TEXT NOT NULL REFERENCES events(id),
  PRIMARY KEY (key, event)
) WITHOUT ROWID;
`;

/** An event as linking reads and writes it: the exported fields but its evidence, which has its own table. */
export interface StoredEvent extends Omit<ExportEvent, 'participants' | 'evidence'> {
  participants: StoredParticipant[];
}

/** A participant; `actor` when a person or organisation (states are matched through countries). */
export interface StoredParticipant {
  entity: string;
  role: ParticipantRole;
  actor?: boolean;
}

interface EventRow {
  id: string;
  type: string;
  mode: string | null;
  cameo: string | null;
  quad_class: number | null;
  status: EventStatus;
  date: string | null;
  date_precision: DatePrecision | null;
  date_evidence: string | null;
  location: string | null;
  summary: string;
}

export function insertEvent(store: Store, ev: StoredEvent) {
  prepared(
      store,
      `INSERT INTO events (id, type, mode, cameo, quad_class, status, date, date_precision, date_evidence, location, summary)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(ev.id, ev.type, ev.mode, ev.cameo, ev.quadClass, ev.status, ev.date, ev.datePrecision, ev.dateEvidence ? JSON.stringify(ev.dateEvidence) : null, ev.location, ev.summary);
  addParticipants(store, ev.id, ev.participants);
  addCountries(store, ev.id, ev.countries);
}

/** Fills what the stored event lacks (mode, date or a finer date, place) from another report of it. */
export function completeEvent(store: Store, id: string, from: Pick<StoredEvent, 'mode' | 'date' | 'datePrecision' | 'dateEvidence' | 'location'>) {
  prepared(
      store,
      // a date is taken when the event has none, or a finer one of the same day, month or year
      `UPDATE events SET mode = COALESCE(mode, ?), location = COALESCE(location, ?),
         date_precision = CASE WHEN finer THEN ? ELSE date_precision END,
         date_evidence = CASE WHEN finer THEN ? ELSE date_evidence END,
         date = CASE WHEN finer THEN ? ELSE date END
       FROM (SELECT ? IS NOT NULL AND (date IS NULL OR (length(?) > length(date) AND substr(?, 1, length(date)) = date)) AS finer FROM events WHERE id = ?)
       WHERE id = ?`,
    )
    .run(from.mode, from.location, from.datePrecision, from.dateEvidence ? JSON.stringify(from.dateEvidence) : null, from.date, from.date, from.date, from.date, id, id);
}

export function addParticipants(store: Store, id: string, ps: StoredParticipant[]) {
  const st = prepared(store, 'INSERT INTO event_participants (event, entity, role, actor) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  for (const p of ps) st.run(id, p.entity, p.role, p.actor ? 1 : 0);
}

export function addCountries(store: Store, id: string, countries: string[]) {
  const st = prepared(store, 'INSERT INTO event_countries (event, country) VALUES (?, ?) ON CONFLICT DO NOTHING');
  for (const c of countries) st.run(id, c);
}

export function addEvidence(store: Store, id: string, evidence: Span[], triggers: Span[]) {
  const ev = prepared(store, 'INSERT INTO event_evidence (event, doc, start, "end", text) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
  for (const s of evidence) ev.run(id, s.doc, s.start, s.end, s.text);
  const tr = prepared(store, 'INSERT INTO event_triggers (event, doc, start, "end") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  for (const s of triggers) tr.run(id, s.doc, s.start, s.end);
}

export function addKeys(store: Store, id: string, keys: string[]) {
  const st = prepared(store, 'INSERT INTO event_keys (key, event) VALUES (?, ?) ON CONFLICT DO NOTHING');
  for (const k of keys) st.run(k, id);
}

/** The people and organisations taking part in an event (its states aside). */
export function eventActors(store: Store, id: string): string[] {
  return prepared(store, 'SELECT entity FROM event_participants WHERE event = ? AND actor = 1', { pluck: true }).all(id) as string[];
}

/** A stored event that might be another report of a new one, with what they share. */
export interface Candidate {
  id: string;
  date: string | null;
  location: string | null;
  /** Actors (people, organisations) and states the event has, and how many of them the report names too. */
  actors: number;
  sharedActors: number;
  states: number;
  sharedStates: number;
}

/** How many events one candidate key is read for. */
const FULL_KEY = 48;

/**
 * Events filed under any of `keys`, but those the document reports already (`reported`: a new
 * document's reports are all linked in one go, so the caller knows them), whose date `fits` the
 * report's (the caller's rule, given the event's date and id). Best sharing first. Key buckets are small (a day and a state or an actor; a pair in a year), so a few
 * indexed lookups per candidate cost less than one query that does it all.
 */
export function candidateEvents(store: Store, q: { keys: string[]; reported: ReadonlySet<string>; fits: (date: string | null, id: string) => boolean; actors: string[]; countries: string[]; limit: number }): Candidate[] {
  // (a key filing more events than FULL_KEY is a pair that meets all year or a busy day: it is read
  // no further, which bounds the work per report whatever the store's size; other keys still lead there)
  const byKey = prepared(store, `SELECT event FROM event_keys WHERE key = ? LIMIT ${FULL_KEY}`, { pluck: true });
  const ids = new Set<string>();
  for (const k of q.keys) for (const id of byKey.all(k) as string[]) ids.add(id);
  if (!ids.size) return [];
  const head = prepared(store, 'SELECT seq, date, location FROM events WHERE id = ?');
  const statesOf = prepared(store, 'SELECT country FROM event_countries WHERE event = ?', { pluck: true });
  const actors = new Set(q.actors), countries = new Set(q.countries);
  const found: (Candidate & { seq: number })[] = [];
  for (const id of ids) {
    if (q.reported.has(id)) continue;
    const e = head.get(id) as { seq: number; date: string | null; location: string | null } | undefined;
    if (!e || !q.fits(e.date, id)) continue;
    const a = eventActors(store, id), c = statesOf.all(id) as string[];
    found.push({
      id, date: e.date, location: e.location, seq: e.seq,
      actors: a.length, sharedActors: a.filter((x) => actors.has(x)).length,
      states: c.length, sharedStates: c.filter((x) => countries.has(x)).length,
    });
  }
  found.sort((x, y) => y.sharedActors - x.sharedActors || y.sharedStates - x.sharedStates || x.seq - y.seq);
  return found.slice(0, q.limit).map(({ seq: _, ...c }) => c);
}

/** The days the documents reporting an event were published (those known). */
export function eventPublished(store: Store, id: string): string[] {
  return prepared(
    store,
    `SELECT DISTINCT d.published FROM event_evidence v JOIN documents d ON d.id = v.doc WHERE v.event = ? AND d.published IS NOT NULL`,
    { pluck: true },
  ).all(id) as string[];
}

/** Events reported by the documents that `doc` duplicates, or that duplicate it (one text, one set of events). */
export function eventsOfDuplicates(store: Store, doc: string): string[] {
  const rows = prepared(
    store,
    `SELECT DISTINCT v.event FROM event_evidence v JOIN documents d ON d.id = v.doc
     JOIN (SELECT COALESCE(duplicate_of, id) AS root FROM documents WHERE id = @doc) r
     WHERE d.id != @doc AND (d.id = r.root OR d.duplicate_of = r.root OR d.duplicate_of = @doc)`,
  ).all({ doc }) as { event: string }[];
  return rows.map((r) => r.event);
}

/** The full id of the event `ref` names (an id or an unambiguous prefix of one). */
export function findEventId(store: Store, ref: string): string | null {
  const rows = prepared(store, "SELECT id FROM events WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 2").all(ref, ref.replace(/[\\%_]/g, (c) => '\\' + c) + '%') as { id: string }[];
  return rows.find((r) => r.id === ref)?.id ?? (rows.length === 1 ? rows[0].id : null);
}

/** Ids of events that start with `prefix`, at most `limit`. */
export function eventIdsStartingWith(store: Store, prefix: string, limit: number): string[] {
  return prepared(store, "SELECT id FROM events WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", { pluck: true }).all(prefix.replace(/[\\%_]/g, (c) => '\\' + c) + '%', limit) as string[];
}

export function readEvent(store: Store, id: string): StoredEvent | null {
  const row = prepared(store, 'SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  return row ? fromRow(store, row) : null;
}

function fromRow(store: Store, row: EventRow): StoredEvent {
  const participants = prepared(store, 'SELECT entity, role FROM event_participants WHERE event = ? ORDER BY rowid').all(row.id) as StoredParticipant[];
  const countries = (prepared(store, 'SELECT country FROM event_countries WHERE event = ? ORDER BY country').all(row.id) as { country: string }[]).map((r) => r.country);
  return {
    id: row.id, type: row.type, mode: row.mode, cameo: row.cameo, quadClass: row.quad_class, status: row.status,
    date: row.date, datePrecision: row.date_precision, dateEvidence: row.date_evidence ? (JSON.parse(row.date_evidence) as Span) : null,
    location: row.location, summary: row.summary, participants, countries,
  };
}

/** Evidence spans of an event, in ingest order of their documents. */
export function eventEvidence(store: Store, id: string): Span[] {
  return prepared(
      store,
      `SELECT e.doc, e.start, e."end", e.text FROM event_evidence e LEFT JOIN documents d ON d.id = e.doc
       WHERE e.event = ? ORDER BY d.seq, e.start`,
    )
    .all(id) as Span[];
}

/** Trigger words of an event (original offsets), for highlighting inside its evidence. */
export function eventTriggers(store: Store, id: string): { doc: string; start: number; end: number }[] {
  return prepared(store, 'SELECT doc, start, "end" FROM event_triggers WHERE event = ? ORDER BY start').all(id) as { doc: string; start: number; end: number }[];
}

/** Every stored event, dated ones in date order first, then the undated. */
export function allEvents(store: Store): StoredEvent[] {
  const rows = prepared(store, 'SELECT * FROM events ORDER BY date IS NULL, date, seq').all() as EventRow[];
  return rows.map((r) => fromRow(store, r));
}

/**
 * An event as the record tells it: its states with those of the people taking part, as the record
 * places them across documents (a President placed in his own country's releases is that country's
 * in a transcript that names him only by title). Linking matches on the states each report gave.
 */
export function withParticipantStates(store: Store, e: StoredEvent): StoredEvent {
  const states = prepared(
    store,
    `SELECT DISTINCT n.country FROM event_participants p JOIN entities n ON n.id = p.entity
     WHERE p.event = ? AND n.type = 'person' AND n.country IS NOT NULL`,
    { pluck: true },
  ).all(e.id) as string[];
  const extra = states.filter((c) => !e.countries.includes(c));
  return extra.length ? { ...e, countries: [...e.countries, ...extra].sort() } : e;
}

export function exportEvents(store: Store): ExportEvent[] {
  return allEvents(store).map((x) => withParticipantStates(store, x)).map((e) => ({
    id: e.id,
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    quadClass: e.quadClass,
    status: e.status,
    date: e.date,
    datePrecision: e.datePrecision,
    dateEvidence: e.dateEvidence,
    location: e.location,
    participants: e.participants,
    countries: e.countries,
    summary: e.summary,
    evidence: eventEvidence(store, e.id),
  }));
}

/** Event ids in timeline order, read one at a time (an export of millions of events does not hold them all). */
export function* eachEventIdInOrder(store: Store): Generator<string> {
  // (a statement of its own: a cursor left open by a reader that stops early must not hold a shared one)
  yield* store.db.prepare('SELECT id FROM events ORDER BY date IS NULL, date, seq').pluck().iterate() as IterableIterator<string>;
}
