// Events-layer benchmark: how fast the events annotator runs, alone and next to the rest of the
// pipeline, over copies of the seed and example documents (each copy made distinct). Prints figures.
//   node --import tsx bench/events-bench.ts [--mb 4]
// (copies of a few documents are near-duplicates of each other: the ingest figure is a worst case for linking)
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
/** CPU seconds (user + system) a step takes: steadier than the clock on a shared machine. */
const time = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

let ctxs: ReturnType<typeof makeContext>[] = [];
const tContext = time(() => (ctxs = docs.map(makeContext)));
let ents: ReturnType<typeof annotateEntities>[] = [];
const tEntities = time(() => (ents = ctxs.map((c) => annotateEntities(c))));
let events = 0;
const tEvents = time(() => ctxs.forEach((c, i) => (events += annotateEvents(c, ents[i]).length)));
const rate = (t: number) => `${t.toFixed(2)} CPU s, ${(mb / t).toFixed(1)} MB/s`;
console.log(`${docs.length} documents, ${mb.toFixed(1)} MB; ${os.cpus().length} cores, node ${process.version}`);
console.log(`tokens and sentences: ${rate(tContext)}; entities: ${rate(tEntities)}; events: ${rate(tEvents)} (${events} events)`);

// the whole ingest (clean, all layers, store, link) from files
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-events-bench-'));
texts.forEach((t, i) => fs.writeFileSync(path.join(dir, `doc-${i}.txt`), t));
const store = openStore(path.join(dir, 'bench.db'));
let summary: Awaited<ReturnType<typeof ingestPaths>> | null = null;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
summary = await ingestPaths(store, [dir]);
const tIngest = Number(process.hrtime.bigint() - t0) / 1e9;
const cIngest = process.cpuUsage(c0);
const stored = (store.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
store.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `ingest with every layer (this process): ${summary.stored} stored in ${tIngest.toFixed(2)} s wall, ${((cIngest.user + cIngest.system) / 1e6).toFixed(2)} CPU s, ` +
    `${(mb / tIngest).toFixed(2)} MB/s wall; ${stored} events after linking`,
);
