// A store made by an earlier version is brought up to date when opened for writing, so documents
// ingested into it later still merge with what it holds.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import path from 'node:path';
import { test } from 'node:test';
import { ALL_LAYERS } from '../src/annotate/index.js';
import { openStore } from '../src/store/db.js';
import { STORE_VERSION } from '../src/store/migrations.js';
import { needs } from './needs.js';
import { ingest, seedPath, tempDir } from './support.js';

test('an old store (day keys without states or actors) still merges a later report of its talks', needs('shared'), async () => {
  const db = path.join(tempDir(), 'old.db');
  let store = openStore(db);
  await ingest(store, [seedPath('000')], { layers: ALL_LAYERS });
  // what version 0 wrote: one key per type, status and day
  store.db.exec(`
    CREATE TEMP TABLE old AS SELECT DISTINCT substr(key, 1, instr(key, '|c:') + instr(key, '|a:') - 1) AS key, event FROM event_keys WHERE key GLOB 'd|*|c:*' OR key GLOB 'd|*|a:*';
    DELETE FROM event_keys WHERE key GLOB 'd|*';
    INSERT OR IGNORE INTO event_keys SELECT key, event FROM old;
    CREATE TEMP TABLE oldp AS SELECT substr(key, 1, length(split) - 1) || substr(key, length(split) + 5) AS key, event
      FROM (SELECT k.key, k.event, 'p|' || e.type || '|' || e.status || '|' AS split FROM event_keys k JOIN events e ON e.id = k.event WHERE k.key GLOB 'p|*' AND e.date IS NOT NULL);
    DELETE FROM event_keys WHERE key GLOB 'p|*' AND event IN (SELECT id FROM events WHERE date IS NOT NULL);
    INSERT OR IGNORE INTO event_keys SELECT key, event FROM oldp;
    PRAGMA user_version = 0;`);
  assert.ok((store.db.prepare("SELECT count(*) FROM event_keys WHERE key GLOB 'd|*'").pluck().get() as number) > 0);
  store.close();

  store = openStore(db);
  assert.equal(store.db.pragma('user_version', { simple: true }), STORE_VERSION);
  assert.equal(store.db.prepare("SELECT count(*) FROM event_keys WHERE key GLOB 'd|*' AND key NOT GLOB 'd|*|*|*|*'").pluck().get(), 0);
  assert.equal(store.db.prepare("SELECT count(*) FROM event_keys WHERE key GLOB 'p|*' AND key NOT GLOB 'p|*|*|*|*|*'").pluck().get(), 0);
  await ingest(store, [seedPath('001')], { layers: ALL_LAYERS });
  const docs = store.db
    .prepare(`SELECT count(DISTINCT v.doc) FROM events e JOIN event_evidence v ON v.event = e.id WHERE e.date = '2021-03-25' AND e.type = 'CONSULT' GROUP BY e.id ORDER BY 1 DESC LIMIT 1`)
    .pluck()
    .get();
  store.close();
  assert.equal(docs, 2);
});

test('a new store starts at the current version', () => {
  const store = openStore(path.join(tempDir(), 'new.db'));
  assert.equal(store.db.pragma('user_version', { simple: true }), STORE_VERSION);
  assert.equal(store.db.pragma('page_size', { simple: true }), 16384);
  store.close();
});

test('a store made with 4 KB pages keeps them and takes more documents', needs('shared'), async () => {
  const db = path.join(tempDir(), 'small-pages.db');
  const old = new Database(db);
  old.pragma('page_size = 4096');
  old.pragma('journal_mode = WAL');
  old.close();
  let store = openStore(db);
  await ingest(store, [seedPath('000')], { layers: ALL_LAYERS });
  store.close();
  store = openStore(db);
  assert.equal(store.db.pragma('page_size', { simple: true }), 4096);
  await ingest(store, [seedPath('001')], { layers: ALL_LAYERS });
  assert.equal(store.db.prepare('SELECT count(*) FROM documents').pluck().get(), 2);
  assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
  store.close();
});
