// Fuzzing: a few hundred of our own texts and pages, cut, spliced, flipped, re-encoded, nested deep,
// with quote storms and endless tokens, go through the real ingest. No input may crash a stage, end
// the run, or take more than 2 s. (`npm run bench:fuzz` runs ten thousand and more.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processDocument } from '../src/ingest/process.js';
import { fuzzInputs, SMALL } from './helpers/fuzz.js';
import { fuzzRun, ownSources } from './helpers/fuzz-run.js';
import { rawText } from './helpers/pipeline.js';
import { REPO } from './paths.js';

test('three hundred fuzzed inputs: no crash, no run ended, none over 2 s', async () => {
  const sources = ownSources(REPO);
  assert.ok(sources.length >= 20, 'the example and golden corpora are there to mutate');
  const inputs = [...fuzzInputs(sources, 300, 14, SMALL)];
  const report = await fuzzRun(inputs, { jobs: 1, chunk: 100 });
  assert.equal(report.tried, 300);
  assert.deepEqual(report.runsEnded, []);
  assert.deepEqual(report.crashes, []);
  // most inputs are still documents worth storing
  assert.ok((report.outcomes.stored ?? 0) > 200, JSON.stringify(report.outcomes));
  // (a document over 2 s is timed again alone, so a busy machine does not fail the test)
  const slow = report.overTime.filter((o) => {
    const x = inputs.find((i) => i.name === o.name)!;
    const t0 = performance.now();
    processDocument(rawText(x.file, x.bytes.toString('utf8')), { entities: true, events: true, quotes: true });
    return performance.now() - t0 > 2000;
  });
  assert.deepEqual(slow, []);
});
