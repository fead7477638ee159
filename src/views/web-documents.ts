// The document list for the web app: filtered (kind, date range, language, duplicates), sorted
// (newest first unless asked), one page at a time, with the total and counts per kind and language.
import type { Store } from '../store/db.js';
import { DEFAULT_SORT, parseSort, sortSql } from './docs.js';
import { documentCondition, type RecordFilter } from './filters.js';

export interface DocPageItem {
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

function condition(store: Store, q: DocListQuery, leave?: 'kind' | 'language' | 'duplicates'): { sql: string; args: unknown[] } {
  const filter: RecordFilter = { from: q.from || undefined, to: q.to || undefined, kinds: q.kind && leave !== 'kind' ? [q.kind] : undefined };
  const base = documentCondition(store, filter);
  const sql = [base.sql];
  const args = [...base.args];
  if (q.language && leave !== 'language') sql.push('d.language = ?'), args.push(q.language);
  if (q.duplicates === 'only' && leave !== 'duplicates') sql.push('d.duplicate_of IS NOT NULL');
  if (q.duplicates === 'hide' && leave !== 'duplicates') sql.push('d.duplicate_of IS NULL');
  return { sql: sql.map((s) => `(${s})`).join(' AND '), args };
}

export function documentPage(store: Store, options: { offset?: number; limit?: number; query?: DocListQuery } = {}): DocPage {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 100_000);
  const offset = Math.max(options.offset ?? 0, 0);
  const q = options.query ?? {};
  const sort = q.sort ? parseSort(q.sort) : DEFAULT_SORT;
  const where = condition(store, q);
  const count = (c: { sql: string; args: unknown[] }) => (store.db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${c.sql}`).get(...c.args) as { n: number }).n;
  const facet = (col: string, leave: 'kind' | 'language') => {
    const c = condition(store, q, leave);
    return store.db.prepare(`SELECT d.${col} AS value, count(*) AS n FROM documents d WHERE ${c.sql} GROUP BY d.${col} ORDER BY n DESC, value`).all(...c.args) as { value: string; n: number }[];
  };
  const dupes = condition(store, q, 'duplicates');
  const items = store.db
    .prepare(
      `SELECT d.id, d.title, d.published, d.kind, d.language, d.source, d.source_name AS sourceName, d.format, d.duplicate_of AS duplicateOf
       FROM documents d WHERE ${where.sql} ORDER BY ${sortSql(sort)} LIMIT ? OFFSET ?`,
    )
    .all(...where.args, limit, offset) as DocPageItem[];
  return {
    total: count(where),
    stored: (store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n,
    offset,
    items,
    facets: {
      kinds: facet('kind', 'kind'),
      languages: facet('language', 'language'),
      duplicates: count({ sql: `${dupes.sql} AND d.duplicate_of IS NOT NULL`, args: dupes.args }),
    },
  };
}
