// The record as CSV tables (documents, entities, events, quotes, mentions): one row per item, spans as
// document id and offsets, lists joined with "; ". Rows are produced one at a time.
import type { Store } from '../store/db.js';
import { documentListings } from '../store/documents.js';
import { displayName, entityIdsInOrder, entityNames, entityRoles, getEntity, mentionDocs, mentionRows } from '../store/entities.js';
import { eventEvidence } from '../store/events.js';
import { listQuoteRows, reportsOnMap } from '../store/quotes.js';
import { csvRow } from './csv.js';
import type { Selection } from './export-select.js';

export const TABLES = ['documents', 'entities', 'events', 'quotes', 'mentions'] as const;
export type Table = (typeof TABLES)[number];

/** Entity id → the name it is shown by (read once: a walk over mentions cannot look names up). */
function entityNameMap(store: Store): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of entityIdsInOrder(store)) {
    const e = getEntity(store, id);
    if (e) out.set(id, displayName(e, entityNames(store, id)));
  }
  return out;
}

export function* csvTable(store: Store, table: Table, sel: Selection): Generator<string> {
  const inDocs = (doc: string) => !sel.docs || sel.docs.has(doc);
  if (table === 'documents') {
    const reportsOn = reportsOnMap(store);
    yield csvRow(['id', 'source', 'sourceName', 'title', 'published', 'publishedPrecision', 'language', 'kind', 'format', 'bytes', 'duplicateOf', 'reportsOn', 'ingestedAt']);
    for (const d of documentListings(store, sel.docs ?? undefined))
      yield csvRow([d.id, d.source, d.source_name, d.title, d.published, d.published_precision, d.language, d.kind, d.format, d.byte_length, d.duplicate_of, (reportsOn.get(d.id) ?? []).join('; '), d.ingested_at]);
  } else if (table === 'entities') {
    yield csvRow(['id', 'type', 'name', 'aliases', 'country', 'roles', 'documents']);
    for (const id of entityIdsInOrder(store)) {
      const e = getEntity(store, id);
      if (!e) continue;
      const names = entityNames(store, id);
      const name = displayName(e, names);
      const roles = entityRoles(store, id);
      const docs = new Set(roles.map((r) => r.doc));
      if (sel.docs && ![...docs].some(inDocs) && !mentionDocs(store, id).some(inDocs)) continue;
      const titles = [...new Set(roles.map((r) => (r.country ? `${r.title} (${r.country})` : r.title)))];
      yield csvRow([id, e.type, name, names.map((n) => n.name).filter((n) => n !== name).join('; '), e.country, titles.join('; '), docs.size]);
    }
  } else if (table === 'events') {
    const names = entityNameMap(store);
    yield csvRow(['id', 'date', 'datePrecision', 'type', 'mode', 'cameo', 'quadClass', 'status', 'location', 'countries', 'actors', 'targets', 'participants', 'summary', 'documents', 'evidenceDoc', 'evidenceStart', 'evidenceEnd', 'evidenceText']);
    for (const e of sel.events()) {
      const ev = eventEvidence(store, e.id);
      const by = (role: string) => e.participants.filter((p) => p.role === role).map((p) => names.get(p.entity) ?? p.entity).join('; ');
      const first = ev[0];
      yield csvRow([e.id, e.date, e.datePrecision, e.type, e.mode, e.cameo, e.quadClass, e.status, e.location, e.countries.join('; '), by('source'), by('target'), by('participant'), e.summary, new Set(ev.map((s) => s.doc)).size, first?.doc, first?.start, first?.end, first?.text]);
    }
  } else if (table === 'quotes') {
    const names = entityNameMap(store);
    yield csvRow(['id', 'doc', 'start', 'end', 'text', 'speaker', 'speakerName', 'cue', 'verification', 'recordDoc', 'recordStart', 'recordEnd', 'similarity']);
    for (const q of listQuoteRows(store)) {
      if (!inDocs(q.doc)) continue;
      const best = q.matches[0];
      yield csvRow([q.id, q.doc, q.start, q.end, q.text, q.speaker, q.speaker ? names.get(q.speaker) : null, q.cue?.text, q.status, best?.doc, best?.start, best?.end, best?.similarity]);
    }
  } else {
    const names = entityNameMap(store);
    yield csvRow(['entity', 'name', 'doc', 'start', 'end', 'text']);
    for (const m of mentionRows(store)) if (inDocs(m.doc)) yield csvRow([m.entity, names.get(m.entity), m.doc, m.start, m.end, m.text]);
  }
}
