// The timeline index of the web app: every event with what the timeline shows and filters on, read
// from the events and entities tables in a handful of bulk queries (read-only). The areas' own readers
// load events one by one, which is right for one event but too slow for 30,000 on every change.
import type { Store } from '../store/db.js';
import { allEventCountries, allEventParticipants, eventSourceCounts, timelineEventRows } from '../store/timeline.js';
import { listEntities } from '../store/entities.js';

export interface TimelineItem {
  id: string;
  date: string | null;
  precision: string | null;
  type: string;
  mode: string | null;
  quadClass: number | null;
  status: string;
  summary: string;
  location: string | null;
  countries: string[];
  actors: { id: string; name: string; role: string }[];
  sources: number;
}

export interface TimelineIndex {
  /** Dated events in date order, then the undated ones. */
  events: TimelineItem[];
  facets: { countries: string[]; types: string[]; statuses: string[]; actors: { id: string; name: string }[] };
  /** Every entity's display name, by id. */
  names: Map<string, string>;
}

/** Actors offered in the filter at most (the most active first); the API takes any entity id. */
const MAX_ACTOR_CHOICES = 500;

function groupBy<R extends { event: string }>(rows: R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const list = out.get(r.event);
    if (list) list.push(r);
    else out.set(r.event, [r]);
  }
  return out;
}

/** Every entity's name as the entities area shows it (people by their full name seen most often). */
export function entityDisplayNames(store: Store): Map<string, string> {
  return new Map(listEntities(store).map((e) => [e.id, e.name]));
}

export function loadTimelineIndex(store: Store): TimelineIndex {
  const rows = timelineEventRows(store);
  const participants = groupBy(allEventParticipants(store));
  const countries = groupBy(allEventCountries(store));
  const sources = eventSourceCounts(store);
  const names = entityDisplayNames(store);
  const events = rows.map(
    (r): TimelineItem => ({
      id: r.id,
      date: r.date,
      precision: r.date_precision,
      type: r.type,
      mode: r.mode,
      quadClass: r.quad_class,
      status: r.status,
      summary: r.summary,
      location: r.location,
      countries: (countries.get(r.id) ?? []).map((c) => c.country),
      actors: (participants.get(r.id) ?? []).map((p) => ({ id: p.entity, name: names.get(p.entity) ?? p.entity, role: p.role })),
      sources: sources.get(r.id) ?? 0,
    }),
  );
  const activity = new Map<string, number>();
  for (const e of events) for (const a of e.actors) activity.set(a.id, (activity.get(a.id) ?? 0) + 1);
  const sorted = (s: Iterable<string>) => [...new Set(s)].sort();
  return {
    events,
    names,
    facets: {
      countries: sorted(events.flatMap((e) => e.countries)),
      types: sorted(events.map((e) => e.type)),
      statuses: sorted(events.map((e) => e.status)),
      actors: [...activity]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_ACTOR_CHOICES)
        .map(([id]) => ({ id, name: names.get(id) ?? id }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    },
  };
}
