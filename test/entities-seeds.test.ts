// The seed corpus through the real pipeline: the reference people found once each, with their
// countries and roles, nobody else a person, the coreference traps right, every span exact.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore } from '../src/store/db.js';
import { allDocuments } from '../src/store/documents.js';
import { exportEntities } from '../src/store/entities.js';
import type { ExportEntity } from '../src/types.js';
import { needs } from './needs.js';
import { GOLD, SEEDS } from './paths.js';


interface GoldPerson {
  name: string;
  aliases: string[];
  country: string;
  roles: string[];
  docs: string[];
}

test('seed corpus: people, countries, roles, traps and spans', needs('shared'), async () => {
  const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8')) as { people: GoldPerson[]; notPeople: { name: string }[] };
  const store = openStore(':memory:');
  await ingestPaths(store, [SEEDS]);
  const docs = allDocuments(store);
  const docOf = (prefix: string) => docs.find((d) => d.source_name.startsWith(prefix))!;
  const entities = exportEntities(store);
  const persons = entities.filter((e) => e.type === 'person');
  const names = (e: ExportEntity) => [e.name, ...e.aliases];

  for (const g of gold.people) {
    const hits = persons.filter((p) => names(p).some((n) => [g.name, ...g.aliases].includes(n)));
    assert.equal(hits.length, 1, `${g.name} is one entity`);
    const [p] = hits;
    assert.equal(p.country, g.country, `${g.name}'s country`);
    for (const r of g.roles) assert.ok(p.roles.some((x) => x.title === r), `${g.name} holds ${r}`);
    // every document the reference names them in (a duplicate counts as its own document)
    const inDocs = new Set(p.mentions.map((m) => m.doc));
    for (const d of g.docs) assert.ok(inDocs.has(docOf(d).id), `${g.name} mentioned in ${d}`);
  }
  assert.equal(persons.length, gold.people.length, `persons: ${persons.map((p) => p.name).join(', ')}`);
  for (const n of gold.notPeople) assert.ok(!persons.some((p) => names(p).includes(n.name)), `${n.name} is page debris`);

  // 003: "Minister Yun" is Yun Byung-se; 004: "Minister Yoo" is Yoo Myung-hee
  const said = (name: string, doc: string) => persons.find((p) => p.name === name)!.mentions.filter((m) => m.doc === docOf(doc).id).map((m) => m.text);
  assert.ok(said('Yun Byung-se', '003').includes('Minister Yun'));
  assert.ok(said('Yoo Myung-hee', '004').includes('Minister Yoo'));
  assert.ok(said('Sergey Lavrov', '001').includes('Lavrov'));
  assert.ok(said('Sergey Lavrov', '001').includes('The minister'));
  assert.ok(said('Sergey Lavrov', '003').includes('his Russian counterpart'));

  // countries
  const country = (code: string) => entities.find((e) => e.type === 'country' && e.country === code);
  for (const surface of ['Republic of Korea', 'ROK', 'South Korea', 'Korea']) assert.ok(country('KOR')!.mentions.some((m) => m.text === surface), surface);
  assert.ok(country('PRK')!.mentions.some((m) => m.text === 'North Korea'));
  assert.ok(country('RUS')!.mentions.some((m) => m.text === 'Moscow'), '"Moscow and Seoul remain committed" names governments');
  const rdif = entities.find((e) => e.type === 'organization' && e.name === 'Russian Direct Investment Fund');
  assert.ok(rdif && rdif.aliases.includes('RDIF') && rdif.country === 'RUS');

  // every span is the original text
  const original = new Map(docs.map((d) => [d.id, d.original]));
  let spans = 0;
  for (const e of entities)
    for (const m of e.mentions) {
      spans++;
      assert.equal(original.get(m.doc)!.slice(m.start, m.end), m.text);
    }
  assert.ok(spans > 100);
  store.close();
});
