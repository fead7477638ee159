// Events-layer benchmark: how fast the events annotator runs, alone and next to the rest of the
// pipeline, over copies of the seed and example documents (each copy made distinct). Prints figures.
//   node --import tsx bench/events-bench.ts [--mb 4]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeContext } from '../src/annotate/context.js';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { annotateEvents } from '../src/annotate/events/index.js';
import { cleanDocument } from '../src/clean/index.js';
import { sha256 } from '../src/ingest/read.js';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore } from '../src/store/db.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '4' } } });
const targetBytes = Number(values.mb) * (1 << 20);
const sources = ['../shared/corpus/seeds', 'example/corpus']
  .filter((d) => fs.existsSync(d))
  .flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f)))
  .map((f) => fs.readFileSync(f, 'utf8'));

// distinct copies: a numbered line keeps each one a document of its own
const texts: string[] = [];
let bytes = 0;
for (let i = 0; bytes < targetBytes; i++) {
  const t = `${sources[i % sources.length]}\n\nRef. ${i}\n`;
  texts.push(t);
  bytes += Buffer.byteLength(t);
}
const mb = bytes / (1 << 20);
const docs = texts.map((original, i) =>
  cleanDocument({ source: `bench-${i}.txt`, sourceName: `bench-${i}.txt`, original, format: 'text', hints: {}, hash: sha256(original), byteLength: Buffer.byteLength(original) }),
);
const time = (f: () => void) => {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

const ctxs = docs.map(makeContext);
const ents = ctxs.map((c) => annotateEntities(c));
let events = 0;
const tEvents = time(() => ctxs.forEach((c, i) => (events += annotateEvents(c, ents[i]).length)));
console.log(`${docs.length} documents, ${mb.toFixed(1)} MB; ${os.cpus().length} cores, node ${process.version}`);
console.log(`events annotator alone: ${tEvents.toFixed(2)} s, ${(mb / tEvents).toFixed(1)} MB/s, ${events} events`);

// the whole ingest (clean, all layers, store, link) from files
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-events-bench-'));
texts.forEach((t, i) => fs.writeFileSync(path.join(dir, `doc-${i}.txt`), t));
const store = openStore(path.join(dir, 'bench.db'));
let summary: Awaited<ReturnType<typeof ingestPaths>> | null = null;
const t0 = process.hrtime.bigint();
summary = await ingestPaths(store, [dir]);
const tIngest = Number(process.hrtime.bigint() - t0) / 1e9;
const stored = (store.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
store.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(`ingest with every layer: ${summary.stored} stored in ${tIngest.toFixed(2)} s, ${(mb / tIngest).toFixed(2)} MB/s; ${stored} events after linking`);
