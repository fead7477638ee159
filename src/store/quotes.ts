// Tables of the quotes area: quotes with their verification, speakers' primary passages with a
// term index per speaker, the word-shingle index of main texts, and text-reuse links.
import type { Statement } from 'better-sqlite3';
import type { DocKind, ExportQuote, Span, VerificationStatus } from '../types.js';
import { prepared, type DB, type Store } from './connection.js';
import { documentWhere, type DocumentFilter } from './document-filter.js';
import { SQLITE, type Dialect } from './dialect.js';

export const QUOTES_SCHEMA = `
CREATE TABLE IF NOT EXISTS quotes (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  cue TEXT,
  doc_date TEXT,
  status TEXT NOT NULL,
  matches TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker, doc_date);
CREATE INDEX IF NOT EXISTS quotes_waiting ON quotes(speaker, status, doc_date);
CREATE TABLE IF NOT EXISTS quote_terms (
  speaker TEXT NOT NULL,
  term INTEGER NOT NULL,
  quote TEXT NOT NULL,
  PRIMARY KEY (speaker, term, quote)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS primary_passages (
  id INTEGER PRIMARY KEY,
  speaker TEXT NOT NULL,
  doc TEXT NOT NULL REFERENCES documents(id),
  format TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  words TEXT NOT NULL,
  date TEXT
);
CREATE INDEX IF NOT EXISTS primary_passages_speaker ON primary_passages(speaker, date);
CREATE TABLE IF NOT EXISTS primary_term_counts (
  speaker TEXT NOT NULL,
  term INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (speaker, term)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS primary_terms (
  speaker TEXT NOT NULL,
  term INTEGER NOT NULL,
  passage INTEGER NOT NULL,
  PRIMARY KEY (speaker, term, passage)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reuse_anchors (
  hash INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  primary_kind INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (hash, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reuse_anchor_counts (
  hash INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS reports_on (
  doc TEXT NOT NULL,
  target TEXT NOT NULL,
  passages INTEGER NOT NULL,
  PRIMARY KEY (doc, target)
);
`;

/** Statements run for every quote and shingle, prepared once per connection. */
export const quoteStatements = (d: Dialect) => ({
  termPostings: 'SELECT passage FROM primary_terms WHERE speaker = ? AND term = ? LIMIT ?',
  passage: 'SELECT * FROM primary_passages WHERE id = ?',
  // a record in another text than the quoting one and its copies (a release quoting its minister is
  // the minister's record, but not one to check that very quotation against)
  // (@root: the quoting text's original; its copies found through the duplicate_of index)
  primaryInWindow: `SELECT 1 FROM primary_passages WHERE speaker = @speaker AND ((date >= @from AND date <= @to) OR date IS NULL)
    AND doc != @root AND doc NOT IN (SELECT id FROM documents WHERE duplicate_of = @root) LIMIT 1`,
  primaryAny: `SELECT 1 FROM primary_passages WHERE speaker = @speaker
    AND doc != @root AND doc NOT IN (SELECT id FROM documents WHERE duplicate_of = @root) LIMIT 1`,
  rootOf: 'SELECT coalesce(duplicate_of, id) FROM documents WHERE id = ?',
  // one statement per document, not one per anchor: the loop runs inside SQLite
  anchorCounts: `SELECT j.value AS hash, c.n AS n FROM ${d.integers('?')} j JOIN reuse_anchor_counts c ON c.hash = j.value`,
  anchorCandidates:
    `SELECT s.seq AS seq, ${d.commaList('j.key')} AS keys FROM ${d.integers('?')} j JOIN reuse_anchors s ON s.hash = j.value AND s.primary_kind <= ? GROUP BY s.seq HAVING count(*) >= ? ORDER BY count(*) DESC, s.seq LIMIT ?`,
  countAnchors: `INSERT INTO reuse_anchor_counts (hash, n) SELECT j.value, 1 FROM ${d.integers('?')} j WHERE true ON CONFLICT(hash) DO UPDATE SET n = reuse_anchor_counts.n + 1`,
  addAnchors:
    `INSERT INTO reuse_anchors (hash, seq, primary_kind) SELECT j.value, ?, ? FROM ${d.integers('?')} j JOIN reuse_anchor_counts c ON c.hash = j.value WHERE c.n <= ? ON CONFLICT DO NOTHING`,
  reuseInfo: 'SELECT id, seq, published, kind, duplicate_of FROM documents WHERE id = ?',
  reuseCandidate: 'SELECT id, seq, published, kind, duplicate_of FROM documents WHERE seq = ?',
  mainText: 'SELECT main_text FROM documents WHERE seq = ?',
  addTerms: `INSERT INTO primary_terms (speaker, term, passage) SELECT ?, j.value, ? FROM ${d.integers('?')} j WHERE true ON CONFLICT DO NOTHING`,
  // (terms counted first: a term in more passages than the cap gets no more postings, none would be read)
  addRareTerms:
    `INSERT INTO primary_terms (speaker, term, passage) SELECT ?, j.value, ? FROM ${d.integers('?')} j CROSS JOIN primary_term_counts c WHERE c.speaker = ? AND c.term = j.value AND c.n <= ? ON CONFLICT DO NOTHING`,
  countTerms:
    `INSERT INTO primary_term_counts (speaker, term, n) SELECT ?, j.value, 1 FROM ${d.integers('?')} j WHERE true ON CONFLICT(speaker, term) DO UPDATE SET n = primary_term_counts.n + 1`,
  termCounts: `SELECT j.value AS term, c.n AS n FROM ${d.integers('?')} j CROSS JOIN primary_term_counts c WHERE c.speaker = ? AND c.term = j.value`,
  addQuoteTerm: 'INSERT INTO quote_terms (speaker, term, quote) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  quotesWithTerm: 'SELECT quote FROM quote_terms WHERE speaker = ? AND term = ? LIMIT ?',
  quote: 'SELECT * FROM quotes WHERE id = ?',
  insertQuote: `INSERT INTO quotes (id, doc, start, "end", text, speaker, cue, doc_date, status, matches) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, start = excluded.start, "end" = excluded."end", text = excluded.text, speaker = excluded.speaker,
       cue = excluded.cue, doc_date = excluded.doc_date, status = excluded.status, matches = excluded.matches`,
  reportsOn: 'INSERT INTO reports_on (doc, target, passages) VALUES (?, ?, ?) ON CONFLICT (doc, target) DO UPDATE SET passages = excluded.passages',
  quotedFrom: 'INSERT INTO reports_on (doc, target, passages) VALUES (?, ?, 1) ON CONFLICT DO NOTHING',
  waitingUndated: "SELECT id, doc_date AS date FROM quotes WHERE speaker = ? AND status = 'no_primary_source' AND doc_date IS NULL",
  waitingBetween: "SELECT id, doc_date AS date FROM quotes WHERE speaker = ? AND status = 'no_primary_source' AND doc_date >= ? AND doc_date <= ?",
  waitingAll: "SELECT id, doc_date AS date FROM quotes WHERE speaker = ? AND status = 'no_primary_source'",
});
const SQL = quoteStatements(SQLITE);
const cache = new WeakMap<DB, { [K in keyof typeof SQL]: Statement }>();
function statements(db: DB) {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as { [K in keyof typeof SQL]: Statement }));
  return s;
}

export type Match = Span & { similarity: number; differences?: string };

export interface QuoteRow {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  cue: Span | null;
  docDate: string | null;
  status: VerificationStatus;
  matches: Match[];
}

/** A row as SQLite returns it: cue and matches as JSON. */
type RawQuoteRow = Omit<QuoteRow, 'cue' | 'docDate' | 'matches'> & { cue: string | null; doc_date: string | null; matches: string };

const fromRaw = (r: RawQuoteRow): QuoteRow => ({
  id: r.id,
  doc: r.doc,
  start: r.start,
  end: r.end,
  text: r.text,
  speaker: r.speaker,
  cue: r.cue ? (JSON.parse(r.cue) as Span) : null,
  docDate: r.doc_date,
  status: r.status,
  matches: JSON.parse(r.matches) as Match[],
});

export function insertQuote(store: Store, q: QuoteRow): void {
  statements(store.db).insertQuote.run(
    q.id, q.doc, q.start, q.end, q.text, q.speaker, q.cue ? JSON.stringify(q.cue) : null, q.docDate, q.status, JSON.stringify(q.matches));
}

export function updateVerification(store: Store, id: string, status: VerificationStatus, matches: Match[]): void {
  prepared(store, 'UPDATE quotes SET status = ?, matches = ? WHERE id = ?').run(status, JSON.stringify(matches), id);
}

/** Index terms of a quote with a speaker, so a new primary record finds the quotes it may verify. */
export function indexQuoteTerms(store: Store, speaker: string, quote: string, terms: number[]): void {
  const ins = statements(store.db).addQuoteTerm;
  for (const t of terms) ins.run(speaker, t, quote);
}

/** Ids of the speaker's quotes holding `term`; more than `cap` means the term is too common to search by. */
export function quotesWithTerm(store: Store, speaker: string, term: number, cap: number): string[] {
  return statements(store.db).quotesWithTerm.pluck().all(speaker, term, cap + 1) as string[];
}

/**
 * The speaker's quotes still waiting for any record of theirs (no_primary_source) dated between
 * `from` and `to` (ISO prefixes, compared as strings: a wider range than asked is fine, the caller
 * checks each date), and the undated ones, which any record could verify. Both bounds null: all of
 * them. Read through an index on (speaker, status, date), so a new record's check costs what its
 * window holds, not every quote the speaker has waiting.
 */
export function waitingQuotes(store: Store, speaker: string, from: string | null, to: string | null): { id: string; date: string | null }[] {
  const s = statements(store.db);
  type Row = { id: string; date: string | null };
  if (from === null || to === null) return s.waitingAll.all(speaker) as Row[];
  return [...(s.waitingUndated.all(speaker) as Row[]), ...(s.waitingBetween.all(speaker, from, to) as Row[])];
}

export function getQuote(store: Store, id: string): QuoteRow | null {
  const r = statements(store.db).quote.get(id) as RawQuoteRow | undefined;
  return r ? fromRaw(r) : null;
}

export interface QuoteFilter {
  doc?: string;
  speakers?: string[];
  status?: VerificationStatus;
  /** Quotes said in the documents this filter keeps. */
  docs?: DocumentFilter;
  /** Quotes by one of these speakers (entity ids; with `speakers`, by one of both). */
  by?: readonly string[];
  /** Quotes by a speaker of one of these states (ISO alpha-3 codes, upper case). */
  speakerCountries?: readonly string[];
}

export function listQuoteRows(store: Store, filter: QuoteFilter = {}): QuoteRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.doc) where.push('doc = ?'), args.push(filter.doc);
  if (filter.status) where.push('status = ?'), args.push(filter.status);
  if (filter.speakers) where.push(`speaker IN (${filter.speakers.map(() => '?').join(',') || 'NULL'})`), args.push(...filter.speakers);
  const all = where.map((w) => 'q.' + w);
  if (filter.docs || filter.by || filter.speakerCountries?.length) {
    const docs = documentWhere(filter.docs ?? {});
    const extra = [docs.sql];
    args.push(...docs.args);
    if (filter.by) extra.push(`q.speaker IN (${filter.by.map(() => '?').join(', ')})`), args.push(...filter.by);
    const countries = filter.speakerCountries ?? [];
    if (countries.length) extra.push(`q.speaker IN (SELECT id FROM entities WHERE country IN (${countries.map(() => '?').join(', ')}))`), args.push(...countries);
    all.push(`(${extra.map((w) => `(${w})`).join(' AND ')})`);
  }
  const sql = `SELECT q.* FROM quotes q JOIN documents d ON d.id = q.doc ${all.length ? 'WHERE ' + all.join(' AND ') : ''} ORDER BY d.seq, q.start`;
  return (store.db.prepare(sql).all(...args) as RawQuoteRow[]).map(fromRaw);
}

export function exportQuotes(store: Store): ExportQuote[] {
  return listQuoteRows(store).map((q) => ({
    id: q.id,
    doc: q.doc,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker: q.speaker,
    cue: q.cue,
    verification: { status: q.status, matches: q.matches },
  }));
}

// ---------------------------------------------------------------- primary passages

export interface PassageRow {
  id: number;
  speaker: string;
  doc: string;
  format: 'text' | 'html';
  start: number;
  end: number;
  /** Plain text: the original slice; HTML: the main-text slice (its readable text). */
  text: string;
  /** Per word of `text`: original start and end. */
  words: number[];
  date: string | null;
}

/**
 * Stores a passage and indexes its terms. With `cap`, a term already in more of the speaker's
 * passages than that gets no posting: `passagesWithTerm` is asked only for rarer terms (a count
 * never goes down, so a term within the cap has all its postings).
 */
export function insertPassage(store: Store, p: Omit<PassageRow, 'id'>, terms: number[], cap = Infinity): number {
  const id = Number(
    prepared(store, 'INSERT INTO primary_passages (speaker, doc, format, start, "end", text, words, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id', { pluck: true })
      .get(p.speaker, p.doc, p.format, p.start, p.end, p.text, JSON.stringify(p.words), p.date),
  );
  const unique = JSON.stringify([...new Set(terms)]);
  const st = statements(store.db);
  st.countTerms.run(p.speaker, unique);
  if (cap === Infinity) st.addTerms.run(p.speaker, id, unique);
  else st.addRareTerms.run(p.speaker, id, unique, p.speaker, cap);
  return id;
}

/** In how many of the speaker's passages each term stands (terms the speaker never used are absent). */
export function primaryTermCounts(store: Store, speaker: string, terms: number[]): Map<number, number> {
  const rows = statements(store.db).termCounts.all(JSON.stringify(terms), speaker) as { term: number; n: number }[];
  return new Map(rows.map((r) => [r.term, r.n]));
}

/** Passages of `speaker` holding `term`; more than `cap` means the term is too common to search by. */
export function passagesWithTerm(store: Store, speaker: string, term: number, cap: number): number[] {
  return statements(store.db).termPostings.pluck().all(speaker, term, cap + 1) as number[];
}

export function getPassages(store: Store, ids: number[]): PassageRow[] {
  const q = statements(store.db).passage;
  const rows: PassageRow[] = [];
  for (const id of ids) {
    const r = q.get(id) as (Omit<PassageRow, 'words'> & { words: string }) | undefined;
    if (r) rows.push({ ...r, words: JSON.parse(r.words) as number[] });
  }
  return rows;
}

/** The document a text is a copy of, or the text itself: a document and its copies are one record. */
export function rootDocument(store: Store, doc: string): string {
  return (statements(store.db).rootOf.pluck().get(doc) as string | undefined) ?? doc;
}

/**
 * Does `speaker` have a primary passage dated in [from, to] (or undated; any date when no window),
 * in a text other than `root` (a rootDocument) and its copies?
 */
export function hasPrimary(store: Store, speaker: string, from: string | null, to: string | null, root: string): boolean {
  const st = statements(store.db);
  const row = from && to ? st.primaryInWindow.get({ speaker, from, to, root }) : st.primaryAny.get({ speaker, root });
  return !!row;
}

export function speakersWithPrimary(store: Store, doc: string): string[] {
  return (prepared(store, 'SELECT DISTINCT speaker FROM primary_passages WHERE doc = ?').all(doc) as { speaker: string }[]).map((r) => r.speaker);
}

// ---------------------------------------------------------------- text reuse

/** A document as text-reuse linking weighs it. */
export interface ReuseRow {
  id: string;
  seq: number;
  published: string | null;
  kind: DocKind;
  duplicate_of: string | null;
}

export function reuseInfo(store: Store, id: string): ReuseRow {
  return statements(store.db).reuseInfo.get(id) as ReuseRow;
}

export function reuseCandidate(store: Store, seq: number): ReuseRow | undefined {
  return statements(store.db).reuseCandidate.get(seq) as ReuseRow | undefined;
}

export function mainTextBySeq(store: Store, seq: number): string {
  return statements(store.db).mainText.pluck().get(seq) as string;
}

/** In how many stored documents each anchor stands (anchors no document holds are absent). */
export function anchorCounts(store: Store, anchors: number[]): Map<number, number> {
  const rows = statements(store.db).anchorCounts.all(JSON.stringify(anchors)) as { hash: number; n: number }[];
  return new Map(rows.map((r) => [r.hash, r.n]));
}

/**
 * Indexes a document's anchors: each anchor's document count goes up, and a posting is kept only
 * while the anchor is rarer than `cap` (a common phrase's postings would never be read).
 */
export function insertAnchors(store: Store, seq: number, primaryKind: boolean, anchors: number[], cap: number): void {
  const json = JSON.stringify(anchors);
  const s = statements(store.db);
  s.countAnchors.run(json);
  s.addAnchors.run(seq, primaryKind ? 1 : 0, json, cap + 1);
}

/**
 * Stored documents holding at least `min` of `anchors` (pass only rare ones), those holding most
 * first, at most `limit`, each with the indexes in `anchors` of those it holds; with `secondaryOnly`,
 * only documents that are not primary records.
 */
export function anchorCandidates(store: Store, anchors: number[], secondaryOnly: boolean, min: number, limit: number): { seq: number; keys: number[] }[] {
  if (anchors.length < min) return [];
  const rows = statements(store.db).anchorCandidates.all(JSON.stringify(anchors), secondaryOnly ? 0 : 1, min, limit) as { seq: number; keys: string }[];
  return rows.map((r) => ({ seq: r.seq, keys: r.keys.split(',').map(Number) }));
}

export function insertReportsOn(store: Store, doc: string, target: string, passages: number): void {
  statements(store.db).reportsOn.run(doc, target, passages);
}

/** A document quotes `target` word for word: it reports on it, whatever else they share. */
export function insertQuotedFrom(store: Store, doc: string, target: string): void {
  statements(store.db).quotedFrom.run(doc, target);
}

/** Ids of documents each document quotes or rewrites (text reuse), duplicates folded into their original. */
export function reportsOnMap(store: Store): Map<string, string[]> {
  const rootOf = new Map<string, string>();
  for (const r of store.db.prepare('SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL').all() as { id: string; duplicate_of: string }[])
    rootOf.set(r.id, r.duplicate_of);
  const root = (id: string) => rootOf.get(id) ?? id;
  const map = new Map<string, string[]>();
  for (const r of store.db.prepare('SELECT doc, target FROM reports_on ORDER BY passages DESC').all() as { doc: string; target: string }[]) {
    const target = root(r.target);
    if (target === root(r.doc)) continue;
    const list = map.get(r.doc) ?? [];
    if (!list.includes(target)) list.push(target);
    map.set(r.doc, list);
  }
  return map;
}
