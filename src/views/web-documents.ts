// The document list for the web app: filtered (kind, date range, language, duplicates), sorted
// (newest first unless asked), one page at a time, with the total and counts per kind and language.
import type { Store } from '../store/db.js';
import type { DocumentFilter } from '../store/document-filter.js';
import { countDocuments, countDocumentsWhere, documentFacet, listDocumentRows, type DocumentListRow } from '../store/documents.js';
import { DEFAULT_SORT, parseSort } from './docs.js';
import { documentFilter } from './filters.js';

/** A row of the list: what the store's document list gives. */
export type DocPageItem = DocumentListRow;

export interface DocListQuery {
  kind?: string;
  language?: string;
  from?: string;
  to?: string;
  /** "only": duplicates only; "hide": originals only. */
  duplicates?: string;
  /** date, title or source, optionally :asc or :desc. */
  sort?: string;
}

export interface DocPage {
  total: number;
  /** All stored documents, whatever the filters. */
  stored: number;
  offset: number;
  items: DocPageItem[];
  /** Counts within the other filters: how many documents each kind or language would give. */
  facets: { kinds: { value: string; n: number }[]; languages: { value: string; n: number }[]; duplicates: number };
}

function filterOf(store: Store, q: DocListQuery, leave?: 'kind' | 'language' | 'duplicates'): DocumentFilter {
  const filter = documentFilter(store, { from: q.from || undefined, to: q.to || undefined, kinds: q.kind && leave !== 'kind' ? [q.kind] : undefined });
  if (q.language && leave !== 'language') filter.language = q.language;
  if ((q.duplicates === 'only' || q.duplicates === 'hide') && leave !== 'duplicates') filter.duplicates = q.duplicates;
  return filter;
}

export function documentPage(store: Store, options: { offset?: number; limit?: number; query?: DocListQuery } = {}): DocPage {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 100_000);
  const offset = Math.max(options.offset ?? 0, 0);
  const q = options.query ?? {};
  const sort = q.sort ? parseSort(q.sort) : DEFAULT_SORT;
  const where = filterOf(store, q);
  const items = listDocumentRows(store, { filter: where, sort, limit, offset });
  return {
    total: countDocumentsWhere(store, where),
    stored: countDocuments(store),
    offset,
    items,
    facets: {
      kinds: documentFacet(store, 'kind', filterOf(store, q, 'kind')),
      languages: documentFacet(store, 'language', filterOf(store, q, 'language')),
      duplicates: countDocumentsWhere(store, { ...filterOf(store, q, 'duplicates'), duplicates: 'only' }),
    },
  };
}
