// Tables of the entities area and their readers. Filled in with the entities work.
import type { Store } from './db.js';

export const ENTITIES_SCHEMA = '';

export function exportEntities(_store: Store): import("../types.js").ExportEntity[] {
  return [];
}
