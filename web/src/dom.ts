// Builds DOM nodes from data. Text always goes in as text nodes (never as markup): documents are
// untrusted input, and this is the only way the pages put words on screen.

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = { [name: string]: string | number | boolean | null | undefined | ((ev: Event) => void) };

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's content. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A link inside the app (hash routing). */
export function link(route: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#/${route}` }, ...children);
}

export function badge(text: string, cls = ''): HTMLSpanElement {
  return h('span', { class: `badge ${cls}`.trim() }, text);
}

export function empty(message: string): HTMLParagraphElement {
  return h('p', { class: 'empty' }, message);
}

export function short(s: string | null | undefined, n: number): string {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** Moves the app to another page (hash routing). */
export function go(route: string): void {
  location.hash = `#/${route}`;
}

export function errorText(message: string): HTMLParagraphElement {
  return h('p', { class: 'error' }, message);
}

/** "Download CSV · JSON" of a list, from its API path with the page's filters applied. */
export function downloads(path: string, params: URLSearchParams | Record<string, string | undefined>, name: string): HTMLElement {
  const p = new URLSearchParams();
  for (const [k, v] of params instanceof URLSearchParams ? params.entries() : Object.entries(params)) if (v && k !== 'offset' && k !== 'limit' && k !== 'event') p.set(k, v);
  const href = (format: string) => {
    const q = new URLSearchParams(p);
    q.set('format', format);
    return `${path}?${q}`;
  };
  return h('span', { class: 'downloads' }, 'Download ',
    h('a', { href: href('csv'), download: `${name}.csv`, class: 'download-csv' }, 'CSV'), ' · ',
    h('a', { href: href('json'), download: `${name}.json`, class: 'download-json' }, 'JSON'));
}
