// What ingest reads: gzip-compressed inputs, crawler records (JSON and JSON Lines), standard input,
// user-supplied dates for undated documents, and the same bytes twice.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { openStore, type Store } from '../src/store/db.js';
import { buildExport } from '../src/views/export.js';
import { searchDocuments } from '../src/views/docs.js';
import { cli, ingest, tempDir, writeFiles } from './support.js';

const READOUT = `Readout of the Foreign Minister's meeting with the Foreign Minister of Ghana

Accra, 9 February 2024

The Foreign Minister of Norway met the Foreign Minister of Ghana in Accra today to discuss cocoa trade, maritime security in the Gulf of Guinea and the funding of peacekeeping missions.

The ministers agreed to hold political consultations every year, alternating between Oslo and Accra.
`;
const UNDATED = `The Prime Minister of Portugal spoke by telephone with the President of Cabo Verde about the new ferry link between Praia and Lisbon and about support for the islands' renewable energy plans.

The two leaders agreed that their ministers of transport would meet soon to settle the timetable for the first crossings.
`;
const PAGE = `<!DOCTYPE html><html><head><title>Thailand and Malaysia open new border post</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li></ul></nav>
<article><h1>Thailand and Malaysia open new border post</h1><time datetime="2023-06-21">21 June 2023</time>
<p>The foreign ministers of Thailand and Malaysia opened a new border post at Sadao on Wednesday, which both governments expect to halve the time lorries spend at the crossing.</p>
<p>The post will be open around the clock from next month, and a rail freight terminal beside it is due to open in 2025, the ministers told reporters at the ceremony.</p>
</article><footer>© Ministry of Foreign Affairs</footer></body></html>`;

function docs(store: Store) {
  return buildExport(store).documents;
}

test('gzip-compressed text and HTML are read as if uncompressed, HTML also when sniffed from content', async () => {
  const dir = writeFiles(tempDir(), { 'readout.txt.gz': gzipSync(READOUT), 'page.html.gz': gzipSync(PAGE), 'page-without-extension': gzipSync(PAGE.replace('Wednesday', 'Thursday')) });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  assert.deepEqual(run.results.map((r) => r.status), ['stored', 'stored', 'stored']);
  const byName = new Map(docs(store).map((d) => [d.sourceName, d]));
  const txt = byName.get('readout.txt.gz')!;
  assert.equal(txt.format, 'text');
  assert.equal(txt.published, '2024-02-09');
  assert.match(txt.text, /political consultations every year/);
  for (const name of ['page.html.gz', 'page-without-extension']) {
    const d = byName.get(name)!;
    assert.equal(d.format, 'html', name);
    assert.equal(d.title, 'Thailand and Malaysia open new border post');
    assert.equal(d.published, '2023-06-21');
    assert.doesNotMatch(d.text, /About us|Ministry of Foreign Affairs/);
  }
  store.close();
});

test('JSON Lines and JSON records keep their url, title and date, and each record is its own document', async () => {
  const dir = writeFiles(tempDir(), {
    'crawl.jsonl': [
      JSON.stringify({ url: 'https://mfa.example.no/ghana', title: 'Norway and Ghana meet in Accra', published: '2024-02-09', text: READOUT }),
      JSON.stringify({ url: 'https://news.example.th/sadao', html: PAGE }),
    ].join('\n'),
    'batch.json': JSON.stringify([{ link: 'https://gov.example.pt/call', date: '2023-11-30', body: UNDATED }]),
  });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  assert.equal(run.summary.stored, 3);
  const byUrl = new Map(docs(store).map((d) => [d.source, d]));
  const ghana = byUrl.get('https://mfa.example.no/ghana')!;
  assert.equal(ghana.title, 'Norway and Ghana meet in Accra');
  assert.equal(ghana.published, '2024-02-09');
  assert.equal(ghana.publishedEvidence, null); // given by the crawler, not read in the text
  assert.equal(byUrl.get('https://news.example.th/sadao')!.format, 'html');
  const call = byUrl.get('https://gov.example.pt/call')!;
  assert.equal(call.published, '2023-11-30');
  assert.match(call.text, /ferry link between Praia and Lisbon/);
  store.close();
});

test('crawler records with unusable metadata are kept, each bad field named; an empty JSON array says it held nothing', async () => {
  const dir = writeFiles(tempDir(), {
    'crawl.jsonl': [
      JSON.stringify({ url: 'https://gov.example.pt/a', published: '2021-02-30', text: UNDATED }),
      JSON.stringify({ url: 'https://gov.example.pt/b', published: '2021-03-04T25:00:00Z', title: 42, text: READOUT }),
    ].join('\n'),
    'empty.json': '[]',
  });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  assert.equal(run.summary.stored, 2);
  const warnings = run.results.filter((r) => r.status === 'warning').map((r) => `${r.source}: ${(r as { reason: string }).reason}`);
  assert.ok(warnings.some((w) => /line 1\): "published" is not a date: "2021-02-30"/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /line 2\): "published" is not a date/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /line 2\): "title" is a number, not a string/.test(w)), warnings.join('\n'));
  const byUrl = new Map(docs(store).map((d) => [d.source, d]));
  // not 2 March: an impossible date is no date, and the undated text stays undated
  assert.equal(byUrl.get('https://gov.example.pt/a')!.published, null);
  // not 5 March: the text's own dateline gives the date instead
  assert.equal(byUrl.get('https://gov.example.pt/b')!.published, '2024-02-09');
  assert.deepEqual(run.of('empty.json').map((r) => [r.status, (r as { reason: string }).reason]), [['failed', 'an empty JSON array: no records to read']]);
  store.close();
});

test('an undated document stays undated unless a sidecar or --published gives its date', async () => {
  const dir = writeFiles(tempDir(), {
    'call.txt': UNDATED,
    'call-with-sidecar.txt': UNDATED.replace('telephone', 'video link'),
    'call-with-sidecar.txt.meta.json': JSON.stringify({ published: '2023-11-30', kind: 'readout', title: 'Call with the President of Cabo Verde' }),
  });
  const store = openStore(':memory:');
  await ingest(store, [dir]);
  const byName = new Map(docs(store).map((d) => [d.sourceName, d]));
  const plain = byName.get('call.txt')!;
  assert.equal(plain.published, null, 'never the ingest date, never a guess');
  assert.equal(plain.publishedPrecision, null);
  assert.equal(plain.publishedEvidence, null);
  const side = byName.get('call-with-sidecar.txt')!;
  assert.equal(side.published, '2023-11-30');
  assert.equal(side.publishedPrecision, 'day');
  assert.equal(side.kind, 'readout');
  assert.equal(side.title, 'Call with the President of Cabo Verde');
  assert.ok(!byName.has('call-with-sidecar.txt.meta.json'), 'the sidecar is not a document');

  // --published fills in inputs that do not state a date (a month stays a month); a stated date wins.
  const again = openStore(':memory:');
  writeFiles(dir, { 'dated.txt': READOUT });
  await ingest(again, [path.join(dir, 'call.txt'), path.join(dir, 'dated.txt')], { hints: { publishedIfUnstated: '2023-11' } });
  const [undated, dated] = docs(again);
  assert.equal(undated.published, '2023-11');
  assert.equal(undated.publishedPrecision, 'month');
  assert.equal(dated.published, '2024-02-09');
  assert.match(dated.publishedEvidence!.text, /9 February 2024/);
  store.close();
  again.close();
});

test('a sidecar that is not valid is named in a warning and the document is still stored', async () => {
  const dir = writeFiles(tempDir(), { 'call.txt': UNDATED, 'call.txt.meta.json': '{"published": "next Tuesday"}' });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  assert.deepEqual(run.results.map((r) => r.status), ['warning', 'stored']);
  assert.match((run.results[0] as { reason: string }).reason, /call\.txt\.meta\.json: "published" is not a date: "next Tuesday"/);
  assert.equal(docs(store)[0].published, null);
  store.close();
});

test('the same bytes twice are reported as already stored, in one run and in the next', async () => {
  const dir = writeFiles(tempDir(), { 'a/readout.txt': READOUT, 'b/copy-of-readout.txt': READOUT });
  const store = openStore(':memory:');
  const first = await ingest(store, [dir]);
  assert.deepEqual(first.of('a/readout.txt').map((r) => r.status), ['stored']);
  assert.deepEqual(first.of('b/copy-of-readout.txt').map((r) => r.status), ['already']);
  const second = await ingest(store, [path.join(dir, 'a')]);
  assert.deepEqual(second.results.map((r) => r.status), ['already']);
  assert.equal(second.summary.already, 1);
  assert.equal(second.summary.stored, 0);
  const ids = [...first.results, ...second.results].map((r) => (r as { id: string }).id);
  assert.equal(new Set(ids).size, 1, 'one document, one id');
  assert.equal(docs(store).length, 1);
  store.close();
});

test('"-" reads standard input; search finds it by the words of its main text', () => {
  const db = path.join(tempDir(), 'stdin.db');
  const r = cli(['ingest', '--db', db, '-'], READOUT);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /stored: - → [0-9a-f]{16}/);
  const store = openStore(db, { readonly: true });
  const { hits } = searchDocuments(store, 'peacekeeping');
  assert.equal(hits.length, 1);
  assert.match(hits[0].snippet, /\[peacekeeping\]/);
  assert.equal(searchDocuments(store, 'Home').hits.length, 0);
  store.close();
  assert.ok(fs.existsSync(db));
});
