// Golden test: the documents we wrote in ministries' and newsrooms' styles (test/golden/corpus) go
// through the whole pipeline and must give the reviewed output in test/golden/expected.json.
// A change on purpose: `npm run golden` shows the diff, `npm run golden -- --update` accepts it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { EXPECTED, runGolden } from './golden/run.js';

test('golden corpus: titles, dates, kinds, people, events and quotes are as reviewed', async () => {
  const { digest, badSpans } = await runGolden();
  const expected = JSON.parse(fs.readFileSync(EXPECTED, 'utf8'));
  for (const name of Object.keys(expected)) assert.deepEqual(digest[name], expected[name], `${name} differs: run "npm run golden" to see how`);
  assert.deepEqual(Object.keys(digest).sort(), Object.keys(expected).sort());
  assert.deepEqual(badSpans, [], 'every span is the exact words of its original');
});
