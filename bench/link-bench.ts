// Store-and-link benchmark: the part of ingest that runs on the main thread, one document after
// another (insert, duplicates, entities, events, quotes and text reuse), measured apart from the
// worker threads. Generates a corpus, cleans and annotates it first (not timed), then stores it in
// transactions of 1,000 as ingest does, and prints MB of input per CPU-second of the main thread.
//   npm run bench:link [-- --docs 4000 --only entities+events]   (ATTACHE_STAGE_TIMES=cpu: and each link step's CPU)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AnnotateOptions } from '../src/annotate/index.js';
import { processDocument, type Processed } from '../src/ingest/process.js';
import { readDocuments } from '../src/ingest/read.js';
import { expandInputs } from '../src/ingest/sources.js';
import { linkDocument } from '../src/link/index.js';
import { beginQuoteBatch, finishQuoteBatch } from '../src/link/quotes.js';
import { openStore } from '../src/store/db.js';
import { insertDocument } from '../src/store/documents.js';
import { takeStageTimes } from '../src/stage-times.js';
import { generateCorpus } from './corpus.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '4000' }, only: { type: 'string' } } });
const MODES: Record<string, AnnotateOptions | null> = {
  'no-annotate': null,
  entities: { entities: true, events: false, quotes: false },
  'entities+events': { entities: true, events: true, quotes: false },
  annotate: { entities: true, events: true, quotes: true },
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-link-bench-'));
const corpus = path.join(work, 'corpus');
generateCorpus({ dir: corpus, docs: Number(values.docs) });
const raws = [...expandInputs([corpus])].flatMap((x) => ('file' in x ? readDocuments(x.file, { maxBytes: 1 << 26, hints: {}, stdin: () => Buffer.alloc(0) }).docs : []));
const mb = raws.reduce((n, r) => n + r.byteLength, 0) / (1 << 20);
console.log(`corpus: ${raws.length} documents, ${mb.toFixed(1)} MB; load average ${os.loadavg()[0].toFixed(1)}`);

for (const mode of values.only ? [values.only] : Object.keys(MODES)) {
  const layers = MODES[mode];
  if (layers === undefined) throw new Error(`unknown mode ${mode}: one of ${Object.keys(MODES).join(', ')}`);
  const done: Processed[] = raws.map((r) => processDocument(r, layers));
  const db = path.join(work, `${mode}.db`);
  const store = openStore(db);
  const storeBatch = store.db.transaction((batch: Processed[]) => {
    beginQuoteBatch(store);
    for (const p of batch) {
      insertDocument(store, p.doc, p.textHash, p.ann, p.annJson);
      linkDocument(store, p.doc, p.textHash, p.ann, { fp: p.fp, shingles: p.shingles, layers: layers ?? undefined });
    }
    finishQuoteBatch(store);
  });
  takeStageTimes();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < done.length; i += 1000) storeBatch(done.slice(i, i + 1000));
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  store.close();
  console.log(
    `${mode.padEnd(16)} store+link: ${seconds.toFixed(1)} s, CPU ${cpuSeconds.toFixed(1)} s: ${(mb / cpuSeconds).toFixed(2)} MB per CPU-second, store ${(fs.statSync(db).size / (1 << 20)).toFixed(0)} MB`,
  );
  // with ATTACHE_STAGE_TIMES set: each link step's CPU-s per MB (wall time of this one thread)
  for (const [stage, ms] of Object.entries(takeStageTimes()).sort((a, b) => b[1] - a[1])) console.log(`    ${stage.padEnd(24)} ${(ms / 1000 / mb).toFixed(3)} s per MB`);
}
fs.rmSync(work, { recursive: true, force: true });
