// The store seam (#21): all SQL lives in src/store/. Nothing in the pipeline or the views prepares a
// statement, opens a transaction, sets a pragma or reaches for the database handle; they call the
// store's named functions, so another backend can stand behind them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
/** Every folder of the source but the store's own (views, link, ingest, server, cli, and the pure stages). */
const OUTSIDE_STORE = (p: string) => path.relative(SRC, p).split(path.sep)[0] !== 'store';

/** What only the store may write: the handle, its statements, transactions and pragmas, and SQL itself. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bstore\.db\b|\.db\.(?:prepare|exec|pragma|transaction)\b/, 'the database handle'],
  [/\.(?:prepare|pragma|transaction)\(|\bprepared\(/, 'a statement, pragma or transaction'],
  [/from ['"]better-sqlite3['"]/, 'the SQLite driver'],
  [/\bSELECT\b[^'"`]*\bFROM\b|\bINSERT (?:OR \w+ )?INTO\b|\bDELETE FROM\b|\bUPDATE \w+ SET\b|\bCREATE (?:TABLE|INDEX|VIEW)\b/, 'SQL'],
];

function* sources(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (!OUTSIDE_STORE(p)) continue;
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

/** Offending lines of a source text (comments are prose: they may name SQL). */
function seamBreaches(text: string): { line: number; what: string; text: string }[] {
  const out: { line: number; what: string; text: string }[] = [];
  text.split('\n').forEach((l, i) => {
    const code = l.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
    for (const [re, what] of FORBIDDEN) if (re.test(code)) out.push({ line: i + 1, what, text: code });
  });
  return out;
}

test('no file outside src/store (views, link, ingest, server, cli, …) prepares SQL or touches the database handle', () => {
  const found: string[] = [];
  for (const file of sources(SRC))
    for (const b of seamBreaches(fs.readFileSync(file, 'utf8'))) found.push(`${path.relative(SRC, file)}:${b.line}: ${b.what}: ${b.text}`);
  assert.ok(found.length === 0, `SQL outside src/store/ (move it behind a named store function):\n${found.join('\n')}`);
});

test('the check itself finds what it looks for', () => {
  assert.equal(seamBreaches("const n = store.db.prepare('SELECT count(*) FROM documents').get();").length >= 2, true);
  assert.equal(seamBreaches('const rows = prepared(store, sql).all();').length, 1);
  assert.equal(seamBreaches("const run = transaction(store, fn); db.pragma('x');").length, 1);
  assert.equal(seamBreaches("const sql = `DELETE FROM quotes WHERE doc = ?`;").length, 1);
  assert.deepEqual(seamBreaches('// a comment may say SELECT id FROM documents'), []);
  assert.deepEqual(seamBreaches("const m = /^(\\d{4})$/.exec(v); if (opts.db) open(opts.db);"), []);
});
