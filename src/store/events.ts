// Tables of the events area and their readers. Filled in with the events work.
import type { Store } from './db.js';

export const EVENTS_SCHEMA = '';

export function exportEvents(_store: Store): import("../types.js").ExportEvent[] {
  return [];
}
