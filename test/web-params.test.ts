// Query parameters the server cannot read are a 400 with one line naming the parameter, never a
// 500 with an internal message; sizes past a page's cap are capped.
import assert from 'node:assert/strict';
import test, { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { exampleApp } from './web-fixtures.js';

let app: FastifyInstance;
let close: () => Promise<void>;

before(async () => ({ app, close } = await exampleApp('attache-params-')));
after(() => close());

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { host: 'localhost' } });
  return { status: res.statusCode, body: res.json() };
};

test('negative, fractional, exponent and non-numeric sizes are refused with the parameter named', async () => {
  for (const [url, name] of [
    ['/api/documents?limit=-1', 'limit'],
    ['/api/documents?offset=1e20', 'offset'],
    ['/api/timeline?limit=abc', 'limit'],
    ['/api/entities?limit=2.5', 'limit'],
    ['/api/search?q=talks&limit=-3', 'limit'],
  ] as const) {
    const r = await get(url);
    assert.equal(r.status, 400, url);
    assert.match(r.body.error, new RegExp(`^${name}: `), url);
  }
});

test('huge numbers are capped, not an internal error', async () => {
  const far = await get('/api/documents?offset=99999999999999999999');
  assert.equal(far.status, 200);
  assert.deepEqual(far.body.items, []);
  const many = await get('/api/documents?limit=99999999999999999999');
  assert.equal(many.status, 200);
  assert.equal(many.body.items.length, many.body.total, 'every document, within the cap');
  const search = await get('/api/search?q=summit&limit=99999999999999999999');
  assert.equal(search.status, 200);
});

test('control characters in a search are not a query syntax error', async () => {
  const r = await get('/api/search?q=%00');
  assert.equal(r.status, 200);
  const named = await get('/api/search?q=Camp%00David');
  assert.equal(named.status, 200);
  assert.ok(named.body.hits.length > 0, 'the words around the NUL are still searched');
});
