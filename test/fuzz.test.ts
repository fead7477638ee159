// Fuzzing: a few hundred of our own texts and pages, cut, spliced, flipped, re-encoded, nested deep,
// with quote storms and endless tokens, go through the real ingest. No input may crash a stage, end
// the run, or take more than 2 s. (`npm run bench:fuzz` runs ten thousand and more.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzzInputs, SMALL } from './helpers/fuzz.js';
import { fuzzRun, ownSources } from './helpers/fuzz-run.js';
import { REPO } from './paths.js';

test('three hundred fuzzed inputs: no crash, no run ended, none over 2 s', async () => {
  const sources = ownSources(REPO);
  assert.ok(sources.length >= 20, 'the example and golden corpora are there to mutate');
  const report = await fuzzRun(fuzzInputs(sources, 300, 14, SMALL), { jobs: 1, chunk: 100 });
  assert.equal(report.tried, 300);
  assert.deepEqual(report.runsEnded, []);
  assert.deepEqual(report.crashes, []);
  // most inputs are still documents worth storing
  assert.ok((report.outcomes.stored ?? 0) > 200, JSON.stringify(report.outcomes));
  // (one over 2 s in the run is timed again alone, warm: a busy machine does not fail the test)
  assert.deepEqual(report.overTime, []);
});
