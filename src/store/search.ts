// Full-text search over main texts (SQLite FTS5, external content: documents_search_text) and the
// index's upkeep when a document's title changes or a document goes.
import { prepared, type Store } from './connection.js';
import { documentWhere, type DocumentFilter } from './document-filter.js';

export interface SearchRow {
  id: string;
  title: string | null;
  published: string | null;
  source: string;
  kind: string;
  /** The repeated document this one repeats, or null. */
  duplicateOf: string | null;
  /** Where the words were found, the hits between `open` and `close`. */
  snippet: string;
}

export interface SearchOptions {
  limit: number;
  filter?: DocumentFilter;
  /** What marks a hit in the snippet, and the snippet's length in tokens. */
  open: string;
  close: string;
  tokens: number;
}

/**
 * Documents matching a query in the search syntax (FTS5: words, "phrases", AND/OR/NOT, prefix*),
 * best first. A query that is not valid syntax is answered with a search for its words, and `asWords`
 * says why (the caller tells the user).
 */
export function searchDocumentIndex(store: Store, query: string, options: SearchOptions): { rows: SearchRow[]; asWords: string | null } {
  const where = documentWhere(options.filter ?? {});
  const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const sql = `SELECT d.id, d.title, d.published, d.source, d.kind, d.duplicate_of AS duplicateOf,
       snippet(documents_fts, 2, ${quote(options.open)}, ${quote(options.close)}, ' … ', ${Math.trunc(options.tokens)}) AS snippet
     FROM documents_fts JOIN documents d ON d.id = documents_fts.doc
     WHERE documents_fts MATCH ? AND ${where.sql} ORDER BY rank LIMIT ?`;
  const run = (q: string) => store.db.prepare(sql).all(q, ...where.args, options.limit) as SearchRow[];
  try {
    return { rows: run(query), asWords: null };
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^fts5: /, '') : String(err);
    const phrase = query
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => `"${w.replace(/"/g, '""')}"`)
      .join(' ');
    return { rows: phrase ? run(phrase) : [], asWords: why };
  }
}

/** What the index holds of a document: its title and main text, under its seq. */
export interface IndexedText {
  seq: number;
  id: string;
  title: string | null;
  mainText: string;
}

export function indexDocumentText(store: Store, t: IndexedText): void {
  prepared(store, 'INSERT INTO documents_fts (rowid, doc, title, body) VALUES (?, ?, ?, ?)').run(t.seq, t.id, t.title ?? '', t.mainText);
}

/** Takes a document out of the index: given as the index holds it (the text it was indexed with). */
export function unindexDocumentText(store: Store, t: IndexedText): void {
  prepared(store, "INSERT INTO documents_fts (documents_fts, rowid, doc, title, body) VALUES ('delete', ?, ?, ?, ?)").run(t.seq, t.id, t.title ?? '', t.mainText);
}
