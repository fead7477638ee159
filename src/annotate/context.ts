// One cleaned document and the views every annotator reads: sentences, tokens, and span making.
import { spanFromMain } from '../clean/main-text.js';
import type { CleanDocument, Range, Span } from '../types.js';
import { analyse, type Token } from './nlp.js';

export interface AnnotateContext {
  doc: CleanDocument;
  /** The main text; every offset an annotator handles is into this string ("clean offsets"). */
  text: string;
  /** Sentences of the main text (clean offsets). */
  sentences: Range[];
  tokens: Token[];
  /** The exportable span (original offsets) for clean offsets [start, end). */
  span(start: number, end: number): Span;
  /** The index of the sentence holding clean offset `at`, or -1. */
  sentenceAt(at: number): number;
}

export function makeContext(doc: CleanDocument): AnnotateContext {
  const text = doc.main.text;
  const { tokens, sentences } = analyse(text);
  return {
    doc,
    text,
    sentences,
    tokens,
    span: (start, end) => spanFromMain(doc, start, end),
    sentenceAt(at) {
      let lo = 0, hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].end <= at) lo = mid + 1;
        else if (sentences[mid].start > at) hi = mid - 1;
        else return mid;
      }
      return -1;
    },
  };
}
