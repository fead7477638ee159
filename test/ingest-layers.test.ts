// `ingest --layers`: a user who needs only people (or people and events) skips the other layers'
// work, and the store holds exactly the layers asked for.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { AttacheExport } from '../src/types.js';
import { needing } from './needs.js';
import { cli, SEEDS, tempDir } from './support.js';

const { test } = needing('shared');

function ingestAndExport(layers: string | null): AttacheExport {
  const dir = tempDir();
  const db = path.join(dir, 'a.db');
  const out = path.join(dir, 'a.json');
  const r = cli(['ingest', '-q', '--db', db, ...(layers ? ['--layers', layers] : []), SEEDS]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(cli(['export', '--db', db, '--out', out]).status, 0);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as AttacheExport;
}

test('--layers entities stores people but no events, quotes or text-reuse links', () => {
  const x = ingestAndExport('entities');
  assert.ok(x.entities.some((e) => e.type === 'person' && /Lavrov/.test(e.name)));
  assert.equal(x.events.length, 0);
  assert.equal(x.quotes.length, 0);
  assert.deepEqual(x.documents.flatMap((d) => d.reportsOn), []);
});

test('--layers events brings the people its participants are, and no quotes', () => {
  const x = ingestAndExport('events');
  assert.ok(x.events.some((e) => e.date === '2021-03-25' && e.participants.length > 0));
  assert.ok(x.entities.length > 0);
  assert.equal(x.quotes.length, 0);
});

test('the default runs every layer, text reuse included', () => {
  const x = ingestAndExport(null);
  assert.ok(x.events.length > 0 && x.quotes.length > 0);
  assert.ok(x.documents.some((d) => d.reportsOn.length > 0));
});

test('an unknown layer is a one-line usage error', () => {
  const r = cli(['ingest', '--db', path.join(tempDir(), 'x.db'), '--layers', 'entities,sentiment', SEEDS]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /--layers.*entities, events, quotes/);
});
