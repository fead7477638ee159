// Search: the store's full-text index over main texts, with snippets (hits marked).
import { api } from '../api';
import { h, fill, link, go, badge, empty, short, downloads } from '../dom';
import type { Route } from './route';

export async function searchPage(root: HTMLElement, route: Route): Promise<void> {
  const q = route.query.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'words, "a phrase", NEAR, prefix*', autofocus: true });
  const form = h('form', { class: 'searchbar', submit: (ev: Event) => (ev.preventDefault(), go(`search?q=${encodeURIComponent(input.value)}`)) },
    input, h('button', { type: 'submit' }, 'Search'));
  const results = h('div', { class: 'results', id: 'search-results' });
  fill(root, h('h1', null, 'Search'), form, results);
  if (!q.trim()) return fill(results, h('p', { class: 'muted' }, 'Searches the main text of every document (page debris is not indexed).'));
  const res = await api.search(q);
  if (!res.hits.length) return fill(results, empty(`No document matches “${q}”.`));
  fill(results,
    h('p', { class: 'muted' }, `${res.hits.length} document${res.hits.length === 1 ? '' : 's'} · `, downloads('/api/search', { q }, 'search')),
    res.hits.map((hit) =>
      h('div', { class: 'hit' },
        h('div', null, link(`doc/${hit.id}`, short(hit.title ?? hit.source, 120)), ' ', badge(hit.kind.replace(/_/g, ' '), 'kind'), h('span', { class: 'muted' }, ` ${hit.published ?? 'no date'}`)),
        h('p', { class: 'snippet' }, hit.snippet.map((p) => (p.hit ? h('mark', null, p.text) : p.text))),
      ),
    ),
  );
}
