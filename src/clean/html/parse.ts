// Parses HTML into our light tree (dom.ts), keeping source positions, and gathers head metadata.
import { Parser } from 'htmlparser2';
import type { Range } from '../../types.js';
import { type El, type Txt, newElement } from './dom.js';
import { SKIPPED_TAGS } from './patterns.js';

/** A <meta> (or itemprop element) value with where it sits in the source. */
export interface MetaValue {
  /** property / name / itemprop, lower-cased. */
  key: string;
  value: string;
  range: Range;
}

export interface ParsedPage {
  root: El;
  body: El | null;
  lang: string | null;
  metas: MetaValue[];
  /** Text of the first <title>, with its source range. */
  title: { text: string; range: Range } | null;
  /** Raw text of each JSON-LD script, with the source index its text starts at. */
  jsonLd: { text: string; start: number }[];
  /** datetime attributes of <time> elements, in document order. */
  times: { value: string; range: Range; el: El }[];
  /** Elements opened deeper than MAX_DEPTH: left out of the tree, their text kept in the element at that depth. */
  flattened: number;
}

/**
 * Deeper than this, elements are not nested further (their text stays, in the deepest element kept):
 * every walk of the tree then stays within this many calls, whatever the page's nesting, and no
 * real page comes near it.
 */
export const MAX_DEPTH = 200;

/** Attributes whose value positions we keep (they can be evidence for metadata). */
const POSITIONED_ATTRS = new Set(['content', 'datetime', 'lang']);

export function parseHtml(source: string): ParsedPage {
  const root = newElement('#root', {}, null, 0);
  const page: ParsedPage = { root, body: null, lang: null, metas: [], title: null, jsonLd: [], times: [], flattened: 0 };
  let current = root;
  let depth = 0;
  // Elements open beyond MAX_DEPTH (not in the tree): their closing tags close nothing in it.
  let beyond = 0;
  // Depth inside an element whose content is never text (script, svg, …); 0 outside.
  let skipDepth = 0;
  let skipKind = '';
  let rawText: { parts: string[]; start: number } | null = null;
  let attrRanges: Record<string, Range> = {};

  const parser = new Parser(
    {
      onattribute(name) {
        if (skipDepth > 0 || !POSITIONED_ATTRS.has(name)) return;
        const r = attributeValueRange(source, parser.startIndex, parser.endIndex);
        if (r) attrRanges[name] = r;
      },
      onopentag(tag, attrs) {
        const ranges = attrRanges;
        attrRanges = {};
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIPPED_TAGS.has(tag)) {
          skipDepth = 1;
          skipKind = tag;
          if ((tag === 'script' && /ld\+json/i.test(attrs.type ?? '')) || tag === 'title') rawText = { parts: [], start: -1 };
          return;
        }
        if (depth >= MAX_DEPTH) {
          beyond++;
          page.flattened++;
          return;
        }
        const el = newElement(tag, attrs, current, parser.startIndex);
        current.children.push(el);
        current = el;
        depth++;
        if (tag === 'body' && !page.body) page.body = el;
        else if (tag === 'html' && attrs.lang && ranges.lang) page.lang = attrs.lang;
        else if (tag === 'meta') collectMeta(page, attrs, ranges);
        else if (tag === 'time' && attrs.datetime && ranges.datetime) page.times.push({ value: attrs.datetime, range: ranges.datetime, el });
        else if (attrs.itemprop && ranges.content && attrs.content) page.metas.push({ key: attrs.itemprop.toLowerCase(), value: attrs.content, range: ranges.content });
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (rawText && skipDepth === 1) {
            if (rawText.start < 0) rawText.start = parser.startIndex;
            rawText.parts.push(text);
          }
          return;
        }
        const last = current.children[current.children.length - 1];
        let t: Txt;
        if (last && last.kind === 'text') t = last;
        else {
          t = { kind: 'text', parent: current, parts: [], starts: [], ends: [], data: '' };
          current.children.push(t);
        }
        t.parts.push(text);
        t.starts.push(parser.startIndex);
        t.ends.push(parser.endIndex + 1);
      },
      onclosetag() {
        if (skipDepth > 0) {
          if (--skipDepth === 0 && rawText) {
            finishRawText(page, skipKind, rawText, source);
            rawText = null;
          }
          return;
        }
        if (beyond > 0) beyond--;
        else if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(flattenDeepTags(source, page));
  joinTexts(root);
  return page;
}

/** Nested deeper than this, tags are blanked before parsing (see flattenDeepTags). */
const PARSER_DEPTH = 1000;
/** Tags that hold no content, or that the next of their kind closes: they do not deepen the nesting we count. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'rt', 'rp']);
// (the name is followed by a character that cannot continue it: without that, a tag left open
// before a long token backtracks through the name at every step of the scan for its '>', which
// cost 6 s on a 130 KB page cut short)
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)(?![\w:-])[^>]*>/g;

/**
 * The source with the tags nested deeper than PARSER_DEPTH replaced by spaces of the same length (so
 * every offset holds): the parser keeps its open elements in an array it shifts at each tag, which
 * costs time quadratic in the depth. Their text is kept. The count is rough (it does not know every
 * rule of implied closing), which only matters past a depth no real page reaches.
 */
function flattenDeepTags(source: string, page: ParsedPage): string {
  let depth = 0;
  const beyond = new Map<string, number>();
  let cuts: [number, number][] | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    const name = m[2]?.toLowerCase();
    if (!name || NOT_NESTING.has(name) || m[0].endsWith('/>')) continue;
    if (m[1]) {
      const over = beyond.get(name) ?? 0;
      if (over > 0) {
        beyond.set(name, over - 1);
        (cuts ??= []).push([m.index, m.index + m[0].length]);
      } else if (depth > 0) depth--;
    } else if (depth >= PARSER_DEPTH) {
      beyond.set(name, (beyond.get(name) ?? 0) + 1);
      (cuts ??= []).push([m.index, m.index + m[0].length]);
      page.flattened++;
    } else depth++;
  }
  if (!cuts) return source;
  const out: string[] = [];
  let at = 0;
  for (const [a, b] of cuts) out.push(source.slice(at, a), ' '.repeat(b - a)), (at = b);
  out.push(source.slice(at));
  return out.join('');
}

/** Where the value of the attribute that spans source[from, to] sits (without its quotes). */
function attributeValueRange(source: string, from: number, to: number): Range | null {
  const eq = source.indexOf('=', from);
  if (eq < 0 || eq >= to) return null;
  let i = eq + 1;
  while (i < to && /\s/.test(source[i])) i++;
  const q = source[i];
  if (q === '"' || q === "'") {
    const close = source.indexOf(q, i + 1);
    return close < 0 ? null : { start: i + 1, end: close };
  }
  return { start: i, end: to };
}

function collectMeta(page: ParsedPage, attrs: Record<string, string>, ranges: Record<string, Range>): void {
  const key = attrs.property ?? attrs.name ?? attrs.itemprop;
  if (!key || attrs.content === undefined || !ranges.content) return;
  page.metas.push({ key: key.toLowerCase(), value: attrs.content, range: ranges.content });
}

function finishRawText(page: ParsedPage, kind: string, raw: { parts: string[]; start: number }, source: string): void {
  const text = raw.parts.join('');
  if (raw.start < 0) return;
  if (kind === 'script') page.jsonLd.push({ text, start: raw.start });
  else if (kind === 'title' && !page.title) {
    // the title's decoded text may differ from its source; the range is the whole element text
    const end = source.indexOf('<', raw.start);
    page.title = { text, range: { start: raw.start, end: end < 0 ? source.length : end } };
  }
}

/** Sets `data` on every text node (its parts joined). */
function joinTexts(el: El): void {
  for (const c of el.children) {
    if (c.kind === 'text') c.data = c.parts.length === 1 ? c.parts[0] : c.parts.join('');
    else joinTexts(c);
  }
}
