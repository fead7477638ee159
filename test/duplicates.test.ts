// Exact and near-duplicate documents: the mirrored transcript points at the clean one whatever the
// order of ingest; two different reports of the same meeting stay apart; and the decisions (like
// the ids) do not depend on how many threads cleaned the documents.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../src/store/db.js';
import { buildExport } from '../src/views/export.js';
import { needs } from './needs.js';
import { ingest, REPO, SEEDS, seedPath, tempDir, writeFiles } from './support.js';

function duplicateMap(store: ReturnType<typeof openStore>): Map<string, string | null> {
  const docs = buildExport(store).documents;
  const name = new Map(docs.map((d) => [d.id, d.sourceName]));
  return new Map(docs.map((d) => [d.sourceName.slice(0, 3), d.duplicateOf ? name.get(d.duplicateOf)!.slice(0, 3) : null]));
}

for (const order of [['000', '002'], ['002', '000']]) {
  test(`the mirrored transcript 002 is a duplicate of the clean 000 (ingested ${order.join(' then ')})`, needs('shared'), async () => {
    const store = openStore(':memory:');
    for (const seed of order) await ingest(store, [seedPath(seed)]);
    const dup = duplicateMap(store);
    assert.equal(dup.get('002'), '000');
    assert.equal(dup.get('000'), null);
    store.close();
  });
}

test('two different documents about the same meeting are not duplicates (000 and 001)', needs('shared'), async () => {
  const store = openStore(':memory:');
  await ingest(store, [seedPath('001'), seedPath('000')]);
  const dup = duplicateMap(store);
  assert.equal(dup.get('000'), null);
  assert.equal(dup.get('001'), null);
  store.close();
});

test('a copy with a few words changed and different page debris is a near-duplicate; a short text is only compared exactly', async () => {
  const story = [
    'The foreign ministers of Morocco and Spain met in Rabat on Thursday and agreed to reopen the customs posts at Ceuta and Melilla to commercial traffic in stages over the coming months.',
    'They also discussed the management of migration across the Strait of Gibraltar, fishing rights off the Atlantic coast, and a joint bid to host the football World Cup together with Portugal.',
    'The Spanish minister said the two governments had opened a new chapter in their relations and would meet again before the end of the year in Madrid.',
  ];
  const dir = writeFiles(tempDir(), {
    'a-original.txt': `Morocco and Spain agree to reopen customs posts\n\n${story.join('\n\n')}\n`,
    'b-mirror.txt': `Home | News | Contacts\n\nViews: 2041\n\nMorocco and Spain agree to reopen customs posts\n\n${story.join('\n\n').replace('Thursday', 'Friday')}\n\nLATEST NEWS\n\n03.02.2023 - Minister receives the Ambassador of Chile\n`,
    'c-short.txt': 'Morocco and Spain met in Rabat on Thursday.\n',
    'd-short.txt': 'Morocco and Spain met in Rabat on Friday.\n',
  });
  const store = openStore(':memory:');
  await ingest(store, [dir]);
  const docs = buildExport(store).documents;
  const id = (n: string) => docs.find((d) => d.sourceName === n)!;
  assert.equal(id('b-mirror.txt').duplicateOf, id('a-original.txt').id);
  assert.equal(id('d-short.txt').duplicateOf, null);
  assert.equal(id('c-short.txt').duplicateOf, null);
  store.close();
});

test('ids and duplicate decisions are the same with one thread and with worker threads', needs('shared'), async () => {
  const runs = [];
  for (const jobs of [1, 2]) {
    const store = openStore(':memory:');
    await ingest(store, [SEEDS, path.join(REPO, 'example', 'corpus')], { jobs });
    runs.push(buildExport(store).documents.map((d) => [d.sourceName, d.id, d.duplicateOf, d.published, d.title, d.text.length]));
    store.close();
  }
  assert.equal(runs[0].length, 10);
  assert.deepEqual(runs[1], runs[0]);
});
