// The duplicate fingerprint's one-pass word hashing must give what its definition gives: the
// MinHash of the shingles of normalizedWords. Checked on real documents, plain ASCII and not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { bandKeys, fingerprint, fnv1a, MIN_WORDS, normalizedWords, shingleHashes, signature, wordHashes } from '../src/link/minhash.js';
import { seedFiles } from './needs.js';

const seeds = seedFiles();

const texts: [string, string][] = [
  ['ascii', 'The Foreign Minister of Chile, Alberto van Klaveren, met his Kenyan counterpart in Nairobi on 3 May 2024 — they discussed trade, lithium and the G77+China agenda.'],
  ['accents and quotes', 'Le ministre a rencontré à Genève son homologue « Ignazio Cassis » ; « Nous avons évoqué l’Ukraine », a-t-il déclaré.'],
  ['other scripts', '문재인 대통령은 2018년 4월 27일 판문점에서 김정은 위원장과 만났다. Президент Путин провёл переговоры.'],
  ['full-width and ligatures', 'Ｔｏｋｙｏ ﬁnance ministers: Ｇ７ statement №5'],
  ...seeds.map((f): [string, string] => [path.basename(f), fs.readFileSync(f, 'utf8')]),
];

for (const [name, text] of texts) {
  test(`word hashes and fingerprint follow their definition (${name})`, () => {
    const words = normalizedWords(text);
    assert.deepEqual(wordHashes(text), words.map(fnv1a));
    const fp = fingerprint(text);
    if (words.length < MIN_WORDS) return assert.equal(fp, null);
    const sig = signature(shingleHashes(words));
    assert.deepEqual(fp, { signature: sig, keys: bandKeys(sig) });
  });
}

test('different documents get different signatures; a text under MIN_WORDS words gets none', { skip: seeds.length < 2 && 'needs the seeds' }, () => {
  const [a, b] = seeds.slice(0, 2).map((f) => fingerprint(fs.readFileSync(f, 'utf8')));
  assert.ok(a && b);
  assert.notDeepEqual(a.signature, b.signature);
  assert.equal(fingerprint(Array.from({ length: MIN_WORDS - 1 }, (_, i) => `word${i}`).join(' ')), null);
});
