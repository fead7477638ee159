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
function engine() {
  // Loaded on first use: the model takes a moment and not every command needs it.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function analyse(text: string): Analysis {
  const n = engine();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    tokens[i] = { start: at, end: at + values[i].length, value: values[i], pos: pos[i], sentence: -1 };
    at += values[i].length;
  }
  const sentences: Range[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  spans.forEach(([a, b], si) => {
    if (a > b || !tokens[a] || !tokens[b]) return;
    for (let t = a; t <= b; t++) tokens[t].sentence = sentences.length;
    sentences.push({ start: tokens[a].start, end: tokens[b].end });
    void si;
  });
  return { tokens, sentences };
}
