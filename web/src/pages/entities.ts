// Entities: people, organisations and states found in the documents; the entity page shows names,
// roles over time with their sources, events taken part in, and quotes with their verification.
import { api } from '../api';
import { h, fill, link, go, badge, empty, short } from '../dom';
import type { EntityView, TimelineItem } from '../types';
import type { Route } from './route';
import { statusBadge } from './quote-status';

export async function entitiesPage(root: HTMLElement, route: Route): Promise<void> {
  const q = route.query.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'a name or part of one' });
  const form = h('form', { class: 'searchbar', submit: (ev: Event) => (ev.preventDefault(), go(`entities?q=${encodeURIComponent(input.value)}`)) },
    input, h('button', { type: 'submit' }, 'Find'));
  const { entities } = await api.entities(q);
  const rows = entities.map((e) =>
    h('tr', null,
      h('td', null, link(`entity/${e.id}`, e.name)),
      h('td', null, badge(e.type, `type-${e.type}`)),
      h('td', null, e.country ?? ''),
      h('td', { class: 'num' }, e.mentions),
      h('td', { class: 'num' }, e.documents),
    ),
  );
  fill(root, h('h1', null, 'Entities'), form,
    rows.length
      ? h('table', { class: 'list' }, h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Type'), h('th', null, 'Country'), h('th', { class: 'num' }, 'Mentions'), h('th', { class: 'num' }, 'Documents'))), h('tbody', null, rows))
      : empty(q ? `No entity named like “${q}”.` : 'No entities linked yet.'));
}

export async function entityPage(root: HTMLElement, route: Route): Promise<void> {
  const e = await api.entity(route.arg);
  fill(root,
    h('h1', null, e.name, ' ', badge(e.type, `type-${e.type}`)),
    h('p', { class: 'meta' }, e.country ? `Country: ${e.country}` : 'Country not stated', e.aliases.length ? ` · also named ${e.aliases.join(', ')}` : ''),
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
