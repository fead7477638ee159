// An ingest that fails or is killed part-way leaves a consistent store: every document is there
// with its search entry and its duplicate fingerprint, or not at all; a re-run completes the job.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../bench/corpus.js';
import { openStore, type Store } from '../src/store/db.js';
import { ingest, REPO, tempDir, writeFiles } from './support.js';

const paragraph = (place: string) =>
  `The foreign ministers met in ${place} on Monday to review the trade agreement signed two years ago, the protection of investments, and the cooperation of their customs services at the shared border crossings, which handle most of the goods that move between the two countries.`;

/** Rows that must exist together: a document, its full-text entry, its fingerprint and bucket keys. */
function assertConsistent(store: Store): number {
  const db = store.db;
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const docs = n('SELECT count(*) AS n FROM documents');
  assert.equal(n('SELECT count(*) AS n FROM documents_fts_docsize'), docs, 'one search entry per document');
  assert.equal(n('SELECT count(*) AS n FROM documents_fts_docsize WHERE id NOT IN (SELECT seq FROM documents)'), 0);
  assert.equal(n('SELECT count(*) AS n FROM minhash WHERE seq NOT IN (SELECT seq FROM documents)'), 0, 'no orphan fingerprints');
  assert.equal(n('SELECT count(*) AS n FROM lsh_keys WHERE seq NOT IN (SELECT seq FROM documents)'), 0, 'no orphan bucket keys');
  assert.equal(n('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL AND duplicate_of NOT IN (SELECT id FROM documents)'), 0);
  return docs;
}

// (the same with worker threads, whose results the store thread stores batch by batch)
for (const jobs of [1, 2]) {
  test(`a document that fails to be stored mid-batch takes nothing else with it, and leaves nothing behind (${jobs} thread${jobs > 1 ? 's' : ''})`, async () => {
    const dir = writeFiles(tempDir(), {
      'a.txt': `Talks in Lima\n\n${paragraph('Lima')}\n`,
      'b-poison.txt': `Talks in Quito\n\n${paragraph('Quito')}\n`,
      'c.txt': `Talks in Bogotá\n\n${paragraph('Bogotá')}\n`,
    });
    const store = openStore(':memory:');
    // Fail the third write of b's transaction (its fingerprint), after its document row went in.
    store.db.exec(`CREATE TEMP TRIGGER fail_b BEFORE INSERT ON minhash
      WHEN NEW.seq IN (SELECT seq FROM documents WHERE source LIKE '%b-poison%')
      BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`);
    const run = await ingest(store, [dir], { jobs });
    assert.deepEqual(run.of('b-poison.txt').map((r) => [r.status, (r as { reason?: string }).reason]), [['failed', 'could not be stored: disk I/O error (simulated)']]);
    assert.deepEqual(run.results.filter((r) => r.status === 'stored').map((r) => path.basename(r.source)), ['a.txt', 'c.txt']);
    assert.equal(assertConsistent(store), 2);
    // Once the cause is gone, a re-run stores b and reports the others as already stored.
    store.db.exec('DROP TRIGGER fail_b');
    const again = await ingest(store, [dir], { jobs });
    assert.deepEqual(again.results.map((r) => `${r.status} ${path.basename(r.source)}`).sort(), ['already a.txt', 'already c.txt', 'stored b-poison.txt']);
    assert.equal(assertConsistent(store), 3);
    store.close();
  });
}

test('a killed ingest leaves a consistent store, and running it again completes the job', async () => {
  const work = tempDir();
  const corpus = path.join(work, 'corpus');
  // (more documents than one transaction holds, so the kill lands between commits)
  const made = generateCorpus({ dir: corpus, docs: 1800, seed: 7 });
  const db = path.join(work, 'store.db');
  // Kill the process (no chance to clean up) as soon as it reports the first committed batch.
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src', 'cli', 'main.ts'), 'ingest', '--no-annotate', '--db', db, corpus], { cwd: REPO });
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      if (/^stored: /m.test(err)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolve() : reject(new Error(`exit ${code}: ${err}`))));
  });
  const store = openStore(db);
  const kept = assertConsistent(store);
  assert.ok(kept >= 1, 'the committed batch is kept');
  assert.ok(kept < made.documents, 'the run was cut short');
  const rest = await ingest(store, [corpus]);
  assert.equal(rest.summary.failed, 0);
  assert.equal(rest.summary.read, made.documents);
  assert.ok(rest.summary.already >= kept);
  assert.equal(assertConsistent(store), rest.summary.stored + kept);
  store.close();
});
