// The attache/1 export: everything the store holds, in the documented contract.
import { listConflicts } from '../store/conflicts.js';
import type { Store } from '../store/db.js';
import { allDocuments, toExportDocument } from '../store/documents.js';
import { exportEntities } from '../store/entities.js';
import { exportEvents } from '../store/events.js';
import { exportQuotes, reportsOnMap } from '../store/quotes.js';
import type { AttacheExport } from '../types.js';
import type { Selection } from './export-select.js';

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

/** The part of an export a filter selects: its events, the documents reporting them, and what those documents hold. */
export function filterExport(data: AttacheExport, sel: Selection): AttacheExport {
  const events = new Set([...sel.events()].map((e) => e.id));
  const docs = sel.docs ?? new Set(data.documents.map((d) => d.id));
  const inDocs = (s: { doc: string }) => docs.has(s.doc);
  return {
    schema: data.schema,
    documents: data.documents.filter((d) => docs.has(d.id)),
    entities: data.entities.filter((e) => e.mentions.some(inDocs)).map((e) => ({ ...e, mentions: e.mentions.filter(inDocs) })),
    events: data.events.filter((e) => events.has(e.id)),
    quotes: data.quotes.filter(inDocs),
    conflicts: data.conflicts.filter((c) => inDocs(c.claim) || c.against.some(inDocs)),
  };
}
