// Main text with a map back to the original: every span we export is computed through it.
import type { MainText, Range, Span } from '../types.js';

export const BLOCK_SEPARATOR = '\n\n';

/** Main text made of verbatim slices of a plain-text original, joined by blank lines. */
export function mainTextFromRanges(original: string, ranges: Range[]): MainText {
  let length = 0;
  for (const r of ranges) length += r.end - r.start;
  length += Math.max(0, ranges.length - 1) * BLOCK_SEPARATOR.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (i > 0) {
      // a separator stands for nothing in the original: an empty range where the block starts
      for (let k = 0; k < BLOCK_SEPARATOR.length; k++, at++) starts[at] = ends[at] = r.start;
      parts.push(BLOCK_SEPARATOR);
    }
    for (let o = r.start; o < r.end; o++, at++) {
      starts[at] = o;
      ends[at] = o + 1;
    }
    parts.push(original.slice(r.start, r.end));
  });
  return { text: parts.join(''), starts, ends };
}

/** The original range behind main-text offsets [cleanStart, cleanEnd). */
export function toOriginalRange(main: MainText, cleanStart: number, cleanEnd: number): Range {
  if (cleanEnd <= cleanStart) {
    const at = cleanStart < main.starts.length ? main.starts[cleanStart] : main.ends[main.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: main.starts[cleanStart], end: main.ends[cleanEnd - 1] };
}

/** Collapses white space and trims: the readable text of a slice of HTML source. */
export function readable(text: string): string {
  // the same as replace(/\s+/g, ' '), but a lone space (most of them) is not a match to replace
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/**
 * A span of the original for main-text offsets. For plain text its `text` is the original slice;
 * for HTML (spans into markup) it is the readable main text of that slice, as the export format says.
 */
export function spanFromMain(
  doc: { id: string; original: string; format: 'text' | 'html'; main: MainText },
  cleanStart: number,
  cleanEnd: number,
): Span {
  const r = toOriginalRange(doc.main, cleanStart, cleanEnd);
  const text = doc.format === 'html' ? readable(doc.main.text.slice(cleanStart, cleanEnd)) : doc.original.slice(r.start, r.end);
  return { doc: doc.id, start: r.start, end: r.end, text };
}

/** A span for a range of the original itself (plain text: its slice; HTML: its readable text). */
export function spanFromOriginal(doc: { id: string; original: string; format: 'text' | 'html' }, range: Range): Span {
  const raw = doc.original.slice(range.start, range.end);
  return { doc: doc.id, start: range.start, end: range.end, text: doc.format === 'html' ? readable(raw.replace(/<[^>]*>/g, ' ')) : raw };
}
