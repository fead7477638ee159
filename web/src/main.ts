// The app shell: navigation, hash routing (#/page/arg?query) and one page at a time in <main>.
import { h, fill } from './dom';
import { documentsPage } from './pages/documents';
import { readerPage } from './pages/reader';
import { timelinePage } from './pages/timeline';
import { entitiesPage, entityPage } from './pages/entities';
import { quotesPage } from './pages/quotes';
import { conflictsPage } from './pages/conflicts';
import { searchPage } from './pages/search';
import { addPage } from './pages/add';

import type { Route } from './pages/route';

type Page = (root: HTMLElement, route: Route) => Promise<void> | void;

const PAGES: Record<string, { title: string; render: Page; nav?: boolean }> = {
  timeline: { title: 'Timeline', render: timelinePage, nav: true },
  docs: { title: 'Documents', render: documentsPage, nav: true },
  doc: { title: 'Document', render: readerPage },
  entities: { title: 'Entities', render: entitiesPage, nav: true },
  entity: { title: 'Entity', render: entityPage },
  quotes: { title: 'Quote check', render: quotesPage, nav: true },
  conflicts: { title: 'Contradictions', render: conflictsPage, nav: true },
  search: { title: 'Search', render: searchPage, nav: true },
  add: { title: 'Add documents', render: addPage, nav: true },
};

/** Where the hash points: "#/doc/ID?at=12" → {page: doc, arg: ID, query: at=12}. */
export function parseRoute(hash: string): Route {
  const [path, q = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  return { page: PAGES[page] ? page : 'timeline', arg: decodeURIComponent(rest.join('/')), query: new URLSearchParams(q) };
}

const nav = h('nav', { class: 'nav' });
const main = h('main', { id: 'main' });

let renders = 0;

async function render(): Promise<void> {
  const mine = ++renders;
  const hash = location.hash;
  delete document.body.dataset.route;
  const route = parseRoute(hash);
  const section = route.page === 'doc' ? 'docs' : route.page === 'entity' ? 'entities' : route.page;
  for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.dataset.page === section);
  document.title = `${PAGES[route.page].title} · Attaché`;
  const root = h('div', { class: `page page-${route.page}` });
  fill(main, root);
  try {
    await PAGES[route.page].render(root, route);
  } catch (err) {
    fill(root, h('p', { class: 'error' }, `Could not load this page: ${(err as Error).message}`));
  }
  // Tells scripts (and the browser tests) which route the page on screen was rendered for.
  if (mine === renders) document.body.dataset.route = hash;
}

function start(): void {
  fill(
    nav,
    h('span', { class: 'brand' }, 'Attaché'),
    Object.entries(PAGES)
      .filter(([, p]) => p.nav)
      .map(([key, p]) => h('a', { href: `#/${key}`, 'data-page': key }, p.title)),
  );
  document.body.replaceChildren(h('header', { class: 'top' }, nav), main);
  window.addEventListener('hashchange', () => void render());
  void render();
}

start();
