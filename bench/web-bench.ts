// Benchmark of the web API on a 10,000-document store: builds the store once (bench/out/web-bench.db,
// through the real ingest), then times the server's start (which reads the timeline index) and
// GET /api/timeline over HTTP, with and without filters. Target: under 200 ms per answer.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ingestFiles } from '../src/ingest/run.js';
import { startServer } from '../src/server/serve.js';
import { openStore } from '../src/store/db.js';
import { syntheticDocuments } from './web-corpus.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_DOCS ?? 10_000);
const file = path.join(repo, 'bench', 'out', `web-bench-${N}.db`);
const rebuild = process.argv.includes('--rebuild');

if (rebuild) for (const ext of ['', '-wal', '-shm']) fs.rmSync(file + ext, { force: true });
const store = openStore(file);
const have = (store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
if (have < N) {
  const t0 = performance.now();
  const docs = syntheticDocuments(N).slice(have);
  console.log(`building the store: ${docs.length} documents into ${path.relative(repo, file)} …`);
  const s = await ingestFiles(store, docs.map((d) => ({ source: d.name, sourceName: d.name, bytes: Buffer.from(d.text) })), { batchSize: 500 });
  console.log(`  stored ${s.stored} (${s.failed} failed) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const counts = (t: string) => {
  try {
    return (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  } catch {
    return 0;
  }
};
console.log(`store: ${counts('documents')} documents, ${counts('events')} event rows, ${counts('quotes')} quote rows`);

const t0 = performance.now();
const { app, url } = await startServer(store, { port: 0 });
console.log(`server started, timeline index read, in ${(performance.now() - t0).toFixed(0)} ms`);
async function time(label: string, route: string, runs: number): Promise<void> {
  const ms: number[] = [];
  let bytes = 0;
  let body: { total?: number } = {};
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await fetch(url + route.replace(/^\//, ''));
    const text = await res.text();
    ms.push(performance.now() - t);
    bytes = text.length;
    body = JSON.parse(text) as { total?: number };
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)];
  const worst = ms[ms.length - 1];
  console.log(
    `${label.padEnd(34)} ${runs > 1 ? `median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms` : `${ms[0].toFixed(1)} ms`}` +
      `  (${body.total !== undefined ? `${body.total} events, ` : ''}${(bytes / 1024).toFixed(0)} KiB)`,
  );
}

await time('timeline, first answer', '/api/timeline', 1);
await time('timeline, all events', '/api/timeline', 15);
const facets = (await (await fetch(url + 'api/timeline')).json()) as { dated: { countries: string[] }[]; facets: { types: string[] } };
const [c1, c2] = facets.dated.find((e) => e.countries.length >= 2)?.countries ?? [];
if (c1 && c2) await time(`timeline, country pair ${c1}–${c2}`, `/api/timeline?countries=${c1},${c2}`, 15);
await time('timeline, one year', '/api/timeline?from=2019-01-01&to=2019-12-31', 15);
if (facets.facets.types[0]) await time(`timeline, type ${facets.facets.types[0]}`, `/api/timeline?type=${facets.facets.types[0]}`, 15);
await time('search "fisheries"', '/api/search?q=fisheries', 15);
// The other pages' answers, for the record (the target above is the timeline's).
const first = (await (await fetch(url + 'api/documents?limit=1')).json()) as { items: { id: string }[] };
const ev = (await (await fetch(url + 'api/timeline?limit=1&points=0')).json()) as { dated: { id: string }[] };
const top = (await (await fetch(url + 'api/entities?limit=1')).json()) as { entities: { id: string; name: string }[] };
if (first.items[0]) await time('reader, one document', `/api/documents/${first.items[0].id}`, 5);
if (first.items[0]) await time('quote check, one document', `/api/quotes?doc=${first.items[0].id}`, 5);
if (ev.dated[0]) await time('event with its evidence', `/api/events/${ev.dated[0].id}`, 5);
await time('entity list', '/api/entities', 3);
if (top.entities[0]) await time(`entity page, ${top.entities[0].name}`, `/api/entities/${encodeURIComponent(top.entities[0].id)}`, 3);
console.log('target: each timeline answer under 200 ms');

// Many analysts at once: requests at a fixed concurrency, spread over the pages the web app
// calls, as the browser does. One Node thread serves them, so slow answers queue the rest.
// Varied like real use: many documents, entities and events, each opened a few times at most.
const many = async <T>(route: string, pick: (body: T) => string[]) => pick((await (await fetch(url + route)).json()) as T);
const docIds = await many<{ items: { id: string }[] }>('api/documents?limit=200', (b) => b.items.map((d) => d.id));
const entityIds = await many<{ entities: { id: string }[] }>('api/entities?limit=200', (b) => b.entities.map((e) => e.id));
const eventIds = await many<{ dated: { id: string }[] }>('api/timeline?limit=200&points=0', (b) => b.dated.map((e) => e.id));
const pairs = [...new Set(facets.dated.filter((e) => e.countries.length >= 2).map((e) => e.countries.slice(0, 2).join(',')))].slice(0, 50);
const terms = ['fisheries', 'sanctions', 'summit', 'trade', 'visit', 'talks', 'minister', 'agreement', 'security', 'energy'];
const at = <T>(xs: T[], i: number, fallback: T) => (xs.length ? xs[i % xs.length] : fallback);
const loadRoute = (i: number): string => {
  switch (i % 9) {
    case 0: return '/api/timeline';
    case 1: return `/api/timeline?countries=${at(pairs, i, 'USA,CHN')}`;
    case 2: return `/api/search?q=${at(terms, i, 'talks')}`;
    case 3: return '/api/entities';
    case 4: return `/api/documents?limit=50&offset=${(i * 7) % 500}`;
    case 5: return `/api/documents/${at(docIds, i * 13, '')}`;
    case 6: return `/api/quotes?doc=${at(docIds, i * 17, '')}`;
    case 7: return `/api/events/${at(eventIds, i * 19, '')}`;
    default: return `/api/entities/${encodeURIComponent(at(entityIds, i * 23, ''))}`;
  }
};
const loadRoutes = { length: 9 };
// Alone first, so the load's queueing is not mistaken for a slow page: mean time of each kind.
{
  const sums = new Array<number>(9).fill(0);
  for (let i = 0; i < 270; i++) {
    const t = performance.now();
    await (await fetch(url + loadRoute(i).replace(/^\//, ''))).arrayBuffer();
    sums[i % 9] += performance.now() - t;
  }
  console.log(`alone, mean ms per kind: ${sums.map((x, k) => `${loadRoute(k).split('?')[0].replace(/\/[^/]*$/, (m) => (k >= 5 ? '/:id' : m))} ${(x / 30).toFixed(1)}`).join(', ')}`);
}
const total = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20);
// The clients run in a thread of their own, so reading 800-KiB answers does not load the server's thread.
const clients = `
  const { workerData, parentPort } = require('node:worker_threads');
  const { url, routes, concurrency } = workerData;
  const latencies = []; let next = 0, failed = 0;
  const one = async () => { while (next < routes.length) { const route = routes[next++]; const t = performance.now();
    const res = await fetch(url + route.replace(/^\\//, '')); await res.arrayBuffer(); if (!res.ok) failed++; latencies.push(performance.now() - t); } };
  Promise.all(Array.from({ length: concurrency }, one)).then(() => parentPort.postMessage({ latencies, failed }));`;
const tLoad = performance.now();
const { latencies, failed } = await new Promise<{ latencies: number[]; failed: number }>((resolve, reject) => {
  const w = new Worker(clients, { eval: true, workerData: { url, routes: Array.from({ length: total }, (_, i) => loadRoute(i)), concurrency } });
  w.once('message', resolve);
  w.once('error', reject);
});
const loadSeconds = (performance.now() - tLoad) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(0);
console.log(
  `load: ${total} requests at concurrency ${concurrency} over ${loadRoutes.length} kinds of page in ${loadSeconds.toFixed(1)} s ` +
    `(${(total / loadSeconds).toFixed(0)}/s${failed ? `, ${failed} not ok` : ''}): p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms (target p95 < 200 ms)`,
);
await app.close();
store.close();
