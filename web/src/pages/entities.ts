// Entities: people, organisations and states found in the documents; the entity page shows names,
// roles over time with their sources, events taken part in, and quotes with their verification.
import { api } from '../api';
import { h, fill, link, go, badge, empty, short, downloads } from '../dom';
import { briefLink } from '../brief-link';
import type { EntityView, TimelineItem } from '../types';
import type { Route } from './route';
import { statusBadge } from './quote-status';

const TYPES: Record<string, string> = { person: 'people', organization: 'organisations', country: 'states', location: 'places' };
const SORTS: [string, string][] = [['mentions', 'most mentioned'], ['documents', 'in most documents'], ['name', 'name A–Z']];

export async function entitiesPage(root: HTMLElement, route: Route): Promise<void> {
  const filter: Record<string, string | undefined> = {};
  for (const k of ['q', 'type', 'country', 'sort']) filter[k] = route.query.get(k) || undefined;
  const q = filter.q ?? '';
  const at = (change: Record<string, string | undefined>) => {
    const p = new URLSearchParams(Object.entries({ ...filter, ...change }).filter((e): e is [string, string] => !!e[1]));
    return `entities?${p}`;
  };
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'a name or part of one' });
  const form = h('form', { class: 'searchbar', submit: (ev: Event) => (ev.preventDefault(), go(at({ q: input.value || undefined }))) },
    input, h('button', { type: 'submit' }, 'Find'));
  const list = await api.entities(filter);
  const rows = list.entities.map((e) =>
    h('tr', null,
      h('td', null, link(`entity/${e.id}`, e.name)),
      h('td', null, badge(e.type, `type-${e.type}`)),
      h('td', null, e.country ?? ''),
      h('td', { class: 'num' }, e.mentions),
      h('td', { class: 'num' }, e.documents),
    ),
  );
  const facet = (key: 'type' | 'country', values: { value: string; n: number }[], label: (v: string) => string) =>
    h('div', { class: `facet facet-${key}` },
      h('span', { class: 'facet-name' }, key === 'type' ? 'Type' : 'Country'),
      filter[key] ? link(at({ [key]: undefined }), 'all') : h('strong', { class: 'facet-on' }, 'all'),
      values.map((v) => [' ', filter[key] === v.value ? h('strong', { class: 'facet-on' }, `${label(v.value)} (${v.n})`) : link(at({ [key]: v.value }), `${label(v.value)} (${v.n})`)]),
    );
  const sort = h('select', { name: 'sort', change: (ev: Event) => go(at({ sort: (ev.target as HTMLSelectElement).value === 'mentions' ? undefined : (ev.target as HTMLSelectElement).value })) },
    SORTS.map(([v, text]) => h('option', { value: v, selected: v === (filter.sort ?? 'mentions') }, text)));
  fill(root,
    h('div', { class: 'list-head' }, h('h1', null, 'Entities ', h('span', { class: 'count', id: 'entity-count' }, String(list.total))), downloads('/api/entities', filter, 'entities')),
    form,
    h('div', { class: 'facets', id: 'entity-facets' },
      facet('type', list.facets.types, (t) => TYPES[t] ?? t),
      facet('country', list.facets.countries.slice(0, 40), (c) => c),
      h('label', { class: 'facet' }, 'Sort ', sort)),
    rows.length
      ? [h('table', { class: 'list', id: 'entity-list' }, h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Type'), h('th', null, 'Country'), h('th', { class: 'num' }, 'Mentions'), h('th', { class: 'num' }, 'Documents'))), h('tbody', null, rows)),
        list.total > rows.length ? h('p', { class: 'muted' }, `… and ${list.total - rows.length} more: narrow the list, or download it whole.`) : null]
      : empty(q ? `No entity named like “${q}”.` : filter.type || filter.country ? 'No entity of this type and country.' : 'No entities linked yet.'));
}

export async function entityPage(root: HTMLElement, route: Route): Promise<void> {
  const e = await api.entity(route.arg);
  fill(root,
    h('h1', null, e.name, ' ', badge(e.type, `type-${e.type}`)),
    h('p', { class: 'meta' }, e.country ? `Country: ${e.country}` : 'Country not stated', e.aliases.length ? ` · also named ${e.aliases.join(', ')}` : '', ' · ',
      briefLink([e.type === 'country' && e.country ? e.country : e.name])),
    h('div', { class: 'entity-grid' },
      h('section', null, h('h2', null, 'Roles over time'), roles(e), h('h2', null, `Events (${e.totals.events})`), events(e),
        e.totals.events ? h('p', null, link(`timeline?actor=${encodeURIComponent(e.id)}`, e.totals.events > e.events.length + e.undatedEvents.length ? 'all of them on the timeline →' : 'show them on the timeline →')) : null),
      h('section', null, h('h2', null, `Quoted as saying (${e.totals.quotes})`), quotes(e), h('h2', null, `Documents naming ${e.type === 'person' ? 'them' : 'it'} (${e.totals.documents})`),
        h('ul', { class: 'plain' }, e.documents.map((d) => h('li', null, h('span', { class: 'date' }, d.published ?? 'no date'), ' ', link(`doc/${d.id}`, short(d.title ?? d.sourceName, 80)), h('span', { class: 'muted' }, ` · ${d.mentions} mention${d.mentions === 1 ? '' : 's'}`))))),
    ),
  );
}

function roles(e: EntityView): HTMLElement {
  if (!e.roles.length) return empty('No titles stated.');
  return h('ul', { class: 'plain' },
    e.roles.map((r) =>
      h('li', { class: 'role' },
        h('strong', null, r.title), r.country ? ` (${r.country})` : '',
        h('span', { class: 'muted' }, r.from ? (r.from === r.to ? ` · ${r.from}` : ` · ${r.from} – ${r.to}`) : ' · undated'),
        h('div', { class: 'sources' }, 'sources: ', r.docs.map((d, i) => [i ? ', ' : '', link(`doc/${d.id}`, short(d.title ?? d.sourceName, 50))])),
      ),
    ),
  );
}

function eventLine(ev: TimelineItem): HTMLElement {
  return h('li', { class: `q${ev.quadClass ?? 0}` },
    h('span', { class: 'date' }, ev.date ?? 'no date'), ' ', badge(ev.type, `quad q${ev.quadClass ?? 0}`), ' ',
    link(`timeline?event=${ev.id}`, short(ev.summary, 100)), ev.status !== 'occurred' && !ev.summary.includes(`[${ev.status}]`) ? h('span', { class: 'muted' }, ` · ${ev.status}`) : null);
}

function events(e: EntityView): HTMLElement {
  if (!e.events.length && !e.undatedEvents.length) return empty('No events recorded.');
  return h('ul', { class: 'plain events' }, e.events.map(eventLine), e.undatedEvents.map(eventLine));
}

function quotes(e: EntityView): HTMLElement {
  if (!e.quotes.length) return empty('No quotes attributed.');
  return h('ul', { class: 'plain quotes' },
    e.quotes.map((q) =>
      h('li', null, h('blockquote', null, `“${short(q.text, 300)}”`),
        h('div', { class: 'muted' }, statusBadge(q.status), ' in ', q.doc ? link(`doc/${q.doc.id}?at=${q.start}`, short(q.doc.title ?? q.doc.sourceName, 60)) : 'a document', ' · ', q.doc ? link(`quotes/${q.doc.id}`, 'check') : null),
      ),
    ),
  );
}
