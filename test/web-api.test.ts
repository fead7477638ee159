// The web app's JSON API over a store of the seeds: documents, the reader's pieces, search snippets,
// uploads through the CLI's ingest, and the defences (Host check, CSP, documents as data).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import type { Store } from '../src/store/db.js';
import type { ReaderView } from '../src/views/web-reader.js';
import { needing } from './needs.js';
import { SEEDS } from './paths.js';
import { SCRIPT_NOTE, seedStore } from './web-fixtures.js';

const { test, before, after } = needing('shared');

let store: Store;
let dir: string;
let app: FastifyInstance;

before(async () => {
  ({ store, dir } = await seedStore());
  app = buildApp({ store, maxUploadBytes: 4096 });
});
after(async () => {
  await app.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { host: '127.0.0.1' } });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
};
const upload = (name: string, content: string | Buffer) =>
  app.inject({ method: 'POST', url: '/api/ingest', headers: { host: 'localhost' }, payload: { files: [{ name, data: Buffer.from(content).toString('base64') }] } });

test('the document list gives every stored document with its date and kind', async () => {
  const { body } = await get('/api/documents?limit=50');
  assert.equal(body.total, 7);
  const lavrov = body.items.find((d: { sourceName: string }) => d.sourceName === '002_1e54657c59c21dbb.txt');
  assert.equal(lavrov.kind, 'transcript');
  assert.equal(lavrov.published, '2021-03-25');
});

test('the reader cuts a plain-text original into pieces that put it back together exactly', async () => {
  const { body } = await get('/api/documents/002_1e54657c59c21dbb.txt');
  const view = body as ReaderView;
  const original = fs.readFileSync(`${SEEDS}/002_1e54657c59c21dbb.txt`, 'utf8');
  assert.equal(view.pieces.map((p) => p.text).join(''), original);
  assert.ok(view.pieces.some((p) => p.main) && view.pieces.some((p) => !p.main), 'main text and page debris are told apart');
  for (const m of view.marks) assert.ok(m.start < m.end && m.end <= original.length);
  const date = view.marks.find((m) => m.kind === 'date' && m.label.startsWith('published'));
  assert.ok(date, 'the publication date is highlighted where it was read');
});

test('a document carrying a script tag comes back as data, its tag a piece of text', async () => {
  const { body } = await get('/api/documents/embassy-note.txt');
  assert.equal((body as ReaderView).pieces.map((p) => p.text).join(''), SCRIPT_NOTE);
});

test('an HTML page is shown as its words: markup dropped, references decoded', async () => {
  const { body } = await get('/api/documents/fisheries.html');
  const text = (body as ReaderView).pieces.filter((p) => p.main).map((p) => p.text).join('');
  assert.match(text, /met in Nairobi on 2 May 2023/);
  assert.match(text, /<img src=x onerror=/, 'an escaped tag in the text reads as the tag');
  assert.doesNotMatch(text, /<p>|<article>/);
});

test('search returns snippets as parts with the hits marked', async () => {
  const { body } = await get('/api/search?q=Chung');
  assert.ok(body.hits.length >= 3);
  for (const hit of body.hits) assert.ok(hit.snippet.some((p: { text: string; hit: boolean }) => p.hit && /chung/i.test(p.text)));
  const bad = await get('/api/search?q=' + encodeURIComponent('"unbalanced AND ('));
  assert.equal(bad.status, 200, 'a query that is not valid FTS syntax is searched as words');
});

test('uploads go through the CLI ingest: stored, already stored, and the same one-line errors', async () => {
  const note = 'Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta on 6 June 2022.\n';
  const first = (await upload('wong-jakarta.txt', note)).json();
  assert.equal(first.results[0].status, 'stored');
  assert.equal(first.summary.stored, 1);
  const again = (await upload('copy.txt', note)).json();
  assert.equal(again.results[0].status, 'already');
  const empty = (await upload('empty.txt', '')).json();
  assert.deepEqual(empty.results[0], { status: 'failed', source: 'empty.txt', reason: 'empty file' });
  const binary = (await upload('blob.txt', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]))).json();
  assert.equal(binary.results[0].reason, 'binary content, not text');
  const big = (await upload('big.txt', 'word '.repeat(2000))).json();
  assert.equal(big.results[0].status, 'failed');
  assert.match(big.results[0].reason, /size limit \(4096 bytes\)/);
  // content that is not base64 is said to be so, not taken for an empty file; a missing entry is named
  const post = (files: unknown[]) => app.inject({ method: 'POST', url: '/api/ingest', headers: { host: 'localhost' }, payload: { files } });
  const damaged = (await post([{ name: 'note.txt', data: 'Zm9v!!bar' }, null])).json();
  assert.deepEqual(
    damaged.results.map((r: { source: string; reason: string }) => [r.source, r.reason]),
    [['note.txt', 'invalid base64 in "data"'], ['upload-2.txt', 'no "data" (base64 content) in the upload']],
  );
  assert.equal(damaged.summary.failed, 2);
  const { body } = await get('/api/documents?limit=50');
  assert.equal(body.total, 8, 'only the one good upload was stored');
});

test('requests addressed to another host name are refused (DNS rebinding)', async () => {
  const res = await app.inject({ method: 'GET', url: '/api/documents', headers: { host: 'attacker.example:8737' } });
  assert.equal(res.statusCode, 403);
});

test('pages are served with a policy that forbids inline script', async () => {
  const { headers } = await get('/api/config');
  assert.match(String(headers['content-security-policy']), /script-src 'self'/);
  const page = await app.inject({ method: 'GET', url: '/', headers: { host: 'localhost' } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<script type="module" src="app.js">/);
});

test('unknown documents and routes answer 404 with a one-line error', async () => {
  const doc = await get('/api/documents/nope-nope');
  assert.equal(doc.status, 404);
  assert.match(doc.body.error, /no document/);
  assert.equal((await get('/api/nothing')).status, 404);
});

test('the server binds to the loopback address unless told otherwise', async () => {
  const { startServer, isLoopback } = await import('../src/server/serve.js');
  const { app: served, url } = await startServer(store, { port: 0 });
  try {
    const addr = served.server.address();
    assert.equal(typeof addr === 'object' && addr ? addr.address : null, '127.0.0.1');
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url + 'api/config');
    assert.equal(res.status, 200);
  } finally {
    await served.close();
  }
  assert.equal(isLoopback('0.0.0.0'), false, 'an exposed server does not insist on a loopback Host');
});

test('attache serve starts the app over a store and says where', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', store.path, '--port', '0'], { cwd: new URL('..', import.meta.url), stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('\n')) resolve(err);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line)?.[1];
    assert.ok(url, `the address is printed: ${line}`);
    const docs = (await (await fetch(url + 'api/documents')).json()) as { total: number };
    assert.ok(docs.total >= 7);
  } finally {
    child.kill();
  }
});

test('the timeline filters by a pair of states and by dates at each event’s own precision', async () => {
  type Item = { date: string | null; countries: string[] };
  const all = (await get('/api/timeline')).body as { total: number; datedTotal: number; points: unknown[]; dated: Item[]; undated: Item[] };
  assert.ok(all.total > 0 && all.points.length === all.datedTotal);
  const pair = (await get('/api/timeline?countries=RUS,KOR')).body as typeof all;
  assert.ok(pair.total > 0 && pair.total < all.total);
  for (const e of [...pair.dated, ...pair.undated]) assert.ok(e.countries.includes('RUS') && e.countries.includes('KOR'));
  const day = (await get('/api/timeline?from=2021-03-25&to=2021-03-25&points=0')).body as typeof all;
  assert.equal(day.points, null);
  assert.equal(day.undated.length, 0, 'an event with no date is not within any dates');
  assert.ok(day.dated.length > 0);
  for (const e of day.dated) assert.ok('2021-03-25'.startsWith(e.date!), `${e.date} can be 25 March 2021`);
  const few = (await get('/api/timeline?limit=2')).body as typeof all;
  assert.equal(few.dated.length, 2);
  assert.equal(few.datedTotal, all.datedTotal);
});

test('the conflicts API lists the seeds\' contradicted claim, and the reader marks it on both sides', async () => {
  const { status, body } = await get('/api/conflicts');
  assert.equal(status, 200);
  assert.ok(body.conflicts.length >= 1);
  const c = body.conflicts[0];
  assert.match(c.claim.sourceName, /^001_/);
  assert.match(c.claim.text, /since 2009$/);
  assert.match(c.against[0].sourceName, /^003_/);
  const claimDoc = (await get(`/api/documents/${c.claim.doc}`)).body as ReaderView;
  const mark = claimDoc.marks.find((m) => m.kind === 'conflict' && m.start === c.claim.start);
  assert.ok(mark, 'the claim is marked in its reader');
  assert.equal(mark.link?.page, 'conflicts');
  const against = (await get(`/api/documents/${c.against[0].doc}`)).body as ReaderView;
  assert.ok(against.marks.some((m) => m.kind === 'conflict' && m.start === c.against[0].start), 'the contradicting words are marked too');
  assert.equal((await get('/api/conflicts?doc=nonesuch')).status, 404);
});
