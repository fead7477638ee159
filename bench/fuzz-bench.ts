// Fuzzing at scale: our own texts and pages, and the shared corpora when present (seeds, dev set,
// the article-extraction pages), mutated (cut, spliced, flipped, re-encoded, nested deep, quote
// storms, endless tokens and lines) and ingested through the worker pool, as `attache ingest` does.
// Prints inputs tried, crashes, runs ended, documents over 2 s (or 2 s per MB) and the slowest.
//   npm run bench:fuzz [-- --inputs 10000 --seed 1 --jobs 2 --scale large|small]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { fuzzInputs, LARGE, SMALL } from '../test/helpers/fuzz.js';
import { fuzzRun, ownSources, readSources } from '../test/helpers/fuzz-run.js';

const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '2' },
    scale: { type: 'string', default: 'large' },
  },
});
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ATTACHE_SHARED ?? path.resolve(repo, '..', 'shared');
const sources = [
  ...ownSources(repo),
  ...['corpus/seeds', 'corpus/dev', 'bench/article-extraction/html'].flatMap((d) => readSources(path.join(shared, d))),
];
const count = Number(values.inputs);
console.log(`fuzz: ${count} inputs from ${sources.length} sources, seed ${values.seed}, ${values.jobs} threads, ${values.scale} shapes`);
const t0 = performance.now();
let shownCrashes = 0;
const report = await fuzzRun(fuzzInputs(sources, count, Number(values.seed), values.scale === 'small' ? SMALL : LARGE), {
  jobs: Number(values.jobs),
  chunk: 500,
  onChunk: (r) => {
    // a crash is shown as soon as its chunk ends, so a long run that is stopped still tells which input
    for (const c of r.crashes.slice(shownCrashes)) process.stderr.write(`  crash ${c.name}: ${c.reason}\n`);
    shownCrashes = r.crashes.length;
    process.stderr.write(`  ${r.tried}/${count}: crashes ${r.crashes.length}, runs ended ${r.runsEnded.length}, slowest ${r.slowest ? r.slowest.ms.toFixed(0) : '-'} ms\n`);
  },
});
const s = report.slowest;
console.log(`inputs tried ${report.tried} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
console.log(`outcomes: ${Object.entries(report.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`crashes ${report.crashes.length}`);
for (const c of report.crashes.slice(0, 20)) console.log(`  ${c.name}: ${c.reason}`);
console.log(`runs ended ${report.runsEnded.length}`);
for (const r of report.runsEnded.slice(0, 5)) console.log(`  ${r.inputs}: ${r.reason}`);
console.log(`budget spent (stored without the layers it did not reach) ${report.budgetSpent}`);
console.log(`over 2 s (or 2 s per MB) ${report.overTime.length}`);
for (const o of report.overTime.slice(0, 20)) console.log(`  ${o.name}: ${o.ms.toFixed(0)} ms, ${(o.bytes / 1024).toFixed(0)} KB`);
console.log(`slowest document ${s ? `${s.ms.toFixed(0)} ms, ${(s.bytes / 1024).toFixed(0)} KB: ${s.name}` : '-'}`);
