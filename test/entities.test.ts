// Entities of one document: people with the titles and countries they hold, short references
// resolved to the right person, the transcript speaker, countries by alias and capital,
// organisations and places — on texts we wrote, every mention an exact span of the original.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsIn } from '../src/annotate/entities/lookup.js';
import { assertSpans, entitiesOf, people, person, texts } from './helpers/entities.js';

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

test('offices of many kinds: spokespeople, ambassadors posted abroad, heads of international bodies, honorifics', () => {
  const { doc, entities } = entitiesOf(
    `Kremlin spokesman Dmitry Peskov said on Monday that the talks would continue. Ambassador of the Republic of Korea to Russia Lee Sok-bae presented his credentials. Secretary-General of the Shanghai Cooperation Organisation Zhang Ming attended the forum. Mr. Peskov declined to comment further. U.S. Secretary of State Antony J. Blinken spoke with Chinese Foreign Ministry spokesperson Wang Wenbin. Secretary Blinken later left for Tokyo.\n`,
  );
  assert.deepEqual(person(entities, 'Dmitry Peskov').roles, [{ title: 'Spokesman', country: 'RUS' }]);
  assert.deepEqual(texts(person(entities, 'Dmitry Peskov')), ['Dmitry Peskov', 'Mr. Peskov']);
  assert.deepEqual(person(entities, 'Lee Sok-bae').roles, [{ title: 'Ambassador', country: 'KOR' }]);
  assert.deepEqual(person(entities, 'Zhang Ming').roles, [{ title: 'Secretary-General', country: null }]);
  assert.deepEqual(person(entities, 'Antony J. Blinken').roles, [{ title: 'Secretary of State', country: 'USA' }]);
  assert.ok(texts(person(entities, 'Antony J. Blinken')).includes('Secretary Blinken'));
  assert.deepEqual(person(entities, 'Wang Wenbin').roles, [{ title: 'Foreign Ministry Spokesperson', country: 'CHN' }]);
  assert.equal(people(entities).length, 5);
  assertSpans(doc, entities);
});

test('verbs of saying make people of names, not of organisations or states that "said"', () => {
  const { entities } = entitiesOf(
    `Amnesty International said on Tuesday that at least 100 protesters had been killed. The Office of Emergency Services said power would be restored by Friday. Kotak Institutional Equities said growth would slow. South Dakota said the campaign had worked. "We will not be intimidated," said Maria Ressa. According to Antonio Guterres, the talks must continue. Rosa Otunbayeva told reporters the mission would stay.\n`,
  );
  assert.deepEqual(people(entities).map((p) => p.name).sort(), ['Antonio Guterres', 'Maria Ressa', 'Rosa Otunbayeva']);
  assert.ok(entities.some((e) => e.type === 'location' && e.name === 'South Dakota'));
});

test('a known given name before a surname is a person; before a word for a thing it is not', () => {
  const { entities } = entitiesOf(
    `The delegation toured Victoria Falls and met political rival Hillary Clinton at the George Washington University. Kamala Harris was not there.
`,
  );
  assert.deepEqual(people(entities).map((p) => p.name).sort(), ['Hillary Clinton', 'Kamala Harris']);
});

test('a transcript whose title line the cleaner leaves out: speaker, question turns, "my counterpart"', () => {
  const { doc, entities } = entitiesOf(`Foreign Minister Sergey Lavrov’s remarks and answers to media questions at a joint news conference with Minister of Foreign Affairs of the Arab Republic of Egypt Sameh Shoukry, Cairo, July 24, 2022

Ladies and gentlemen,

We had substantive talks with my colleague and friend, Foreign Minister of Egypt Sameh Shoukry. President of Egypt Abdel Fattah el-Sisi received me earlier today.

Question: Mr Lavrov, what did you discuss regarding the grain deal?

Sergey Lavrov: We discussed it in detail. My Egyptian counterpart and I agreed that UN Secretary-General António Guterres deserves credit for the agreements signed in Istanbul.
`);
  const lavrov = person(entities, 'Sergey Lavrov');
  assert.equal(lavrov.isSpeaker, true);
  assert.deepEqual(texts(lavrov), ['Sergey Lavrov', 'Mr Lavrov', 'Sergey Lavrov']);
  assert.deepEqual(person(entities, 'Sameh Shoukry').roles, [{ title: 'Foreign Minister', country: 'EGY' }]);
  assert.ok(texts(person(entities, 'Sameh Shoukry')).includes('My Egyptian counterpart'));
  assert.deepEqual(person(entities, 'Abdel Fattah el-Sisi').roles, [{ title: 'President', country: 'EGY' }]);
  assertSpans(doc, entities);
});

test('offices named by common nouns: "Chinese leader Xi Jinping", "the Chinese leader", "China’s top diplomat"', () => {
  const { entities } = entitiesOf(
    `Chinese leader Xi Jinping met Brazilian President Luiz Inácio Lula da Silva in Beijing. The Chinese leader said the two countries were partners. Foreign Minister Wang Yi attended; China's top diplomat later briefed the press. The Brazilian leader thanked his host.\n`,
  );
  const xi = person(entities, 'Xi Jinping');
  assert.equal(xi.country, 'CHN');
  assert.deepEqual(texts(xi), ['Xi Jinping', 'The Chinese leader']);
  assert.ok(texts(person(entities, 'Luiz Inácio Lula da Silva')).includes('The Brazilian leader'));
  assert.ok(texts(person(entities, 'Wang Yi')).includes("China's top diplomat"));
});

test('ministry styles: chained offices, departments between title and name, a comma after "X’s foreign minister"', () => {
  const { entities } = entitiesOf(
    `Vladimir Putin had a telephone conversation with President of the Republic of Korea Moon Jae-in. Deputy Prime Minister and Minister of Economy and Finance Hong Nam-ki attended the meeting. Director-General for North American Affairs Lee Jun-il met First Vice Foreign Minister Cho Hyun-dong. South Korea's foreign minister, Chung Eui-yong, said the talks went well.\n`,
  );
  assert.ok(person(entities, 'Vladimir Putin'));
  assert.deepEqual(person(entities, 'Hong Nam-ki').roles.map((r) => r.title), ['Deputy Prime Minister', 'Minister of Economy and Finance']);
  assert.deepEqual(person(entities, 'Lee Jun-il').roles.map((r) => r.title), ['Director-General for North American Affairs']);
  assert.deepEqual(person(entities, 'Cho Hyun-dong').roles.map((r) => r.title), ['First Vice Foreign Minister']);
  assert.deepEqual(person(entities, 'Chung Eui-yong').roles, [{ title: 'Foreign Minister', country: 'KOR' }]);
  assert.equal(people(entities).length, 6);
});

test('"Korea" means the state the document is about: the DPRK in a text that never names the South', () => {
  const { entities } = entitiesOf(
    `A spokesperson for the Foreign Ministry of the DPRK said on Sunday that Korea would never give up its deterrent. Pyongyang will answer any provocation, the spokesperson added.\n`,
  );
  const korea = entities.filter((e) => e.mentions.some((m) => m.text === 'Korea'));
  assert.deepEqual(korea.map((e) => e.country), ['PRK']);
  assert.ok(!entities.some((e) => e.country === 'KOR'));
});
