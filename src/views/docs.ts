// The document list and full-text search (SQLite FTS5) over main texts.
import type { Store } from '../store/db.js';
import { documentCondition, FilterError, type RecordFilter } from './filters.js';

export const SORT_KEYS = ['date', 'title', 'source'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface DocSort {
  key: SortKey;
  desc: boolean;
}

/** The web app's and the CLI's one order: newest first. */
export const DEFAULT_SORT: DocSort = { key: 'date', desc: true };

/** "date", "title:asc", "source:desc", "-date": a date sorts newest first unless asked, a title or source A to Z. */
export function parseSort(v: string): DocSort {
  const m = /^(-)?(date|title|source)(?::(asc|desc))?$/i.exec(v.trim());
  if (!m) throw new FilterError(`${v}: not a sort order (date, title or source, optionally :asc or :desc)`);
  const key = m[2].toLowerCase() as SortKey;
  return { key, desc: m[3] ? m[3].toLowerCase() === 'desc' : m[1] ? true : key === 'date' };
}

/** ORDER BY for a sort of documents (alias d); documents without the key come last either way. */
export function sortSql(sort: DocSort = DEFAULT_SORT): string {
  const dir = sort.desc ? 'DESC' : 'ASC';
  const col = sort.key === 'date' ? 'd.published' : sort.key === 'title' ? 'd.title' : 'd.source';
  const nocase = sort.key === 'date' ? '' : ' COLLATE NOCASE';
  return `${col} IS NULL, ${col}${nocase} ${dir}, d.seq ${dir}`;
}

export interface DocListItem {
  id: string;
  published: string | null;
  kind: string;
  title: string | null;
  source: string;
  duplicateOf: string | null;
  language: string;
}

export function listDocuments(store: Store, options: { limit?: number; filter?: RecordFilter; sort?: DocSort } = {}): DocListItem[] {
  const where = documentCondition(store, options.filter ?? {});
  return store.db
    .prepare(
      `SELECT d.id, d.published, d.kind, d.title, d.source, d.duplicate_of AS duplicateOf, d.language FROM documents d
       WHERE ${where.sql} ORDER BY ${sortSql(options.sort)} LIMIT ?`,
    )
    .all(...where.args, options.limit ?? -1) as DocListItem[];
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
export function searchDocuments(store: Store, query: string, limit = 20, filter: RecordFilter = {}): { hits: SearchHit[]; asWords: string | null } {
  const where = documentCondition(store, filter);
  const sql = `SELECT d.id, d.title, d.published, d.source, d.duplicate_of AS duplicateOf, snippet(documents_fts, 2, '[', ']', ' … ', 12) AS snippet
     FROM documents_fts JOIN documents d ON d.id = documents_fts.doc
     WHERE documents_fts MATCH ? AND ${where.sql} ORDER BY rank LIMIT ?`;
  try {
    return { hits: store.db.prepare(sql).all(query, ...where.args, limit) as SearchHit[], asWords: null };
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^fts5: /, '') : String(err);
    const phrase = query
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => `"${w.replace(/"/g, '""')}"`)
      .join(' ');
    return { hits: phrase ? (store.db.prepare(sql).all(phrase, ...where.args, limit) as SearchHit[]) : [], asWords: why };
  }
}
