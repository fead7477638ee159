// Global ids for one document's local annotations: the linked entity of each local entity, the
// linked event an evidence sentence supports, and the stored quote (with its verification) a quoted
// span is. Read per document through indexed lookups, so opening a document costs the same in any store.
import type { Store } from '../store/db.js';
import { displayName, entityNames, entityOfLocal, getEntity } from '../store/entities.js';
import { listQuoteRows } from '../store/quotes.js';
import { evidenceInDocument } from '../store/timeline.js';
import type { Range } from '../types.js';
import type { MarkLinker } from './web-reader.js';

const key = (r: Range) => `${r.start}:${r.end}`;

export function documentLinker(store: Store, doc: string): MarkLinker {
  const events = new Map<string, string>();
  for (const r of evidenceInDocument(store, doc)) events.set(key(r), r.event);
  const quotes = new Map(listQuoteRows(store, { doc }).map((q) => [key(q), { id: q.id, status: q.status as string }]));
  return {
    entityOf(localId) {
      const id = entityOfLocal(store, doc, localId);
      const e = id ? getEntity(store, id) : null;
      return id && e ? { id, name: displayName(e, entityNames(store, id)) } : null;
    },
    eventAt: (range) => events.get(key(range)) ?? null,
    quoteAt: (range) => quotes.get(key(range)) ?? null,
  };
}
