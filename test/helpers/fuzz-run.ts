// Runs fuzzed inputs through the real ingest (read, decode, clean, annotate, store, link) and counts
// what a user would mind: inputs that crashed a stage, runs that ended early, the slowest document.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { processDocument } from '../../src/ingest/process.js';
import { readDocuments } from '../../src/ingest/read.js';
import { ingestFiles, type IngestResult } from '../../src/ingest/run.js';
import { openStore } from '../../src/store/db.js';
import { goldenDocs } from '../golden/docs.js';
import type { FuzzInput, FuzzSource } from './fuzz.js';

export interface FuzzReport {
  tried: number;
  /** Inputs on which one of our stages failed with an internal error (or a worker died). */
  crashes: { name: string; reason: string }[];
  /** Runs (of `chunk` inputs each) that threw, or left an input without a single result line. */
  runsEnded: { inputs: string; reason: string }[];
  slowest: { name: string; ms: number; bytes: number } | null;
  /**
   * Documents over 2 s, or over 2 s per MB when larger than a MB: timed again alone on this thread
   * (CPU time), once it is warm, and kept only if still over (a worker's first document also loads the model
   * and lexicons, and a busy machine slows any one).
   */
  overTime: { name: string; ms: number; bytes: number }[];
  /** How each input ended, by status (a file of records counts each record). */
  outcomes: Record<string, number>;
  /** Documents whose cleaning or annotation ran past its time budget (stored without what it did not reach). */
  budgetSpent: number;
}

/** Reasons that are ours, not the input's. */
const OURS = /internal error|could not be processed|could not be stored|worker/;

export async function fuzzRun(inputs: Iterable<FuzzInput>, opts: { jobs: number; chunk: number; onChunk?(r: FuzzReport): void }): Promise<FuzzReport> {
  const report: FuzzReport = { tried: 0, crashes: [], runsEnded: [], slowest: null, overTime: [], outcomes: {}, budgetSpent: 0 };
  let batch: FuzzInput[] = [];
  const allowed = (bytes: number) => Math.max(2000, (2000 * bytes) / (1024 * 1024));
  /** Milliseconds each input took to clean and annotate (its slowest record, for a file of them). */
  const times = new Map<FuzzInput, number>();
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
      // (one line per document: the stage that ran out; the layers not run after it say "not run")
      if ((r.status === 'failed' || r.status === 'warning') && /ran past its time budget/.test(r.reason)) report.budgetSpent++;
      const ms = 'ms' in r ? r.ms : undefined;
      if (ms === undefined) return;
      if (input) times.set(input, Math.max(times.get(input) ?? 0, ms));
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
  for (const [x, ms] of times) {
    if (ms > allowed(x.bytes.length)) times.set(x, timeAlone(x));
    const t = times.get(x)!;
    if (t > allowed(x.bytes.length)) report.overTime.push({ name: x.name, ms: t, bytes: x.bytes.length });
    if (!report.slowest || t > report.slowest.ms) report.slowest = { name: x.name, ms: t, bytes: x.bytes.length };
  }
  return report;
}

/**
 * CPU milliseconds to clean and annotate the documents of one input on this thread (no worker runs
 * then, so the process's CPU time is this work's; waiting for a core on a busy machine is not counted).
 */
function timeAlone(x: FuzzInput): number {
  const read = readDocuments({ source: x.file, sourceName: x.file, bytes: x.bytes }, { maxBytes: 64 * 1024 * 1024, hints: {}, stdin: () => Buffer.alloc(0) });
  const t0 = process.cpuUsage();
  for (const raw of read.docs) processDocument(raw, { entities: true, events: true, quotes: true });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** Our own texts and pages: the bundled example corpus and the golden test corpus. */
export function ownSources(repo: string): FuzzSource[] {
  return [
    ...readSources(path.join(repo, 'example', 'corpus')),
    ...goldenDocs().map((d) => ({ name: d.name, text: fs.readFileSync(d.source, 'utf8') })),
  ];
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
