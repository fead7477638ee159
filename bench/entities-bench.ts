// Throughput of the entity annotator on the seed corpus repeated: times annotateEntities alone
// (contexts with wink-nlp tokens are built first) and the whole annotate step for comparison.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { makeContext } from '../src/annotate/context.js';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { cleanDocument } from '../src/clean/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(process.env.ATTACHE_SHARED ?? path.resolve(repo, '..', 'shared'), 'corpus', 'seeds');
const repeat = Number(process.argv[2] ?? 40);

const docs = fs.readdirSync(seeds).sort().map((f) => {
  const original = fs.readFileSync(path.join(seeds, f), 'utf8');
  return cleanDocument({ source: f, sourceName: f, original, format: 'text', hints: {}, hash: createHash('sha256').update(original).digest('hex'), byteLength: Buffer.byteLength(original) });
});
const bytesPerRound = docs.reduce((n, d) => n + Buffer.byteLength(d.original), 0);
const mainPerRound = docs.reduce((n, d) => n + Buffer.byteLength(d.main.text), 0);

const t0 = process.hrtime.bigint();
const contexts = [];
for (let r = 0; r < repeat; r++) for (const d of docs) contexts.push(makeContext(d));
const tContext = Number(process.hrtime.bigint() - t0) / 1e9;

annotateEntities(contexts[0]); // warm-up (lexicon compilation)
const t1 = process.hrtime.bigint();
const cpu1 = process.cpuUsage();
let mentions = 0;
for (const c of contexts) for (const e of annotateEntities(c)) mentions += e.mentions.length;
const tEntities = Number(process.hrtime.bigint() - t1) / 1e9;
const cpuEntities = process.cpuUsage(cpu1).user / 1e6;

const mb = (bytesPerRound * repeat) / 1e6;
console.log(`${docs.length} seed documents × ${repeat} = ${mb.toFixed(2)} MB of input (${((mainPerRound * repeat) / 1e6).toFixed(2)} MB main text)`);
console.log(`context (wink-nlp tokens, sentences): ${tContext.toFixed(2)} s, ${(mb / tContext).toFixed(2)} MB/s of input`);
console.log(`annotateEntities: ${tEntities.toFixed(2)} s wall, ${(mb / tEntities).toFixed(2)} MB/s of input; ${cpuEntities.toFixed(2)} s CPU, ${(mb / cpuEntities).toFixed(2)} MB/s; ${mentions} mentions`);
