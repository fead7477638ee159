// The readable text of plain-text and markdown ranges, for analysis: character references decoded
// (`&quot;` → `"`, `China&#x27;s` → `China's`), and in markdown the markup dropped (links keep
// their words, images go, emphasis marks, backslash escapes and heading marks go), a wrapped
// paragraph's line ends read as spaces. Every character out keeps the original range it stands for.
import { decodeHTMLStrict } from 'entities';
import type { MainText, Range } from '../../types.js';
import { BLOCK_SEPARATOR, mainTextFromRanges } from '../main-text.js';

export interface DecodeOptions {
  /** Read markdown markup (links, emphasis, escapes); character references are read in any text. */
  markdown: boolean;
}

/** Markdown is read in files named so, in files that open with front matter, and where its links show. */
export function looksLikeMarkdown(sourceName: string, original: string, hasFrontMatter: boolean): boolean {
  return hasFrontMatter || /\.(md|markdown|mdx|mkd)$/i.test(sourceName) || MARKDOWN_SIGNS.test(original.slice(0, 50000));
}
const MARKDOWN_SIGNS = /\]\((?:https?:|\/|#)[^)\s]*\)|^#{1,6} \S.*\n|^\*\*[^*\n]+\*\*/m;

/** Output under construction: UTF-16 code units and, for each, the original range behind it. */
class Builder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.starts = new Int32Array(this.codes.length);
    this.ends = new Int32Array(this.codes.length);
  }
  private room(n: number): void {
    if (this.length + n <= this.codes.length) return;
    const size = Math.max(this.codes.length * 2, this.length + n);
    const grow = <T extends Uint16Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
    this.codes = grow(this.codes, new Uint16Array(size));
    this.starts = grow(this.starts, new Int32Array(size));
    this.ends = grow(this.ends, new Int32Array(size));
  }
  /** A string standing for original[start, end) (each code unit mapped to the whole of it). */
  push(s: string, start: number, end: number): void {
    this.room(s.length);
    for (let k = 0; k < s.length; k++, this.length++) {
      this.codes[this.length] = s.charCodeAt(k);
      this.starts[this.length] = start;
      this.ends[this.length] = end;
    }
  }
  /** One code unit of the original, as it is. */
  copy(original: string, i: number): void {
    if (this.length === this.codes.length) this.room(1);
    this.codes[this.length] = original.charCodeAt(i);
    this.starts[this.length] = i;
    this.ends[this.length++] = i + 1;
  }
  last(): number {
    return this.length ? this.codes[this.length - 1] : -1;
  }
  text(from = 0): string {
    let s = '';
    for (let i = from; i < this.length; i += 8192) s += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192)));
    return s;
  }
}

/** Code units that may start markup: line ends and references in any text, markdown's marks in markdown. */
const SPECIAL_TEXT = new Uint8Array(65536);
const SPECIAL_MARKDOWN = new Uint8Array(65536);
for (const c of '\n\r&') SPECIAL_TEXT[c.charCodeAt(0)] = SPECIAL_MARKDOWN[c.charCodeAt(0)] = 1;
for (const c of '\\*_![<`') SPECIAL_MARKDOWN[c.charCodeAt(0)] = 1;
const isSpace = (code: number) => code === 32 || code === 9 || code === 0xa0;

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** `[words](target "title")`: the target may hold one level of parentheses. */
const LINK = /\[((?:[^[\]\\\n]|\\.|\n(?!\s*\n)){0,400})\]\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/y;
const IMAGE = /!\[(?:[^[\]\\\n]|\\.){0,400}\]\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/y;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/y;
/** What opens a markdown line and is no text: heading marks, quote marks, list bullets. */
const LINE_MARK = /(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)/y;
const SPACE = /[ \t\u00a0]/;

/** Positions of emphasis delimiters (`*x*`, `**x**`, `_x_`) inside [start, end) that pair up. */
function emphasisMarks(original: string, start: number, end: number): Set<number> {
  const marks = new Set<number>();
  const text = original.slice(start, end);
  if (!/[*_]/.test(text)) return marks;
  // an opening run before a non-space, a closing run of the same length after one; `_` only at word edges
  const patterns = [/(?<![\\*])(\*{1,3})(?=[^\s*])([^*\n]*?(?:\n(?!\s*\n)[^*\n]*?)*?[^\s*\\])\1(?!\*)/g, /(?<![\\\p{L}\p{N}_])(_{1,3})(?=[^\s_])([^_\n]*?(?:\n(?!\s*\n)[^_\n]*?)*?[^\s_\\])\1(?![\p{L}\p{N}_])/gu];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const open = start + m.index!, n = m[1].length;
      const close = open + m[0].length - n;
      for (let k = 0; k < n; k++) marks.add(open + k).add(close + k);
    }
  }
  return marks;
}

/** A sticky pattern's match at i, when it ends by `end`. */
function matchAt(re: RegExp, original: string, i: number, end: number): RegExpExecArray | null {
  re.lastIndex = i;
  const m = re.exec(original);
  return m && i + m[0].length <= end ? m : null;
}

function decodeRange(original: string, start: number, end: number, opts: DecodeOptions, out: Builder): void {
  const emphasis = opts.markdown ? emphasisMarks(original, start, end) : null;
  const special = opts.markdown ? SPECIAL_MARKDOWN : SPECIAL_TEXT;
  let lineStart = opts.markdown;
  for (let i = start; i < end; ) {
    if (lineStart) {
      lineStart = false;
      // (a bullet only where it is followed by text: "- 3" is a bullet, "-3" a number)
      const m = matchAt(LINE_MARK, original, i, end);
      if (m && i + m[0].length < end) {
        i += m[0].length;
        continue;
      }
    }
    const code = original.charCodeAt(i);
    if (!special[code]) {
      out.copy(original, i++);
      continue;
    }
    const c = original[i];
    if (c === '\n' || c === '\r') {
      // a line end inside a paragraph reads as one space, whatever stood around it
      while (isSpace(out.last())) out.length--;
      if (opts.markdown && out.last() === 92) out.length--; // a backslash line break
      out.push(' ', i, i + 1);
      i++;
      while (i < end && (isSpace(original.charCodeAt(i)) || original[i] === '\r')) i++;
      lineStart = opts.markdown;
      continue;
    }
    if (c === '&') {
      const m = matchAt(REFERENCE, original, i, end);
      if (m) {
        const decoded = decodeHTMLStrict(m[0]);
        if (decoded !== m[0]) {
          out.push(decoded.replace(/\u00a0/g, ' '), i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    }
    if (opts.markdown) {
      if (c === '\\' && i + 1 < end && ESCAPABLE.test(original[i + 1])) {
        out.push(original[i + 1], i + 1, i + 2);
        i += 2;
        continue;
      }
      if (emphasis!.has(i)) {
        i++;
        continue;
      }
      // an image and an inline tag read as nothing
      const dropped = c === '!' && original[i + 1] === '[' ? matchAt(IMAGE, original, i, end) : c === '<' ? matchAt(TAG, original, i, end) : null;
      if (dropped) {
        i += dropped[0].length;
        continue;
      }
      const link = c === '[' ? matchAt(LINK, original, i, end) : null;
      if (link) {
        // the words of the link, read as text of their own; the target is dropped
        decodeRange(original, i + 1, i + 1 + link[1].length, opts, out);
        i += link[0].length;
        continue;
      }
      if (c === '`' && original[i + 1] !== '`') {
        const close = original.indexOf('`', i + 1);
        if (close > i + 1 && close < end && !original.slice(i + 1, close).includes('\n')) {
          for (let k = i + 1; k < close; k++) out.copy(original, k);
          i = close + 1;
          continue;
        }
      }
    }
    out.copy(original, i++);
  }
}

/** The readable text of one range of the original (a title, a line), trimmed. */
export function decodeText(original: string, range: Range, opts: DecodeOptions): string {
  const out = new Builder(range.end - range.start);
  decodeRange(original, range.start, range.end, opts, out);
  return out.text().replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

const isWhite = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

/**
 * Main text made of the readable text of ranges of a plain-text original, joined by blank lines.
 * Ranges that read as nothing (a line of markup only) are left out.
 */
export function decodedMainText(original: string, ranges: Range[], opts: DecodeOptions): { main: MainText; body: Range[] } {
  // most plain text has nothing to decode: its main text is its slices as they are
  if (!opts.markdown && !ranges.some((r) => hasMarkup(original, r))) return { main: mainTextFromRanges(original, ranges), body: ranges };
  let size = 0;
  for (const r of ranges) size += r.end - r.start + BLOCK_SEPARATOR.length;
  const out = new Builder(size);
  const body: Range[] = [];
  for (const r of ranges) {
    const mark = out.length;
    if (body.length) out.push(BLOCK_SEPARATOR, r.start, r.start);
    const from = out.length;
    decodeRange(original, r.start, r.end, opts, out);
    // trim what the markup left around the words
    while (out.length > from && isWhite(out.last())) out.length--;
    let lead = from;
    while (lead < out.length && isWhite(out.codes[lead])) lead++;
    if (lead > from) {
      for (const a of [out.codes, out.starts, out.ends]) a.copyWithin(from, lead, out.length);
      out.length -= lead - from;
    }
    if (out.length === from) {
      out.length = mark; // nothing but markup: no block, no separator
      continue;
    }
    body.push(r);
  }
  const main = { text: out.text(), starts: out.starts.slice(0, out.length), ends: out.ends.slice(0, out.length) };
  return { main, body };
}

/** A range with a character reference or a line end in it. */
function hasMarkup(original: string, r: Range): boolean {
  const amp = original.indexOf('&', r.start);
  if (amp >= 0 && amp < r.end) return true;
  const nl = original.indexOf('\n', r.start);
  return nl >= 0 && nl < r.end;
}
