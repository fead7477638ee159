// The entity page's data: names and roles over time from the entities area's dossier, with the
// events the entity took part in and what it is quoted as saying (with each quote's verification).
import type { Store } from '../store/db.js';
import type { ExportQuote } from '../types.js';
import { dossier } from './entities.js';
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
  /** One line per title held, from the first to the last dated document stating it. */
  roles: { title: string; country: string | null; from: string | null; to: string | null; docs: DocRef[] }[];
  documents: (DocRef & { mentions: number })[];
  events: TimelineItem[];
  undatedEvents: TimelineItem[];
  quotes: { id: string; text: string; doc: DocRef | null; start: number; status: string; similarity: number | null }[];
}

export function entityView(store: Store, record: Record, id: string, quotes: ExportQuote[]): EntityView | null {
  const d = dossier(store, id);
  if (!d) return null;
  const ref = docRefs(store);
  const roles = new Map<string, EntityView['roles'][number]>();
  for (const r of d.roles) {
    const key = `${r.title}\u0000${r.country ?? ''}`;
    const role = roles.get(key) ?? { title: r.title, country: r.country, from: null, to: null, docs: [] };
    if (r.date && (!role.from || r.date < role.from)) role.from = r.date;
    if (r.date && (!role.to || r.date > role.to)) role.to = r.date;
    const doc = ref(r.doc);
    if (doc && !role.docs.some((x) => x.id === doc.id)) role.docs.push(doc);
    roles.set(key, role);
  }
  const timeline = timelineView(record, { actor: id });
  return {
    id: d.id,
    type: d.type,
    name: d.name,
    aliases: d.names.map((n) => n.name).filter((n) => n !== d.name),
    country: d.country,
    roles: [...roles.values()].sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999')),
    documents: d.documents
      .map((x) => ({ ...(ref(x.id) ?? { id: x.id, title: x.title, published: x.published, kind: 'other', sourceName: x.source }), mentions: x.mentions }))
      .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999')),
    events: timeline.dated,
    undatedEvents: timeline.undated,
    quotes: quotes
      .filter((q) => q.speaker === id)
      .map((q) => ({ id: q.id, text: q.text, doc: ref(q.doc), start: q.start, status: q.verification.status, similarity: q.verification.matches[0]?.similarity ?? null })),
  };
}
