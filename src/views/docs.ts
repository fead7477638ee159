// The document list and full-text search (SQLite FTS5) over main texts.
import type { Store } from '../store/db.js';
import type { DocSort, SortKey } from '../store/document-filter.js';
import { listDocumentRows } from '../store/documents.js';
import { searchDocumentIndex } from '../store/search.js';
import { documentFilter, FilterError, type RecordFilter } from './filters.js';

export { DEFAULT_SORT, SORT_KEYS, sortSql, type DocSort, type SortKey } from '../store/document-filter.js';

/** "date", "title:asc", "source:desc", "-date": a date sorts newest first unless asked, a title or source A to Z. */
export function parseSort(v: string): DocSort {
  const m = /^(-)?(date|title|source)(?::(asc|desc))?$/i.exec(v.trim());
  if (!m) throw new FilterError(`${v}: not a sort order (date, title or source, optionally :asc or :desc)`);
  const key = m[2].toLowerCase() as SortKey;
  return { key, desc: m[3] ? m[3].toLowerCase() === 'desc' : m[1] ? true : key === 'date' };
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
  const rows = listDocumentRows(store, { filter: documentFilter(store, options.filter ?? {}), sort: options.sort, limit: options.limit });
  return rows.map((d) => ({ id: d.id, published: d.published, kind: d.kind, title: d.title, source: d.source, duplicateOf: d.duplicateOf, language: d.language }));
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
  const { rows, asWords } = searchDocumentIndex(store, query, { limit, filter: documentFilter(store, filter), open: '[', close: ']', tokens: 12 });
  const hits = rows.map((r) => ({ id: r.id, title: r.title, published: r.published, source: r.source, duplicateOf: r.duplicateOf, snippet: r.snippet }));
  return { hits, asWords };
}
