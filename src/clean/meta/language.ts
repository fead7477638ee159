// Language of the main text (ISO 639-1) from scripts and common function words; "und" when unsure.

const FUNCTION_WORDS: { [lang: string]: string[] } = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'with', 'for', 'was', 'on', 'are', 'by', 'this'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du', 'avec', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'auf', 'dem'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'por', 'con', 'una', 'para', 'del', 'se'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'con', 'una', 'del', 'della', 'sono', 'non', 'gli'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'do', 'da', 'em', 'para', 'com', 'uma', 'não'],
};

/** Scripts that name a language outright, as code-point ranges. */
const SCRIPTS: [number, number, string][] = [
  [0xac00, 0xd7af, 'ko'],
  [0x3040, 0x30ff, 'ja'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
];
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) for (const w of list) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);

const MAX_FUNCTION_WORD = Math.max(...[...WORD_LANGS.keys()].map((w) => w.length));
/**
 * A short word of the letters a-z as a number (each letter a digit 1-26 in base 32): function
 * words are looked up by it, without making the word a string.
 */
const asciiKey = (w: string) => [...w].reduce((k, ch) => k * 32 + ch.charCodeAt(0) - 96, 0);
const ASCII_WORD_LANGS = new Map<number, string[]>();
for (const [w, langs] of WORD_LANGS) if (/^[a-z]+$/.test(w)) ASCII_WORD_LANGS.set(asciiKey(w), langs);
const LETTER = /\p{L}/u;
/** Per UTF-16 code unit, filled on first sight: 1 a letter, 2 not. */
const LETTER_CLASS = new Uint8Array(65536);

/** What the language is judged on: the sample's words (runs of letters), counted in one pass. */
interface WordStats {
  words: number;
  letters: number;
  inScript: number[];
  hits: Map<string, number>;
}

export function detectLanguage(text: string): string {
  const lower = text.slice(0, 20000).toLowerCase();
  // astral letters are one letter of two code units to \p{L}: the words regex reads them right
  const stats = /[\ud800-\udfff]/.test(lower) ? statsOfWords(lower.match(/\p{L}+/gu) ?? []) : scanWords(lower);
  if (stats.letters < 20) return 'und';
  for (let s = 0; s < SCRIPTS.length; s++) if (stats.inScript[s] / stats.letters > 0.3) return SCRIPTS[s][2];
  let best = 'und';
  let bestShare = 0;
  for (const lang of Object.keys(FUNCTION_WORDS)) {
    const share = (stats.hits.get(lang) ?? 0) / stats.words;
    if (share > bestShare) [best, bestShare] = [lang, share];
  }
  return bestShare >= 0.08 ? best : 'und';
}

function emptyStats(): WordStats {
  return { words: 0, letters: 0, inScript: new Array<number>(SCRIPTS.length).fill(0), hits: new Map() };
}

/**
 * Adds the word lower[a, b) to the stats (`word` is it as a string, when made; `key` its asciiKey
 * when it is a short word of a-z only).
 */
function addWord(stats: WordStats, lower: string, a: number, b: number, word?: string, key = -1): void {
  stats.words++;
  stats.letters += b - a;
  if (lower.charCodeAt(a) >= 0x0400) {
    // a word in a Latin script names no script; others count their letters
    for (let i = a; i < b; i++) {
      const code = lower.charCodeAt(i);
      for (let s = 0; s < SCRIPTS.length; s++) if (code >= SCRIPTS[s][0] && code <= SCRIPTS[s][1]) stats.inScript[s]++;
    }
  }
  // function words are short: longer words skip the lookup
  if (b - a > MAX_FUNCTION_WORD) return;
  const langs = key >= 0 ? ASCII_WORD_LANGS.get(key) : WORD_LANGS.get(word ?? lower.slice(a, b));
  if (langs) for (const lang of langs) stats.hits.set(lang, (stats.hits.get(lang) ?? 0) + 1);
}

/** The words of text without surrogates, found without making strings of the long ones. */
function scanWords(lower: string): WordStats {
  const stats = emptyStats();
  let start = -1;
  // the word's asciiKey while it is short and of a-z only, else -1
  let key = 0;
  for (let i = 0; i <= lower.length; i++) {
    let letter = false;
    let c = 0;
    if (i < lower.length) {
      c = lower.charCodeAt(i);
      let k = LETTER_CLASS[c];
      if (!k) k = LETTER_CLASS[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
      letter = k === 1;
    }
    if (letter) {
      if (start < 0) (start = i), (key = 0);
      key = key >= 0 && c >= 97 && c <= 122 && i - start < MAX_FUNCTION_WORD ? key * 32 + c - 96 : -1;
    } else if (start >= 0) {
      addWord(stats, lower, start, i, undefined, key);
      start = -1;
    }
  }
  return stats;
}

function statsOfWords(words: string[]): WordStats {
  const stats = emptyStats();
  for (const w of words) addWord(stats, w, 0, w.length, w);
  return stats;
}
