// Global ids for a document's local annotations: which linked entity a mention belongs to, which
// linked event an evidence sentence supports, and which stored quote (with its verification) a
// quoted span is.
import type { ExportEntity, ExportEvent, ExportQuote, Range } from '../types.js';
import type { MarkLinker } from './web-reader.js';

const key = (doc: string, r: Range) => `${doc}:${r.start}:${r.end}`;

export function storeLinker(record: { entities: Map<string, ExportEntity>; events: ExportEvent[]; quotes: ExportQuote[] }): MarkLinker {
  let entities: Map<string, string> | null = null;
  let events: Map<string, string> | null = null;
  let quotes: Map<string, { id: string; status: string }> | null = null;
  return {
    entityAt(doc, range) {
      if (!entities) {
        entities = new Map();
        for (const e of record.entities.values()) for (const m of e.mentions) entities.set(key(m.doc, m), e.id);
      }
      return entities.get(key(doc, range)) ?? null;
    },
    eventAt(doc, range) {
      if (!events) {
        events = new Map();
        for (const e of record.events) for (const s of e.evidence) events.set(key(s.doc, s), e.id);
      }
      return events.get(key(doc, range)) ?? null;
    },
    quoteAt(doc, range) {
      if (!quotes) {
        quotes = new Map();
        for (const q of record.quotes) quotes.set(key(q.doc, q), { id: q.id, status: q.verification.status });
      }
      return quotes.get(key(doc, range)) ?? null;
    },
  };
}
