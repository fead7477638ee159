// Contradictions: each claim the record contradicts ("the first … since 2009") beside the words of
// the other sources that contradict it, with the reason; both sides open in the reader at the words.
import { api } from '../api';
import { h, fill, link, badge, empty, short, downloads } from '../dom';
import type { ConflictItem, NamedSpan } from '../types';
import type { Route } from './route';

export async function conflictsPage(root: HTMLElement, route: Route): Promise<void> {
  const { conflicts } = await api.conflicts(route.arg || undefined);
  const focus = route.query.get('id');
  fill(root,
    h('h1', null, 'Contradictions'),
    h('p', { class: 'muted' }, 'Claims that the record contradicts, and sources that disagree about one event. ', conflicts.length ? downloads('/api/conflicts', { doc: route.arg || undefined }, 'conflicts') : null),
    conflicts.length ? conflicts.map((c) => card(c, c.id === focus)) : empty('No contradictions found.'),
  );
  root.querySelector('.conflict-card.focus')?.scrollIntoView({ block: 'center' });
}

function card(c: ConflictItem, focus: boolean): HTMLElement {
  return h('div', { class: `conflict-card${focus ? ' focus' : ''}`, id: `conflict-${c.id}` },
    h('div', { class: 'conflict-head' }, badge(c.kind, `conflict-kind`), ' ', h('span', { class: 'conflict-reason' }, c.reason)),
    h('div', { class: 'quote-cols' },
      h('div', { class: 'conflict-claim' }, h('h3', null, 'The claim'), side(c.claim)),
      h('div', { class: 'conflict-against' }, h('h3', null, 'Against it'), c.against.map(side)),
    ),
  );
}

function side(s: NamedSpan): HTMLElement {
  return h('div', { class: 'conflict-side' },
    h('blockquote', { class: 'passage' }, s.text),
    h('div', { class: 'muted' }, link(`doc/${s.doc}?at=${s.start}`, short(s.title ?? s.sourceName, 80)), s.published ? ` · ${s.published}` : ''),
  );
}
