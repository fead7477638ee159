// The record filters every list shares (--from/--to/--country/--person/--kind on the CLI, the same
// query parameters in the web app): a date range compared at the precision of the date it meets,
// names resolved to stored entities (unknown ones refused with close matches), and the documents
// a filter keeps as the store's document filter.
import type { Store } from '../store/db.js';
import type { DocumentFilter } from '../store/document-filter.js';
import { listEntities } from '../store/entities.js';
import { findEntities } from './entities.js';
import { suggestion } from './suggest.js';

export class FilterError extends Error {}

export interface RecordFilter {
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive, compared at the precision of the date they meet. */
  from?: string;
  to?: string;
  /** ISO alpha-3 codes. */
  countries?: string[];
  /** Names of people or organisations. */
  persons?: string[];
  /** Document kinds (news, readout, …). */
  kinds?: string[];
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function checkDates(filter: Pick<RecordFilter, 'from' | 'to'>): void {
  for (const d of [filter.from, filter.to]) if (d && !ISO_DATE.test(d)) throw new FilterError(`${d}: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
}

/** Whether a date (of any precision) falls in the range: "2023" is in from 2023-08, and 2023-08-18 is up to 2023-08. */
export function inDateRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (date === null) return false;
  return (!from || date >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to);
}

/** The people and organisations NAMES may mean; an unknown name is refused with the close matches. */
export function resolveActors(store: Store, names: string[] | undefined, flag = '--person'): Set<string> | null {
  if (!names?.length) return null;
  const ids = new Set<string>();
  for (const n of names) {
    const found = findEntities(store, n);
    if (!found.length) {
      const known = listEntities(store).filter((e) => e.type === 'person' || e.type === 'organization').map((e) => e.name);
      throw new FilterError(`${flag} ${n}: no person or organisation of that name in the store${suggestion(n, known)}`);
    }
    for (const e of found) ids.add(e.id);
  }
  return ids;
}

/**
 * The documents a filter keeps, in the store's terms: published in the date range, of one of the
 * kinds, mentioning one of the people, and about one of the states (a mention of the state or of
 * anyone or anything of it, or an event it takes part in).
 */
export function documentFilter(store: Store, filter: RecordFilter): DocumentFilter {
  checkDates(filter);
  return {
    from: filter.from,
    to: filter.to,
    kinds: filter.kinds,
    actors: resolveActors(store, filter.persons),
    countries: (filter.countries ?? []).map((c) => c.toUpperCase()),
  };
}

/** Whether the filter says anything about documents at all. */
export function filtersDocuments(filter: RecordFilter): boolean {
  return !!(filter.from || filter.to || filter.kinds?.length || filter.persons?.length || filter.countries?.length);
}
