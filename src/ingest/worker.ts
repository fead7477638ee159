// A worker thread running the pure per-document stage for the pool (pool.ts).
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { AnnotateOptions } from '../annotate/index.js';
import type { RawDocument } from '../types.js';
import { STAGE_TIMES_ON, takeStageTimes } from '../stage-times.js';
import { processDocument } from './process.js';

export interface Task {
  id: number;
  raw: RawDocument;
  layers: AnnotateOptions | null;
}

// The store thread is the one serial stage: when it has work it should not wait for a core behind
// the workers, which only fill a window ahead of it. On Linux a thread's nice value is its own.
try {
  os.setPriority(Number(process.env.ATTACHE_WORKER_NICE ?? 10));
} catch {
  // not permitted here: run at the same priority
}

parentPort!.on('message', (task: Task) => {
  // the pool's watchdog times each document from here, not from when it was queued
  parentPort!.postMessage({ started: task.id });
  try {
    const p = processDocument(task.raw, task.layers);
    // The caller still holds the original: do not copy it back. Linking does not read the sentences
    // (the stored JSON has them): do not copy them either.
    p.doc.original = '';
    if (p.ann) p.ann.sentences = [];
    // The offset maps (8 bytes per character of main text) serve quote linking and the claims the
    // conflicts check reads with events: without those layers they stay here. Otherwise hand their
    // memory over instead of copying it.
    if (!task.layers?.quotes && !task.layers?.events) p.doc.main = { ...p.doc.main, starts: new Int32Array(0), ends: new Int32Array(0) };
    const transfer = [p.doc.main.starts.buffer as ArrayBuffer, p.doc.main.ends.buffer as ArrayBuffer];
    if (p.shingles) transfer.push(p.shingles.buffer as ArrayBuffer);
    parentPort!.postMessage({ id: task.id, ok: true, processed: p, times: STAGE_TIMES_ON ? takeStageTimes() : undefined }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id: task.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
