// One measured ingest of a folder into a fresh store (run in its own process by ingest-bench.ts, so
// its peak memory is its own): prints one JSON line of figures.
import fs from 'node:fs';
import type { AnnotateOptions } from '../src/annotate/index.js';
import type * as Run from '../src/ingest/run.js';
import type * as Db from '../src/store/db.js';
import type * as StageTimes from '../src/stage-times.js';

// The compiled code users run (ingest-bench.ts builds it first): its workers start as plain Node
// threads, while from source each worker would first compile the project through tsx.
const from = process.env.ATTACHE_BENCH_SOURCE ? '../src' : '../dist';
const { ingestPaths } = (await import(`${from}/ingest/run.js`)) as typeof Run;
const { openStore } = (await import(`${from}/store/db.js`)) as typeof Db;
const { takeStageTimes } = (await import(`${from}/stage-times.js`)) as typeof StageTimes;

const [dir, db, mode, jobsArg] = process.argv.slice(2);
/** Each mode switches on the layers a stage of the project added: entities, then events, then quotes. */
const LAYERS: Record<string, AnnotateOptions | null> = {
  'no-annotate': null,
  entities: { entities: true, events: false, quotes: false },
  'entities+events': { entities: true, events: true, quotes: false },
  annotate: { entities: true, events: true, quotes: true },
};
if (!dir || !db || !mode) {
  console.error('usage: ingest-run.ts DIR DB no-annotate|entities|entities+events|annotate [JOBS]');
  process.exit(2);
}
for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
const store = openStore(db);
const mb = (n: number) => n / (1 << 20);
/** RSS high-water marks at each quarter of the inputs: flat figures mean memory does not grow with the corpus. */
const quarters: number[] = [];
let total = 0;
let bytes = 0;
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
const summary = await ingestPaths(store, [dir], {
  layers: LAYERS[mode] ?? null,
  jobs: jobsArg ? Number(jobsArg) : undefined,
  onStart(n) {
    total = n;
  },
  onInput(done) {
    if (quarters.length < 4 && done >= ((quarters.length + 1) * total) / 4) quarters.push(Math.round(process.resourceUsage().maxRSS / 1024));
  },
  onResult(r) {
    if (r.status === 'stored' || r.status === 'already') bytes += r.bytes ?? 0;
  },
});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
// CPU time of every thread of this process (main and workers): what the work costs, whatever else the machine runs.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const storeCpuSeconds = threadCpuSeconds();
store.close();
const dbSize = fs.statSync(db).size + (fs.existsSync(`${db}-wal`) ? fs.statSync(`${db}-wal`).size : 0);
console.log(
  JSON.stringify({
    seconds,
    read: summary.read,
    stored: summary.stored,
    duplicates: summary.duplicates,
    already: summary.already,
    failed: summary.failed,
    inputMB: mb(bytes),
    docsPerSecond: summary.read / seconds,
    mbPerSecond: mb(bytes) / seconds,
    cpuSeconds,
    mbPerCpuSecond: mb(bytes) / cpuSeconds,
    cpuSecondsPerMB: cpuSeconds / mb(bytes),
    storeCpuSecondsPerMB: storeCpuSeconds === null ? null : storeCpuSeconds / mb(bytes),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssByQuarterMB: quarters,
    storeMB: mb(dbSize),
    // milliseconds per stage (with ATTACHE_STAGE_TIMES set), store-thread stages and worker stages alike
    stageMs: takeStageTimes(),
  }),
);

/**
 * CPU time of this (the store) thread alone, from /proc (Linux; null elsewhere): user + system
 * clock ticks of the task whose id is the process id. The rest of the process's CPU is the workers'.
 */
function threadCpuSeconds(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime and stime are fields 14 and 15
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
