// Ingest benchmark: generates a varied corpus (default 20,000 documents) in a temporary folder, then
// ingests it into a fresh store once per mode (no annotation, entities, entities+events, all layers), each in
// its own process, and prints documents/s, MB/s and peak memory. It compiles the project first and
// measures the compiled code, as `attache ingest` runs it.
//   npm run bench [-- --docs 20000 --jobs 2 --keep]
// Each worker warms up once (the JIT, the wink model, the lexicons): its first 200 documents cost
// about 3x what it settles at after ~1,000 (4.3 then 2.1, 1.8, 1.6 ... 1.4 CPU-s/MB, one thread,
// 2026-12), some 2-3 CPU-s per worker in all. With --docs 4000 that is ~0.4 of the workers' CPU-s
// per MB: compare runs of the same size, and read the steady cost from 20,000 documents or from
// `npm run bench:process` (which leaves out its --warm documents).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '20000' },
    jobs: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const here = path.dirname(fileURLToPath(import.meta.url));
// measure the code as shipped: compile src/ to dist/ first (ingest-run.ts imports from dist/)
execFileSync(process.execPath, [path.join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(here, '..', 'tsconfig.build.json')], { stdio: 'inherit' });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-bench-'));
const corpus = path.join(work, 'corpus');

let t0 = Date.now();
const stats = generateCorpus({ dir: corpus, docs: Number(values.docs) });
console.log(
  `corpus: ${stats.documents} documents in ${stats.files} files, ${(stats.bytes / (1 << 20)).toFixed(1)} MB of text (generated in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${corpus})`,
);
console.log(
  `machine: ${os.cpus().length} cores, node ${process.version}, jobs ${values.jobs ?? 'default (one per core)'}, ` +
    `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes share the cores: compare CPU time too)`,
);

const LABELS: Record<string, string> = {
  'no-annotate': 'ingest --no-annotate          ',
  entities: 'ingest, entities layer        ',
  'entities+events': 'ingest, entities+events layers',
  annotate: 'ingest, all annotation layers ',
};
const modes = values.only ? [values.only] : Object.keys(LABELS);
for (const mode of modes) {
  t0 = Date.now();
  const args = ['--import', 'tsx', path.join(here, 'ingest-run.ts'), corpus, path.join(work, `${mode}.db`), mode];
  if (values.jobs) args.push(values.jobs);
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26, env: { ...process.env, ATTACHE_STAGE_TIMES: '1' } });
  const r = JSON.parse(out.trim().split('\n').pop()!);
  const label = LABELS[mode] ?? mode;
  console.log(
    `${label}: ${r.read} docs (${r.stored} stored, ${r.duplicates} near/exact duplicates, ${r.already} already stored, ${r.failed} failed), ` +
      `${r.inputMB.toFixed(1)} MB in ${r.seconds.toFixed(1)} s: ${r.docsPerSecond.toFixed(0)} docs/s, ${r.mbPerSecond.toFixed(2)} MB/s, ` +
      `CPU ${r.cpuSeconds.toFixed(1)} s (${r.mbPerCpuSecond.toFixed(2)} MB per CPU-second; ${r.cpuSecondsPerMB.toFixed(2)} CPU-s per MB` +
      (r.storeCpuSecondsPerMB === null ? '' : `, store thread ${r.storeCpuSecondsPerMB.toFixed(2)}, workers and the rest ${(r.cpuSecondsPerMB - r.storeCpuSecondsPerMB).toFixed(2)}`) +
      `), peak RSS ${r.peakRssMB} MB (high-water at 25/50/75/100% of inputs: ${r.rssByQuarterMB.join('/')} MB), store ${r.storeMB.toFixed(0)} MB`,
  );
  if (r.storeCpuSecondsPerMB !== null) console.log(stageShares(r.stageMs, r.inputMB, r.cpuSecondsPerMB, r.storeCpuSecondsPerMB));
}

/**
 * Each stage's share of the CPU, as CPU-s per MB: stages on the store thread (storing and each link
 * step) from their own times there (that thread is not niced: its wall time is CPU time), the rest of
 * the store thread's CPU as "store thread, other" (reading inputs, receiving results); the worker
 * stages share the workers' CPU in proportion to their times (workers are niced, so their wall time
 * also counts waits for a core, evenly over their stages).
 */
function stageShares(ms: Record<string, number>, inputMB: number, total: number, store: number): string {
  const onStore = (s: string) => s.startsWith('link ') || s === 'store document' || s === 'store commit';
  const storeStages = Object.entries(ms).filter(([s]) => onStore(s));
  const workerStages = Object.entries(ms).filter(([s]) => !onStore(s));
  const perMB = (ms: number) => ms / 1000 / inputMB;
  const storeTimed = storeStages.reduce((n, [, v]) => n + v, 0);
  const workerTimed = workerStages.reduce((n, [, v]) => n + v, 0);
  // (should another process take the store thread's core for a while, its times exceed its CPU: scaled down to it)
  const storeScale = storeTimed > 0 ? Math.min(1, store / perMB(storeTimed)) : 0;
  const rows: [string, number][] = [
    ...workerStages.map(([s, v]): [string, number] => [`worker: ${s}`, workerTimed ? ((total - store) * v) / workerTimed : 0]),
    ...storeStages.map(([s, v]): [string, number] => [`store thread: ${s}`, perMB(v) * storeScale]),
  ];
  const storeOther = store - rows.filter(([s]) => s.startsWith('store thread')).reduce((n, [, v]) => n + v, 0);
  rows.push(['store thread: other (read inputs, receive results)', Math.max(0, storeOther)]);
  rows.sort((a, b) => b[1] - a[1]);
  return rows.map(([s, v]) => `    ${s.padEnd(52)} ${v.toFixed(3)} CPU-s/MB  ${((100 * v) / total).toFixed(1).padStart(5)}%`).join('\n');
}
if (values.keep) console.log(`kept ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
