// Tables of the conflicts area: claims about the record ("the first … since 2009") filed under the
// pair of states they concern, so a later event between that pair meets them, and the conflicts
// found, each with the words that contradict the claim.
import { createHash } from 'node:crypto';
import type { ConflictKind, ExportConflict, Range, Span } from '../types.js';
import { prepared, type Store } from './connection.js';
import { SQLITE, type Dialect } from './dialect.js';

export const CONFLICTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  pair TEXT NOT NULL,
  sort TEXT NOT NULL,
  office TEXT,
  both_hold INTEGER NOT NULL,
  destination TEXT,
  since TEXT,
  before TEXT NOT NULL,
  says TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_pair ON claims(pair);
CREATE TABLE IF NOT EXISTS conflicts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  doc TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  event TEXT,
  against TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS conflicts_doc ON conflicts(doc);
`;

/**
 * A claim that no event of a sort happened between two states in a period: "the first meeting of
 * the two foreign ministers since 2009" says none after 2009 and before the claim's own occasion.
 */
export interface Claim {
  span: Span;
  /** The sentence around the claim (original offsets): the claim's own events lie in it. */
  sentence: Range;
  /** The two states, ISO alpha-3. */
  states: [string, string];
  /** What kind of happening (a key of the claim lexicon's sorts: meeting, visit, phone). */
  sort: string;
  /** The office the people held ("foreign minister"), null when the claim names none. */
  office: string | null;
  /** Both states' people hold the office ("the two foreign ministers"), or one side's ("a British prime minister"). */
  bothHold: boolean;
  /** The state a visit goes to, when the claim says ("the first trip to China"). */
  destination: string | null;
  /** Events after this date (exclusive) contradict; null: at any time before. */
  since: string | null;
  /** Events must be dated before this (the claim's own occasion is not against it). */
  before: string;
  /** What the claim says, in a few words ("the first meeting since 2009"). */
  says: string;
}

export const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const claimId = (s: Span) => `${s.doc}:${s.start}-${s.end}`;

export function insertClaim(store: Store, c: Claim): void {
  prepared(
    store,
    `INSERT INTO claims (id, doc, start, "end", text, sentence_start, sentence_end, pair, sort, office, both_hold, destination, since, before, says)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(claimId(c.span), c.span.doc, c.span.start, c.span.end, c.span.text, c.sentence.start, c.sentence.end, pairKey(...c.states), c.sort, c.office, c.bothHold ? 1 : 0, c.destination, c.since, c.before, c.says);
}

interface ClaimRow {
  doc: string;
  start: number;
  end: number;
  text: string;
  sentence_start: number;
  sentence_end: number;
  pair: string;
  sort: string;
  office: string | null;
  both_hold: number;
  destination: string | null;
  since: string | null;
  before: string;
  says: string;
}

const fromClaimRow = (r: ClaimRow): Claim => ({
  span: { doc: r.doc, start: r.start, end: r.end, text: r.text }, sentence: { start: r.sentence_start, end: r.sentence_end },
  states: r.pair.split('|') as [string, string], sort: r.sort, office: r.office, bothHold: !!r.both_hold, destination: r.destination,
  since: r.since, before: r.before, says: r.says,
});

/** Stored claims about a pair of states (through the pair index). */
export function claimsOfPair(store: Store, a: string, b: string): Claim[] {
  return (prepared(store, 'SELECT * FROM claims WHERE pair = ? ORDER BY doc, start').all(pairKey(a, b)) as ClaimRow[]).map(fromClaimRow);
}

/** A dated, occurred event between a pair of states, as a claim is checked against it. */
export interface PairEvent {
  id: string;
  date: string;
  type: string;
  mode: string | null;
  location: string | null;
  summary: string;
}

/**
 * Occurred events whose states include both of a pair, dated after `after` (exclusive; an event
 * within that year or month is the one the claim counts from) and before `before` (exclusive; an
 * event whose period holds `before` may be the claim's own occasion).
 */
export function eventsOfPair(store: Store, a: string, b: string, after: string | null, before: string): PairEvent[] {
  // through the states index, from the rarer state of the two
  const [x, y] = rarerFirst(store, a, b);
  const rows = prepared(
    store,
    `SELECT e.id, e.date, e.type, e.mode, e.location, e.summary FROM event_countries c1
     JOIN event_countries c2 ON c2.event = c1.event AND c2.country = ?
     JOIN events e ON e.id = c1.event
     WHERE c1.country = ? AND e.status = 'occurred' AND e.date IS NOT NULL AND e.date < ? AND (? IS NULL OR e.date > ?)`,
  ).all(y, x, before, after, after) as PairEvent[];
  return rows.filter((r) => !before.startsWith(r.date) && (!after || (!r.date.startsWith(after) && !after.startsWith(r.date))));
}

function rarerFirst(store: Store, a: string, b: string): [string, string] {
  const count = prepared(store, 'SELECT count(*) FROM (SELECT 1 FROM event_countries WHERE country = ? LIMIT 100000)', { pluck: true });
  return (count.get(a) as number) <= (count.get(b) as number) ? [a, b] : [b, a];
}

export function conflictId(kind: ConflictKind, claim: Span, event: string | null, against: Span[]): string {
  const key = `${kind}:${claim.doc}:${claim.start}:${claim.end}:${event ?? against.map((s) => `${s.doc}:${s.start}`).join(',')}`;
  return 'cf_' + createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function insertConflict(store: Store, c: Omit<ExportConflict, 'id'>): string {
  const id = conflictId(c.kind, c.claim, c.event, c.against);
  prepared(store, 'INSERT INTO conflicts (id, kind, doc, start, "end", text, event, against, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(id, c.kind, c.claim.doc, c.claim.start, c.claim.end, c.claim.text, c.event, JSON.stringify(c.against), c.reason);
  return id;
}

/**
 * A conflict filed under a stable key (two events and a kind) rather than under its claim: which
 * side is the claim can change as reports arrive, and the pair has one conflict whatever the order.
 */
export function putConflict(store: Store, key: string, c: Omit<ExportConflict, 'id'>): string {
  const id = 'cf_' + createHash('sha256').update(key).digest('hex').slice(0, 16);
  prepared(
    store,
    `INSERT INTO conflicts (id, kind, doc, start, "end", text, event, against, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, doc = excluded.doc, start = excluded.start, "end" = excluded."end",
       text = excluded.text, event = excluded.event, against = excluded.against, reason = excluded.reason`,
  ).run(id, c.kind, c.claim.doc, c.claim.start, c.claim.end, c.claim.text, c.event, JSON.stringify(c.against), c.reason);
  return id;
}

/** Whether the document already has a conflict with the same words against the same event. */
export function repeatsConflict(store: Store, claim: Span, event: string): boolean {
  return !!prepared(store, 'SELECT 1 FROM conflicts WHERE doc = ? AND text = ? AND event = ? AND start != ?').get(claim.doc, claim.text, event, claim.start);
}

interface ConflictRow {
  id: string;
  kind: ConflictKind;
  doc: string;
  start: number;
  end: number;
  text: string;
  event: string | null;
  against: string;
  reason: string;
}

const fromConflictRow = (r: ConflictRow): ExportConflict => ({
  id: r.id, kind: r.kind, claim: { doc: r.doc, start: r.start, end: r.end, text: r.text }, against: JSON.parse(r.against) as Span[], event: r.event, reason: r.reason,
});

/** Every conflict, in the order found; `doc` narrows to the claims one document makes. */
export function listConflicts(store: Store, filter: { doc?: string } = {}): ExportConflict[] {
  if (!hasConflicts(store)) return [];
  const rows = filter.doc
    ? (prepared(store, 'SELECT * FROM conflicts WHERE doc = ? ORDER BY start').all(filter.doc) as ConflictRow[])
    : (prepared(store, 'SELECT * FROM conflicts ORDER BY seq').all() as ConflictRow[]);
  return rows.map(fromConflictRow);
}

/** Conflicts whose contradicting words lie in `doc` (one parameter), in the order found. */
export const conflictsAgainstDocSql = (d: Dialect) =>
  `SELECT c.* FROM conflicts c WHERE EXISTS (SELECT 1 FROM ${d.jsonArray('c.against')} j WHERE ${d.jsonField('j.value', 'doc')} = ?) ORDER BY seq`;
const CONFLICTS_AGAINST_DOC = conflictsAgainstDocSql(SQLITE);

/** Conflicts whose contradicting words lie in `doc` (the reader marks both sides). */
export function conflictsAgainstDoc(store: Store, doc: string): ExportConflict[] {
  if (!hasConflicts(store)) return [];
  const rows = prepared(store, CONFLICTS_AGAINST_DOC).all(doc) as ConflictRow[];
  return rows.map(fromConflictRow);
}

/** A store made before conflicts were found, opened read-only, has no table for them: none found. */
function hasConflicts(store: Store): boolean {
  return !!prepared(store, SQLITE.tableExists).get('conflicts');
}

/** The documents that are one text with `doc` (it, what it duplicates, and that one's other copies). */
export function sameTextDocs(store: Store, doc: string): Set<string> {
  const rows = prepared(
    store,
    `SELECT d.id FROM documents d JOIN (SELECT COALESCE(duplicate_of, id) AS root FROM documents WHERE id = ?) r
     WHERE d.id = r.root OR d.duplicate_of = r.root`,
    { pluck: true },
  ).all(doc) as string[];
  return new Set([doc, ...rows]);
}

/** Events with evidence in a document (through the evidence index by document). */
export function eventsOfDocument(store: Store, doc: string): string[] {
  return prepared(store, 'SELECT DISTINCT event FROM event_evidence WHERE doc = ?', { pluck: true }).all(doc) as string[];
}

/** Events filed under any of these event keys (linking's index), a bounded number per key. */
export function eventsUnderKeys(store: Store, keys: string[]): Set<string> {
  const byKey = prepared(store, 'SELECT event FROM event_keys WHERE key = ? LIMIT 48', { pluck: true });
  const ids = new Set<string>();
  for (const k of keys) for (const id of byKey.all(k) as string[]) ids.add(id);
  return ids;
}

/** Whether an entity is named inside a span (through the mentions' entity-and-document key). */
export function mentionedIn(store: Store, entity: string, span: Span): boolean {
  return !!prepared(store, 'SELECT 1 FROM entity_mentions WHERE entity = ? AND doc = ? AND start >= ? AND "end" <= ? LIMIT 1').get(entity, span.doc, span.start, span.end);
}
