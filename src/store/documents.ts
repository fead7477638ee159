// Documents, their annotations (as the pure annotators left them) and the full-text index.
import type { CleanDocument, DocAnnotations, DocKind, DocFormat, ExportDocument, MetaItem, Range } from '../types.js';
import { spanFromOriginal } from '../clean/main-text.js';
import { annotationsFromJson, annotationsToJson } from './annotations-json.js';
import { prepared, type Store } from './connection.js';
import { documentWhere, sortSql, DEFAULT_SORT, type DocSort, type DocumentFilter } from './document-filter.js';
import { indexDocumentText, unindexDocumentText } from './search.js';
import { SQLITE, type Dialect } from './dialect.js';

export const DOCUMENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  source_name TEXT NOT NULL,
  format TEXT NOT NULL,
  original TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  title TEXT,
  title_start INTEGER, title_end INTEGER,
  published TEXT,
  published_precision TEXT,
  published_start INTEGER, published_end INTEGER,
  language TEXT NOT NULL,
  kind TEXT NOT NULL,
  main_text TEXT NOT NULL,
  body TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  clean_share REAL NOT NULL,
  duplicate_of TEXT,
  ingested_at TEXT NOT NULL,
  -- the metadata's names, JSON [{name, range}] (null when none; see migrations, version 4)
  authors TEXT,
  tags TEXT
);
CREATE INDEX IF NOT EXISTS documents_text_hash ON documents(text_hash);
CREATE INDEX IF NOT EXISTS documents_duplicate_of ON documents(duplicate_of);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
-- the document list's counts per kind and per language, read from the index instead of every row
CREATE INDEX IF NOT EXISTS documents_kind_facet ON documents(kind, language, published, duplicate_of);
CREATE INDEX IF NOT EXISTS documents_language_facet ON documents(language, kind, published, duplicate_of);
CREATE TABLE IF NOT EXISTS annotations (
  doc TEXT PRIMARY KEY REFERENCES documents(id),
  json TEXT NOT NULL
);
-- The full-text index reads its text from the documents table (external content, through this view)
-- instead of holding a second copy of every main text; its rowid is the document's seq.
CREATE VIEW IF NOT EXISTS documents_search_text AS SELECT seq, id AS doc, coalesce(title, '') AS title, main_text AS body FROM documents;
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(doc UNINDEXED, title, body, content = 'documents_search_text', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
`;

export interface DocumentRow {
  seq: number;
  id: string;
  hash: string;
  source: string;
  source_name: string;
  format: DocFormat;
  original: string;
  byte_length: number;
  title: string | null;
  title_start: number | null;
  title_end: number | null;
  published: string | null;
  published_precision: string | null;
  published_start: number | null;
  published_end: number | null;
  language: string;
  kind: DocKind;
  main_text: string;
  body: string;
  text_hash: string;
  clean_share: number;
  duplicate_of: string | null;
  ingested_at: string;
  /** JSON MetaItem[] or null; absent in a store opened read-only before its migration to version 4. */
  authors?: string | null;
  tags?: string | null;
}

export function hasDocument(store: Store, hash: string): string | null {
  const row = prepared(store, 'SELECT id FROM documents WHERE hash = ?').get(hash) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Whether an insertDocument failed because the store holds that document already (another process stored it first). */
export function isDocumentConflict(err: unknown): boolean {
  return SQLITE.isUniqueViolation(err, 'documents');
}

/** Stores a document and its annotations (`annJson`: as annotationsToJson made them, if done already). */
export function insertDocument(store: Store, doc: CleanDocument, textHash: string, ann: DocAnnotations | null, annJson?: string | null): void {
  const byteLength = Buffer.byteLength(doc.original);
  const cleanShare = doc.original.length ? doc.main.text.length / doc.original.length : 0;
  // (RETURNING, not better-sqlite3's lastInsertRowid: PostgreSQL says the same)
  const seq = prepared(
      store,
      `INSERT INTO documents (id, hash, source, source_name, format, original, byte_length, title, title_start, title_end,
        published, published_precision, published_start, published_end, language, kind, main_text, body, text_hash,
        clean_share, duplicate_of, ingested_at, authors, tags)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?) RETURNING seq`,
      { pluck: true },
    ).get(
      doc.id, doc.hash, doc.source, doc.sourceName, doc.format, doc.original, byteLength, doc.title,
      doc.titleRange?.start ?? null, doc.titleRange?.end ?? null, doc.published?.value ?? null, doc.published?.precision ?? null,
      doc.publishedEvidence?.start ?? null, doc.publishedEvidence?.end ?? null, doc.language, doc.kind, doc.main.text,
      JSON.stringify(doc.body), textHash, cleanShare, new Date().toISOString(),
      doc.authors?.length ? JSON.stringify(doc.authors) : null, doc.tags?.length ? JSON.stringify(doc.tags) : null,
    );
  indexDocumentText(store, { seq: Number(seq), id: doc.id, title: doc.title, mainText: doc.main.text });
  if (ann) prepared(store, 'INSERT INTO annotations (doc, json) VALUES (?, ?)').run(doc.id, annJson ?? annotationsToJson(ann, doc));
}

export function getDocument(store: Store, id: string): DocumentRow | null {
  return (prepared(store, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined) ?? null;
}

/** What lists show of a document, without its text or annotations (cheap to read for many). */
export interface DocumentHead {
  title: string | null;
  published: string | null;
  source: string;
  duplicate_of: string | null;
}

export function getDocumentHead(store: Store, id: string): DocumentHead | null {
  return (prepared(store, 'SELECT title, published, source, duplicate_of FROM documents WHERE id = ?').get(id) as DocumentHead | undefined) ?? null;
}

/** Finds a document by id, id prefix, or file name. */
export function findDocument(store: Store, ref: string): DocumentRow | null {
  return (
    (prepared(store, 'SELECT * FROM documents WHERE id = ?').get(ref) as DocumentRow | undefined) ??
    (prepared(store, 'SELECT * FROM documents WHERE source_name = ? OR source = ? ORDER BY seq LIMIT 1').get(ref, ref) as DocumentRow | undefined) ??
    (ref.length >= 4 ? (prepared(store, "SELECT * FROM documents WHERE id LIKE ? || '%' ORDER BY seq LIMIT 1").get(ref) as DocumentRow | undefined) : undefined) ??
    null
  );
}

export function getAnnotations(store: Store, id: string): DocAnnotations | null {
  const row = prepared(store, 'SELECT a.json, d.original, d.format FROM annotations a JOIN documents d ON d.id = a.doc WHERE a.doc = ?').get(id) as
    | { json: string; original: string; format: string }
    | undefined;
  return row ? annotationsFromJson(row.json, { id, original: row.original, format: row.format }) : null;
}

export function setDuplicateOf(store: Store, id: string, of: string | null): void {
  prepared(store, 'UPDATE documents SET duplicate_of = ? WHERE id = ?').run(of, id);
}

export function allDocuments(store: Store): DocumentRow[] {
  return store.db.prepare('SELECT * FROM documents ORDER BY seq').all() as DocumentRow[];
}

export function countDocuments(store: Store): number {
  return (store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

/** The export view of a stored document; `reportsOn` is filled by the text-reuse links. */
export function toExportDocument(row: DocumentRow, reportsOn: string[]): ExportDocument {
  const evidence =
    row.published_start !== null && row.published_end !== null
      ? spanFromOriginal({ id: row.id, original: row.original, format: row.format }, { start: row.published_start, end: row.published_end })
      : null;
  return {
    id: row.id,
    source: row.source,
    sourceName: row.source_name,
    title: row.title,
    published: row.published,
    publishedPrecision: (row.published_precision as ExportDocument['publishedPrecision']) ?? null,
    publishedEvidence: evidence,
    language: row.language,
    kind: row.kind,
    text: row.main_text,
    body: JSON.parse(row.body) as Range[],
    duplicateOf: row.duplicate_of,
    reportsOn,
    format: row.format,
    ingestedAt: row.ingested_at,
    authors: metaItems(row.authors).map((a) => a.name),
    tags: metaItems(row.tags).map((t) => t.name),
  };
}

/** A row's authors or tags (none in a row stored before they were kept). */
export function metaItems(json: string | null | undefined): MetaItem[] {
  return json ? (JSON.parse(json) as MetaItem[]) : [];
}

/** A document without its texts: what a table of documents lists. */
export type DocumentListing = Omit<DocumentRow, 'original' | 'main_text' | 'body'>;

/** Documents in ingest order, read one at a time (the connection is busy until the walk ends). */
export function* documentListings(store: Store, ids?: ReadonlySet<string>): Generator<DocumentListing> {
  const rows = store.db
    .prepare(`SELECT seq, id, hash, source, source_name, format, byte_length, title, title_start, title_end, published, published_precision,
      published_start, published_end, language, kind, text_hash, clean_share, duplicate_of, ingested_at FROM documents ORDER BY seq`)
    .iterate() as IterableIterator<DocumentListing>;
  for (const r of rows) if (!ids || ids.has(r.id)) yield r;
}

// Lookups by what a user types: an id, an id prefix, a path or a file name.

/** Documents whose id, path or file name is exactly REF, in ingest order. */
export function documentsNamed(store: Store, ref: string): DocumentRow[] {
  return prepared(store, 'SELECT * FROM documents WHERE id = ? OR source = ? OR source_name = ? ORDER BY seq').all(ref, ref, ref) as DocumentRow[];
}

/** Up to LIMIT documents whose id starts with PREFIX, in ingest order. */
export function documentsByIdPrefix(store: Store, prefix: string, limit: number): DocumentRow[] {
  return prepared(store, "SELECT * FROM documents WHERE id LIKE ? || '%' ORDER BY seq LIMIT ?").all(prefix, limit) as DocumentRow[];
}

/** Up to LIMIT documents whose file name starts with PREFIX, in ingest order. */
export function documentsBySourceNamePrefix(store: Store, prefix: string, limit: number): DocumentRow[] {
  return prepared(store, "SELECT * FROM documents WHERE source_name LIKE ? || '%' ORDER BY seq LIMIT ?").all(prefix, limit) as DocumentRow[];
}

/** Every document's id and file name (for suggesting one close to a mistyped reference). */
export function documentNames(store: Store): { id: string; source_name: string }[] {
  return prepared(store, 'SELECT id, source_name FROM documents').all() as { id: string; source_name: string }[];
}

/** Documents that repeat ID, in ingest order. */
export function duplicatesOf(store: Store, id: string): string[] {
  return prepared(store, 'SELECT id FROM documents WHERE duplicate_of = ? ORDER BY seq', { pluck: true }).all(id) as string[];
}

/** What the duplicate links need of a document. */
export interface DuplicateInfo {
  id: string;
  duplicate_of: string | null;
  clean_share: number;
  seq: number;
}

export function duplicateInfo(store: Store, id: string): DuplicateInfo | null {
  return (prepared(store, 'SELECT id, duplicate_of, clean_share, seq FROM documents WHERE id = ?').get(id) as DuplicateInfo | undefined) ?? null;
}

/** Documents stored before SEQ with the same main text (its hash). */
export function earlierWithTextHash(store: Store, textHash: string, seq: number): string[] {
  return prepared(store, 'SELECT id FROM documents WHERE text_hash = ? AND seq < ?', { pluck: true }).all(textHash, seq) as string[];
}

/** A short reference to a document (what a view attaches to a span pointing into it). */
export interface DocumentRef {
  id: string;
  title: string | null;
  published: string | null;
  kind: string;
  sourceName: string;
}

export function documentRef(store: Store, id: string): DocumentRef | null {
  return (prepared(store, 'SELECT id, title, published, kind, source_name AS sourceName FROM documents WHERE id = ?').get(id) as DocumentRef | undefined) ?? null;
}

/** Every document's seq, in ingest order. */
export function documentSeqs(store: Store): number[] {
  return prepared(store, 'SELECT seq FROM documents ORDER BY seq', { pluck: true }).all() as number[];
}

export function documentBySeq(store: Store, seq: number): DocumentRow | null {
  return (prepared(store, 'SELECT * FROM documents WHERE seq = ?').get(seq) as DocumentRow | undefined) ?? null;
}

// Corrections by hand.

/** A document's title, date and kind as corrected (the full-text index follows the title). */
export interface DocumentHeadChange {
  title: string | null;
  titleRange: Range | null;
  published: { value: string; precision: string } | null;
  publishedEvidence: Range | null;
  kind: DocKind;
}

export function updateDocumentHead(store: Store, row: DocumentRow, c: DocumentHeadChange): void {
  unindexDocumentText(store, { seq: row.seq, id: row.id, title: row.title, mainText: row.main_text });
  prepared(
    store,
    `UPDATE documents SET title = ?, title_start = ?, title_end = ?, published = ?, published_precision = ?, published_start = ?, published_end = ?, kind = ? WHERE id = ?`,
  ).run(c.title, c.titleRange?.start ?? null, c.titleRange?.end ?? null, c.published?.value ?? null, c.published?.precision ?? null,
    c.publishedEvidence?.start ?? null, c.publishedEvidence?.end ?? null, c.kind, row.id);
  indexDocumentText(store, { seq: row.seq, id: row.id, title: c.title, mainText: row.main_text });
}

export function setAnnotationsJson(store: Store, id: string, json: string): void {
  prepared(store, 'UPDATE annotations SET json = ? WHERE doc = ?').run(json, id);
}

/** Takes a document out of the full-text index (first, while its row still gives the indexed text). */
export function unindexDocument(store: Store, row: DocumentRow): void {
  unindexDocumentText(store, { seq: row.seq, id: row.id, title: row.title, mainText: row.main_text });
}

/** Deletes a document's row and annotations (nothing may point at it any more: see clearLinks). */
export function deleteDocumentRow(store: Store, id: string): void {
  prepared(store, 'DELETE FROM annotations WHERE doc = ?').run(id);
  prepared(store, 'DELETE FROM documents WHERE id = ?').run(id);
}

/**
 * Tables a document's own rows live in, and the backends' own (SQLite's sequences and statistics,
 * the PostgreSQL store's version); every other table is made by linking and is made again.
 */
const DOCUMENT_TABLES = new Set(['documents', 'annotations', 'sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4', 'attache_meta']);

/** The statements emptying every table linking made, given the store's tables as `d.tables` lists them. */
export const clearLinksSql = (d: Dialect, tables: string[]): string[] => [
  ...d.clearTables(tables.filter((t) => !DOCUMENT_TABLES.has(t))),
  'UPDATE documents SET duplicate_of = NULL',
];

/** Empties every table linking made (entities, events, quotes, duplicates, …), inside the caller's transaction. */
export function clearLinks(store: Store): void {
  const tables = prepared(store, SQLITE.tables, { pluck: true }).all() as string[];
  for (const sql of clearLinksSql(SQLITE, tables)) store.db.prepare(sql).run();
}

// Lists of documents, filtered and sorted.

/** What a list of documents shows of each. */
export interface DocumentListRow {
  id: string;
  title: string | null;
  published: string | null;
  kind: string;
  language: string;
  source: string;
  sourceName: string;
  format: string;
  duplicateOf: string | null;
}

/** The documents a filter keeps, sorted, from OFFSET, at most LIMIT of them (all: -1). */
export function listDocumentRows(store: Store, options: { filter?: DocumentFilter; sort?: DocSort; limit?: number; offset?: number } = {}): DocumentListRow[] {
  const where = documentWhere(options.filter ?? {});
  return store.db
    .prepare(
      `SELECT d.id, d.title, d.published, d.kind, d.language, d.source, d.source_name AS sourceName, d.format, d.duplicate_of AS duplicateOf
       FROM documents d WHERE ${where.sql} ORDER BY ${sortSql(options.sort ?? DEFAULT_SORT)} LIMIT ? OFFSET ?`,
    )
    .all(...where.args, options.limit ?? -1, options.offset ?? 0) as DocumentListRow[];
}

/** How many documents a filter keeps. */
export function countDocumentsWhere(store: Store, filter: DocumentFilter): number {
  const where = documentWhere(filter);
  return (store.db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${where.sql}`).get(...where.args) as { n: number }).n;
}

/** How many documents a filter keeps of each kind or language, most first. */
export function documentFacet(store: Store, column: 'kind' | 'language', filter: DocumentFilter): { value: string; n: number }[] {
  const where = documentWhere(filter);
  return store.db
    .prepare(`SELECT d.${column} AS value, count(*) AS n FROM documents d WHERE ${where.sql} GROUP BY d.${column} ORDER BY n DESC, value`)
    .all(...where.args) as { value: string; n: number }[];
}
