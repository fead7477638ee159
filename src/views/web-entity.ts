// The entity page's data: names, roles over time with the documents that state them, the events the
// entity took part in, and what it is quoted as saying with each quote's verification.
import type { Store } from '../store/db.js';
import { exportQuotes } from '../store/quotes.js';
import type { ExportQuote } from '../types.js';
import { docRefs, type DocRef } from './web-refs.js';
import { timelineView, type Record, type TimelineItem } from './web-timeline.js';

export interface EntityListItem {
  id: string;
  type: string;
  name: string;
  country: string | null;
  mentions: number;
  documents: number;
}

export function entityList(record: Record, query = '', limit = 200): EntityListItem[] {
  const q = query.trim().toLowerCase();
  return [...record.entities.values()]
    .filter((e) => !q || e.name.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q)))
    .map((e) => ({ id: e.id, type: e.type, name: e.name, country: e.country, mentions: e.mentions.length, documents: new Set(e.mentions.map((m) => m.doc)).size }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit);
}

export interface EntityView {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  country: string | null;
  roles: { title: string; country: string | null; docs: DocRef[]; from: string | null; to: string | null }[];
  documents: DocRef[];
  events: TimelineItem[];
  undatedEvents: TimelineItem[];
  quotes: { id: string; text: string; doc: DocRef | null; status: string; similarity: number | null }[];
}

export function entityView(store: Store, record: Record, id: string, quotes: ExportQuote[] = exportQuotes(store)): EntityView | null {
  const e = record.entities.get(id);
  if (!e) return null;
  const ref = docRefs(store);
  const refs = (ids: Iterable<string>) => [...new Set(ids)].map(ref).filter((d): d is DocRef => !!d);
  const byDate = (a: DocRef, b: DocRef) => (a.published ?? '9999').localeCompare(b.published ?? '9999');
  const timeline = timelineView(record, { actor: id });
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    country: e.country,
    roles: e.roles.map((r) => {
      // "Over time": a role runs from the first to the last dated document that states it.
      const docs = refs(r.docs).sort(byDate);
      const dates = docs.map((d) => d.published).filter((d): d is string => !!d);
      return { title: r.title, country: r.country, docs, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };
    }),
    documents: refs(e.mentions.map((m) => m.doc)).sort(byDate),
    events: timeline.dated,
    undatedEvents: timeline.undated,
    quotes: quotes
      .filter((q) => q.speaker === id)
      .map((q) => ({ id: q.id, text: q.text, doc: ref(q.doc), status: q.verification.status, similarity: q.verification.matches[0]?.similarity ?? null })),
  };
}
