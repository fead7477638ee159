// The ingest job: inputs → documents in the store, each committed with its links, failures reported
// one line each while the run goes on.
import fs from 'node:fs';
import os from 'node:os';
import type { AnnotateOptions } from '../annotate/index.js';
import { NO_MAIN_TEXT } from '../clean/index.js';
import { linkDocument } from '../link/index.js';
import { beginQuoteBatch, finishQuoteBatch } from '../link/quotes.js';
import { transaction, type Store } from '../store/connection.js';
import { timed } from '../stage-times.js';
import { hasDocument, insertDocument, isDocumentConflict } from '../store/documents.js';
import type { DocumentHints, RawDocument } from '../types.js';
import { ProcessPool } from './pool.js';
import { processDocument, type Processed } from './process.js';
import { readDocuments, type ReadFailure } from './read.js';
import { countInputs, expandInputs, type Expanded, type InputFile } from './sources.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestOptions {
  maxBytes?: number;
  encoding?: string;
  hints?: DocumentHints;
  /** Annotation layers to run; null stores documents only. */
  layers?: AnnotateOptions | null;
  /** Documents per store transaction (a crash loses at most the open one; nothing stored is touched). */
  batchSize?: number;
  /** Threads for the pure clean + annotate stage; 1 runs it on the main thread. Default: one per core. */
  jobs?: number;
  stdin?: () => Buffer;
  onStart?(totalInputs: number): void;
  onInput?(done: number, source: string): void;
  onResult?(r: IngestResult): void;
}

export type IngestResult =
  | { status: 'stored'; source: string; id: string; duplicateOf: string | null; title: string | null; bytes: number; ms?: number }
  | { status: 'already'; source: string; id: string; bytes: number }
  // (`ms`: how long cleaning and annotating took, when the document got that far)
  | { status: 'failed'; source: string; reason: string; ms?: number }
  | { status: 'warning'; source: string; reason: string }
  // an entry of a folder that is not an input (hidden, a sidecar, a store, a link already followed)
  | { status: 'skipped'; source: string; reason: string };

export interface IngestSummary {
  /** Inputs and records attempted: stored + already + failed. */
  read: number;
  stored: number;
  already: number;
  failed: number;
  duplicates: number;
  /** Documents stored without some of what they should have (a stage failed on them: see the warnings). */
  incomplete: number;
  failures: ReadFailure[];
  /** Folder entries left out, by reason (not counted in `read`). */
  skipped: Record<string, number>;
}

export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestInputs(store, expandInputs(paths), () => countInputs(paths), options);
}

/** Ingests inputs already named: files, or uploads carrying their bytes (the web app's). */
export async function ingestFiles(store: Store, files: InputFile[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestInputs(store, files.map((file) => ({ file })), () => files.length, options);
}

async function ingestInputs(store: Store, inputs: Iterable<Expanded>, count: () => number, options: IngestOptions): Promise<IngestSummary> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const layers = options.layers === undefined ? { entities: true, events: true, quotes: true } : options.layers;
  // (a commit rewrites every index page its documents touched: 1,000 per commit write a third less than 500)
  const batchSize = options.batchSize ?? 1000;
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const summary: IngestSummary = { read: 0, stored: 0, already: 0, failed: 0, duplicates: 0, incomplete: 0, failures: [], skipped: {} };
  const report = (r: IngestResult) => {
    if (r.status === 'failed') {
      summary.failed++;
      summary.failures.push({ source: r.source, reason: r.reason });
    }
    options.onResult?.(r);
  };

  // Every input that could not even be read counts as read (and failed): read = stored + already + failed.
  const unreadable = (f: ReadFailure) => (summary.read++, report({ status: 'failed', ...f }));
  if (options.onStart) options.onStart(count());

  let stdinCache: Buffer | null = null;
  const stdin = options.stdin ?? (() => (stdinCache ??= fs.readFileSync(0)));
  const pool = jobs > 1 ? new ProcessPool(jobs) : null;
  // Documents being processed, in input order; a bounded window so memory does not grow with the corpus.
  // (a result is a value, a failure included: a promise rejected while it waits its turn would be an
  // unhandled rejection, and that ends the process)
  const window: { raw: RawDocument; result: Promise<Processed | Error> }[] = [];
  // While the main thread commits a batch, the workers go on with the documents already handed to
  // them: with a window of a batch and more, no thread waits for another. Bytes bound it too.
  const maxWindow = pool ? batchSize + jobs * 16 : 8;
  const maxWindowBytes = 64 * 1024 * 1024;
  let windowBytes = 0;
  let pending: Processed[] = [];
  /** Hashes read in this run and not yet committed (committed ones the store answers for). */
  const uncommitted = new Set<string>();
  /** Inputs with the same bytes as one still in flight: their outcome is its outcome, told once it is known. */
  const twins = new Map<string, RawDocument[]>();
  const settleTwins = (hash: string, outcome: { id: string } | { reason: string }) => {
    for (const t of twins.get(hash) ?? []) {
      if ('id' in outcome) {
        summary.already++;
        report({ status: 'already', source: t.source, id: outcome.id, bytes: t.byteLength });
      } else report({ status: 'failed', source: t.source, reason: outcome.reason });
    }
    twins.delete(hash);
  };

  const storeRaw = (p: Processed): IngestResult => {
    timed('store document', () => insertDocument(store, p.doc, p.textHash, p.ann, p.annJson));
    const dup = linkDocument(store, p.doc, p.textHash, p.ann, { fp: p.fp, shingles: p.shingles, layers: layers ?? undefined });
    return { status: 'stored', source: p.doc.source, id: p.doc.id, duplicateOf: dup.duplicateOf, title: p.doc.title, bytes: Buffer.byteLength(p.doc.original), ms: p.ms };
  };
  // A batch is one transaction. If any document in it fails, the whole batch rolls back and is
  // stored again with each document in its own savepoint, so one bad document takes nothing else
  // with it; savepoints cost, so only that slow path pays for them. (A transaction function keeps
  // its statements once made: make each once.)
  const storeBatchFast = transaction(store, (batch: Processed[]): IngestResult[] => {
    beginQuoteBatch(store);
    const results = batch.map(storeRaw);
    timed('link quotes', () => finishQuoteBatch(store));
    return results;
  });
  const storeOne = transaction(store, storeRaw);
  const storeBatchSafe = transaction(store, (batch: Processed[]): IngestResult[] => {
    beginQuoteBatch(store);
    const results = batch.map((p): IngestResult => {
      try {
        return storeOne(p);
      } catch (err) {
        // another process ingesting the same files committed this one first: it is stored
        const other = isDocumentConflict(err) ? hasDocument(store, p.doc.hash) : null;
        if (other) return { status: 'already', source: p.doc.source, id: other, bytes: Buffer.byteLength(p.doc.original) };
        return { status: 'failed', source: p.doc.source, reason: `could not be stored: ${(err as Error).message}` };
      }
    });
    timed('link quotes', () => finishQuoteBatch(store));
    return results;
  });
  const storeBatch = (batch: Processed[]): IngestResult[] => {
    try {
      return storeBatchFast(batch);
    } catch {
      return storeBatchSafe(batch);
    }
  };

  const flush = () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    // (self time: the commit itself, the documents' own writes and links are timed inside)
    const results = timed('store commit', () => storeBatch(batch));
    // Reported only once committed: a "stored" line is a promise that the document is in the store.
    for (const p of batch) uncommitted.delete(p.doc.hash);
    results.forEach((r, i) => {
      if (r.status === 'stored') {
        summary.stored++;
        if (r.duplicateOf) summary.duplicates++;
      } else if (r.status === 'already') summary.already++;
      report(r);
      if (r.status === 'stored' || r.status === 'already') settleTwins(batch[i].doc.hash, { id: r.id });
      else if (r.status === 'failed') settleTwins(batch[i].doc.hash, { reason: r.reason });
    });
  };

  const settleOldest = async () => {
    const head = window.shift()!;
    windowBytes -= head.raw.byteLength;
    const p = await head.result;
    if (p instanceof Error) {
      uncommitted.delete(head.raw.hash);
      const reason = `could not be processed: ${p.message}`;
      report({ status: 'failed', source: head.raw.source, reason });
      settleTwins(head.raw.hash, { reason });
    } else if (!p.doc.main.text.trim()) {
      // Nothing to read, search or annotate: refused rather than stored empty, with the true reason.
      uncommitted.delete(head.raw.hash);
      const ours = p.failed[0];
      const reason = ours ? `could not extract the main text (${ours.stage}: ${ours.message})` : `${NO_MAIN_TEXT} (not an article, or cut off before its text?)`;
      report({ status: 'failed', source: head.raw.source, reason, ms: p.ms });
      settleTwins(head.raw.hash, { reason });
    } else {
      for (const w of p.doc.warnings) report({ status: 'warning', source: head.raw.source, reason: w.message });
      // (stored with what the other stages gave; the exit code says something is missing)
      for (const f of p.failed) report({ status: 'warning', source: head.raw.source, reason: `${f.stage} failed, stored without it: ${f.message}` });
      if (p.failed.length) summary.incomplete++;
      pending.push(p);
    }
    if (pending.length >= batchSize) {
      flush();
      // Let signals (Ctrl-C) in between transactions, also when everything runs on this thread.
      await new Promise((r) => setImmediate(r));
    }
  };

  try {
    let done = 0;
    for (const x of inputs) {
      if ('error' in x) {
        unreadable(x.error);
        continue;
      }
      if ('skipped' in x) {
        summary.skipped[x.skipped.reason] = (summary.skipped[x.skipped.reason] ?? 0) + 1;
        report({ status: 'skipped', ...x.skipped });
        continue;
      }
      const file = x.file;
      const outcome = readDocuments(file, { maxBytes, encoding: options.encoding, hints: options.hints ?? {}, stdin });
      for (const f of outcome.failures) unreadable(f);
      for (const w of outcome.warnings) report({ status: 'warning', ...w });
      for (const raw of outcome.docs) {
        summary.read++;
        const existing = hasDocument(store, raw.hash);
        if (existing) {
          summary.already++;
          report({ status: 'already', source: raw.source, id: existing, bytes: raw.byteLength });
          continue;
        }
        if (uncommitted.has(raw.hash)) {
          // its twin may yet fail: say what became of it once that is known
          twins.set(raw.hash, [...(twins.get(raw.hash) ?? []), raw]);
          continue;
        }
        uncommitted.add(raw.hash);
        const result = (pool ? pool.run(raw, layers) : new Promise<Processed>((resolve) => resolve(processDocument(raw, layers)))).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
        window.push({ raw, result });
        windowBytes += raw.byteLength;
        while (window.length >= maxWindow || (window.length > 1 && windowBytes > maxWindowBytes)) await settleOldest();
      }
      options.onInput?.(++done, file.source);
    }
    while (window.length) await settleOldest();
    flush();
  } finally {
    await pool?.close();
  }
  return summary;
}

/** One thread per core: the pure stage scales with cores while the main thread stores in order. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
