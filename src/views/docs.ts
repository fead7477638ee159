// The document list and full-text search (SQLite FTS5) over main texts.
import type { Store } from '../store/db.js';

export interface DocListItem {
  id: string;
  published: string | null;
  kind: string;
  title: string | null;
  source: string;
  duplicateOf: string | null;
  language: string;
}

export function listDocuments(store: Store, options: { limit?: number } = {}): DocListItem[] {
  return store.db
    .prepare(
      `SELECT id, published, kind, title, source, duplicate_of AS duplicateOf, language FROM documents
       ORDER BY published IS NULL, published, seq LIMIT ?`,
    )
    .all(options.limit ?? -1) as DocListItem[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  source: string;
  snippet: string;
  /** The earlier document this one repeats, or null. */
  duplicateOf: string | null;
}

/**
 * Words are matched as given; a query that is not valid FTS5 syntax is answered with a search for
 * its words, and `asWords` says why (the caller tells the user).
 */
export function searchDocuments(store: Store, query: string, limit = 20): { hits: SearchHit[]; asWords: string | null } {
  const sql = `SELECT d.id, d.title, d.published, d.source, d.duplicate_of AS duplicateOf, snippet(documents_fts, 2, '[', ']', ' … ', 12) AS snippet
     FROM documents_fts JOIN documents d ON d.id = documents_fts.doc
     WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`;
  try {
    return { hits: store.db.prepare(sql).all(query, limit) as SearchHit[], asWords: null };
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^fts5: /, '') : String(err);
    const phrase = query
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => `"${w.replace(/"/g, '""')}"`)
      .join(' ');
    return { hits: phrase ? (store.db.prepare(sql).all(phrase, limit) as SearchHit[]) : [], asWords: why };
  }
}
