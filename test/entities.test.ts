// Entities of one document: people with the titles and countries they hold, short references
// resolved to the right person, the transcript speaker, countries by alias and capital,
// organisations and places — on texts we wrote, every mention an exact span of the original.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeContext } from '../src/annotate/context.js';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { mentionsIn } from '../src/annotate/entities/lookup.js';
import type { CleanDocument, LocalEntity } from '../src/types.js';
import { cleanText } from './helpers/docs.js';

function entitiesOf(text: string): { doc: CleanDocument; entities: LocalEntity[] } {
  const doc = cleanText(text);
  return { doc, entities: annotateEntities(makeContext(doc)) };
}

const people = (es: LocalEntity[]) => es.filter((e) => e.type === 'person');
const person = (es: LocalEntity[], name: string) => {
  const p = people(es).find((e) => e.name === name);
  assert.ok(p, `${name} is a person (found: ${people(es).map((e) => e.name).join(', ')})`);
  return p;
};
const texts = (e: LocalEntity) => e.mentions.map((m) => m.text);

function assertSpans(doc: CleanDocument, es: LocalEntity[]) {
  for (const e of es)
    for (const m of e.mentions) {
      assert.equal(doc.original.slice(m.start, m.end), m.text, `span of ${e.name}`);
      if (m.cleanStart >= 0) assert.equal(doc.main.text.slice(m.cleanStart, m.cleanEnd), m.text, `clean span of ${e.name}`);
    }
}

const BERLIN = `Foreign Minister of the Federal Republic of Germany Annalena Baerbock received Wang Yi, the Foreign Minister of China, in Berlin on Tuesday. Minister Baerbock said the talks had been frank. Wang Yi said China valued the dialogue with Europe. The German foreign minister later travelled to Paris, where she met President Emmanuel Macron. Baerbock and her Chinese counterpart agreed to meet again before the G20 summit in Rio de Janeiro. The Asian Infrastructure Investment Bank (AIIB) was also discussed; Germany is a member of the AIIB.
`;

test('titles before a name and in apposition give the role and the country', () => {
  const { doc, entities } = entitiesOf(BERLIN);
  const baerbock = person(entities, 'Annalena Baerbock');
  assert.deepEqual(baerbock.roles, [{ title: 'Foreign Minister', country: 'DEU' }]);
  assert.equal(baerbock.country, 'DEU');
  const wang = person(entities, 'Wang Yi');
  assert.deepEqual(wang.roles, [{ title: 'Foreign Minister', country: 'CHN' }]);
  assert.deepEqual(person(entities, 'Emmanuel Macron').roles.map((r) => r.title), ['President']);
  assertSpans(doc, entities);
});

test('short references resolve: title + surname, bare surname, "the German foreign minister", "her Chinese counterpart"', () => {
  const { entities } = entitiesOf(BERLIN);
  const baerbock = person(entities, 'Annalena Baerbock');
  assert.ok(texts(baerbock).includes('Minister Baerbock'));
  assert.ok(texts(baerbock).includes('The German foreign minister'));
  assert.ok(texts(baerbock).includes('Baerbock'));
  assert.ok(texts(person(entities, 'Wang Yi')).includes('her Chinese counterpart'));
  // one person per real person: no "Baerbock" of her own
  assert.equal(people(entities).length, 3);
});

test('two people with one surname: "Minister Chung" is the minister, "Prime Minister Chung" the premier', () => {
  const { doc, entities } = entitiesOf(
    `Prime Minister Chung Sye-kyun and Foreign Minister Chung Eui-yong attended the cabinet meeting in Seoul on Tuesday. Minister Chung later briefed reporters on his trip to Washington. Prime Minister Chung thanked the ministries for their work on the pandemic response. The minister said the talks had gone well.\n`,
  );
  const fm = person(entities, 'Chung Eui-yong');
  const pm = person(entities, 'Chung Sye-kyun');
  assert.ok(texts(fm).includes('Minister Chung'));
  assert.ok(!texts(pm).includes('Minister Chung'));
  assert.ok(texts(pm).includes('Prime Minister Chung'));
  assert.ok(texts(fm).includes('The minister'), 'a prime minister is not "the minister"');
  assertSpans(doc, entities);
});

test('a transcript title makes its speaker a person; in first-person sentences "the Foreign Minister" is the guest', () => {
  const { doc, entities } = entitiesOf(
    `Foreign Minister Penny Wong’s remarks at a press conference with Foreign Minister Winston Peters, Canberra, 12 March 2024

Thank you all for coming. I am pleased to welcome my colleague, Foreign Minister of New Zealand Winston Peters, back to Canberra.

We discussed the Pacific, where Australia and New Zealand work side by side. Wellington and Canberra remain committed to a peaceful, stable and prosperous region. I thanked the Foreign Minister for his candour. The two ministers agreed to meet again in Auckland later this year.
`,
  );
  const wong = person(entities, 'Penny Wong');
  assert.equal(wong.isSpeaker, true);
  const inTitle = wong.mentions.find((m) => m.text === 'Penny Wong');
  assert.ok(inTitle && inTitle.cleanStart === -1, 'the title-line mention has no main-text offsets');
  const peters = person(entities, 'Winston Peters');
  assert.deepEqual(peters.roles, [{ title: 'Foreign Minister', country: 'NZL' }]);
  assert.ok(texts(peters).includes('the Foreign Minister'));
  assert.ok(!texts(wong).includes('the Foreign Minister'));
  // "the two ministers" is a mention of each
  assert.ok(texts(peters).includes('The two ministers') && texts(wong).includes('The two ministers'));
  assertSpans(doc, entities);
});

test('countries by alias, formal style, demonym and capital; capitals after a preposition are places', () => {
  const { doc, entities } = entitiesOf(
    `The DPRK did not answer, and North Korea's state media were silent. Washington and Tokyo remain committed to close coordination with the ROK, officials in Seoul said. Britain and the Kingdom of Saudi Arabia issued a joint statement; the Saudi side welcomed Türkiye's mediation and a French proposal.\n`,
  );
  const codes = (surface: string) => entities.filter((e) => e.mentions.some((m) => m.text === surface)).map((e) => `${e.type}:${e.country}`);
  assert.deepEqual(codes('DPRK'), ['country:PRK']);
  assert.deepEqual(codes('North Korea'), ['country:PRK']);
  assert.deepEqual(codes('ROK'), ['country:KOR']);
  assert.deepEqual(codes('Washington'), ['country:USA']);
  assert.deepEqual(codes('Tokyo'), ['country:JPN']);
  assert.deepEqual(codes('Seoul'), ['location:KOR']);
  assert.deepEqual(codes('Britain'), ['country:GBR']);
  assert.deepEqual(codes('Kingdom of Saudi Arabia'), ['country:SAU']);
  assert.deepEqual(codes('Saudi'), ['country:SAU']);
  assert.deepEqual(codes('Türkiye'), ['country:TUR']);
  assert.deepEqual(codes('French'), ['country:FRA']);
  assert.equal(people(entities).length, 0);
  assertSpans(doc, entities);
});

test('organisations join their acronym, take the country in their name; places by lexicon and by grammar', () => {
  const { entities } = entitiesOf(
    `The Japanese Ministry of Foreign Affairs welcomed the report of the International Atomic Energy Agency (IAEA). The Asian Infrastructure Investment Bank (AIIB) will fund a port on Sakhalin Island; the AIIB board meets in Singapore.\n`,
  );
  const org = (name: string) => entities.find((e) => e.type === 'organization' && e.name === name);
  const aiib = org('Asian Infrastructure Investment Bank');
  assert.ok(aiib);
  assert.ok(aiib.aliases.includes('AIIB'));
  assert.equal(texts(aiib).filter((t) => t === 'AIIB').length, 2);
  assert.equal(org('Japanese Ministry of Foreign Affairs')?.country, 'JPN');
  assert.ok(org('International Atomic Energy Agency'));
  assert.ok(entities.some((e) => e.type === 'location' && e.name === 'Sakhalin Island'));
});

test('names of things are not people: initiatives, vaccines, festivals', () => {
  const { entities } = entitiesOf(
    `President Lula da Silva and Prime Minister Narendra Modi launched the Year of Mutual Exchanges and praised the Nine Bridges initiative. India will produce the Sputnik V vaccine, and the Global Biofuels Alliance will meet in New Delhi.\n`,
  );
  assert.deepEqual(people(entities).map((p) => p.name).sort(), ['Lula da Silva', 'Narendra Modi']);
});

test('mentions found for the events layer: a group resolves to each of its members', () => {
  const { doc, entities } = entitiesOf(
    `Prime Minister Anthony Albanese spoke by phone with Prime Minister of New Zealand Chris Hipkins on Monday. The two leaders discussed trade. The prime ministers of Australia and New Zealand will meet in Wellington.\n`,
  );
  const group = doc.main.text.indexOf('The two leaders');
  const hits = mentionsIn(entities, group, group + 'The two leaders'.length);
  assert.deepEqual(hits.map((h) => h.entity.name).sort(), ['Anthony Albanese', 'Chris Hipkins']);
  const pm = doc.main.text.indexOf('The prime ministers');
  assert.equal(mentionsIn(entities, pm, doc.main.text.length).filter((h) => h.entity.type === 'person').length, 2);
});

test('names in page debris are not entities', () => {
  const { entities } = entitiesOf(`Home | News | Contacts
Subscribe to our newsletter

Foreign Minister Luis Almagro meets Foreign Minister of Chile Alberto van Klaveren

Foreign Minister Luis Almagro received Foreign Minister of Chile Alberto van Klaveren in Montevideo on Monday. The two ministers reviewed the bilateral agenda on trade, energy and the environment, and agreed to hold the next round of consultations in Santiago before the end of the year. Minister van Klaveren thanked his host for the warm welcome and invited him to visit Chile.

LATEST NEWS

12.03.2024 - Prime Minister Keir Starmer's telephone conversation with President Volodymyr Zelensky
11.03.2024 - Comment by Foreign Ministry Spokesperson Mao Ning on recent statements

all news
`);
  const names = people(entities).map((p) => p.name);
  assert.ok(names.includes('Alberto van Klaveren'));
  for (const debris of ['Keir Starmer', 'Volodymyr Zelensky', 'Mao Ning']) assert.ok(!names.includes(debris), `${debris} is page debris`);
});
