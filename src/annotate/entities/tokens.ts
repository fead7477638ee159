// A light word tokenizer with offsets, shared by the entity matchers. Words are runs of letters
// and digits; every other non-space character is a token of its own, so "Eui-yong" is
// Eui + - + yong and "Russia’s" is Russia + ’ + s (names and possessives are rebuilt by grammar).
import { LEADER_TITLES } from '../../lexicons/en/titles.js';

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

// Character classes, computed once per code unit on first sight: 1 word, 2 space, 3 other.
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;

function charClass(c: number): number {
  let k = CLASS[c];
  if (!k) {
    const ch = String.fromCharCode(c);
    k = WORD_CHAR.test(ch) ? 1 : /\s/.test(ch) ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}

/** Shorter than this, a word with a capital inside is a name ("McCain", "DeSantis"), never two glued words. */
const GLUED_MIN = 8;
const GLUED = /[a-z](?=[A-Z][a-z]+$)/g;
const GLUED_TITLES = new Set(LEADER_TITLES.map((t) => t.split(' ')[0]));

/** Where a title glued to the end of a word begins ("Ukraine|President"), else -1. */
function gluedTitleAt(text: string, start: number, end: number): number {
  const word = text.slice(start, end);
  GLUED.lastIndex = 0;
  const m = GLUED.exec(word);
  if (!m || m.index < 2) return -1;
  return GLUED_TITLES.has(word.slice(m.index + 1).toLowerCase()) ? start + m.index + 1 : -1;
}

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let prevEnd = 0;
  let nl = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === 2) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const start = i;
    // while reading a word: is it all ASCII, has it lower-case letters (then it is no acronym) and
    // capitals (else it is its own lower case)
    let ascii = true;
    let lowerSeen = false;
    let upperSeen = false;
    if (k === 1) {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (charClass(d) !== 1) break;
        if (d >= 128) ascii = false;
        else if (d >= 97 && d <= 122) lowerSeen = true;
        else if (d >= 65 && d <= 90) upperSeen = true;
      }
    } else i++;
    // ("Trump UkrainePresident Donald Trump": a crawler glued a headline to a caption) a title word glued to a word is a word of its own
    if (ascii && lowerSeen && upperSeen && i - start > GLUED_MIN) {
      const cut = gluedTitleAt(text, start, i);
      if (cut > 0) i = cut;
    }
    const value = text.slice(start, i);
    const isWord = k === 1;
    const lower = isWord && (upperSeen || !ascii) ? value.toLowerCase() : value;
    const cap = isWord && (c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(value));
    // an ASCII word starting with a capital is all capitals when it has no lower-case letter
    const upper = cap && value.length > 1 && (ascii ? !lowerSeen : lower !== value && value.toUpperCase() === value);
    out.push({ start, end: i, value, lower, space: start - prevEnd, nl, isWord, cap, upper });
    prevEnd = i;
    nl = false;
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
