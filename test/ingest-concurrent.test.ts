// Two ingests of the same files into one store at once: every file is stored once, and the slower
// process reports what the other stored first as already stored, not as a failure.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../src/store/db.js';
import { countDocuments } from '../src/store/documents.js';
import { REPO, tempDir, writeFiles } from './support.js';

function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src', 'cli', 'main.ts'), ...args], { cwd: REPO });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

test('two processes ingesting the same folder at once store each file once and both exit 0', async () => {
  const files: { [name: string]: string } = {};
  for (let i = 1; i <= 150; i++)
    files[`note-${i}.txt`] = `Consular note ${i}\n\nThe embassy of Chile in Lima received note number ${i} on 3 May 2022 about visas for ${i} seasonal workers and the opening hours of the consulate in Arica.\n`;
  const dir = writeFiles(tempDir(), files);
  const db = path.join(tempDir(), 'shared.db');
  const runs = await Promise.all([run(['ingest', '-q', '--jobs', '1', '--db', db, dir]), run(['ingest', '-q', '--jobs', '1', '--db', db, dir])]);
  for (const r of runs) {
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /could not be stored/);
  }
  // between them, every file is stored once and reported once as stored or already stored
  const counts = runs.map((r) => /stored (\d+) \(\d+ duplicates\), already stored (\d+)/.exec(r.stderr)!.slice(1).map(Number));
  assert.equal(counts[0][0] + counts[1][0], 150, runs.map((r) => r.stderr).join('\n'));
  assert.equal(counts[0][0] + counts[0][1], 150);
  assert.equal(counts[1][0] + counts[1][1], 150);
  const store = openStore(db);
  assert.equal(countDocuments(store), 150);
  store.close();
});
