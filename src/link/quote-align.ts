// Comparing quoted words with a passage of a primary record, word by word (pure, no store): the
// stretch of the passage that best matches the quote, how similar it is, and what differs.
import { STOPWORDS } from '../lexicons/en/stopwords.js';

export { fnv1a } from './minhash.js';

export interface Word {
  /** Folded form: lower case, NFKC. */
  norm: string;
  start: number;
  end: number;
}

const STOP = new Set(STOPWORDS);

/** Words of a text with their offsets (letters and digits; "Russia’s" is "russia" + "s"). */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  // (NFKC leaves ASCII as it is: a text without anything else needs no normalising)
  const ascii = !NON_ASCII.test(text);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const lower = m[0].toLowerCase();
    out.push({ norm: ascii ? lower : lower.normalize('NFKC'), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
const NON_ASCII = /[^\x00-\x7f]/;

/** Index terms of a text: its content words, or all words when it has none. */
export function termsOf(words: Word[]): string[] {
  const content = words.map((w) => w.norm).filter((w) => !STOP.has(w) && w.length > 1);
  return [...new Set(content.length ? content : words.map((w) => w.norm))];
}

export interface Alignment {
  similarity: number;
  /** Passage words [first, last] the quote lines up with. */
  first: number;
  last: number;
  differences: string[];
  /** The word-by-word alignment, in order. */
  ops: Op[];
}

/** What a cut costs against a changed or added word: leaving words out changes less than adding. */
const CUT_COST = 0.5;

export type Op = { kind: 'same' | 'changed'; q: number; p: number } | { kind: 'added'; q: number } | { kind: 'cut'; p: number };

/**
 * Semi-global word alignment: the whole quote against any stretch of the passage (free ends in
 * the passage). similarity = 1 − cost / quote length, cost counting changed and added words 1 and
 * cut words ½; punctuation alone costs nothing here but is reported.
 */
export function align(quote: Word[], quoteText: string, passage: Word[], passageText: string): Alignment | null {
  const m = quote.length, n = passage.length;
  if (!m || !n) return null;
  const w = n + 1;
  // an ellipsis in the quote marks a cut the writer owns up to: leaving words out there is free
  const cutCost = quote.map((word, i) => (i + 1 < m && /\.\.\.|…/.test(quoteText.slice(word.end, quote[i + 1].start)) ? 0 : CUT_COST));
  const cut = (i: number) => (i === m ? Infinity : i === 0 ? CUT_COST : cutCost[i - 1]);
  const D = new Float64Array((m + 1) * w);
  for (let i = 1; i <= m; i++) D[i * w] = i;
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const same = quote[i - 1].norm === passage[j - 1].norm;
      D[i * w + j] = Math.min(D[(i - 1) * w + j - 1] + (same ? 0 : 1), D[(i - 1) * w + j] + 1, D[i * w + j - 1] + cut(i));
    }
  let endJ = 1;
  // on a tie, the longer stretch: "ten years" against "decade" is a changed word, not an added one
  for (let j = 1; j <= n; j++) if (D[m * w + j] <= D[m * w + endJ]) endJ = j;
  // trace back
  const ops: Op[] = [];
  let i = m, j = endJ;
  while (i > 0) {
    const here = D[i * w + j];
    if (j > 0 && here === D[(i - 1) * w + j - 1] + (quote[i - 1].norm === passage[j - 1].norm ? 0 : 1)) {
      ops.push({ kind: quote[i - 1].norm === passage[j - 1].norm ? 'same' : 'changed', q: i - 1, p: j - 1 });
      i--, j--;
    } else if (here === D[(i - 1) * w + j] + 1) {
      ops.push({ kind: 'added', q: i - 1 });
      i--;
    } else {
      ops.push({ kind: 'cut', p: j - 1 });
      j--;
    }
  }
  ops.reverse();
  const matched = ops.filter((o): o is Extract<Op, { p: number; q: number }> => o.kind === 'same' || o.kind === 'changed');
  if (!matched.length) return null;
  const first = Math.min(...ops.filter((o) => 'p' in o).map((o) => (o as { p: number }).p));
  const last = Math.max(...ops.filter((o) => 'p' in o).map((o) => (o as { p: number }).p));
  const cost = D[m * w + endJ];
  const differences = describe(ops, quote, passage);
  let similarity = Math.max(0, 1 - cost / m);
  if (cost === 0 && ops.some((o) => o.kind === 'cut')) similarity = 0.99; // a cut marked with an ellipsis is still a cut
  else if (cost === 0 && punctuation(quoteText, quote, 0, m - 1) !== punctuation(passageText, passage, first, last)) {
    differences.push('punctuation differs');
    similarity = 0.99;
  }
  return { similarity: Math.round(similarity * 100) / 100, first, last, differences, ops };
}

/** The marks between words (quotation marks and apostrophes aside), to tell "a, b" from "a b". */
function punctuation(text: string, words: Word[], first: number, last: number): string {
  let marks = '';
  for (let k = first; k < last; k++) marks += text.slice(words[k].end, words[k + 1].start).replace(/[\s"'“”‘’«»]/g, '') + '|';
  return marks;
}

function describe(ops: Op[], quote: Word[], passage: Word[]): string[] {
  const out: string[] = [];
  let k = 0;
  const q = (list: Op[]) => list.filter((o) => 'q' in o).map((o) => quote[(o as { q: number }).q].norm).join(' ');
  const p = (list: Op[]) => list.filter((o) => 'p' in o).map((o) => passage[(o as { p: number }).p].norm).join(' ');
  while (k < ops.length) {
    if (ops[k].kind === 'same') {
      k++;
      continue;
    }
    let e = k;
    while (e < ops.length && ops[e].kind !== 'same') e++;
    const run = ops.slice(k, e);
    const said = q(run), record = p(run);
    if (said && record) out.push(`"${said}" where the record has "${record}"`);
    else if (said) out.push(`added "${said}"`);
    else out.push(`cut "${record}"`);
    k = e;
  }
  return out;
}
