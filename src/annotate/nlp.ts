// Tokens and sentences with character offsets, from wink-nlp (its tokenisation is lossless, so
// offsets are the running sum of each token's preceding spaces and value).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Range } from '../types.js';

export interface Token extends Range {
  value: string;
  /** Universal POS tag (PROPN, NOUN, VERB, …). */
  pos: string;
  /** Index of the sentence the token is in. */
  sentence: number;
}

export interface Analysis {
  tokens: Token[];
  /** Sentences as ranges of the analysed text. */
  sentences: Range[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;
/** Characters the current instance has read. */
let readChars = 0;
/**
 * wink keeps every word it has not met before in its instance's lexicon, for good: a long ingest
 * would grow it with the corpus's vocabulary. A fresh instance (a fresh copy of the model; ~0.3 s)
 * after this many characters bounds it. Words are tagged the same from either.
 */
const RENEW_CHARS = Number(process.env.ATTACHE_NLP_RENEW_CHARS) || 16 * 1024 * 1024;
function engine(chars: number) {
  if (nlp && readChars + chars > RENEW_CHARS) nlp = null;
  // Loaded on first use: the model takes a moment and not every command needs it.
  if (!nlp) (nlp = winkNLP(model, ['sbd', 'pos'])), (readChars = 0);
  readChars += chars;
  return nlp;
}

// What wink-nlp counts as the spaces before a token (its splitter's space class); line breaks and
// tabs are tokens of their own.
const SPACE = new Uint8Array(65536);
for (const c of [0x20, 0xa0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2009, 0x200a, 0x202f, 0x205f]) SPACE[c] = 1;
// wink caps the count it keeps below this
const MAX_SPACES = 65534;

/**
 * Token offsets read from the text itself: each token starts after the spaces that follow the one
 * before. Null when a token is not where that puts it (then wink's own space counts are read).
 */
function offsetsFromText(text: string, values: string[]): Int32Array | null {
  const starts = new Int32Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const from = at;
    while (at < text.length && SPACE[text.charCodeAt(at)]) at++;
    if (at - from > MAX_SPACES || !text.startsWith(values[i], at)) return null;
    starts[i] = at;
    at += values[i].length;
  }
  return starts;
}

function offsetsFromSpaces(values: string[], spaces: string[]): Int32Array {
  const starts = new Int32Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    starts[i] = at;
    at += values[i].length;
  }
  return starts;
}

/** wink's tokeniser takes time quadratic in a token's length: longer runs are read in pieces this long. */
const MAX_TOKEN = 100;
const LONG_RUN = new RegExp(`[^\\s]{${MAX_TOKEN + 1},}`, 'g');

// What \s matches (JavaScript's white space and line ends), as a table: the screen below reads each
// character once, where the pattern tried a 101-character match from every position.
const WHITE = new Uint8Array(65536);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) WHITE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) WHITE[c] = 1;

/** Whether the text has a run of more than MAX_TOKEN characters without white space (LONG_RUN would match). */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (WHITE[text.charCodeAt(i)]) run = 0;
    else if (++run > MAX_TOKEN) return true;
  }
  return false;
}

/**
 * The text wink reads: the same length (so offsets hold), with a space put in every MAX_TOKEN
 * characters of a run without one (a 20 KB "word" is no word, and its pieces cost linear time).
 */
function readableRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  LONG_RUN.lastIndex = 0;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_TOKEN) out += run.slice(i, i + MAX_TOKEN - 1) + (i + MAX_TOKEN - 1 < run.length ? ' ' : '');
    return out;
  });
}

export function analyse(text: string): Analysis {
  const n = engine(text.length);
  const its = n.its;
  const read = readableRuns(text);
  const doc = n.readDoc(read);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const starts = offsetsFromText(read, values) ?? offsetsFromSpaces(values, all.out(its.precedingSpaces) as string[]);
  const tokens: Token[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const end = starts[i] + values[i].length;
    // (a piece of a long run is read from the text itself, which has no space in it)
    tokens[i] = { start: starts[i], end, value: read === text ? values[i] : text.slice(starts[i], end), pos: pos[i], sentence: -1 };
  }
  const sentences: Range[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) {
    if (a > b || !tokens[a] || !tokens[b]) continue;
    for (let t = a; t <= b; t++) tokens[t].sentence = sentences.length;
    sentences.push({ start: tokens[a].start, end: tokens[b].end });
  }
  return { tokens, sentences };
}
