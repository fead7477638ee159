// Documents: every stored document, newest first, a page at a time.
import { api } from '../api';
import { h, fill, link, badge, empty, short } from '../dom';
import type { Route } from './route';

const PAGE = 50;

export async function documentsPage(root: HTMLElement, route: Route): Promise<void> {
  const offset = Math.max(0, parseInt(route.query.get('offset') ?? '0', 10) || 0);
  const page = await api.documents(offset, PAGE);
  const body = h('tbody');
  for (const d of page.items)
    body.append(
      h('tr', null,
        h('td', { class: 'date' }, d.published ?? 'no date'),
        h('td', null, badge(d.kind.replace(/_/g, ' '), 'kind')),
        h('td', null, link(`doc/${d.id}`, short(d.title ?? d.sourceName, 110)), d.duplicateOf ? h('span', { class: 'muted' }, ' · duplicate') : null),
        h('td', { class: 'muted source' }, short(d.sourceName, 40)),
      ),
    );
  const pager = h('div', { class: 'pager' },
    offset > 0 ? link(`docs?offset=${Math.max(0, offset - PAGE)}`, '← newer') : null,
    h('span', { class: 'muted' }, page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : ''),
    offset + PAGE < page.total ? link(`docs?offset=${offset + PAGE}`, 'older →') : null,
  );
  fill(root,
    h('h1', null, 'Documents'),
    page.total
      ? [h('table', { class: 'list' }, h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Kind'), h('th', null, 'Title'), h('th', null, 'Source'))), body), pager]
      : empty('No documents yet: add some on the “Add documents” page or with attache ingest.'),
  );
}
