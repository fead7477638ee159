// Correcting the record: `doc set` gives a document a date, title or kind and works out again what
// depends on them; `doc rm` removes documents and all that rests on them alone. Our own texts.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../src/store/db.js';
import { relinkAll } from '../src/views/amend.js';
import { cli } from './support.js';
import { recordStore } from './helpers/record-texts.js';

const { db, texts } = recordStore();

const run = (args: string[]) => {
  const r = cli([...args, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};
const exported = () => JSON.parse(run(['export']));

test('doc set gives an undated document its date, and its events their dates from it', () => {
  const before = exported();
  const talks = before.events.find((e: { location: string | null }) => e.location?.includes('Stockholm'));
  assert.ok(talks, 'the Stockholm meeting is found');
  assert.equal(talks.date, null, '"on Tuesday" of an undated text is no date');
  const out = run(['doc', 'set', 'stockholm.txt', '--published', '2024-03-14', '--title', 'Holm and Reyes talk trade', '--kind', 'readout']);
  assert.match(out, /published \(none\) → 2024-03-14; title .* → "Holm and Reyes talk trade"; kind news → readout/);
  const after = exported();
  const doc = after.documents.find((d: { source: string }) => d.source.endsWith('stockholm.txt'));
  assert.deepEqual([doc.published, doc.title, doc.kind], ['2024-03-14', 'Holm and Reyes talk trade', 'readout']);
  assert.equal(doc.publishedEvidence, null, 'a date set by hand is no span of the text');
  const moved = after.events.find((e: { location: string | null }) => e.location?.includes('Stockholm'));
  assert.equal(moved.date, '2024-03-12', 'the Tuesday before Thursday 14 March');
  assert.equal(after.events.length, before.events.length);
  // the title is searchable by its new words
  assert.match(run(['search', 'Holm', 'talk', 'trade']), /Holm and Reyes talk trade/);
  assert.match(run(['doc', 'set', 'stockholm.txt', '--kind', 'readout']), /unchanged/);
});

test('doc rm removes a document and what rests on it alone; what others say stays', () => {
  const before = exported();
  const oslo = before.documents.find((d: { source: string }) => d.source.endsWith('oslo.txt'));
  assert.match(run(['doc', 'rm', oslo.id.slice(0, 8)]), new RegExp(`removed ${oslo.id}`));
  const after = exported();
  assert.equal(after.documents.length, before.documents.length - 1);
  const points = JSON.stringify({ e: after.entities, v: after.events, q: after.quotes });
  assert.ok(!points.includes(oslo.id), 'nothing points at the removed document');
  const names = after.entities.map((e: { name: string }) => e.name);
  assert.ok(!names.includes('Ingrid Solvang'), 'mentioned only there: gone');
  assert.ok(names.includes('Pablo Reyes'), 'mentioned elsewhere too: kept');
  assert.ok(!after.events.some((e: { location: string | null }) => e.location?.includes('Oslo')), 'its events go');
  assert.ok(after.events.some((e: { location: string | null }) => e.location?.includes('Lima')));
  assert.match(run(['search', 'fishing']), /no matches/);
  // the store is as consistent as a fresh ingest: linking it again changes nothing
  const store = openStore(db);
  store.db.prepare("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").run(); // throws when the index is off
  store.db.transaction(() => relinkAll(store))();
  store.close();
  assert.deepEqual(exported(), after);
  // and the text can be ingested again
  const again = cli(['ingest', '-q', '--db', db, path.join(texts, 'oslo.txt')]);
  assert.match(again.stderr, /stored 1/);
});

test('unknown ids are one-line errors with the close ones; nothing to set is a usage error', () => {
  const ids = exported().documents.map((d: { id: string }) => d.id) as string[];
  const typo = ids[0].slice(0, 10) + 'x';
  for (const [args, pattern] of [
    [['doc', 'rm', typo], new RegExp(`no document ${typo} in the store; did you mean ${ids[0]}`)],
    [['doc', 'set', 'lima.tx', '--kind', 'news'], /no document lima\.tx in the store; did you mean lima\.txt/],
    [['doc', 'set', 'lima.txt'], /give --published, --title or --kind/],
    [['doc', 'set', 'lima.txt', '--published', '2023-02-30'], /--published.*2023-02-30/],
  ] as [string[], RegExp][]) {
    const r = cli([...args, '--db', db]);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, pattern);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  assert.equal(exported().documents.length, ids.length, 'nothing removed by a failed rm');
});
