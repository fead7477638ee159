// Which documents a list keeps, said in the store's own terms: a typed filter the views fill in
// (names already resolved to entity ids), turned into SQL only here.

/** The documents a record filter keeps. Every field narrows; an empty filter keeps every document. */
export interface DocumentFilter {
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive, compared at the precision of the date they meet. */
  from?: string;
  to?: string;
  /** Document kinds. */
  kinds?: readonly string[];
  /** Entity ids: documents mentioning one of them. */
  actors?: Iterable<string> | null;
  /** ISO alpha-3 codes (upper case): documents mentioning the state or anyone or anything of it, or reporting an event it takes part in. */
  countries?: readonly string[];
  /** One language. */
  language?: string;
  /** "only": repeats of an earlier document only; "hide": originals only. */
  duplicates?: 'only' | 'hide';
}

export interface Condition {
  sql: string;
  args: unknown[];
}

const marks = (n: number) => Array(n).fill('?').join(', ');

/** The filter as a condition on `alias` (a documents row), with its arguments ('1' when it keeps everything). */
export function documentWhere(filter: DocumentFilter, alias = 'd'): Condition {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.from) where.push(`${alias}.published IS NOT NULL AND ${alias}.published >= substr(?, 1, length(${alias}.published))`), args.push(filter.from);
  if (filter.to) where.push(`${alias}.published IS NOT NULL AND substr(${alias}.published, 1, length(?)) <= ?`), args.push(filter.to, filter.to);
  if (filter.kinds?.length) where.push(`${alias}.kind IN (${marks(filter.kinds.length)})`), args.push(...filter.kinds);
  const actors = filter.actors ? [...filter.actors] : null;
  if (actors) where.push(`${alias}.id IN (SELECT doc FROM entity_mentions WHERE entity IN (${marks(actors.length)}))`), args.push(...actors);
  const countries = filter.countries ?? [];
  if (countries.length) {
    where.push(
      `(${alias}.id IN (SELECT m.doc FROM entity_mentions m JOIN entities e ON e.id = m.entity WHERE e.country IN (${marks(countries.length)}))
        OR ${alias}.id IN (SELECT v.doc FROM event_evidence v JOIN event_countries c ON c.event = v.event WHERE c.country IN (${marks(countries.length)})))`,
    );
    args.push(...countries, ...countries);
  }
  if (filter.language) where.push(`${alias}.language = ?`), args.push(filter.language);
  if (filter.duplicates === 'only') where.push(`${alias}.duplicate_of IS NOT NULL`);
  if (filter.duplicates === 'hide') where.push(`${alias}.duplicate_of IS NULL`);
  return { sql: where.length ? where.map((w) => `(${w})`).join(' AND ') : '1', args };
}

export const SORT_KEYS = ['date', 'title', 'source'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface DocSort {
  key: SortKey;
  desc: boolean;
}

/** The web app's and the CLI's one order: newest first. */
export const DEFAULT_SORT: DocSort = { key: 'date', desc: true };

/** ORDER BY for a sort of documents (alias d); documents without the key come last either way. */
export function sortSql(sort: DocSort = DEFAULT_SORT): string {
  const dir = sort.desc ? 'DESC' : 'ASC';
  const col = sort.key === 'date' ? 'd.published' : sort.key === 'title' ? 'd.title' : 'd.source';
  const nocase = sort.key === 'date' ? '' : ' COLLATE NOCASE';
  return `${col} IS NULL, ${col}${nocase} ${dir}, d.seq ${dir}`;
}
