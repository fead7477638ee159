// Quote check: for one document, each quote beside the closest passage of the speaker's primary
// record, the words that differ marked, and the verification status.
import { api } from '../api';
import { h, fill, link, empty, short, downloads } from '../dom';
import type { QuoteCheck } from '../types';
import type { Route } from './route';
import { statusBadge } from './quote-status';

export async function quotesPage(root: HTMLElement, route: Route): Promise<void> {
  if (!route.arg) {
    const { documents } = await api.quotedDocuments();
    fill(root, h('div', { class: 'list-head' }, h('h1', null, 'Quote check'), documents.length ? downloads('/api/quoted-documents', {}, 'quoted-documents') : null),
      h('p', { class: 'muted' }, 'Documents that quote someone: open one to see each quote beside the primary record.'),
      documents.length
        ? h('table', { class: 'list' },
            h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Document'), h('th', null, 'Quotes'))),
            h('tbody', null, documents.map((d) =>
              h('tr', null,
                h('td', { class: 'date' }, d.published ?? 'no date'),
                h('td', null, link(`quotes/${d.id}`, short(d.title ?? d.sourceName, 100))),
                h('td', null, Object.entries(d.statuses).map(([s, n]) => [statusBadge(s), ` ${n} `])),
              ))))
        : empty('No quotes found yet.'));
    return;
  }
  const view = await api.quotes(route.arg);
  const summary = Object.entries(view.statuses).map(([s, n]) => [statusBadge(s), ` ${n}  `]);
  fill(root,
    h('div', { class: 'list-head' }, h('h1', null, 'Quote check'), view.quotes.length ? downloads('/api/quotes', { doc: view.doc.id }, `quotes-${view.doc.id}`) : null),
    h('p', { class: 'meta' }, link(`doc/${view.doc.id}`, view.doc.title ?? view.doc.sourceName), view.doc.published ? ` · ${view.doc.published}` : '', ' · ', summary),
    view.quotes.length ? view.quotes.map((q) => card(view.doc.id, q)) : empty('This document quotes no one.'),
  );
}

function card(docId: string, q: QuoteCheck): HTMLElement {
  const quoteSide = q.match ? q.quoteDiff.map((p) => (p.differs ? h('ins', { title: 'not so in the primary passage' }, p.text) : p.text)) : [q.text];
  const passageSide = q.match ? q.matchDiff.map((p) => (p.differs ? h('del', { title: 'not in the quote' }, p.text) : p.text)) : [];
  return h('div', { class: `quote-card s-${q.status}` },
    h('div', { class: 'quote-head' }, statusBadge(q.status), ' ',
      q.speaker ? link(`entity/${q.speaker.id}`, q.speaker.name) : h('span', { class: 'muted' }, 'speaker not stated'),
      q.cue ? h('span', { class: 'muted' }, ` · “${q.cue}”`) : null),
    h('div', { class: 'quote-cols' },
      h('div', null, h('h3', null, 'Quoted in this document'), h('p', { class: 'passage' }, quoteSide), link(`doc/${docId}?at=${q.start}`, 'show in document →')),
      h('div', null, h('h3', null, 'Closest primary passage'),
        q.match
          ? [h('p', { class: 'passage' }, passageSide), h('div', { class: 'muted' }, `similarity ${Math.round(q.match.similarity * 100)}%`, q.match.differences ? ` · ${q.match.differences}` : '', ' · ',
              q.match.docRef ? link(`doc/${q.match.doc}?at=${q.match.start}`, short(q.match.docRef.title ?? q.match.docRef.sourceName, 60)) : q.match.doc,
              q.otherMatches ? ` · ${q.otherMatches} more` : '')]
          : empty(q.status === 'no_primary_source' ? 'The corpus holds no primary record of this speaker.' : 'No passage of the speaker’s record is close to these words.'),
      ),
    ),
  );
}
