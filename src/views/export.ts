// The attache/1 export: everything the store holds, in the documented contract.
import { listConflicts } from '../store/conflicts.js';
import type { Store } from '../store/db.js';
import { allDocuments, toExportDocument } from '../store/documents.js';
import { exportEntities } from '../store/entities.js';
import { exportEvents } from '../store/events.js';
import { exportQuotes, reportsOnMap } from '../store/quotes.js';
import type { AttacheExport } from '../types.js';

export function buildExport(store: Store): AttacheExport {
  const reportsOn = reportsOnMap(store);
  return {
    schema: 'attache/1',
    documents: allDocuments(store).map((row) => toExportDocument(row, reportsOn.get(row.id) ?? [])),
    entities: exportEntities(store),
    events: exportEvents(store),
    quotes: exportQuotes(store),
    conflicts: listConflicts(store),
  };
}
