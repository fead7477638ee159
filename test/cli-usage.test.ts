// The CLI as a user meets it: wrong option values are one-line usage errors (never a silently
// different answer or a database error), names are understood with close matches suggested, and a
// reader that goes away (`| head`) ends a command quietly. Runs on the example corpus we wrote.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { before, test } from 'node:test';
import { cli, REPO, tempDir } from './support.js';

const db = path.join(tempDir(), 'x.db');
before(() => {
  const r = cli(['ingest', '-q', '--db', db, path.join(REPO, 'example', 'corpus')]);
  assert.equal(r.status, 0, r.stderr);
});

const usageError = (args: string[], pattern: RegExp) => {
  const r = cli([...args, '--db', db]);
  assert.notEqual(r.status, 0, `${args.join(' ')} must fail`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, pattern);
  assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
};

test('dates that do not exist are refused, not read as another filter', () => {
  usageError(['timeline', '--from', '2021-13'], /--from.*2021-13.*a date such as/);
  usageError(['timeline', '--to', '2023-02-30'], /--to.*2023-02-30/);
  assert.equal(cli(['timeline', '--db', db, '--from', '2023-08', '--to', '2023-08-18']).status, 0);
});

test('a country is a code, a name or a demonym', () => {
  const byCode = cli(['timeline', '--db', db, '--country', 'JPN', '--format', 'json']);
  const byName = cli(['timeline', '--db', db, '--country', 'Japan', '--format', 'json']);
  const byDemonym = cli(['timeline', '--db', db, '--country', 'Japanese', '--format', 'json']);
  assert.equal(byCode.status, 0, byCode.stderr);
  assert.ok(JSON.parse(byCode.stdout).dated.length > 0, 'the example has events of Japan');
  assert.equal(byName.stdout, byCode.stdout);
  assert.equal(byDemonym.stdout, byCode.stdout);
  usageError(['timeline', '--country', 'Atlantis'], /--country.*Atlantis.*alpha-3/);
  usageError(['entities', '--country', 'XYZ'], /--country.*XYZ/);
});

test('an unknown event type or actor is named as unknown, with the close matches', () => {
  usageError(['timeline', '--type', 'CONSLT'], /CONSLT.*did you mean CONSULT/);
  assert.equal(cli(['timeline', '--db', db, '--type', 'consult']).status, 0, 'types in any case');
  usageError(['timeline', '--actor', 'Kishdia'], /--actor Kishdia: no person or organisation.*did you mean Kishida Fumio/);
});

test('counts must be whole numbers', () => {
  usageError(['docs', '--limit', 'abc'], /--limit.*abc.*whole number/);
  usageError(['search', 'treaty', '--limit', '0'], /--limit/);
  const two = cli(['docs', '--db', db, '--limit', '2', '--json']);
  assert.equal(JSON.parse(two.stdout).length, 2);
});

test('an event id prefix shared by several events lists them to choose from', () => {
  const r = cli(['event', '--db', db, 'ev_']);
  assert.notEqual(r.status, 0);
  const listed = r.stderr.match(/^ {2}ev_[0-9a-f]+ /gm) ?? [];
  assert.ok(listed.length > 1, r.stderr);
  const one = cli(['event', '--db', db, listed[0]!.trim()]);
  assert.equal(one.status, 0, one.stderr);
});

test('a search that is not valid query syntax says so and searches the words', () => {
  const r = cli(['search', '--db', db, 'treaty AND (']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /not valid search syntax.*searched for its words/);
  assert.match(r.stdout, /Aachen/);
});

test('a URL given to ingest is refused with the reason, not as a missing file', () => {
  const r = cli(['ingest', '--db', db, 'https://example.org/readout.html']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: https:\/\/example\.org\/readout\.html: URLs are not fetched/m);
});

test('a reader that goes away ends the command quietly', () => {
  const main = path.join(REPO, 'src', 'cli', 'main.ts');
  for (const cmd of ['export', 'docs']) {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${main}" ${cmd} --db "${db}" | head -c 20 >/dev/null`], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.stderr, '', `${cmd}: ${r.stderr}`);
  }
});

test('help names the store variable and shows sizes as a user writes them', () => {
  const r = cli(['ingest', '--help']);
  assert.match(r.stdout, /\$ATTACHE_DB/);
  assert.match(r.stdout, /default:\s+20M/);
});
