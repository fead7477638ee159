// The timeline page's data: events filtered by country pair, actor, type, status and date range,
// dated ones in order and undated ones apart, with the choices the filters offer.
import type { Store } from '../store/db.js';
import { exportEntities } from '../store/entities.js';
import { exportEvents } from '../store/events.js';
import type { ExportEntity, ExportEvent, Span } from '../types.js';
import { docRefs, type DocRef } from './web-refs.js';

export interface TimelineFilter {
  /** One or two ISO alpha-3 codes; with two, both states must be involved. */
  countries?: string[];
  actor?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
}

export interface TimelineItem {
  id: string;
  date: string | null;
  precision: string | null;
  type: string;
  mode: string | null;
  quadClass: number | null;
  status: string;
  summary: string;
  countries: string[];
  actors: { id: string; name: string; role: string }[];
  sources: number;
}

export interface TimelineView {
  dated: TimelineItem[];
  undated: TimelineItem[];
  total: number;
  facets: { countries: string[]; types: string[]; statuses: string[]; actors: { id: string; name: string }[] };
}

/** The record the web views read, built once per store change (the export readers walk whole tables). */
export interface Record {
  events: ExportEvent[];
  entities: Map<string, ExportEntity>;
}

export function loadRecord(store: Store): Record {
  return { events: exportEvents(store), entities: new Map(exportEntities(store).map((e) => [e.id, e])) };
}

export function timelineView(record: Record, filter: TimelineFilter): TimelineView {
  const pair = (filter.countries ?? []).map((c) => c.toUpperCase()).filter(Boolean);
  const keep = (e: ExportEvent) =>
    pair.every((c) => e.countries.includes(c)) &&
    (!filter.actor || e.participants.some((p) => p.entity === filter.actor)) &&
    (!filter.type || e.type === filter.type) &&
    (!filter.status || e.status === filter.status) &&
    (!filter.from || (e.date !== null && e.date.slice(0, filter.from.length) >= filter.from)) &&
    (!filter.to || (e.date !== null && e.date.slice(0, filter.to.length) <= filter.to));
  const items = record.events.filter(keep).map((e) => timelineItem(record, e));
  const dated = items.filter((i) => i.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const actors = new Map<string, string>();
  for (const e of record.events) for (const p of e.participants) actors.set(p.entity, record.entities.get(p.entity)?.name ?? p.entity);
  const sorted = (s: Iterable<string>) => [...new Set(s)].sort();
  return {
    dated,
    undated: items.filter((i) => !i.date),
    total: items.length,
    facets: {
      countries: sorted(record.events.flatMap((e) => e.countries)),
      types: sorted(record.events.map((e) => e.type)),
      statuses: sorted(record.events.map((e) => e.status)),
      actors: [...actors].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    },
  };
}

function timelineItem(record: Record, e: ExportEvent): TimelineItem {
  return {
    id: e.id,
    date: e.date,
    precision: e.datePrecision,
    type: e.type,
    mode: e.mode,
    quadClass: e.quadClass,
    status: e.status,
    summary: e.summary,
    countries: e.countries,
    actors: e.participants.map((p) => ({ id: p.entity, name: record.entities.get(p.entity)?.name ?? p.entity, role: p.role })),
    sources: new Set(e.evidence.map((s) => s.doc)).size,
  };
}

export interface EventView extends TimelineItem {
  cameo: string | null;
  location: string | null;
  dateEvidence: (Span & { docRef: DocRef | null }) | null;
  evidence: { doc: DocRef; spans: Span[] }[];
}

/** One event with its evidence sentences grouped by the document that reports them. */
export function eventView(store: Store, record: Record, id: string): EventView | null {
  const e = record.events.find((x) => x.id === id);
  if (!e) return null;
  const ref = docRefs(store);
  const byDoc = new Map<string, Span[]>();
  for (const s of e.evidence) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  return {
    ...timelineItem(record, e),
    cameo: e.cameo,
    location: e.location,
    dateEvidence: e.dateEvidence ? { ...e.dateEvidence, docRef: ref(e.dateEvidence.doc) } : null,
    evidence: [...byDoc].map(([doc, spans]) => ({
      doc: ref(doc) ?? { id: doc, title: null, published: null, kind: 'other', sourceName: doc },
      spans: spans.sort((a, b) => a.start - b.start),
    })),
  };
}
