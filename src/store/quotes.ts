// Tables of the quotes area and their readers. Filled in with the quotes work.
import type { Store } from './db.js';

export const QUOTES_SCHEMA = '';

export function exportQuotes(_store: Store): import("../types.js").ExportQuote[] {
  return [];
}

/** Ids of documents each document quotes or rewrites (text reuse). */
export function reportsOnMap(_store: Store): Map<string, string[]> {
  return new Map();
}
