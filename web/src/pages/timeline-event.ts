// One event opened: what it is, when (and the words the date came from), who took part, and the
// evidence sentences from every source that reports it, each one click from its document.
import { h, link, badge, short } from '../dom';
import type { EventView } from '../types';

const QUADS = ['unclassified', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function eventPanel(ev: EventView): HTMLElement {
  return h('div', { class: 'event-detail', id: 'event-detail' },
    h('h2', null, ev.summary || ev.type),
    h('p', { class: 'meta' },
      badge(ev.type, `quad q${ev.quadClass ?? 0}`), ev.mode ? ` ${ev.mode}` : '', ev.cameo ? ` · CAMEO ${ev.cameo}` : '',
      ` · ${QUADS[ev.quadClass ?? 0]} · ${ev.status}`),
    h('dl', null,
      h('dt', null, 'Date'),
      h('dd', null, ev.date ? `${ev.date} (${ev.precision})` : 'not stated',
        ev.dateEvidence ? [' — from “', link(`doc/${ev.dateEvidence.doc}?at=${ev.dateEvidence.start}`, ev.dateEvidence.text), '”'] : null),
      ev.location ? [h('dt', null, 'Where'), h('dd', null, ev.location)] : null,
      h('dt', null, 'Who'),
      h('dd', null, ev.actors.length ? ev.actors.map((a, i) => [i ? ', ' : '', link(`entity/${a.id}`, a.name), h('span', { class: 'muted' }, ` (${a.role})`)]) : 'not stated'),
      h('dt', null, 'States'),
      h('dd', null, ev.countries.join(', ') || 'none named'),
    ),
    h('h3', null, `Evidence from ${ev.evidence.length} source${ev.evidence.length === 1 ? '' : 's'}`),
    ev.evidence.map((src) =>
      h('div', { class: 'evidence' },
        h('div', { class: 'evidence-doc' }, link(`doc/${src.doc.id}?at=${src.spans[0]?.start ?? 0}`, short(src.doc.title ?? src.doc.sourceName, 90)),
          h('span', { class: 'muted' }, ` · ${src.doc.kind.replace(/_/g, ' ')}${src.doc.published ? ` · ${src.doc.published}` : ''}`)),
        src.spans.map((s) => h('blockquote', null, link(`doc/${s.doc}?at=${s.start}`, s.text))),
      ),
    ),
  );
}
