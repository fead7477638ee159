// Timeline: events on a zoomable time axis (d3), filtered by country pair, actor, type, status and
// date range, coloured by quad class; undated events listed apart; an event opens with its evidence.
import { api } from '../api';
import { h, fill, go, badge, empty, short, downloads } from '../dom';
import { briefLink } from '../brief-link';
import type { TimelineFilter, TimelineItem, TimelineView } from '../types';
import type { Route } from './route';
import { drawChart } from './timeline-chart';
import { eventPanel } from './timeline-event';

const FILTER_KEYS = ['countries', 'actor', 'type', 'status', 'from', 'to'] as const;
export const QUAD_NAMES = ['unclassified', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export async function timelinePage(root: HTMLElement, route: Route): Promise<void> {
  const filter: TimelineFilter = {};
  for (const k of FILTER_KEYS) filter[k] = route.query.get(k) ?? undefined;
  const view = await api.timeline(filter);
  const panel = h('aside', { class: 'event-panel', id: 'event-panel' });
  const list = h('div', { class: 'event-list', id: 'event-list' });
  const chartBox = h('div', { class: 'chart', id: 'timeline-chart' });
  const open = (id: string) => {
    const q = new URLSearchParams(route.query);
    q.set('event', id);
    history.replaceState(null, '', `#/timeline?${q}`);
    void showEvent(panel, id, list).then(() => panel.scrollIntoView({ block: 'nearest' }));
  };
  fill(root,
    h('div', { class: 'timeline-head' }, h('h1', null, 'Timeline'), legend(), downloads('/api/timeline', { ...filter }, 'timeline'),
      filter.countries || filter.actor ? briefLink([...(filter.countries ?? '').split(','), filter.actor ?? ''], filter) : null),
    filters(view, filter),
    view.total ? null : empty('No events match these filters.'),
    view.points?.length ? chartBox : null,
    h('div', { class: 'timeline-body' }, list, panel),
  );
  const renderList = (dated: TimelineItem[], total: number, what: string) => fill(list,
    h('h2', null, `${total} dated event${total === 1 ? '' : 's'} ${what}`),
    h('ol', { class: 'events' }, dated.map((ev) => eventRow(ev, open))),
    total > dated.length ? h('p', { class: 'muted' }, `… and ${total - dated.length} more: zoom in or narrow the filters.`) : null,
    h('h2', null, `Events with no date stated (${view.undatedTotal})`),
    view.undated.length ? h('ol', { class: 'events undated' }, view.undated.map((ev) => eventRow(ev, open))) : empty('None.'),
    view.undatedTotal > view.undated.length ? h('p', { class: 'muted' }, `… and ${view.undatedTotal - view.undated.length} more: narrow the filters.`) : null,
  );
  renderList(view.dated, view.datedTotal, 'in view');
  // After a zoom or pan, the list shows the events in the visible dates (asked of the server,
  // which holds them all); an answer that comes after a newer question is dropped.
  let asked = 0;
  const onRange = async (a: Date, b: Date) => {
    const mine = ++asked;
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const part = await api.timeline({ ...filter, from: later(filter.from, day(a)), to: earlier(filter.to, day(b)), points: '0' });
    if (mine === asked) renderList(part.dated, part.datedTotal, 'in view');
  };
  if (view.points?.length) drawChart(chartBox, view.points, { onOpen: open, onRange: (a, b) => void onRange(a, b) });
  const selected = route.query.get('event');
  if (selected) void showEvent(panel, selected, list);
  else fill(panel, h('p', { class: 'muted' }, 'Choose an event to see the sentences every source gives for it.'));
}

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

const later = (a: string | undefined, b: string) => (a && a > b ? a : b);
const earlier = (a: string | undefined, b: string) => (a && a < b ? a : b);

function eventRow(ev: TimelineItem, open: (id: string) => void): HTMLElement {
  return h('li', { class: `event-row q${ev.quadClass ?? 0}`, 'data-id': ev.id },
    h('button', { class: 'linklike', type: 'button', click: () => open(ev.id) },
      h('span', { class: 'date' }, ev.date ?? 'no date'), ' ', badge(ev.type, `quad q${ev.quadClass ?? 0}`), ' ', short(ev.summary, 110)),
    h('div', { class: 'muted row-meta' }, `${ev.countries.join('–') || 'no state named'}${ev.status !== 'occurred' ? ` · ${ev.status}` : ''} · ${ev.sources} source${ev.sources === 1 ? '' : 's'}`),
  );
}

async function showEvent(panel: HTMLElement, id: string, list: HTMLElement): Promise<void> {
  for (const li of list.querySelectorAll('.event-row')) li.classList.toggle('selected', (li as HTMLElement).dataset.id === id);
  try {
    fill(panel, eventPanel(await api.event(id)));
  } catch (err) {
    fill(panel, h('p', { class: 'error' }, (err as Error).message));
  }
}

function legend(): HTMLElement {
  return h('div', { class: 'legend' }, [1, 2, 3, 4, 0].map((q) => h('span', { class: `key q${q}` }, QUAD_NAMES[q])));
}

function select(name: string, label: string, value: string | undefined, options: [string, string][]): HTMLLabelElement {
  return h('label', null, label, ' ',
    h('select', { name }, h('option', { value: '' }, 'any'), options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

function filters(view: TimelineView, f: TimelineFilter): HTMLFormElement {
  const [c1, c2] = (f.countries ?? '').split(',');
  const countries = view.facets.countries.map((c): [string, string] => [c, c]);
  const form = h('form', { class: 'filters', id: 'timeline-filters' },
    select('c1', 'Country', c1, countries),
    select('c2', 'with', c2, countries),
    select('actor', 'Actor', f.actor, view.facets.actors.map((a): [string, string] => [a.id, a.name])),
    select('type', 'Type', f.type, view.facets.types.map((t): [string, string] => [t, t])),
    select('status', 'Status', f.status, view.facets.statuses.map((s): [string, string] => [s, s])),
    // (text, not a date picker: the URL's filter may be a year or a month, and must show as it is)
    h('label', null, 'From ', h('input', { type: 'text', name: 'from', value: f.from ?? '', placeholder: 'YYYY[-MM[-DD]]', pattern: DATE_PATTERN, size: 11, inputmode: 'numeric' })),
    h('label', null, 'to ', h('input', { type: 'text', name: 'to', value: f.to ?? '', placeholder: 'YYYY[-MM[-DD]]', pattern: DATE_PATTERN, size: 11, inputmode: 'numeric' })),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', class: 'secondary', click: () => go('timeline') }, 'Clear'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const q = new URLSearchParams();
    const pair = [data.get('c1'), data.get('c2')].filter((v) => v).join(',');
    if (pair) q.set('countries', pair);
    for (const k of ['actor', 'type', 'status', 'from', 'to']) if (data.get(k)) q.set(k, String(data.get(k)));
    go(`timeline?${q}`);
  });
  return form;
}

