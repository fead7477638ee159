// A light word tokenizer with offsets, shared by the entity matchers. Words are runs of letters
// and digits; every other non-space character is a token of its own, so "Eui-yong" is
// Eui + - + yong and "Russia’s" is Russia + ’ + s (names and possessives are rebuilt by grammar).

export interface Tok {
  start: number;
  end: number;
  value: string;
  lower: string;
  /** White space (or nothing) between the previous token and this one. */
  gap: string;
  isWord: boolean;
  /** First character upper case. */
  cap: boolean;
  /** Every letter upper case and at least two letters (an acronym). */
  upper: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s]/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const value = m[0];
    const isWord = value.length > 1 || /[\p{L}\p{N}]/u.test(value);
    out.push({
      start: m.index,
      end: m.index + value.length,
      value,
      lower: value.toLowerCase(),
      gap: text.slice(prevEnd, m.index),
      isWord,
      cap: isWord && UPPER_FIRST.test(value),
      upper: isWord && value.length > 1 && ALL_UPPER.test(value),
    });
    prevEnd = m.index + value.length;
  }
  return out;
}

/** True when tokens i and i+1 touch (no space between), e.g. the parts of "Eui-yong". */
export function touching(toks: Tok[], i: number): boolean {
  return i + 1 < toks.length && toks[i + 1].gap === '';
}

/** Is token i an apostrophe-s possessive ("’s" or "'s") starting at i? */
export function possessiveAt(toks: Tok[], i: number): boolean {
  const t = toks[i];
  return !!t && t.gap === '' && (t.value === '’' || t.value === "'") && toks[i + 1]?.lower === 's' && toks[i + 1].gap === '';
}
