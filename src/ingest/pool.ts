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
  worker: Worker;
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

  constructor(size: number) {
    this.respawns = size * 4;
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): Worker {
    const w = startWorker();
    w.on('message', (m: { id: number; ok: boolean; processed?: Processed; message?: string; times?: Record<string, number> }) => {
      if (m.times) addStageTimes(m.times);
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.load.set(w, (this.load.get(w) ?? 1) - 1);
      if (m.ok) {
        m.processed!.doc.original = p.raw.original;
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

  private replace(w: Worker, err: Error): void {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    this.load.delete(w);
    for (const [id, p] of this.pending) if (p.worker === w) (this.pending.delete(id), p.reject(err));
    void w.terminate();
    if (this.respawns-- > 0) this.spawn();
    else for (const [id, p] of this.pending) (this.pending.delete(id), p.reject(err));
  }

  run(raw: RawDocument, layers: AnnotateOptions | null): Promise<Processed> {
    if (!this.workers.length) return Promise.reject(new Error('no worker threads left'));
    let worker = this.workers[0];
    for (const w of this.workers) if ((this.load.get(w) ?? 0) < (this.load.get(worker) ?? 0)) worker = w;
    const id = this.next++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise<Processed>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, raw, worker });
      worker.postMessage({ id, raw, layers } satisfies Task);
    });
  }

  async close(): Promise<void> {
    const ws = this.workers.splice(0);
    await Promise.all(ws.map((w) => w.terminate()));
  }
}
