// A value read from escaped source text (a YAML double-quoted title with `\_` and folded lines, a
// title with character references) is no slice of the original: this lays the value back onto
// the source it was read from, character by character, so that words found in the value keep
// spans into the original.
import { decodeHTMLStrict } from 'entities';

export interface Alignment {
  /** Where the value's character i is written in the source (offsets into the source). */
  start: Int32Array;
  /** Where the writing of the value's character i ends in the source. */
  end: Int32Array;
}

/** YAML escapes of one character (`\_` is a no-break space, read as a space). */
const SIMPLE_ESCAPES: Record<string, string> = { _: ' ', ' ': ' ', t: ' ', n: ' ', '"': '"', '\\': '\\', '/': '/', "'": "'", N: ' ', L: ' ', P: ' ' };

/** Matches `value` against `source`: the value's spaces may stand for any run of blanks, escaped blanks and folded line breaks. */
export function alignEscaped(source: string, value: string): Alignment | null {
  const start = new Int32Array(value.length);
  const end = new Int32Array(value.length);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    // a blank stands for any run of blanks as written
    if (/\s/.test(c)) {
      const k = blanks(source, j);
      if (k === j) return null;
      start[i] = j;
      end[i] = j = k;
      continue;
    }
    // an escape is read as such first ("&amp;" for "&"), the character as written otherwise
    const e = source[j] === '\\' || source[j] === '&' ? escapeAt(source, j) : null;
    if (e && e.char === c) {
      start[i] = j;
      end[i] = j = e.end;
      continue;
    }
    if (source[j] === c) {
      start[i] = j;
      end[i] = ++j;
      // a single-quoted YAML value doubles its apostrophes
      if (c === "'" && source[j] === "'" && value[i + 1] !== "'") j++;
      continue;
    }
    return null;
  }
  return { start, end };
}

/** The end of a run of blanks from `at`: white space, escaped blanks, a backslash ending a folded line. */
function blanks(source: string, at: number): number {
  let j = at;
  for (;;) {
    if (j < source.length && /\s/.test(source[j])) j++;
    else if (source[j] === '\\' && /[_ tnNLP\r\n]/.test(source[j + 1] ?? '')) j += 2;
    else if (source[j] === '&') {
      const e = escapeAt(source, j);
      if (!e || !/\s/.test(e.char)) break;
      j = e.end;
    } else break;
  }
  return j;
}

/** One escaped character at `at`: a backslash escape or a character reference. */
function escapeAt(source: string, at: number): { char: string; end: number } | null {
  if (source[at] === '\\') {
    const n = source[at + 1] ?? '';
    if (n in SIMPLE_ESCAPES) return { char: SIMPLE_ESCAPES[n], end: at + 2 };
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(source.slice(at + 1, at + 10));
    if (hex) {
      const char = String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16));
      return { char: /\s/.test(char) ? ' ' : char, end: at + 1 + hex[0].length };
    }
    return null;
  }
  if (source[at] === '&') {
    const m = /^&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(source.slice(at, at + 40));
    if (!m) return null;
    const char = decodeHTMLStrict(m[0]);
    if (char === m[0] || [...char].length !== 1) return null;
    return { char: /\s/.test(char) ? ' ' : char, end: at + m[0].length };
  }
  return null;
}
