// The pool's watchdog: a worker that spends too long on one document is stopped; that document is
// stored with its main text and the stop is named, and the documents queued behind it still go through.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ALL_LAYERS } from '../src/annotate/index.js';
import { ProcessPool } from '../src/ingest/pool.js';
import { rawText } from './helpers/docs.js';

const SENTENCES = [
  'Foreign Minister Anna Berger met her Chilean counterpart Tomas Rojas in Vienna on 3 March 2020 to open talks on a trade treaty.',
  '"We want an agreement within a year," Berger told reporters after the meeting, according to the ministry.',
  'President Maria Lopez of Chile said on Tuesday that the talks would cover farm goods, investment and shipping routes.',
  'The two ministers also discussed the war in Ukraine and agreed to meet again in Santiago in May.',
];
/** A long report: its annotation takes far longer than the watchdog's limit in these tests, its cleaning far less than the retry's. */
const report = (n: number) => Array.from({ length: n }, (_, i) => SENTENCES[i % SENTENCES.length]).join('\n\n') + '\n';
const LONG = report(1200);
/** So long that even its cleaning outlasts a limit of a millisecond, whenever the watchdog looks. */
const HUGE = report(6000);
const SHORT = SENTENCES.join('\n\n') + '\n';

let budget: string | undefined;
before(() => {
  // the stages' own time budget would stop the long report's annotation first: leave it to the watchdog
  budget = process.env.ATTACHE_BUDGET_MS;
  process.env.ATTACHE_BUDGET_MS = '600000';
});
after(() => {
  if (budget === undefined) delete process.env.ATTACHE_BUDGET_MS;
  else process.env.ATTACHE_BUDGET_MS = budget;
});

test('a document past the watchdog is stored with its main text, and the one queued behind it is annotated', async () => {
  const pool = new ProcessPool(1, { limitMs: (chars) => (chars > 10_000 ? 150 : 60_000), retryFactor: 200, checkEveryMs: 20 });
  try {
    const [slow, next] = await Promise.all([pool.run(rawText(LONG, 'long.txt'), ALL_LAYERS), pool.run(rawText(SHORT, 'short.txt'), ALL_LAYERS)]);
    assert.equal(slow.ann, null, 'the long report is stored without annotations');
    assert.ok(slow.doc.main.text.includes('open talks on a trade treaty'), 'with its main text');
    assert.ok(slow.failed.some((f) => f.stage === 'annotate' && /watchdog/.test(f.message)), 'and the stop is named');
    assert.ok(next.ann, 'the next document was annotated by a fresh worker');
    assert.deepEqual(next.failed, []);
  } finally {
    await pool.close();
  }
});

test('a document that stalls even without annotation fails with the reason, and the pool goes on', async () => {
  const pool = new ProcessPool(1, { limitMs: (chars) => (chars > 10_000 ? 1 : 60_000), retryFactor: 1, checkEveryMs: 20 });
  try {
    await assert.rejects(pool.run(rawText(HUGE, 'huge.txt'), ALL_LAYERS), /ran past .* the worker was stopped/);
    const after = await pool.run(rawText(SHORT, 'short.txt'), ALL_LAYERS);
    assert.ok(after.ann);
  } finally {
    await pool.close();
  }
});
