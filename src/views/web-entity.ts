// The entity page's data: names and roles over time from the entities area's dossier, with the
// events the entity took part in and what it is quoted as saying (with each quote's verification).
import type { Store } from '../store/db.js';
import { listEntities } from '../store/entities.js';
import { listQuoteRows } from '../store/quotes.js';
import { dossier } from './entities.js';
import type { TimelineIndex, TimelineItem } from './web-index.js';
import { docRefs, type DocRef } from './web-refs.js';

export interface EntityListItem {
  id: string;
  type: string;
  name: string;
  country: string | null;
  mentions: number;
  documents: number;
}

export interface EntityListQuery {
  q?: string;
  type?: string;
  country?: string;
  /** mentions (the default), documents or name. */
  sort?: string;
}

export interface EntityList {
  entities: EntityListItem[];
  /** Entities the filters keep (the list may show fewer). */
  total: number;
  /** Counts within the other filters: how many entities each type or country would give. */
  facets: { types: { value: string; n: number }[]; countries: { value: string; n: number }[] };
}

const SORTS: Record<string, (a: EntityListItem, b: EntityListItem) => number> = {
  mentions: (a, b) => b.mentions - a.mentions || b.documents - a.documents,
  documents: (a, b) => b.documents - a.documents || b.mentions - a.mentions,
  name: (a, b) => a.name.localeCompare(b.name),
};

const tally = (items: EntityListItem[], key: (e: EntityListItem) => string | null) => {
  const n = new Map<string, number>();
  for (const e of items) {
    const k = key(e);
    if (k) n.set(k, (n.get(k) ?? 0) + 1);
  }
  return [...n].map(([value, count]) => ({ value, n: count })).sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
};

/** Entities whose name contains `q`, of a type and country, by mentions (or documents, or name), with counts per type and country. */
export function entityList(store: Store, query: EntityListQuery = {}, limit = 200): EntityList {
  const q = (query.q ?? '').trim().toLowerCase();
  const named = listEntities(store).filter((e) => !q || e.name.toLowerCase().includes(q));
  const ofType = (e: EntityListItem) => !query.type || e.type === query.type;
  const ofCountry = (e: EntityListItem) => !query.country || e.country === query.country;
  const kept = named.filter((e) => ofType(e) && ofCountry(e)).sort(SORTS[query.sort ?? ''] ?? SORTS.mentions);
  return {
    entities: kept.slice(0, limit),
    total: kept.length,
    facets: { types: tally(named.filter(ofCountry), (e) => e.type), countries: tally(named.filter(ofType), (e) => e.country) },
  };
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
  /** At most LIST_CAP of each list; the totals say how many there are. */
  events: TimelineItem[];
  undatedEvents: TimelineItem[];
  totals: { documents: number; events: number; quotes: number };
  quotes: { id: string; text: string; doc: DocRef | null; start: number; status: string; similarity: number | null }[];
}

/** Rows per list on the entity page; a country in a large store takes part in thousands of events. */
export const LIST_CAP = 300;

export function entityView(store: Store, index: TimelineIndex, id: string): EntityView | null {
  const d = dossier(store, id, { sentences: false });
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
  const events = index.events.filter((e) => e.actors.some((a) => a.id === id));
  const quotes = listQuoteRows(store, { speakers: [id] });
  return {
    id: d.id,
    type: d.type,
    name: d.name,
    aliases: d.names.map((n) => n.name).filter((n) => n !== d.name),
    country: d.country,
    roles: [...roles.values()].sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999')),
    totals: { documents: d.documents.length, events: events.length, quotes: quotes.length },
    documents: d.documents
      .slice(0, LIST_CAP)
      .map((x) => ({ ...(ref(x.id) ?? { id: x.id, title: x.title, published: x.published, kind: 'other', sourceName: x.source }), mentions: x.mentions }))
      .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999')),
    events: events.filter((e) => e.date).slice(0, LIST_CAP),
    undatedEvents: events.filter((e) => !e.date).slice(0, LIST_CAP),
    quotes: quotes.slice(0, LIST_CAP).map((q) => ({
      id: q.id,
      text: q.text,
      doc: ref(q.doc),
      start: q.start,
      status: q.status,
      similarity: q.matches[0]?.similarity ?? null,
    })),
  };
}
