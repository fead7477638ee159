// The PostgreSQL store (issue #21, first part): the tables every area defines, created in
// PostgreSQL from the same schema text as in SQLite, with full-text search of its own; several
// processes opening a new database at once; clear errors for an unreachable server. Runs against a
// real server (ATTACHE_TEST_POSTGRES, by default the machine's local service), each test in a
// schema of its own that it drops afterwards.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import * as nodeTest from 'node:test';
import { openStore, StoreError } from '../src/store/db.js';
import { PgClient } from '../src/store/pg/client.js';
import { openPostgresStore } from '../src/store/pg/open.js';
import { needing } from './needs.js';
import { POSTGRES_URL, REPO } from './paths.js';

const { test } = needing('postgres');

let serial = 0;

/** Runs `work` with the address of a new, empty schema of the test database, dropped afterwards. */
async function inSchema(work: (url: string) => void | Promise<void>): Promise<void> {
  const name = `attache_test_${process.pid}_${++serial}`;
  const admin = new PgClient(POSTGRES_URL);
  admin.query(`CREATE SCHEMA ${name}`);
  try {
    const url = `${POSTGRES_URL}${POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`;
    await work(url);
  } finally {
    admin.query(`DROP SCHEMA ${name} CASCADE`);
    admin.close();
  }
}

/** Columns of each table of the store, as each backend lists them. */
function sqliteColumns(): Map<string, string[]> {
  const store = openStore(':memory:');
  try {
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts%'").pluck().all() as string[];
    return new Map(tables.map((t) => [t, (store.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[]).sort()]));
  } finally {
    store.close();
  }
}

function postgresColumns(client: PgClient): Map<string, string[]> {
  const rows = client.query<{ t: string; c: string }>(
    'SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1, 2');
  const out = new Map<string, string[]>();
  for (const r of rows) (out.get(r.t) ?? out.set(r.t, []).get(r.t)!).push(r.c);
  return out;
}

test('a PostgreSQL store has every table and column of a SQLite store, and its own full-text search', () =>
  inSchema((url) => {
    const store = openPostgresStore(url);
    try {
      const pg = postgresColumns(store.client);
      for (const [table, columns] of sqliteColumns()) {
        const extra = table === 'documents' ? ['search'] : [];
        assert.deepEqual(pg.get(table), [...columns, ...extra].sort(), `columns of ${table}`);
      }
      // term hashes are unsigned 32-bit: PostgreSQL's INTEGER would not hold them
      store.client.query('INSERT INTO reuse_anchor_counts (hash, n) VALUES ($1, 1)', [4_000_000_000]);
      assert.equal(Number(store.client.query<{ hash: string }>('SELECT hash FROM reuse_anchor_counts')[0].hash), 4_000_000_000);
      // a column named "end" works in PostgreSQL, where the word is reserved
      const doc = ['d1', 'h1', 'a.txt', 'a.txt', 'text', 'Russia and Korea held talks in Seoul.', 36, 'Talks in Seoul', 'en', 'news', 'Russia and Korea held talks in Seoul.', '', 'th1', 1, '2026-12-07'];
      store.client.query(`INSERT INTO documents (id, hash, source, source_name, format, original, byte_length, title, language, kind, main_text, body, text_hash, clean_share, ingested_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`, doc);
      store.client.query('INSERT INTO quotes (id, doc, start, "end", text, status, matches) VALUES ($1, $2, 0, 6, $3, $4, $5)', ['q1', 'd1', 'Russia', 'no_primary_source', '[]']);
      const found = store.client.query<{ id: string }>("SELECT id FROM documents WHERE search @@ websearch_to_tsquery('simple', $1)", ['seoul talks']);
      assert.deepEqual(found.map((r) => r.id), ['d1']);
      assert.equal(store.client.query("SELECT id FROM documents WHERE search @@ websearch_to_tsquery('simple', 'tokyo')").length, 0);
    } finally {
      store.close();
    }
  }));

test('opening a PostgreSQL store again keeps what it holds; a transaction that fails leaves nothing', () =>
  inSchema((url) => {
    const first = openPostgresStore(url);
    first.client.query('INSERT INTO reuse_anchor_counts (hash, n) VALUES (1, 1)');
    assert.throws(() =>
      first.client.transaction(() => {
        first.client.query('INSERT INTO reuse_anchor_counts (hash, n) VALUES (2, 1)');
        first.client.query('INSERT INTO reuse_anchor_counts (hash, n) VALUES (1, 1)');
      }), /duplicate key/);
    first.close();
    const again = openPostgresStore(url, { readonly: true });
    try {
      assert.deepEqual(again.client.query<{ hash: string }>('SELECT hash FROM reuse_anchor_counts').map((r) => Number(r.hash)), [1]);
    } finally {
      again.close();
    }
  }));

test('four processes opening one new PostgreSQL store at once all succeed and create it once', () =>
  inSchema(async (url) => {
    const script = `import { openPostgresStore } from './src/store/pg/open.ts'; openPostgresStore(process.argv[1]).close();`;
    const runs = Array.from({ length: 4 }, () =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, url], { cwd: REPO });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('close', (code) => resolve({ code, err }));
      }));
    for (const r of await Promise.all(runs)) assert.equal(r.code, 0, r.err);
    const check = openPostgresStore(url, { readonly: true });
    try {
      assert.deepEqual(check.client.query("SELECT value FROM attache_meta WHERE key = 'version'").length, 1);
    } finally {
      check.close();
    }
  }));

test('an unreachable server or a database without a store is a one-line error naming the address, without its password', () =>
  inSchema((url) => {
    assert.throws(() => openPostgresStore('postgresql://someone:secret@127.0.0.1:1/nothing?connect_timeout=2'), (err: Error) =>
      err instanceof StoreError && /^postgresql:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing.*cannot reach the PostgreSQL server/.test(err.message) && !err.message.includes('\n') && !err.message.includes('secret'));
    assert.throws(() => openPostgresStore(url, { readonly: true }), /no store here/);
  }));

nodeTest.test('a store address the SQLite store cannot open is refused in one line, and no file is made after it', () => {
  const url = 'postgresql://analyst:secret@db.example.org/attache';
  assert.throws(() => openStore(url), (err: Error) => err instanceof StoreError && /^postgresql:\/\/analyst:\*\*\*@db\.example\.org\/attache: PostgreSQL stores cannot/.test(err.message));
  assert.equal(fs.existsSync('postgresql:'), false);
});
