// The server keeps GET answers until the store changes: a repeated page is served from memory,
// and after any ingest — through the page or by another process — no stale answer is served.
import assert from 'node:assert/strict';
import path from 'node:path';
import test, { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../src/store/db.js';
import { ingestPaths } from '../src/ingest/run.js';
import { exampleApp, ROOT } from './web-fixtures.js';

let store: Store;
let app: FastifyInstance;
let close: () => Promise<void>;

before(async () => ({ store, app, close } = await exampleApp('attache-cache-', ['01-camp-david-readout.txt'])));
after(() => close());

const get = (url: string) => app.inject({ method: 'GET', url, headers: { host: 'localhost' } });

test('a repeated page is answered from memory with the same body and headers', async () => {
  const first = await get('/api/documents?limit=10');
  const second = await get('/api/documents?limit=10');
  assert.equal(first.headers['x-attache-cache'], undefined);
  assert.equal(second.headers['x-attache-cache'], 'hit');
  assert.equal(second.body, first.body);
  assert.equal(second.headers['content-type'], first.headers['content-type']);
  assert.match(String(second.headers['content-security-policy']), /default-src 'none'/, 'the security headers are sent with kept answers too');
  const other = await get('/api/documents?limit=9');
  assert.equal(other.headers['x-attache-cache'], undefined, 'another query is another answer');
});

test('errors and downloads are not kept', async () => {
  await get('/api/documents/nope');
  assert.equal((await get('/api/documents/nope')).headers['x-attache-cache'], undefined);
  await get('/api/documents?format=csv');
  const csv = await get('/api/documents?format=csv');
  assert.equal(csv.headers['x-attache-cache'], undefined);
  assert.match(String(csv.headers['content-disposition']), /attachment/);
});

test('an upload through the page makes every kept answer stale', async () => {
  const before = (await get('/api/documents?limit=20')).json();
  await get('/api/documents?limit=20');
  const note = 'Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta on 6 June 2022.\n';
  const up = await app.inject({ method: 'POST', url: '/api/ingest', headers: { host: 'localhost' }, payload: { files: [{ name: 'wong.txt', data: Buffer.from(note).toString('base64') }] } });
  assert.equal(up.json().summary.stored, 1);
  const afterUpload = await get('/api/documents?limit=20');
  assert.equal(afterUpload.headers['x-attache-cache'], undefined);
  assert.equal(afterUpload.json().total, before.total + 1);
});

test('an ingest by another process into the same store makes kept answers stale', async () => {
  const before = (await get('/api/documents?limit=30')).json();
  assert.equal((await get('/api/documents?limit=30')).headers['x-attache-cache'], 'hit');
  const other = openStore(store.path);
  try {
    const summary = await ingestPaths(other, [path.join(ROOT, 'example', 'corpus', '02-aachen-treaty-news.txt')]);
    assert.equal(summary.stored, 1);
  } finally {
    other.close();
  }
  const fresh = await get('/api/documents?limit=30');
  assert.equal(fresh.headers['x-attache-cache'], undefined);
  assert.equal(fresh.json().total, before.total + 1);
});
