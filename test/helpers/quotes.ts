// The quotations of one of our texts with their speakers' names, for the attribution tests.
import assert from 'node:assert/strict';
import { annotateText } from './pipeline.js';

export interface Found {
  text: string;
  speaker: string | null;
}

/** Every quotation found in `text` (checking each span points at the original) with its speaker's name. */
export function quotesOf(text: string, name = 'news.txt'): Found[] {
  const { ann } = annotateText(name, text);
  const who = (id: string | null) => (id ? ann.entities.find((e) => e.localId === id)?.name ?? '?' : null);
  for (const q of ann.quotes) assert.equal(text.slice(q.span.start, q.span.end), q.span.text, 'quote span must point at the original');
  return ann.quotes.map((q) => ({ text: q.span.text, speaker: who(q.speakerLocalId) }));
}

/** The speaker of the quotation starting with `start` (which must be found). */
export function speakerOf(quotes: Found[], start: string): string | null {
  const q = quotes.find((x) => x.text.startsWith(start));
  assert.ok(q, `no quote starting "${start}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q.speaker;
}
