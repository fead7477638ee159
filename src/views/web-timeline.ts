// The timeline page's data: events filtered by country pair, actor, type, status and date range —
// every match as a point for the chart, and one page of them in full for the list; undated apart.
import type { Store } from '../store/db.js';
import type { Span } from '../types.js';
import { eventDetail } from './timeline.js';
import type { TimelineIndex, TimelineItem } from './web-index.js';
import { docRefs, type DocRef } from './web-refs.js';

export type { TimelineItem } from './web-index.js';

export interface TimelineFilter {
  /** One or two ISO alpha-3 codes; with two, both states must be involved. */
  countries?: string[];
  actor?: string;
  type?: string;
  status?: string;
  /** ISO dates, inclusive, compared at the event's own precision (2021-03 is within 2021-03-15…). */
  from?: string;
  to?: string;
}

/** A dated event as the chart draws it: [id, date, quad class, planned (1) or not (0), type]. */
/** [id, date, quad class, planned, type, who and where: "A, B @ Place" for the chart's tooltip]. */
export type TimelinePoint = [string, string, number | null, 0 | 1, string, string];

export interface TimelineView {
  total: number;
  datedTotal: number;
  /** Every dated match, for the chart (omitted when asked with points=0). */
  points: TimelinePoint[] | null;
  /** The first `limit` dated matches in date order, in full. */
  dated: TimelineItem[];
  undated: TimelineItem[];
  undatedTotal: number;
  facets: TimelineIndex['facets'];
}

export const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function timelineView(index: TimelineIndex, filter: TimelineFilter, options: { limit?: number; points?: boolean } = {}): TimelineView {
  const limit = Math.max(0, options.limit ?? 300);
  const pair = (filter.countries ?? []).map((c) => c.toUpperCase()).filter(Boolean);
  const from = filter.from && ISO_DATE.test(filter.from) ? filter.from : null;
  const to = filter.to && ISO_DATE.test(filter.to) ? filter.to : null;
  const keep = (e: TimelineItem) =>
    pair.every((c) => e.countries.includes(c)) &&
    (!filter.actor || e.actors.some((a) => a.id === filter.actor)) &&
    (!filter.type || e.type === filter.type) &&
    (!filter.status || e.status === filter.status) &&
    (!from || (e.date !== null && e.date >= from.slice(0, e.date.length))) &&
    (!to || (e.date !== null && e.date.slice(0, to.length) <= to));
  const dated: TimelineItem[] = [];
  const undated: TimelineItem[] = [];
  const points: TimelinePoint[] = [];
  for (const e of index.events) {
    if (!keep(e)) continue;
    if (e.date === null) undated.push(e);
    else {
      dated.push(e);
      if (options.points !== false) points.push([e.id, e.date, e.quadClass, e.status === 'planned' ? 1 : 0, e.type, whoAndWhere(e)]);
    }
  }
  return {
    total: dated.length + undated.length,
    datedTotal: dated.length,
    points: options.points === false ? null : points,
    dated: dated.slice(0, limit),
    undated: undated.slice(0, limit),
    undatedTotal: undated.length,
    facets: index.facets,
  };
}

export interface EventView {
  id: string;
  date: string | null;
  precision: string | null;
  type: string;
  mode: string | null;
  cameo: string | null;
  quadClass: number | null;
  status: string;
  location: string | null;
  summary: string;
  countries: string[];
  actors: { id: string; name: string; role: string }[];
  dateEvidence: Span | null;
  /** Evidence sentences grouped by the document reporting them. */
  evidence: { doc: DocRef; spans: Span[] }[];
}

/** One event with its evidence from every source (the events area's eventDetail), grouped by document. */
export function eventView(store: Store, id: string): EventView | null {
  const d = eventDetail(store, id);
  if (!d) return null;
  const ref = docRefs(store);
  const byDoc = new Map<string, Span[]>();
  for (const s of d.evidence) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), { doc: s.doc, start: s.start, end: s.end, text: s.text }]);
  return {
    id: d.id,
    date: d.date,
    precision: d.date ? (['year', 'month', 'day'][[4, 7, 10].indexOf(d.date.length)] ?? null) : null,
    type: d.type,
    mode: d.mode,
    cameo: d.cameo,
    quadClass: d.quadClass,
    status: d.status,
    location: d.location,
    summary: d.summary,
    countries: d.countries,
    actors: d.participants.map((p) => ({ id: p.entity, name: p.name, role: p.role })),
    dateEvidence: d.dateEvidence,
    evidence: [...byDoc].map(([doc, spans]) => ({
      doc: ref(doc) ?? { id: doc, title: null, published: null, kind: 'other', sourceName: doc },
      spans: spans.sort((a, b) => a.start - b.start),
    })),
  };
}

/** The participants (at most four named) and the place of an event, for a tooltip. */
export function whoAndWhere(e: TimelineItem): string {
  const names = e.actors.map((a) => a.name);
  const who = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  return [who || 'no participant named', e.location ? `@ ${e.location}` : ''].filter(Boolean).join(' ');
}
