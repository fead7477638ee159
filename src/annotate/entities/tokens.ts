// A light word tokenizer with offsets, shared by the entity matchers. Words are runs of letters
// and digits; every other non-space character is a token of its own, so "Eui-yong" is
// Eui + - + yong and "Russia’s" is Russia + ’ + s (names and possessives are rebuilt by grammar).

export interface Tok {
  start: number;
  end: number;
  value: string;
  lower: string;
  /** Characters of white space between the previous token and this one (0: they touch). */
  space: number;
  /** A line break in that white space. */
  nl: boolean;
  isWord: boolean;
  /** First character upper case. */
  cap: boolean;
  /** Every letter upper case and at least two characters (an acronym). */
  upper: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;
const WORDISH = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const value = m[0];
    const start = m.index;
    const c = value.charCodeAt(0);
    // ASCII fast paths; the Unicode tests only for other scripts
    const isWord = value.length > 1 || (c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORDISH.test(value));
    const lower = value.toLowerCase();
    const cap = isWord && (c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(value));
    let nl = false;
    for (let k = prevEnd; k < start; k++) if (text.charCodeAt(k) === 10) (nl = true), (k = start);
    out.push({
      start,
      end: start + value.length,
      value,
      lower,
      space: start - prevEnd,
      nl,
      isWord,
      cap,
      upper: isWord && value.length > 1 && lower !== value && value.toUpperCase() === value,
    });
    prevEnd = start + value.length;
  }
  return out;
}

/** True when tokens i and i+1 touch (no space between), e.g. the parts of "Eui-yong". */
export function touching(toks: Tok[], i: number): boolean {
  return i + 1 < toks.length && toks[i + 1].space === 0;
}

/** Is token i an apostrophe-s possessive ("’s" or "'s") starting at i? */
export function possessiveAt(toks: Tok[], i: number): boolean {
  const t = toks[i];
  return !!t && t.space === 0 && (t.value === '’' || t.value === "'") && toks[i + 1]?.lower === 's' && toks[i + 1].space === 0;
}
