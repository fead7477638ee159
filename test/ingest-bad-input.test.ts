// Bad input: each gets one clear line naming the file and the reason; the run goes on; what is
// already stored stays; the exit code says something failed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { openStore } from '../src/store/db.js';
import { countDocuments } from '../src/store/documents.js';
import { cli, ingest, tempDir, writeFiles } from './support.js';

const GOOD = `Chile and Peru agree on fisheries talks

Santiago, 12 May 2023

The foreign ministers of Chile and Peru met in Santiago on Friday and agreed to open talks on the management of shared fish stocks in the South Pacific.

The ministers also discussed border crossings at Chacalluta and the reopening of the rail link between Arica and Tacna, which has been closed since the pandemic.
`;
const RECORD = `Argentina and Uruguay reopened the bridge between Colón and Paysandú on Monday after three weeks of repairs. The two governments said traffic would return to normal within days, and that lorries carrying grain would be given priority at the customs post.`;
const DAMAGED_UTF8 = Buffer.concat([
  Buffer.from('Die Außenministerin traf ihren Amtskollegen aus Österreich in Berlin. ', 'utf8'),
  Buffer.from([0xc3, 0x28]), // a lead byte without its continuation: a damaged file
  Buffer.from(' Über die Lage an der Grenze wurde lange gesprochen, größere Fragen blieben offen.', 'utf8'),
]);

function badFolder(): string {
  return writeFiles(tempDir(), {
    'good.txt': GOOD,
    'empty.txt': '',
    'blank.txt': '  \n\n \t\n',
    'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
    'huge.txt': GOOD.repeat(200),
    'damaged.txt': DAMAGED_UTF8,
    'cut.txt.gz': gzipSync(GOOD).subarray(0, 40),
    'crawl.jsonl': `${JSON.stringify({ url: 'https://example.org/a', text: RECORD })}\n{"url": "https://example.org/b", "text": "unterminated\n${JSON.stringify({ url: 'https://example.org/c', title: 'No text here' })}\n`,
  });
}

test('each bad input gets one line naming it and the reason, and the good input is stored', async () => {
  const dir = badFolder();
  const store = openStore(':memory:');
  const run = await ingest(store, [dir, path.join(dir, 'no-such-file.txt')], { maxBytes: 64 * 1024 });
  const reason = (name: string) => {
    const lines = run.of(name).filter((r) => r.status === 'failed');
    assert.equal(lines.length, 1, `${name}: ${JSON.stringify(run.of(name))}`);
    return (lines[0] as { reason: string }).reason;
  };
  assert.match(reason('empty.txt'), /empty/);
  assert.match(reason('blank.txt'), /no text|white space/);
  assert.match(reason('photo.txt'), /binary/);
  assert.match(reason('huge.txt'), /over the size limit.*--max-size/);
  assert.match(reason('damaged.txt'), /invalid UTF-8 at byte 72/);
  assert.match(reason('cut.txt.gz'), /gzip/);
  assert.match(reason('no-such-file.txt'), /no such file/);
  // Crawler records: the broken line and the record without text are named by line; the good one is stored.
  const crawl = run.of('crawl.jsonl');
  assert.deepEqual(
    crawl.filter((r) => r.status === 'failed').map((r) => r.source.replace(dir, 'DIR')),
    ['DIR/crawl.jsonl (line 2)', 'DIR/crawl.jsonl (line 3)'],
  );
  assert.match((crawl.find((r) => r.source.endsWith('(line 2)')) as { reason: string }).reason, /not valid JSON/);
  assert.match((crawl.find((r) => r.source.endsWith('(line 3)')) as { reason: string }).reason, /neither "text" nor "html"/);
  assert.equal(run.results.filter((r) => r.status === 'stored').length, 2);
  assert.equal(run.summary.failed, 9);
  assert.equal(run.summary.read, run.summary.stored + run.summary.already + run.summary.failed);
  store.close();
});

test('folders: links are followed once, loops are not, and every entry left out is reported with its reason', async () => {
  const outside = writeFiles(tempDir(), { 'linked.txt': RECORD });
  const dir = writeFiles(tempDir(), { 'a/good.txt': GOOD, '.draft.txt': GOOD.replace('Chile', 'Bolivia'), 'old.db': 'not ours to read', 'orphan.txt.meta.json': '{}' });
  fs.symlinkSync(path.join(outside, 'linked.txt'), path.join(dir, 'a', 'link-to-file.txt'));
  fs.symlinkSync(outside, path.join(dir, 'link-to-folder'));
  fs.symlinkSync(dir, path.join(dir, 'a', 'loop')); // a link back up the tree
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  // good.txt, the linked file (once through the file link, once more through the folder link: already stored)
  assert.equal(run.summary.stored, 2);
  assert.equal(run.summary.already, 1);
  assert.deepEqual(run.summary.skipped, {
    'a folder already read (through a link)': 1,
    'broken symbolic link': 1,
    hidden: 1,
    'a database file': 1,
    'metadata sidecar with no document beside it': 1,
  });
  const skipped = run.results.filter((r) => r.status === 'skipped').map((r) => path.relative(dir, r.source)).sort();
  assert.deepEqual(skipped, ['.draft.txt', 'a/loop', 'broken.txt', 'old.db', 'orphan.txt.meta.json']);
  // the CLI's closing line counts them by reason
  const cliRun = cli(['ingest', '-q', '--db', path.join(tempDir(), 'x.db'), dir]);
  assert.match(cliRun.stderr, /skipped 5: .*1 hidden/);
  store.close();
});

test('the size limit is configurable and counts decompressed bytes', async () => {
  const dir = writeFiles(tempDir(), { 'story.txt.gz': gzipSync(GOOD.repeat(20)) });
  const store = openStore(':memory:');
  const small = await ingest(store, [dir], { maxBytes: 4096 });
  assert.match((small.results[0] as { reason: string }).reason, /decompresses to more than the size limit/);
  const big = await ingest(store, [dir], { maxBytes: 1 << 20 });
  assert.equal(big.results[0].status, 'stored');
  store.close();
});

test('truncated and malformed HTML keeps the text it holds, with a warning line', async () => {
  const page = `<!DOCTYPE html><html><head><title>Kenya and Tanzania sign border accord</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Kenya and Tanzania sign border accord</h1>
<p>The foreign ministers of Kenya and Tanzania signed an accord in Arusha on Tuesday to speed up the crossing of goods at Namanga, where lorries now wait for up to three days.
<p>Under the accord, customs officers of both countries will work from a single building and share one inspection of each vehicle, the ministries said in a joint statement.</div></span>
<p>Officials expect waiting times to fall to a few hours by the end of the year, once the new scanners are insta`;
  const dir = writeFiles(tempDir(), { 'accord.html': page });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  assert.deepEqual(run.results.map((r) => r.status), ['warning', 'stored']);
  assert.match((run.results[0] as { reason: string }).reason, /truncated/);
  const row = store.db.prepare('SELECT main_text, original, body FROM documents').get() as { main_text: string; original: string; body: string };
  assert.match(row.main_text, /single building and share one inspection/);
  assert.doesNotMatch(row.main_text, /Home News/);
  assert.equal(row.original, page);
  store.close();
});

test('a failed run keeps what was stored before, and the command exits non-zero with one line per failure', () => {
  const dir = badFolder();
  const db = path.join(tempDir(), 'store.db');
  const first = cli(['ingest', '-q', '--db', db, path.join(dir, 'good.txt')]);
  assert.equal(first.status, 0, first.stderr);
  const second = cli(['ingest', '--db', db, '--max-size', '64k', dir, path.join(dir, 'missing.txt')]);
  assert.equal(second.status, 1, second.stderr);
  const errors = second.stderr.split('\n').filter((l) => l.startsWith('error: '));
  assert.equal(errors.length, 9, second.stderr);
  for (const name of ['empty.txt', 'blank.txt', 'photo.txt', 'huge.txt', 'damaged.txt', 'cut.txt.gz', 'missing.txt', 'crawl.jsonl (line 2)', 'crawl.jsonl (line 3)'])
    assert.equal(errors.filter((l) => l.includes(`${name}: `)).length, 1, `one line for ${name}:\n${second.stderr}`);
  assert.match(second.stderr, /already stored: .*good\.txt/);
  assert.match(second.stderr, /^read 11, stored 1 \(0 duplicates\), already stored 1, failed 9$/m);
  const store = openStore(db, { readonly: true });
  assert.equal(countDocuments(store), 2);
  store.close();
  // A clean run exits 0; a store that cannot be opened is one line and a non-zero exit too.
  assert.equal(cli(['ingest', '-q', '--db', db, path.join(dir, 'good.txt')]).status, 0);
  fs.writeFileSync(path.join(dir, 'not-a-store.db'), 'this is not SQLite, just text in a file with the wrong name');
  const broken = cli(['docs', '--db', path.join(dir, 'not-a-store.db')]);
  assert.notEqual(broken.status, 0);
  assert.equal(broken.stderr.trim().split("\n").length, 1, `stderr: ${JSON.stringify(broken.stderr)}`);
});

test('a copy of an input read in the same run shares its outcome: refused with its reason, or already stored once it is', async () => {
  const dir = writeFiles(tempDir(), {
    'a-menu.txt': 'Home\nNews\nSport\nWeather\n',
    'b-menu-copy.txt': 'Home\nNews\nSport\nWeather\n',
    'c-good.txt': GOOD,
    'd-good-copy.txt': GOOD,
  });
  const store = openStore(path.join(tempDir(), 'store.db'));
  try {
    const run = await ingest(store, [dir]);
    const [menu] = run.of('a-menu.txt');
    const [menuCopy] = run.of('b-menu-copy.txt');
    assert.equal(menu.status, 'failed');
    assert.equal(menuCopy.status, 'failed', 'the copy of a refused input is refused too, not "already stored"');
    assert.equal(menuCopy.status === 'failed' && menu.status === 'failed' && menuCopy.reason, menu.reason);
    const [good] = run.of('c-good.txt');
    const [goodCopy] = run.of('d-good-copy.txt');
    assert.equal(good.status, 'stored');
    assert.equal(goodCopy.status, 'already');
    assert.equal(goodCopy.status === 'already' && good.status === 'stored' && goodCopy.id, good.id);
    assert.deepEqual([run.summary.read, run.summary.stored, run.summary.already, run.summary.failed], [4, 1, 1, 2]);
    assert.equal(countDocuments(store), 1);
  } finally {
    store.close();
  }
});
