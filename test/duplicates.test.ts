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

const UPDATED_STORY = {
  first: `Chile and Peru agree to share data on fish stocks

The foreign ministers of Chile and Peru met in Santiago on Friday and agreed to share scientific data on the anchovy stocks that both fleets depend on.

The agreement follows two years of talks between the fisheries agencies of the two countries, which had accused each other of overfishing near the maritime border.

Under the deal, research vessels from both countries will survey the stocks twice a year and publish their findings in a joint report.

The Chilean minister said the accord showed that neighbours could turn a dispute into cooperation, and thanked her Peruvian counterpart for his patience.

The Peruvian minister said the data would help both governments set catch limits that fishermen could trust.

Environmental groups welcomed the deal but said it came late for some coastal communities whose catches have fallen by half in a decade.

The two ministers also discussed a planned highway link between Tacna and Arica and the reopening of a consulate in Iquique.

They agreed to meet again in Lima before the end of the year to review the first survey.
`,
  // the same story as updated an hour later: a new headline and two sentences reworded
  get later(): string {
    return this.first
      .replace('Chile and Peru agree to share data on fish stocks', 'Chile and Peru strike deal to share fish stock data')
      .replace('the anchovy stocks that both fleets depend on', 'the anchovy stocks on which both fleets depend')
      .replace('it came late for some coastal communities whose catches have fallen by half', 'it came too late for some coastal communities, whose catches have halved');
  },
};

test('an updated version of a story (new headline, a few sentences reworded) is a duplicate; a story of the same shape about others is not', async () => {
  const other = UPDATED_STORY.first.replace(/Chile/g, 'Ecuador').replace(/Peru/g, 'Colombia').replace(/Chilean/g, 'Ecuadorian').replace(/Peruvian/g, 'Colombian')
    .replace(/anchovy stocks/g, 'tuna stocks').replace('Santiago', 'Quito').replace('Tacna and Arica', 'Tulcan and Ipiales').replace('Iquique', 'Cali').replace('Lima', 'Bogota')
    .replace('two years of talks', 'a decade of quarrels').replace('twice a year', 'every spring').replace('by half in a decade', 'sharply since 2015');
  const dir = writeFiles(tempDir(), { 'a-first.txt': UPDATED_STORY.first, 'b-later.txt': UPDATED_STORY.later, 'c-other.txt': other });
  const store = openStore(':memory:');
  await ingest(store, [dir]);
  const docs = buildExport(store).documents;
  const doc = (n: string) => docs.find((d) => d.sourceName === n)!;
  assert.equal(doc('b-later.txt').duplicateOf, doc('a-first.txt').id);
  assert.equal(doc('c-other.txt').duplicateOf, null);
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
