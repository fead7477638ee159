// Runs fuzzed inputs through the real ingest (read, decode, clean, annotate, store, link) and counts
// what a user would mind: inputs that crashed a stage, runs that ended early, the slowest document.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingestFiles, type IngestResult } from '../../src/ingest/run.js';
import { openStore } from '../../src/store/db.js';
import type { FuzzInput, FuzzSource } from './fuzz.js';

export interface FuzzReport {
  tried: number;
  /** Inputs on which one of our stages failed with an internal error (or a worker died). */
  crashes: { name: string; reason: string }[];
  /** Runs (of `chunk` inputs each) that threw, or left an input without a single result line. */
  runsEnded: { inputs: string; reason: string }[];
  slowest: { name: string; ms: number; bytes: number } | null;
  /** Documents over 2 s, or over 2 s per MB when larger than a MB. */
  overTime: { name: string; ms: number; bytes: number }[];
  /** How each input ended, by status (a file of records counts each record). */
  outcomes: Record<string, number>;
}

/** Reasons that are ours, not the input's. */
const OURS = /internal error|could not be processed|could not be stored|worker/;

export async function fuzzRun(inputs: Iterable<FuzzInput>, opts: { jobs: number; chunk: number; onChunk?(r: FuzzReport): void }): Promise<FuzzReport> {
  const report: FuzzReport = { tried: 0, crashes: [], runsEnded: [], slowest: null, overTime: [], outcomes: {} };
  let batch: FuzzInput[] = [];
  const runBatch = async () => {
    const byFile = new Map(batch.map((x) => [x.file, x]));
    const seen = new Set<string>();
    const store = openStore(':memory:');
    const onResult = (r: IngestResult) => {
      const file = [...byFile.keys()].find((f) => r.source === f || r.source.startsWith(`${f}#`) || r.source.startsWith(`${f} (`));
      const input = file ? byFile.get(file)! : null;
      if (file) seen.add(file);
      report.outcomes[r.status] = (report.outcomes[r.status] ?? 0) + 1;
      const name = input?.name ?? r.source;
      if ((r.status === 'failed' || r.status === 'warning') && OURS.test(r.reason)) report.crashes.push({ name, reason: r.reason });
      const ms = 'ms' in r ? r.ms : undefined;
      if (ms === undefined) return;
      const bytes = input?.bytes.length ?? 0;
      if (!report.slowest || ms > report.slowest.ms) report.slowest = { name, ms, bytes };
      if (ms > Math.max(2000, (2000 * bytes) / (1024 * 1024))) report.overTime.push({ name, ms, bytes });
    };
    try {
      await ingestFiles(store, batch.map((x) => ({ source: x.file, sourceName: x.file, bytes: x.bytes })), { jobs: opts.jobs, onResult, maxBytes: 64 * 1024 * 1024 });
      const missing = batch.filter((x) => !seen.has(x.file));
      // (a file of records whose every record names its own url reports under those: not missing)
      if (missing.length > 0 && missing.some((x) => !/^\s*[[{]/.test(x.bytes.subarray(0, 64).toString('latin1'))))
        report.runsEnded.push({ inputs: `${batch[0].name} …`, reason: `${missing.length} inputs got no result line (${missing[0].name})` });
    } catch (err) {
      report.runsEnded.push({ inputs: `${batch[0].name} …`, reason: (err as Error).stack ?? String(err) });
    } finally {
      store.close();
    }
    report.tried += batch.length;
    opts.onChunk?.(report);
    batch = [];
  };
  for (const x of inputs) {
    batch.push(x);
    if (batch.length >= opts.chunk) await runBatch();
  }
  if (batch.length) await runBatch();
  return report;
}

/** Our own texts and pages: the bundled example corpus and the golden test corpus. */
export function ownSources(repo: string): FuzzSource[] {
  return [path.join(repo, 'example', 'corpus'), path.join(repo, 'test', 'golden', 'corpus')].flatMap((dir) => readSources(dir));
}

/** Every text and page in a folder (gzip-compressed ones decompressed), as sources to mutate. */
export function readSources(dir: string): FuzzSource[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .filter((f) => /\.(txt|md|html?)(\.gz)?$/.test(f))
    .map((f) => {
      const bytes = fs.readFileSync(path.join(dir, f));
      return { name: f.replace(/\.gz$/, ''), text: (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}
