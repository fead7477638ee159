// The per-document (worker) stage of ingest alone, stage by stage, on the generated bench corpus:
// MB of input per CPU-second for clean, context (wink-nlp), entities, events, quotes, fingerprint,
// and the structured-clone payload sent back to the main thread. Also prints a digest of every
// output, so a speed-up can be checked to change nothing (compare the digest before and after).
//   npm run bench:process [-- --docs 2000]
// Profile with: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/process-bench.ts
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serialize } from 'node:v8';
import { makeContext } from '../src/annotate/context.js';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { annotateEvents } from '../src/annotate/events/index.js';
import { annotateQuotes } from '../src/annotate/quotes/index.js';
import { cleanDocument } from '../src/clean/index.js';
import { processDocument } from '../src/ingest/process.js';
import { readDocuments } from '../src/ingest/read.js';
import { expandInputs } from '../src/ingest/sources.js';
import { fingerprint } from '../src/link/minhash.js';
import type { CleanDocument, LocalEntity, RawDocument } from '../src/types.js';
import { generateCorpus } from './corpus.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' } } });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-process-bench-'));
generateCorpus({ dir: work, docs: Number(values.docs), seed: Number(values.seed) });
const raws: RawDocument[] = [];
for (const x of expandInputs([work])) {
  if ('error' in x) continue;
  raws.push(...readDocuments(x.file, { maxBytes: 1 << 30, hints: {}, stdin: () => Buffer.alloc(0) }).docs);
}
fs.rmSync(work, { recursive: true, force: true });
const mb = raws.reduce((n, r) => n + r.byteLength, 0) / (1 << 20);
console.log(`${raws.length} documents, ${mb.toFixed(1)} MB of input; node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

// Warm-up on a few documents: lexicon compilation, model loading and JIT are not billed to a stage.
for (const r of raws.slice(0, 20)) processDocument(r, { entities: true, events: true, quotes: true });

const cpuTotals: Record<string, number> = {};
function timed<T>(stage: string, f: () => T): T {
  const c0 = process.cpuUsage();
  const out = f();
  const c = process.cpuUsage(c0);
  cpuTotals[stage] = (c.user + c.system) / 1e6;
  return out;
}

const docs = timed('clean', () => raws.map((r) => cleanDocument(r)));
const contexts = timed('context', () => docs.map((d) => makeContext(d)));
const entities = timed('entities', () => contexts.map((c) => annotateEntities(c)));
const events = timed('events', () => contexts.map((c, i) => annotateEvents(c, entities[i])));
const quotes = timed('quotes', () => contexts.map((c, i) => annotateQuotes(c, entities[i])));
const fps = timed('fingerprint', () => docs.map((d) => fingerprint(d.main.text)));

// What the worker sends for the heaviest mode (all layers), as the worker sends it (original
// dropped, offset maps transferred rather than copied).
const processed = timed('process (all layers, one call)', () => raws.map((r) => processDocument(r, { entities: true, events: true, quotes: true })));
let payload = 0;
timed('serialize payload', () => {
  for (const p of processed) {
    const { starts, ends } = p.doc.main;
    const original = p.doc.original;
    p.doc.original = '';
    p.doc.main.starts = p.doc.main.ends = new Int32Array(0);
    payload += serialize(p).length;
    Object.assign(p.doc, { original });
    Object.assign(p.doc.main, { starts, ends });
  }
});

const pad = (s: string) => s.padEnd(32);
for (const [stage, cpu] of Object.entries(cpuTotals)) console.log(`${pad(stage)} ${cpu.toFixed(2)} s CPU, ${(mb / cpu).toFixed(2)} MB per CPU-second`);
const perLayer = (names: string[]) => names.reduce((n, s) => n + cpuTotals[s], 0);
console.log(`${pad('sum: clean+context+entities+fp')} ${perLayer(['clean', 'context', 'entities', 'fingerprint']).toFixed(2)} s CPU, ${(mb / perLayer(['clean', 'context', 'entities', 'fingerprint'])).toFixed(2)} MB per CPU-second`);
console.log(`${pad('sum: ... + events')} ${perLayer(['clean', 'context', 'entities', 'events', 'fingerprint']).toFixed(2)} s CPU, ${(mb / perLayer(['clean', 'context', 'entities', 'events', 'fingerprint'])).toFixed(2)} MB per CPU-second`);
console.log(`payload (structured clone, all layers, without original and offset maps): ${(payload / (1 << 20)).toFixed(1)} MB (${((payload / (1 << 20)) / mb).toFixed(2)} × input)`);

// Digest of every output of the staged run and of processDocument: equal digests, unchanged outputs.
const h = createHash('sha256');
const mainMap = (d: CleanDocument) => [Buffer.from(d.main.starts.buffer, d.main.starts.byteOffset, d.main.starts.byteLength), Buffer.from(d.main.ends.buffer, d.main.ends.byteOffset, d.main.ends.byteLength)];
// (sources name the temporary folder: left out, so runs compare)
const json = (v: unknown) => JSON.stringify(v, (_k, x) => (x instanceof Int32Array || x instanceof Uint32Array ? Array.from(x) : x)).split(work).join('');
docs.forEach((d, i) => {
  const { main, original, ...rest } = d;
  void original;
  h.update(json(rest)).update(main.text);
  for (const b of mainMap(d)) h.update(b);
  h.update(json(entities[i] satisfies LocalEntity[])).update(json(events[i])).update(json(quotes[i])).update(json(fps[i]));
  const p = processed[i];
  h.update(json(p.ann)).update(p.textHash).update(json(p.fp));
});
console.log(`output digest: ${h.digest('hex').slice(0, 16)}`);
