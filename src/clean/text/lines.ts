// Lines of a plain-text original, each with the range of its trimmed content.
import type { Range } from '../../types.js';

export interface Line extends Range {
  index: number;
  /** The trimmed content: original.slice(start, end). */
  text: string;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/;

export function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  let index = 0;
  while (at <= original.length) {
    let nl = original.indexOf('\n', at);
    if (nl < 0) nl = original.length;
    let start = at;
    let end = nl;
    while (start < end && SPACE.test(original[start])) start++;
    while (end > start && SPACE.test(original[end - 1])) end--;
    lines.push({ index: index++, start, end, text: original.slice(start, end) });
    at = nl + 1;
  }
  return lines;
}

/** A line that starts a block of its own, never the continuation of a wrapped paragraph. */
const BLOCK_START = /^(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\||```|~~~|\p{Lu}[\p{Lu}\p{N} .'’-]{1,60}:\s)/u;
/** Lines this short or shorter never tell a wrap width (a header, a signature). */
const MIN_WRAP_WIDTH = 40;
/** Wrapped text is narrow: a page whose lines run longer has paragraphs on one line each. */
const MAX_WRAP_WIDTH = 120;

/**
 * The width a hard-wrapped text was filled to, or 0 when it is not wrapped: the longest of the
 * lines that run on into another, once the few longer ones (a table row, a long link) are set
 * aside, when most such lines come near it (filling leaves each line within a word of the width).
 */
export function wrapWidth(original: string, lines: Line[]): number {
  const runOn: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].text && lines[i + 1].text && !hardBreak(original, lines[i])) runOn.push(lines[i].end - lines[i].start);
  }
  if (runOn.length < 4) return 0;
  runOn.sort((a, b) => a - b);
  const p80 = runOn[Math.floor(runOn.length * 0.8)];
  const width = runOn.filter((n) => n <= p80 * 1.2).pop() ?? 0;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  const near = runOn.filter((n) => n >= width * 0.7 && n <= width).length;
  return near >= runOn.length * 0.6 ? width : 0;
}

/** A markdown line break: two spaces or a backslash closing the line. */
function hardBreak(original: string, line: Line): boolean {
  if (line.text.endsWith('\\')) return true;
  let e = line.end, spaces = 0;
  while (e < original.length && (original[e] === ' ' || original[e] === '\u00a0')) (e++, spaces++);
  return spaces >= 2 && (e === original.length || original[e] === '\n' || original[e] === '\r');
}

/**
 * Lines with the paragraphs of a hard-wrapped text joined: a line runs on into the next when the
 * next line's first word would not have fitted on it, and nothing marks a break between them (a
 * blank line, a markdown line break, a heading, a list item, a speaker's label). A joined line's
 * text is the original slice, line ends included. Text that is not wrapped comes back unchanged.
 */
export function joinWrappedLines(original: string, lines: Line[]): Line[] {
  const width = wrapWidth(original, lines);
  if (!width) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    let last = first;
    while (i + 1 < lines.length && runsOn(original, last, lines[i + 1], width)) last = lines[++i];
    if (last === first) out.push({ ...first, index: out.length });
    else out.push({ index: out.length, start: first.start, end: last.end, text: original.slice(first.start, last.end) });
  }
  return out;
}

function runsOn(original: string, line: Line, next: Line, width: number): boolean {
  if (!line.text || !next.text || hardBreak(original, line) || BLOCK_START.test(next.text)) return false;
  const nextWord = /^\S*/.exec(next.text)![0].length;
  const length = line.end - line.start;
  // (a wrapped line broken early, "… spoke separately today" / "with the Secretary …": an open sentence going on in lower case)
  return length + 1 + nextWord > width - 2 || (length >= MIN_WRAP_WIDTH && LOWER_START.test(next.text) && !CLOSED_END.test(line.text));
}

/** A line going on from the one before: its first letter is lower case. */
const LOWER_START = /^\p{Ll}/u;
/** A line that closes its sentence or clause. */
const CLOSED_END = /[.!?:;]["”’»)\]]*\s*$/;
