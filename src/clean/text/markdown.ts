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

/** Output under construction: characters and, for each, the original range behind it. */
class Builder {
  chars: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(s: string, start: number, end: number): void {
    for (const c of s) {
      // (a character outside the BMP is two code units, each mapped to the whole source)
      for (let k = 0; k < c.length; k++) {
        this.chars.push(c[k]);
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }
  get length(): number {
    return this.chars.length;
  }
}

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
  let lineStart = true;
  for (let i = start; i < end; ) {
    const c = original[i];
    if (opts.markdown && lineStart) {
      lineStart = false;
      LINE_MARK.lastIndex = i;
      const m = LINE_MARK.exec(original);
      // (a bullet only where it is followed by text: "- 3" is a bullet, "-3" a number)
      if (m && m.index === i && i + m[0].length < end) {
        i += m[0].length;
        continue;
      }
    }
    if (c === '\n' || c === '\r') {
      // a line end inside a paragraph reads as one space, whatever stood around it
      while (out.length && SPACE.test(out.chars[out.length - 1])) (out.chars.pop(), out.starts.pop(), out.ends.pop());
      if (out.length && out.chars[out.length - 1] === '\\' && opts.markdown) (out.chars.pop(), out.starts.pop(), out.ends.pop());
      out.push(' ', i, i + 1);
      i++;
      while (i < end && (SPACE.test(original[i]) || original[i] === '\r')) i++;
      lineStart = true;
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
          for (let k = i + 1; k < close; k++) out.push(original[k], k, k + 1);
          i = close + 1;
          continue;
        }
      }
    }
    out.push(c, i, i + 1);
    i++;
  }
}

/** The readable text of one range of the original (a title, a line), trimmed. */
export function decodeText(original: string, range: Range, opts: DecodeOptions): string {
  const out = new Builder();
  decodeRange(original, range.start, range.end, opts, out);
  return out.chars.join('').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Main text made of the readable text of ranges of a plain-text original, joined by blank lines.
 * Ranges that read as nothing (a line of markup only) are left out.
 */
export function decodedMainText(original: string, ranges: Range[], opts: DecodeOptions): { main: MainText; body: Range[] } {
  // most plain text has nothing to decode: its main text is its slices as they are
  if (!opts.markdown && !ranges.some((r) => hasMarkup(original, r))) return { main: mainTextFromRanges(original, ranges), body: ranges };
  const out = new Builder();
  const body: Range[] = [];
  for (const r of ranges) {
    const mark = out.length;
    if (body.length) out.push(BLOCK_SEPARATOR, r.start, r.start);
    const from = out.length;
    decodeRange(original, r.start, r.end, opts, out);
    // trim what the markup left around the words
    while (out.length > from && /\s/.test(out.chars[out.length - 1])) (out.chars.pop(), out.starts.pop(), out.ends.pop());
    let lead = from;
    while (lead < out.length && /\s/.test(out.chars[lead])) lead++;
    if (lead > from) {
      out.chars.splice(from, lead - from);
      out.starts.splice(from, lead - from);
      out.ends.splice(from, lead - from);
    }
    if (out.length === from) {
      out.chars.length = out.starts.length = out.ends.length = mark;
      continue;
    }
    body.push(r);
  }
  return { main: { text: out.chars.join(''), starts: Int32Array.from(out.starts), ends: Int32Array.from(out.ends) }, body };
}

/** A range with a character reference or a line end in it. */
function hasMarkup(original: string, r: Range): boolean {
  const amp = original.indexOf('&', r.start);
  if (amp >= 0 && amp < r.end) return true;
  const nl = original.indexOf('\n', r.start);
  return nl >= 0 && nl < r.end;
}
