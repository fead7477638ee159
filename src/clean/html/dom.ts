// A light HTML tree that remembers where every character of text came from in the source.

/** An element: tag, attributes and where its start tag begins in the source. */
export interface El {
  kind: 'el';
  tag: string;
  attrs: Record<string, string>;
  parent: El | null;
  children: Node[];
  /** Index of the '<' of the start tag. */
  start: number;
  /** Set by pruning: the element and everything in it is not article text. */
  removed: boolean;
  // statistics, filled by computeStats over the non-removed tree
  /** Length of the readable text (white space collapsed). */
  len: number;
  /** Length of the readable text that sits inside links. */
  linkLen: number;
  commas: number;
  // candidate scoring (score.ts)
  score: number;
  scored: boolean;
}

/**
 * A run of text. `parts[k]` is decoded text standing for source[starts[k], ends[k]): a raw chunk
 * (same length as its source) or one character reference (1–2 chars for the whole reference).
 */
export interface Txt {
  kind: 'text';
  parent: El;
  parts: string[];
  starts: number[];
  ends: number[];
  /** The decoded text, parts joined (set when parsing ends). */
  data: string;
}

export type Node = El | Txt;

export function newElement(tag: string, attrs: Record<string, string>, parent: El | null, start: number): El {
  return { kind: 'el', tag, attrs, parent, children: [], start, removed: false, len: 0, linkLen: 0, commas: 0, score: 0, scored: false };
}

const WS = /\s+/g;
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Fills len/linkLen/commas bottom-up for `root` and everything under it, skipping removed nodes. */
export function computeStats(root: El): void {
  let len = 0;
  let linkLen = 0;
  let commas = 0;
  for (const c of root.children) {
    if (c.kind === 'text') {
      const n = collapsedLength(c.data);
      len += n;
      if (n > 0) commas += countCommas(c.data);
    } else if (!c.removed) {
      computeStats(c);
      len += c.len;
      linkLen += c.linkLen;
      commas += c.commas;
    }
  }
  root.len = len;
  root.linkLen = root.tag === 'a' ? len : linkLen;
  root.commas = commas;
}

/** Length of `s` once runs of white space count as one character (leading/trailing included). */
export function collapsedLength(s: string): number {
  let n = s.length;
  WS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WS.exec(s)) !== null) n -= m[0].length - 1;
  return n;
}

function countCommas(s: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(s) !== null) n++;
  return n;
}

/** The readable text of an element (white space collapsed, trimmed), skipping removed nodes. */
export function innerText(el: El): string {
  const out: string[] = [];
  const walk = (e: El): void => {
    for (const c of e.children) {
      if (c.kind === 'text') out.push(c.data);
      else if (!c.removed) {
        if (c.tag === 'br') out.push(' ');
        walk(c);
        if (BREAKING.has(c.tag)) out.push(' ');
      }
    }
  };
  walk(el);
  return out.join('').replace(WS, ' ').trim();
}

const BREAKING = new Set(['p', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dt', 'dd', 'section', 'article', 'figcaption']);

/** Share of an element's text that is link text (0 when it has none). */
export function linkDensity(el: El): number {
  return el.len > 0 ? el.linkLen / el.len : 0;
}

/** Calls `fn` on every non-removed element under `root` (not root itself), in document order. */
export function forEachElement(root: El, fn: (el: El) => void): void {
  for (const c of root.children) {
    if (c.kind === 'el' && !c.removed) {
      fn(c);
      forEachElement(c, fn);
    }
  }
}

/** All non-removed elements under `root` with one of `tags`. */
export function elementsByTag(root: El, tags: ReadonlySet<string>): El[] {
  const out: El[] = [];
  forEachElement(root, (e) => {
    if (tags.has(e.tag)) out.push(e);
  });
  return out;
}

export function hasAncestor(el: El, tag: string, maxDepth = 3): boolean {
  let p = el.parent;
  for (let d = 0; p && (maxDepth <= 0 || d < maxDepth); d++, p = p.parent) if (p.tag === tag) return true;
  return false;
}

/** Share of a container's text its quotation must hold for the container to be an embedded post. */
const EMBEDDED_POST_SHARE = 0.6;

/**
 * A container that is mostly a quotation: an embedded post (a tweet, a statement) quoted in the
 * story, whatever its wrapper is named ("social-embed", "video-container") and however many links
 * (a handle, a date) it carries.
 */
export function holdsEmbeddedPost(el: El): boolean {
  if (el.tag === 'a' || el.len < 20) return false;
  if (el.tag === 'blockquote') return true;
  let quoted = 0;
  forEachElement(el, (e) => {
    if (e.tag === 'blockquote' && !insideBlockquoteBelow(e, el)) quoted += e.len;
  });
  return quoted >= EMBEDDED_POST_SHARE * el.len;
}

function insideBlockquoteBelow(e: El, stop: El): boolean {
  for (let p = e.parent; p && p !== stop; p = p.parent) if (p.tag === 'blockquote') return true;
  return false;
}

/** class and id of an element, joined, for the pattern tests. */
export function classAndId(el: El): string {
  const c = el.attrs.class;
  const i = el.attrs.id;
  return c ? (i ? `${c} ${i}` : c) : i ?? '';
}
