// Documents: every stored document, newest first unless sorted otherwise, filtered by kind, date
// range, language and duplicates (each choice with how many documents it gives), a page at a time,
// and downloadable as CSV or JSON with the filters applied.
import { api } from '../api';
import { h, fill, link, badge, empty, short, go, downloads } from '../dom';
import type { Route } from './route';

const PAGE = 50;
const FILTERS = ['kind', 'language', 'from', 'to', 'duplicates', 'sort'] as const;
const SORTS: [string, string][] = [['date', 'newest first'], ['date:asc', 'oldest first'], ['title', 'title A–Z'], ['title:desc', 'title Z–A'], ['source', 'source A–Z']];

export async function documentsPage(root: HTMLElement, route: Route): Promise<void> {
  const offset = Math.max(0, parseInt(route.query.get('offset') ?? '0', 10) || 0);
  const filter: Record<string, string | undefined> = {};
  for (const k of FILTERS) filter[k] = route.query.get(k) || undefined;
  const page = await api.documents(offset, PAGE, filter);
  const at = (o: number) => {
    const q = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1]));
    if (o) q.set('offset', String(o));
    return `docs?${q}`;
  };
  const body = h('tbody');
  for (const d of page.items)
    body.append(
      h('tr', null,
        h('td', { class: 'date' }, d.published ?? 'no date'),
        h('td', null, badge(d.kind.replace(/_/g, ' '), 'kind')),
        h('td', null, link(`doc/${d.id}`, short(d.title ?? d.sourceName, 110)), d.duplicateOf ? h('span', { class: 'muted' }, ' · duplicate') : null),
        h('td', { class: 'lang' }, d.language),
        h('td', { class: 'muted source' }, short(d.sourceName, 40)),
      ),
    );
  const pager = h('div', { class: 'pager' },
    offset > 0 ? link(at(Math.max(0, offset - PAGE)), '← previous') : null,
    h('span', { class: 'muted' }, page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : ''),
    offset + PAGE < page.total ? link(at(offset + PAGE), 'next →') : null,
  );
  const filtered = FILTERS.some((k) => k !== 'sort' && filter[k]);
  fill(root,
    h('div', { class: 'list-head' },
      h('h1', null, 'Documents ', h('span', { class: 'count', id: 'doc-count' }, filtered ? `${page.total} of ${page.stored}` : String(page.stored))),
      page.stored ? downloads('/api/documents', filter, 'documents') : null),
    page.stored ? filterForm(filter, page) : null,
    page.total
      ? [h('table', { class: 'list', id: 'doc-list' }, h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Kind'), h('th', null, 'Title'), h('th', null, 'Lang.'), h('th', null, 'Source'))), body), pager]
      : page.stored
        ? empty('No document matches these filters.')
        : empty('No documents yet: add some on the “Add documents” page or with attache ingest.'),
  );
}

function choice(name: string, label: string, value: string | undefined, options: [string, string][], any = 'any'): HTMLLabelElement {
  return h('label', null, label, ' ',
    h('select', { name }, any ? h('option', { value: '' }, any) : null, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

function filterForm(filter: Record<string, string | undefined>, page: Awaited<ReturnType<typeof api.documents>>): HTMLFormElement {
  const counted = (xs: { value: string; n: number }[], current: string | undefined): [string, string][] => {
    const list = xs.map((x): [string, string] => [x.value, `${x.value.replace(/_/g, ' ')} (${x.n})`]);
    return current && !xs.some((x) => x.value === current) ? [...list, [current, `${current} (0)`]] : list;
  };
  const dateInput = (name: string) => h('input', { type: 'text', name, value: filter[name] ?? '', placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 11, inputmode: 'numeric' });
  const form = h('form', { class: 'filters', id: 'doc-filters' },
    choice('kind', 'Kind', filter.kind, counted(page.facets.kinds, filter.kind)),
    choice('language', 'Language', filter.language, counted(page.facets.languages, filter.language)),
    h('label', null, 'From ', dateInput('from')),
    h('label', null, 'to ', dateInput('to')),
    choice('duplicates', 'Duplicates', filter.duplicates, [['hide', 'hide'], ['only', `only (${page.facets.duplicates})`]], 'show'),
    choice('sort', 'Sort', filter.sort, SORTS, ''),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', class: 'secondary', click: () => go('docs') }, 'Clear'),
  );
  const apply = () => {
    const data = new FormData(form);
    const q = new URLSearchParams();
    for (const k of FILTERS) if (data.get(k)) q.set(k, String(data.get(k)));
    if (q.get('sort') === 'date') q.delete('sort');
    go(`docs?${q}`);
  };
  form.addEventListener('submit', (ev) => (ev.preventDefault(), apply()));
  // a choice in a list applies at once; dates when submitted
  for (const sel of form.querySelectorAll('select')) sel.addEventListener('change', apply);
  return form;
}
