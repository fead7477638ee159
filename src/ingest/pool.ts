// Worker threads for the pure clean + annotate stage. Results come back as promises the ingest
// loop awaits in input order, so ids and duplicate decisions do not depend on thread timing.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnnotateOptions } from '../annotate/index.js';
import { addStageTimes } from '../stage-times.js';
import type { RawDocument } from '../types.js';
import type { Processed } from './process.js';
import type { Task } from './worker.js';

interface Pending {
  resolve(p: Processed): void;
  reject(e: Error): void;
  raw: RawDocument;
  layers: AnnotateOptions | null;
  worker: Worker;
  /** Set on the second try, without annotation, after the watchdog stopped the first. */
  stoppedAfterMs?: number;
}

/**
 * How long a worker may spend on one document before the watchdog stops it (wall clock). The time
 * budget inside the stages ends a slow layer long before this; the watchdog is for what does not
 * return at all (a stage that never asks the budget).
 */
export function watchdogMs(chars: number): number {
  const env = Number(process.env.ATTACHE_WATCHDOG_MS);
  const floor = Number.isFinite(env) && env > 0 ? env : 60_000;
  return floor + (floor / 2) * (chars / 1e6);
}

export interface PoolOptions {
  /** The watchdog's limit for one document of this many characters (ms, wall clock). */
  limitMs?: (chars: number) => number;
  /** A document is tried again without annotation, with this many times the time. */
  retryFactor?: number;
  /** How often the watchdog looks (ms). */
  checkEveryMs?: number;
}

/**
 * A worker running worker.js beside this module; from source (tests, benches under tsx) there is
 * only worker.ts, and Node 20 does not pass tsx's loader hooks on to workers, so register them first.
 */
function startWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (fs.existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL('./worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`, { eval: true });
}

export class ProcessPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  /** Replacements left: a worker that cannot even start must not be respawned forever. */
  private respawns: number;
  /** The document each worker is on, and since when. */
  private readonly busy = new Map<Worker, { id: number; since: number }>();
  private readonly watchdog: NodeJS.Timeout;

  private readonly limitMs: (chars: number) => number;
  private readonly retryFactor: number;

  constructor(size: number, options: PoolOptions = {}) {
    this.limitMs = options.limitMs ?? watchdogMs;
    this.retryFactor = options.retryFactor ?? 10;
    this.respawns = size * 4;
    for (let i = 0; i < size; i++) this.spawn();
    this.watchdog = setInterval(() => this.checkStalls(), options.checkEveryMs ?? 1000);
    this.watchdog.unref();
  }

  private spawn(): Worker {
    const w = startWorker();
    w.on('message', (m: { id: number; ok: boolean; started?: number; processed?: Processed; message?: string; times?: Record<string, number> }) => {
      if (m.started !== undefined) {
        this.busy.set(w, { id: m.started, since: performance.now() });
        return;
      }
      this.busy.delete(w);
      if (m.times) addStageTimes(m.times);
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.load.set(w, (this.load.get(w) ?? 1) - 1);
      if (m.ok) {
        m.processed!.doc.original = p.raw.original;
        if (p.stoppedAfterMs !== undefined)
          m.processed!.failed.push({ stage: 'annotate', message: `stopped by the watchdog after ${(p.stoppedAfterMs / 1000).toFixed(0)} s: stored with its main text only` });
        p.resolve(m.processed!);
      } else p.reject(new Error(m.message));
    });
    // A worker that dies fails only the documents it held; a fresh one takes its place.
    w.on('error', (err) => this.replace(w, err));
    w.on('exit', (code) => {
      if (this.workers.includes(w)) this.replace(w, new Error(`worker stopped (exit code ${code})`));
    });
    this.workers.push(w);
    this.load.set(w, 0);
    return w;
  }

  /**
   * A worker past its limit on one document is stopped: that document is tried again without
   * annotation (or fails, if that was the second try), and the others it held go to other workers.
   */
  private checkStalls(): void {
    const now = performance.now();
    for (const [w, { id, since }] of this.busy) {
      const p = this.pending.get(id);
      if (!p) continue;
      const limit = this.limitMs(p.raw.original.length) * (p.stoppedAfterMs === undefined ? 1 : this.retryFactor);
      if (now - since <= limit) continue;
      const held = [...this.pending].filter(([, q]) => q.worker === w);
      for (const [qid] of held) this.pending.delete(qid);
      this.busy.delete(w);
      this.replace(w, new Error('worker stopped'));
      for (const [qid, q] of held) {
        if (qid !== id) this.dispatch(q);
        else if (q.stoppedAfterMs === undefined) this.dispatch({ ...q, layers: null, stoppedAfterMs: now - since });
        else q.reject(new Error(`cleaning ran past ${(limit / 1000).toFixed(0)} s; the worker was stopped`));
      }
    }
  }

  private replace(w: Worker, err: Error): void {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    this.load.delete(w);
    this.busy.delete(w);
    for (const [id, p] of this.pending) if (p.worker === w) (this.pending.delete(id), p.reject(err));
    void w.terminate();
    if (this.respawns-- > 0) this.spawn();
    else for (const [id, p] of this.pending) (this.pending.delete(id), p.reject(err));
  }

  run(raw: RawDocument, layers: AnnotateOptions | null): Promise<Processed> {
    return new Promise<Processed>((resolve, reject) => this.dispatch({ resolve, reject, raw, layers, worker: this.workers[0] }));
  }

  /** To the least loaded worker. */
  private dispatch(task: Pending): void {
    if (!this.workers.length) return task.reject(new Error('no worker threads left'));
    let worker = this.workers[0];
    for (const w of this.workers) if ((this.load.get(w) ?? 0) < (this.load.get(worker) ?? 0)) worker = w;
    const id = this.next++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    this.pending.set(id, { ...task, worker });
    worker.postMessage({ id, raw: task.raw, layers: task.layers } satisfies Task);
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    const ws = this.workers.splice(0);
    await Promise.all(ws.map((w) => w.terminate()));
  }
}
