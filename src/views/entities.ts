// Entity views: the list of entities with counts, and one entity's dossier (names, roles with
// their dates and sources, documents, and each mention in its sentence).
import { countryCode } from '../annotate/entities/gazetteer.js';
import { nameKeys, plainKey } from '../annotate/entities/names.js';
import type { Store } from '../store/db.js';
import { getAnnotations, getDocument, getDocumentHead } from '../store/documents.js';
import {
  displayName,
  entityByKey,
  entityMentions,
  entityNames,
  entityRoles,
  findEntitiesByName,
  getEntity,
  listEntities,
  type EntityRow,
  type EntitySummary,
  type NameRow,
  type RoleRow,
} from '../store/entities.js';
import type { EntityType, Span } from '../types.js';
import { documentFilter, filtersDocuments, type RecordFilter } from './filters.js';

export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'country', 'location'];

/**
 * Entities with their counts. A record filter's dates, kinds and people choose the documents counted
 * (entities mentioned with a person are those of the documents mentioning them); its states are the entities' own.
 */
export function entityList(store: Store, filter: { type?: EntityType; country?: string; record?: RecordFilter }): EntitySummary[] {
  const r = filter.record ?? {};
  const docs = filtersDocuments({ ...r, countries: [] }) ? documentFilter(store, { ...r, countries: [] }) : undefined;
  const countries = [filter.country, ...(r.countries ?? [])].filter((c): c is string => !!c).map((c) => c.toUpperCase());
  return listEntities(store, { type: filter.type, countries, docs });
}

export interface DossierMention extends Span {
  /** The sentence holding the mention (the title line for a mention there). */
  sentence: string;
}

export interface Dossier {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  names: NameRow[];
  roles: (RoleRow & { source: string })[];
  /** The roles merged: one line per office (a title without a state is the entity's own state's), with its dates. */
  offices: Office[];
  documents: { id: string; published: string | null; title: string | null; source: string; mentions: number; duplicateOf: string | null }[];
  mentions: DossierMention[];
}

export interface Office {
  title: string;
  country: string | null;
  first: string | null;
  last: string | null;
  /** Documents that give it, latest first. */
  sources: string[];
}

/** Roles as offices: "President" and "President of USA" of a US person are one office, seen from its first to its last date. */
export function mergeRoles(roles: (RoleRow & { source: string })[], entityCountry: string | null): Office[] {
  const offices = new Map<string, Office & { dated: [string | null, string][] }>();
  for (const r of roles) {
    const country = r.country ?? entityCountry;
    const key = `${r.title.toLowerCase()}|${country ?? ''}`;
    let o = offices.get(key);
    if (!o) offices.set(key, (o = { title: r.title, country, first: null, last: null, sources: [], dated: [] }));
    o.dated.push([r.date, r.source]);
  }
  return [...offices.values()]
    .map(({ dated, ...o }) => {
      const dates = dated.map(([d]) => d).filter((d): d is string => !!d).sort();
      dated.sort((a, b) => (b[0] ?? '').localeCompare(a[0] ?? ''));
      return { ...o, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, sources: [...new Set(dated.map(([, s]) => s))] };
    })
    .sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || b.sources.length - a.sources.length);
}

/** Entities a user's NAME may mean: exact spellings and keys first, then names containing it. */
export function findEntities(store: Store, query: string): EntityRow[] {
  const q = query.trim();
  if (!q) return [];
  const ids = new Set<string>();
  for (const type of ENTITY_TYPES) {
    const keys = type === 'person' ? nameKeys(q) : type === 'country' ? [q.toUpperCase(), countryCode(q) ?? ''] : [plainKey(q)];
    for (const k of keys) {
      const id = entityByKey(store, type, k);
      if (id) ids.add(id);
    }
  }
  const exact = [...ids].map((id) => getEntity(store, id)).filter((e): e is EntityRow => !!e);
  return exact.length ? exact : findEntitiesByName(store, q);
}

function sentenceOf(sentences: Span[], m: Span, original: string, title: string | null): string {
  const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
  if (s) return s.text;
  if (title && original.slice(m.start, m.end) === m.text && title.includes(m.text)) return title;
  return m.text;
}

/**
 * Everything the record holds on one entity. `sentences: false` leaves each mention's sentence
 * empty and reads only the documents' heads: a page that lists documents, not mentions, then
 * does not load the text and annotations of every document the entity appears in.
 */
export function dossier(store: Store, id: string, { sentences = true }: { sentences?: boolean } = {}): Dossier | null {
  const e = getEntity(store, id);
  if (!e) return null;
  const names = entityNames(store, id);
  const docCache = new Map<string, { sentences: Span[]; original: string; title: string | null; published: string | null; source: string; duplicateOf: string | null }>();
  const docInfo = (doc: string) => {
    let d = docCache.get(doc);
    if (!d) {
      const full = sentences ? getDocument(store, doc) : null;
      const row = full ?? getDocumentHead(store, doc);
      d = { sentences: full ? getAnnotations(store, doc)?.sentences ?? [] : [], original: full?.original ?? '', title: row?.title ?? null, published: row?.published ?? null, source: row?.source ?? doc, duplicateOf: row?.duplicate_of ?? null };
      docCache.set(doc, d);
    }
    return d;
  };
  const mentions = entityMentions(store, id).map((m) => {
    const d = docInfo(m.doc);
    return { doc: m.doc, start: m.start, end: m.end, text: m.text, sentence: sentences ? sentenceOf(d.sentences, m, d.original, d.title) : '' };
  });
  const roles = entityRoles(store, id).map((r) => ({ ...r, source: docInfo(r.doc).source }));
  const perDoc = new Map<string, number>();
  for (const m of mentions) perDoc.set(m.doc, (perDoc.get(m.doc) ?? 0) + 1);
  return {
    id,
    type: e.type,
    name: displayName(e, names),
    country: e.country,
    names,
    roles,
    offices: mergeRoles(roles, e.country),
    documents: [...perDoc].map(([doc, n]) => {
      const d = docInfo(doc);
      return { id: doc, published: d.published, title: d.title, source: d.source, mentions: n, duplicateOf: d.duplicateOf };
    }),
    mentions,
  };
}
