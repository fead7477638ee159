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
