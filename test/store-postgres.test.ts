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
import { POSTGRES, SQLITE, type Dialect } from '../src/store/dialect.js';
import { conflictsAgainstDocSql } from '../src/store/conflicts.js';
import { clearLinksSql } from '../src/store/documents.js';
import { ENTITY_STATEMENTS } from '../src/store/entities.js';
import { quoteStatements } from '../src/store/quotes.js';
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

/** The quotes area's statements, as each backend's dialect writes them, run with the same parameters in the same order. */
const TERM_AND_ANCHOR_RUNS: [keyof ReturnType<typeof quoteStatements>, unknown[]][] = [
  // one speaker's passages: counters go up once per passage, postings are kept once
  ['countTerms', ['minister', '[7, 4000000001, 12]']],
  ['addTerms', ['minister', 1, '[7, 4000000001, 12]']],
  ['countTerms', ['minister', '[7, 12]']],
  ['addTerms', ['minister', 2, '[7, 12]']],
  ['addTerms', ['minister', 2, '[7, 12]']],
  ['countTerms', ['minister', '[7]']],
  ['addRareTerms', ['minister', 3, '[7, 12]', 'minister', 2]],
  // anchors of three documents: counts, postings of the rarer ones, candidates sharing them
  ['countAnchors', ['[101, 102, 103]']],
  ['addAnchors', [1, 1, '[101, 102, 103]', 3]],
  ['countAnchors', ['[101, 102, 104]']],
  ['addAnchors', [2, 0, '[101, 102, 104]', 3]],
  ['countAnchors', ['[101, 105]']],
  ['addAnchors', [3, 0, '[101, 105]', 2]],
];
const TERM_AND_ANCHOR_READS: [keyof ReturnType<typeof quoteStatements>, unknown[]][] = [
  ['termCounts', ['[7, 12, 4000000001, 99]', 'minister']],
  ['termPostings', ['minister', 7, 10]],
  ['termPostings', ['minister', 12, 10]],
  ['anchorCounts', ['[101, 102, 103, 104, 105, 106]']],
  ['anchorCandidates', ['[104, 101, 102, 103]', 1, 2, 10]],
  ['anchorCandidates', ['[104, 101, 102, 103]', 0, 1, 10]],
];

/** Rows sorted as text, keys of a comma list sorted too: the backends may list a group's members in any order. */
function normalized(rows: Record<string, unknown>[]): string[] {
  return rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) =>
    [k, k === 'keys' ? String(v).split(',').map(Number).sort((a, b) => a - b).join(',') : v])))).sort();
}

test('the term counters and anchor index of the quotes area give the same rows on SQLite and PostgreSQL', () =>
  inSchema((url) => {
    const read = (run: (d: Dialect, sql: string, params: unknown[], reads: boolean) => Record<string, unknown>[], d: Dialect) => {
      const sql = quoteStatements(d);
      for (const [name, params] of TERM_AND_ANCHOR_RUNS) run(d, sql[name], params, false);
      return TERM_AND_ANCHOR_READS.map(([name, params]) => normalized(run(d, sql[name], params, true)));
    };
    const lite = openStore(':memory:');
    const pg = openPostgresStore(url);
    try {
      const fromSqlite = read((d, sql, params, reads) => {
        const st = lite.db.prepare(d.parameters(sql));
        return reads ? (st.all(...params) as Record<string, unknown>[]) : (st.run(...params), []);
      }, SQLITE);
      const fromPostgres = read((d, sql, params) => pg.client.query(d.parameters(sql), params), POSTGRES);
      assert.deepEqual(fromPostgres, fromSqlite);
      // what the runs stored, as a check that they stored something
      assert.deepEqual(fromSqlite[0], normalized([{ term: 7, n: 3 }, { term: 12, n: 2 }, { term: 4000000001, n: 1 }]));
      assert.deepEqual(fromSqlite[1], normalized([{ passage: 1 }, { passage: 2 }]));
    } finally {
      lite.close();
      pg.close();
    }
  }));

test('a document stored twice is a unique violation of documents in both dialects, and nothing else is', () =>
  inSchema((url) => {
    const doc = ['d1', 'h1', 'a.txt', 'a.txt', 'text', 'Talks in Seoul.', 15, 'Talks', 'en', 'news', 'Talks in Seoul.', '', 'th1', 1, '2026-12-07'];
    const insert = `INSERT INTO documents (id, hash, source, source_name, format, original, byte_length, title, language, kind, main_text, body, text_hash, clean_share, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
    const caught = (work: () => unknown): unknown => {
      try {
        work();
      } catch (err) {
        return err;
      }
      assert.fail('no error');
    };
    const lite = openStore(':memory:');
    const pg = openPostgresStore(url);
    try {
      lite.db.prepare(insert).run(...doc);
      pg.client.query(POSTGRES.parameters(insert), doc);
      const again: [Dialect, unknown][] = [
        [SQLITE, caught(() => lite.db.prepare(insert).run(...doc))],
        [POSTGRES, caught(() => pg.client.query(POSTGRES.parameters(insert), doc))],
      ];
      for (const [d, err] of again) {
        assert.equal(d.isUniqueViolation(err, 'documents'), true, `${d.name}: ${String(err)}`);
        assert.equal(d.isUniqueViolation(err, 'quotes'), false, d.name);
      }
      assert.equal(SQLITE.isUniqueViolation(caught(() => lite.db.prepare('INSERT INTO quotes (id) VALUES (?)').run('q')), 'documents'), false);
    } finally {
      lite.close();
      pg.close();
    }
  }));

/** A document of our own, as a documents row (columns of DOCUMENT_INSERT). */
const DOCUMENT_ROW = ['d1', 'h1', 'a.txt', 'a.txt', 'text', 'The minister said talks in Seoul went well.', 43, 'Talks', 'en', 'news', 'The minister said talks in Seoul went well.', '', 'th1', 1, '2026-12-07'];
const DOCUMENT_INSERT = `INSERT INTO documents (id, hash, source, source_name, format, original, byte_length, title, language, kind, main_text, body, text_hash, clean_share, ingested_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

test('a document, its entities, a quote and what it reports on, written by the same statements, read back the same from SQLite and PostgreSQL', () =>
  inSchema((url) => {
    const q = quoteStatements(SQLITE);
    const e = ENTITY_STATEMENTS;
    // each write twice or more where a store meets it again: ignored, upserted or counted
    const writes: [string, unknown[]][] = [
      [DOCUMENT_INSERT, DOCUMENT_ROW],
      [e.addEntity, ['p1', 'person', 'Minister', 'KR']],
      [e.addKey, ['person', 'minister', 'p1']],
      [e.addKey, ['person', 'minister', 'p2']],
      [e.addSurname, ['minister', 'p1']],
      [e.addSurname, ['minister', 'p1']],
      [e.voteCountry, ['p1', 'KR']],
      [e.voteCountry, ['p1', 'KR']],
      [e.addName, ['p1', 'The minister', 1]],
      [e.addName, ['p1', 'The minister', 2]],
      [e.addName, ['p1', 'Minister', 1]],
      [e.addRole, ['p1', 'minister', 'KR', 'd1', null]],
      [e.addRole, ['p1', 'minister', 'KR', 'd1', '2026-12-01']],
      [e.addMention, ['p1', 'd1', 'm1', 0, 12, 'The minister', 0, 12]],
      [e.addMention, ['p1', 'd1', 'm2', 0, 12, 'The minister', 0, 12]],
      [e.addLocal, ['d1', 'm1', 'p1', 0]],
      [e.addLocal, ['d1', 'm1', 'p1', 1]],
      [q.insertQuote, ['q1', 'd1', 18, 42, 'talks in Seoul went well', 'p1', null, null, 'no_primary_source', '[]']],
      [q.insertQuote, ['q1', 'd1', 18, 42, 'talks in Seoul went well', 'p1', '{"verb":"said"}', '2026-12-07', 'verified', '[{"doc":"d0"}]']],
      [q.quotedFrom, ['d1', 'd0']],
      [q.reportsOn, ['d1', 'd0', 5]],
      [q.quotedFrom, ['d1', 'd0']],
      [q.reportsOn, ['d1', 'd9', 2]],
    ];
    const reads = [
      'SELECT id, type, name, country FROM entities',
      'SELECT * FROM entity_keys', 'SELECT * FROM entity_surnames', 'SELECT * FROM entity_countries', 'SELECT entity, name, count FROM entity_names',
      'SELECT * FROM entity_roles', 'SELECT * FROM entity_mentions', 'SELECT * FROM entity_locals', 'SELECT * FROM quotes', 'SELECT * FROM reports_on',
    ];
    const lite = openStore(':memory:');
    const pg = openPostgresStore(url);
    try {
      for (const [sql, params] of writes) {
        lite.db.prepare(sql).run(...params);
        pg.client.query(POSTGRES.parameters(sql), params);
      }
      for (const sql of reads) {
        const fromSqlite = normalized(lite.db.prepare(sql).all() as Record<string, unknown>[]);
        assert.deepEqual(normalized(pg.client.query(sql)), fromSqlite, sql);
        assert.ok(fromSqlite.length > 0, sql);
      }
      assert.deepEqual(lite.db.prepare('SELECT count, docs FROM entity_names, entity_countries WHERE name = ?').get('The minister'), { count: 3, docs: 2 });
      assert.deepEqual(lite.db.prepare('SELECT status, doc_date FROM quotes').get(), { status: 'verified', doc_date: '2026-12-07' });
    } finally {
      lite.close();
      pg.close();
    }
  }));

test('conflicts found against a document, and whether a table exists, read the same through each dialect', () =>
  inSchema((url) => {
    const insert = 'INSERT INTO conflicts (id, kind, doc, start, "end", text, event, against, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING';
    const rows = [
      ['cf_1', 'first_since', 'd1', 0, 5, 'first', null, JSON.stringify([{ doc: 'd2', start: 0, end: 4, text: 'met' }]), 'met before'],
      ['cf_2', 'first_since', 'd1', 9, 14, 'first', 'e1', JSON.stringify([{ doc: 'd3', start: 1, end: 2, text: 'x' }, { doc: 'd2', start: 7, end: 9, text: 'yy' }]), 'met in 2010'],
      ['cf_1', 'first_since', 'd9', 0, 5, 'again', null, '[]', 'ignored: the id is stored'],
      ['cf_3', 'first_since', 'd2', 0, 5, 'first', null, JSON.stringify([{ doc: 'd3', start: 0, end: 1, text: 'z' }]), 'not against d2'],
    ];
    const lite = openStore(':memory:');
    const pg = openPostgresStore(url);
    try {
      for (const r of rows) (lite.db.prepare(insert).run(...r), pg.client.query(POSTGRES.parameters(insert), r));
      const ids = (found: Record<string, unknown>[]) => found.map((r) => `${r.id}:${r.doc}:${r.end}`);
      const fromSqlite = ids(lite.db.prepare(conflictsAgainstDocSql(SQLITE)).all('d2') as Record<string, unknown>[]);
      assert.deepEqual(fromSqlite, ['cf_1:d1:5', 'cf_2:d1:14']);
      assert.deepEqual(ids(pg.client.query(POSTGRES.parameters(conflictsAgainstDocSql(POSTGRES)), ['d2'])), fromSqlite);
      for (const [table, held] of [['conflicts', true], ['no_such_table', false]] as const) {
        assert.equal(!!lite.db.prepare(SQLITE.tableExists).get(table), held, `sqlite ${table}`);
        assert.equal(pg.client.query(POSTGRES.parameters(POSTGRES.tableExists), [table]).length > 0, held, `postgres ${table}`);
      }
    } finally {
      lite.close();
      pg.close();
    }
  }));

test('clearing the links empties every table linking made and keeps the documents, on SQLite and PostgreSQL', () =>
  inSchema((url) => {
    const writes: [string, unknown[]][] = [
      [DOCUMENT_INSERT, DOCUMENT_ROW],
      ['UPDATE documents SET duplicate_of = ?', ['d0']],
      ['INSERT INTO minhash (seq, signature) SELECT seq, ? FROM documents', [Buffer.from([1, 2, 3])]],
      ["INSERT INTO events (id, type, status, summary) VALUES ('e1', 'meeting', 'happened', 'Talks in Seoul')", []],
      ["INSERT INTO event_participants (event, entity, role, actor) VALUES ('e1', 'p1', 'participant', 1)", []],
      [ENTITY_STATEMENTS.addEntity, ['p1', 'person', 'Minister', null]],
    ];
    const lite = openStore(':memory:');
    const pg = openPostgresStore(url);
    try {
      for (const [sql, params] of writes) (lite.db.prepare(sql).run(...params), pg.client.query(POSTGRES.parameters(sql), params));
      const liteTables = lite.db.prepare(SQLITE.tables).pluck().all() as string[];
      const pgTables = pg.client.query<{ name: string }>(POSTGRES.tables).map((r) => r.name);
      assert.deepEqual([...pgTables].filter((t) => t !== 'attache_meta').sort(), liteTables.filter((t) => !t.startsWith('sqlite_')).sort());
      lite.db.transaction(() => clearLinksSql(SQLITE, liteTables).forEach((sql) => lite.db.prepare(sql).run()))();
      pg.client.transaction(() => clearLinksSql(POSTGRES, pgTables).forEach((sql) => pg.client.query(sql)));
      for (const t of ['minhash', 'events', 'event_participants', 'entities'])
        assert.deepEqual([lite.db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), pg.client.query(`SELECT count(*) AS n FROM ${t}`)[0]], [{ n: 0 }, { n: 0 }], t);
      const kept = 'SELECT id, duplicate_of FROM documents';
      assert.deepEqual(pg.client.query(kept), lite.db.prepare(kept).all());
      assert.deepEqual(lite.db.prepare(kept).all(), [{ id: 'd1', duplicate_of: null }]);
      assert.equal(pg.client.query("SELECT value FROM attache_meta WHERE key = 'version'").length, 1);
    } finally {
      lite.close();
      pg.close();
    }
  }));
