// The per-document (worker) stage of ingest alone, stage by stage, on the generated bench corpus:
// MB of input per CPU-second for clean, context (wink-nlp), entities, events, quotes, fingerprint,
// and the structured-clone payload a worker sends back. Documents go through every stage one at a
// time, as in a worker; the first --warm documents only warm up (JIT, lexicons, the model) and are
// not counted. Also prints a digest of every output, so a speed-up can be checked to change nothing
// (the same --docs and --seed give the same digest before and after).
//   npm run bench:process [-- --docs 3000 --warm 300 --seed 1]
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
import { processDocument, textHashOf } from '../src/ingest/process.js';
import { readDocuments } from '../src/ingest/read.js';
import { expandInputs } from '../src/ingest/sources.js';
import { fingerprint } from '../src/link/minhash.js';
import type { RawDocument } from '../src/types.js';
import { generateCorpus } from './corpus.js';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '3000' }, warm: { type: 'string', default: '300' }, seed: { type: 'string', default: '1' } },
});
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-process-bench-'));
generateCorpus({ dir: work, docs: Number(values.docs), seed: Number(values.seed) });
const raws: RawDocument[] = [];
for (const x of expandInputs([work])) {
  if (!('file' in x)) continue;
  raws.push(...readDocuments(x.file, { maxBytes: 1 << 30, hints: {}, stdin: () => Buffer.alloc(0) }).docs);
}
fs.rmSync(work, { recursive: true, force: true });
const warm = Math.min(Number(values.warm), raws.length - 1);
const measured = raws.slice(warm);
const mb = measured.reduce((n, r) => n + r.byteLength, 0) / (1 << 20);
console.log(
  `${raws.length} documents (${warm} to warm up), ${mb.toFixed(1)} MB of input measured; node ${process.version}, ` +
    `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (CPU time is process-wide, GC threads included)`,
);

const STAGES = ['clean', 'context', 'entities', 'quotes', 'events', 'fingerprint+hash', 'serialize'] as const;
const cpu: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
let payload = 0;
const digest = createHash('sha256');
// (sources name the temporary folder: left out, so runs compare)
const json = (v: unknown) => JSON.stringify(v).split(work).join('');

let last = process.cpuUsage();
/** Bills the CPU used since the previous call to `stage` (when counting). */
function bill(stage: string, counting: boolean): void {
  const now = process.cpuUsage();
  if (counting) cpu[stage] += (now.user - last.user + now.system - last.system) / 1e6;
  last = now;
}

raws.forEach((raw, i) => {
  const counting = i >= warm;
  bill('', false);
  // the stages of processDocument (src/ingest/process.ts) and annotate (src/annotate/index.ts), all layers
  const doc = cleanDocument(raw);
  bill('clean', counting);
  const ctx = makeContext(doc);
  const sentences = ctx.sentences.map((s) => ctx.span(s.start, s.end));
  bill('context', counting);
  const entities = annotateEntities(ctx);
  bill('entities', counting);
  // (quotes before events, as annotate() runs them: who speaks each turn and quotation is who "I" and "we" are in an event)
  const { quotes, primary, voices } = annotateQuotes(ctx, entities);
  bill('quotes', counting);
  const events = annotateEvents(ctx, entities, voices);
  bill('events', counting);
  const textHash = textHashOf(doc.main.text);
  const fp = fingerprint(doc.main.text);
  bill('fingerprint+hash', counting);
  const { starts, ends } = doc.main;
  const processed = { doc: { ...doc, original: '', main: { text: doc.main.text, starts: new Int32Array(0), ends: new Int32Array(0) } }, ann: { sentences, entities, events, quotes, primary }, textHash, fp };
  const bytes = serialize(processed).length;
  bill('serialize', counting);
  if (counting) payload += bytes;
  digest.update(json({ ...processed, fp: fp && { signature: Array.from(fp.signature), keys: fp.keys } }));
  digest.update(new Uint8Array(starts.buffer, starts.byteOffset, starts.byteLength)).update(new Uint8Array(ends.buffer, ends.byteOffset, ends.byteLength));
});

const line = (label: string, s: number) => console.log(`${label.padEnd(40)} ${s.toFixed(2)} s CPU, ${(mb / s).toFixed(2)} MB per CPU-second`);
for (const s of STAGES) line(s, cpu[s]);
const sum = (names: readonly string[]) => names.reduce((n, s) => n + cpu[s], 0);
line('worker, entities layer (+ serialize)', sum(['clean', 'context', 'entities', 'fingerprint+hash', 'serialize']));
line('worker, entities+events (+ serialize)', sum(['clean', 'context', 'entities', 'events', 'fingerprint+hash', 'serialize']));
line('worker, all layers', sum(STAGES));
// The whole of processDocument, as a worker calls it, per mode of the ingest bench (a second pass
// over the same documents: the tagger has met their words, so this runs a little faster).
for (const [label, layers] of [['processDocument, entities layer', { entities: true, events: false, quotes: false }], ['processDocument, entities+events', { entities: true, events: true, quotes: false }], ['processDocument, all layers', { entities: true, events: true, quotes: true }]] as const) {
  const c0 = process.cpuUsage();
  for (const raw of measured) processDocument(raw, layers);
  const c = process.cpuUsage(c0);
  line(label, (c.user + c.system) / 1e6);
}
console.log(`payload (structured clone, all layers, without original and offset maps): ${(payload / (1 << 20)).toFixed(1)} MB (${(payload / (1 << 20) / mb).toFixed(2)} × input)`);
console.log(`output digest: ${digest.digest('hex').slice(0, 16)}`);
