// Documents, their annotations (as the pure annotators left them) and the full-text index.
import type { CleanDocument, DocAnnotations, DocKind, DocFormat, ExportDocument, MetaItem, Range } from '../types.js';
import { spanFromOriginal } from '../clean/main-text.js';
import { annotationsFromJson, annotationsToJson } from './annotations-json.js';
import { prepared, type Store } from './connection.js';

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

/** Stores a document and its annotations (`annJson`: as annotationsToJson made them, if done already). */
export function insertDocument(store: Store, doc: CleanDocument, textHash: string, ann: DocAnnotations | null, annJson?: string | null): void {
  const byteLength = Buffer.byteLength(doc.original);
  const cleanShare = doc.original.length ? doc.main.text.length / doc.original.length : 0;
  const { lastInsertRowid } = prepared(
      store,
      `INSERT INTO documents (id, hash, source, source_name, format, original, byte_length, title, title_start, title_end,
        published, published_precision, published_start, published_end, language, kind, main_text, body, text_hash,
        clean_share, duplicate_of, ingested_at, authors, tags)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    ).run(
      doc.id, doc.hash, doc.source, doc.sourceName, doc.format, doc.original, byteLength, doc.title,
      doc.titleRange?.start ?? null, doc.titleRange?.end ?? null, doc.published?.value ?? null, doc.published?.precision ?? null,
      doc.publishedEvidence?.start ?? null, doc.publishedEvidence?.end ?? null, doc.language, doc.kind, doc.main.text,
      JSON.stringify(doc.body), textHash, cleanShare, new Date().toISOString(),
      doc.authors?.length ? JSON.stringify(doc.authors) : null, doc.tags?.length ? JSON.stringify(doc.tags) : null,
    );
  prepared(store, 'INSERT INTO documents_fts (rowid, doc, title, body) VALUES (?, ?, ?, ?)').run(lastInsertRowid, doc.id, doc.title ?? '', doc.main.text);
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
  const db = store.db;
  return (
    (db.prepare('SELECT * FROM documents WHERE id = ?').get(ref) as DocumentRow | undefined) ??
    (db.prepare('SELECT * FROM documents WHERE source_name = ? OR source = ? ORDER BY seq LIMIT 1').get(ref, ref) as DocumentRow | undefined) ??
    (ref.length >= 4 ? (db.prepare("SELECT * FROM documents WHERE id LIKE ? || '%' ORDER BY seq LIMIT 1").get(ref) as DocumentRow | undefined) : undefined) ??
    null
  );
}

export function getAnnotations(store: Store, id: string): DocAnnotations | null {
  const row = store.db.prepare('SELECT a.json, d.original, d.format FROM annotations a JOIN documents d ON d.id = a.doc WHERE a.doc = ?').get(id) as
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
