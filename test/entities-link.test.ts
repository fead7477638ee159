// Entities across documents: spelling variants of one person merge, namesakes stay apart, roles
// keep the documents and dates that attest them, and the export lists every mention.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { linkDocument } from '../src/link/index.js';
import { openStore, type Store } from '../src/store/db.js';
import { insertDocument } from '../src/store/documents.js';
import { exportEntities } from '../src/store/entities.js';
import { dossier, entityList, findEntities } from '../src/views/entities.js';
import { cleanDocument } from '../src/clean/index.js';
import { rawText } from './helpers/docs.js';

function store(docs: [string, string, string?][]): Store {
  const s = openStore(':memory:');
  for (const [name, text, published] of docs) {
    const raw = rawText(text, name);
    if (published) raw.hints.published = published;
    const doc = cleanDocument(raw);
    const ann = annotate(doc);
    s.db.transaction(() => {
      insertDocument(s, doc, doc.hash, ann);
      linkDocument(s, doc, doc.hash + ':' + name, ann);
    })();
  }
  return s;
}

const A = `Russian Foreign Minister Sergei Lavrov met Foreign Minister of India Subrahmanyam Jaishankar in New Delhi on Tuesday. Lavrov said the talks had been useful.\n`;
const B = `Foreign Minister Sergey Lavrov of Russia received Foreign Minister of the Republic of Korea Chung Eui-Yong in Moscow. The two ministers discussed the Korean Peninsula.\n`;
const C = `Foreign Minister Chung Euiyong spoke by phone with Prime Minister of Japan Kishida Fumio. Prime Minister Chung Sye-kyun chaired the cabinet meeting on the same day.\n`;
const D = `Foreign Minister Yun Byung-se of the Republic of Korea met Foreign Minister Sergey Lavrov in Moscow. Minister Yun thanked his host.\n`;

test('spelling variants of one person merge; two people who share a surname do not', () => {
  const s = store([
    ['a.txt', A, '2023-03-28'],
    ['b.txt', B, '2021-03-25'],
    ['c.txt', C, '2021-04-02'],
  ]);
  const persons = exportEntities(s).filter((e) => e.type === 'person');
  const lavrov = persons.filter((p) => /Lavrov/.test(p.name));
  assert.equal(lavrov.length, 1);
  assert.deepEqual([lavrov[0].name, ...lavrov[0].aliases].sort(), ['Sergei Lavrov', 'Sergey Lavrov']);
  const chungs = persons.filter((p) => p.name.startsWith('Chung'));
  assert.equal(chungs.length, 2, chungs.map((c) => c.name).join(' / '));
  const eui = chungs.find((c) => c.aliases.concat(c.name).includes('Chung Euiyong'))!;
  assert.deepEqual([eui.name, ...eui.aliases].sort(), ['Chung Eui-Yong', 'Chung Euiyong']);
  assert.equal(eui.country, 'KOR');
  s.close();
});

test('roles keep their documents and dates: foreign minister in one year, still listed per source', () => {
  const s = store([
    ['d.txt', D, '2016-06-13'],
    ['a.txt', A, '2023-03-28'],
  ]);
  const [lavrov] = findEntities(s, 'Sergei Lavrov');
  const d = dossier(s, lavrov.id)!;
  assert.equal(d.country, 'RUS');
  assert.deepEqual(
    d.roles.map((r) => [r.title, r.country, r.date]),
    [
      // D names no state for him: the lexicon of well-known officials does
      ['Foreign Minister', 'RUS', '2016-06-13'],
      ['Foreign Minister', 'RUS', '2023-03-28'],
    ],
  );
  assert.equal(d.documents.length, 2);
  assert.ok(d.mentions.every((m) => m.sentence.includes(m.text)));
  const exported = exportEntities(s).find((e) => e.id === lavrov.id)!;
  assert.deepEqual(exported.roles.map((r) => ({ ...r, docs: [...r.docs].sort() })), [{ title: 'Foreign Minister', country: 'RUS', docs: d.documents.map((x) => x.id).sort() }]);
  s.close();
});

test('the same document stored twice (a mirror) keeps the mentions of both copies', () => {
  const s = store([
    ['a.txt', A, '2023-03-28'],
    ['a-mirror.txt', 'Home | About\n\n' + A, '2023-03-28'],
  ]);
  const lavrov = exportEntities(s).find((e) => e.name.includes('Lavrov'))!;
  assert.equal(new Set(lavrov.mentions.map((m) => m.doc)).size, 2);
  const listed = entityList(s, { type: 'person', country: 'rus' });
  assert.deepEqual(listed.map((e) => [e.name, e.documents]), [['Sergei Lavrov', 2]]);
  s.close();
});

test('a person named by surname only joins the one stored person of that surname, in either order', () => {
  const s = store([
    ['e.txt', `President Macron told reporters in Paris that Europe must act together.\n`, '2023-04-09'],
    ['f.txt', `President of France Emmanuel Macron arrived in Beijing on Wednesday for a three-day state visit.\n`, '2023-04-05'],
    ['g.txt', `President Macron spoke with Chancellor Scholz by phone on Friday.\n`, '2023-04-14'],
  ]);
  const macrons = exportEntities(s).filter((e) => e.type === 'person' && /Macron/.test(e.name));
  assert.equal(macrons.length, 1, macrons.map((m) => m.name).join(' / '));
  assert.equal(new Set(macrons[0].mentions.map((m) => m.doc)).size, 3);
  assert.equal(macrons[0].name, 'Emmanuel Macron');
  s.close();
});

test('an initial and a surname ("S. Jaishankar") is the person of that surname whose given name fits, in either order; a second fit keeps them apart', () => {
  const E = `External Affairs Minister S. Jaishankar met Foreign Minister of Australia Penny Wong in Canberra.\n`;
  for (const order of [[A, E], [E, A]]) {
    const s = store(order.map((t, i): [string, string] => [`${i}.txt`, t]));
    const jaishankars = exportEntities(s).filter((e) => e.type === 'person' && /Jaishankar/.test(e.name));
    assert.equal(jaishankars.length, 1, JSON.stringify(jaishankars.map((e) => e.name)));
    assert.equal(jaishankars[0].mentions.length, 2);
    s.close();
  }
  // two Wongs whose given names start alike: "P. Wong" could be either, and stays apart from both
  const s = store([
    ['p.txt', `Foreign Minister Penny Wong met her counterpart.\n`],
    ['q.txt', `Minister of Home Affairs Patrick Wong of Australia spoke in Sydney.\n`],
    ['r.txt', `Minister P. Wong arrived in Suva.\n`],
  ]);
  assert.equal(exportEntities(s).filter((e) => e.type === 'person' && /Wong/.test(e.name)).length, 3);
  s.close();
});
