// Token offsets are read from the text (the spaces wink skips) rather than from wink's space counts:
// they must be the same offsets, and each must slice to its token, whatever the white space.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyse } from '../src/annotate/nlp.js';
import { seedFiles } from './needs.js';

const wink = winkNLP(model, ['sbd', 'pos']);

/** Offsets as wink's own preceding-space counts give them. */
function winkStarts(text: string): number[] {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(wink.its.value) as string[];
  const spaces = doc.tokens().out(wink.its.precedingSpaces) as string[];
  let at = 0;
  return values.map((v, i) => {
    at += spaces[i].length;
    const start = at;
    at += v.length;
    return start;
  });
}

const TEXTS = [
  'Foreign Minister Penny Wong met her Indonesian counterpart Retno Marsudi in Jakarta on 3 May 2023.',
  'JAKARTA,\u00a0May 3\u2003— The two ministers  discussed maritime security.\r\n\r\nThey agreed to meet again.\tTable\tcell',
  'Ministers\u202fsaid:  “We welcome the accord.”\n\n\n   Indented line after three blank lines.\u205fEnd',
  '  Leading spaces, then a trailing one ',
];

const seeds = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));

test('every token slices to its value and starts where wink counts it', () => {
  for (const text of [...TEXTS, ...seeds]) {
    const { tokens, sentences } = analyse(text);
    assert.ok(tokens.length > 0);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.value);
    assert.deepEqual(tokens.map((t) => t.start), winkStarts(text));
    for (const t of tokens) assert.ok(t.sentence >= 0 && sentences[t.sentence].start <= t.start && t.end <= sentences[t.sentence].end);
  }
});
