// Names in quotation marks are not speech: “Nine Bridges”, “Eurasia Express”, the “Korea-Russia
// Year of Cultural Exchanges”. A name has the shape of a title (every content word capitalised)
// or stands inside a noun phrase (a determiner before it, a head noun such as "initiative" after).
import { NAME_FUNCTION_WORDS, NAME_HEADS } from '../../lexicons/en/quote-cues.js';

const FUNCTION_WORDS = new Set(NAME_FUNCTION_WORDS);
const HEADS = new Set(NAME_HEADS);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Names are short; longer title-case stretches are headlines or slogans said by someone. */
const MAX_NAME_WORDS = 8;

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];

/** Every content word starts with a capital letter or a digit, and it is not a sentence. */
export function hasTitleShape(quoted: string): boolean {
  const ws = words(quoted);
  if (!ws.length || ws.length > MAX_NAME_WORDS || /[.!?]["'”’»]?$/.test(quoted.trim())) return false;
  let capitals = 0;
  for (const w of ws) {
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitals++;
    else if (!FUNCTION_WORDS.has(w.toLowerCase())) return false;
  }
  // a lone capitalised word is as likely a one-word answer (“Never,” he said) as a name
  return capitals >= 2;
}

/** The word right before offset `at` (skipping spaces), lower-cased, with a possessive kept as "'s". */
export function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{N}'’]+)\s*$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return '';
  const w = m[1].toLowerCase();
  return /['’]s$/.test(w) ? "'s" : w;
}

export function wordAfter(text: string, at: number): string {
  const m = /^\s*([\p{L}\p{N}-]+)/u.exec(text.slice(at, at + 40));
  return m ? m[1].toLowerCase() : '';
}

/** A phrase of two or more words ending in a head noun ("special military operation"). */
export function endsInNameHead(quoted: string): boolean {
  const ws = words(quoted);
  // "a gold standard agreement" with its article inside the marks describes; a name is quoted without it
  if (DETERMINERS.has(ws[0]?.toLowerCase() ?? '')) return false;
  return ws.length >= 2 && ws.length <= MAX_NAME_WORDS && HEADS.has(ws[ws.length - 1].toLowerCase());
}

/** Right before a head noun: "the “…” initiative", "Moon’s “…” projects", "a “…” event". */
export function beforeNameHead(text: string, outerEnd: number): boolean {
  return HEADS.has(wordAfter(text, outerEnd));
}

/** Right after a determiner or possessive: the quotation is (part of) a noun phrase. */
export function afterDeterminer(text: string, outerStart: number): boolean {
  const before = wordBefore(text, outerStart);
  return DETERMINERS.has(before) || before === "'s";
}

/** Is the quotation at [start, end) (closing mark ending at outerEnd) the name of something? */
export function isNameInQuotes(text: string, start: number, end: number, outerEnd: number): boolean {
  const quoted = text.slice(start, end);
  // a full stop, question or exclamation mark inside the marks ends a sentence someone said
  if (/[.!?]/.test(text.slice(end, outerEnd))) return false;
  if (hasTitleShape(quoted)) return true;
  // a short quoted phrase right before a head noun names that thing ("the “highly likely” style")
  return words(quoted).length <= MAX_NAME_WORDS && beforeNameHead(text, outerEnd);
}
