// Golden test: the documents we wrote in ministries' and newsrooms' styles (test/golden/docs/, one
// folder each) go through the whole pipeline; each must give the reviewed output in its folder's
// expected.json, and the links between them (duplicates, reports) those in cross-document.json.
// A change on purpose: `npm run golden` shows the diff, `npm run golden -- --update` accepts it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { goldenDocs, readCross, readExpected, splitDigest } from './golden/docs.js';
import { runGolden } from './golden/run.js';

describe('golden documents: titles, dates, kinds, people, events and quotes are as reviewed', () => {
  const docs = goldenDocs();
  let run: Awaited<ReturnType<typeof runGolden>> & ReturnType<typeof splitDigest>;
  before(async () => {
    const r = await runGolden();
    run = { ...r, ...splitDigest(r.digest) };
  });

  for (const doc of docs)
    test(doc.name, () => assert.deepEqual(run.own[doc.name], readExpected(doc), `${doc.name} differs: run "npm run golden" to see how`));

  test('the run has exactly the documents of the folders', () =>
    assert.deepEqual(Object.keys(run.digest).sort(), docs.map((d) => d.name).sort()));

  test('cross-document: which documents repeat and report on which, as in cross-document.json', () =>
    assert.deepEqual(run.cross, readCross().expected, 'links between documents differ: run "npm run golden" to see how'));

  test('every span is the exact words of its original', () => assert.deepEqual(run.badSpans, []));
});
