// Events on sentences written the way ministries and wires write them, for the failure classes seen on
// unseen documents: who acted, background history, a date from another clause, events named by nouns,
// and planned, negated, hypothetical or lasting states.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LocalEntity, LocalEvent } from '../src/types.js';
import { day, eventsWithNames, ofType, type EventsOptions, type NameSpec } from './helpers/events-fixture.js';

const person = (name: string, country: string, roles: string[] = []): NameSpec & { roles: string[] } => ({ name, type: 'person', country, roles });
const PEOPLE = [
  person('Annalena Baerbock', 'DEU', ['Foreign Minister']),
  person('Sergey Lavrov', 'RUS', ['Foreign Minister']),
  person('Dmytro Kuleba', 'UKR', ['Foreign Minister']),
  person('Mevlüt Çavuşoğlu', 'TUR', ['Foreign Minister']),
  person('Vladimir Putin', 'RUS', ['President']),
  person('Volodymyr Zelenskyy', 'UKR', ['President']),
  person('Rishi Sunak', 'GBR', ['Prime Minister']),
  person('Emmanuel Macron', 'FRA', ['President']),
  person('Theresa May', 'GBR', ['Prime Minister']),
  person('Gustavo Petro', 'COL', ['President']),
  person('Nicolas Maduro', 'VEN', ['President']),
  person('Narendra Modi', 'IND', ['Prime Minister']),
  person('Abdel Fattah El-Sisi', 'EGY', ['President']),
  person('Joko Widodo', 'IDN', ['President']),
];
const NAMES: NameSpec[] = [
  ...PEOPLE,
  { name: 'Antalya Diplomacy Forum', type: 'organization', country: 'TUR' },
  ...(
    [
      ['Germany', 'DEU'], ['Russia', 'RUS'], ['Ukraine', 'UKR'], ['Australia', 'AUS'], ['China', 'CHN'], ['Colombia', 'COL'],
      ['Venezuela', 'VEN'], ['Finland', 'FIN'], ['Sweden', 'SWE'], ['North Korea', 'PRK'], ['Japan', 'JPN'], ['Philippines', 'PHL'],
      ['Kenya', 'KEN'], ['Norway', 'NOR'], ['Chile', 'CHL'], ['Argentina', 'ARG'],
    ] as const
  ).map(([name, country]): NameSpec => ({ name, type: 'country', country })),
  ...['Moscow', 'Manila', 'Paris', 'Antalya', 'Caracas'].map((name): NameSpec => ({ name, type: 'location', country: null })),
];

function eventsOf(text: string, opts: Omit<EventsOptions, 'entities'> = {}) {
  const withRoles = (found: LocalEntity[]) => found.map((e) => ({ ...e, roles: (PEOPLE.find((p) => p.name === e.name)?.roles ?? []).map((title) => ({ title, country: e.country })) }));
  const { entities, events, names } = eventsWithNames(text, NAMES, { ...opts, entities: withRoles });
  const role = (e: LocalEvent, name: string) => e.participants.find((p) => entities.find((x) => x.localId === p.localId)!.name === name)?.role;
  return { events, names, role };
}

// 1. Participants: the people who act, not the occasion or a topic

test('a list of long-titled ministers after the trigger are all parties; the forum it was held beside is not', () => {
  const text =
    'Minister of Foreign Affairs Mevlüt Çavuşoğlu hosted a trilateral meeting with Minister of Foreign Affairs of the Russian Federation Sergey Lavrov and Minister for Foreign Affairs of Ukraine Dmytro Kuleba on 10 March 2022 in Antalya, on the margins of the Antalya Diplomacy Forum.';
  const { events, names } = eventsOf(text, { published: day('2022-03-10'), kind: 'press_release' });
  const [meeting] = ofType(events, 'CONSULT');
  assert.deepEqual(names(meeting).filter((n) => PEOPLE.some((p) => p.name === n) || n.includes('Forum')), ['Dmytro Kuleba', 'Mevlüt Çavuşoğlu', 'Sergey Lavrov']);
  assert.equal(meeting.date?.value, '2022-03-10');
});

test('the agent of a passive and the minister who announces an act are its source', () => {
  const text = 'Germany on Monday expelled 40 Russian diplomats, Foreign Minister Annalena Baerbock said. The expulsion of the diplomats was announced by Annalena Baerbock in a statement.';
  const { events, role } = eventsOf(text, { published: day('2022-04-04') });
  const [sanction] = ofType(events, 'SANCTION');
  assert.equal(role(sanction, 'Annalena Baerbock'), 'source');
  assert.equal(role(sanction, 'Germany'), 'source');
  assert.equal(sanction.date?.value, '2022-04-04');
});

test('"the two leaders" are the day’s leaders, not those of a sentence about another year', () => {
  const text =
    'Prime Minister Rishi Sunak met President Emmanuel Macron in Paris today. The last summit was held at Sandhurst in January 2018, when Prime Minister Theresa May and President Emmanuel Macron signed a treaty. The two leaders agreed to meet again next year.';
  const { events, names } = eventsOf(text, { published: day('2023-03-10'), kind: 'readout' });
  const agreed = ofType(events, 'AGREE').find((e) => e.date?.value === '2023-03-10')!;
  assert.deepEqual(names(agreed), ['Emmanuel Macron', 'Rishi Sunak']);
  // "Theresa May" is a name: no event is dated May
  assert.ok(events.every((e) => !e.date?.value.endsWith('-05')));
  const signed = ofType(events, 'AGREE').find((e) => e.mode === 'sign')!;
  assert.equal(signed.date?.value, '2018-01');
});

test('"the Ministers" are the ministers named before, not the presidents named since', () => {
  const text =
    'Minister Mevlüt Çavuşoğlu met Sergey Lavrov and Dmytro Kuleba in Antalya on 10 March 2022. The meeting was arranged by Vladimir Putin and Volodymyr Zelenskyy. The Ministers agreed to continue their efforts.';
  const { events, names } = eventsOf(text, { published: day('2022-03-10') });
  const [agreed] = ofType(events, 'AGREE');
  assert.deepEqual(names(agreed), ['Dmytro Kuleba', 'Sergey Lavrov']);
});

// 2. Background history keeps its own date, never the publication's

test('relations established in 1972 are an event of 1972; an invasion named in passing takes no date', () => {
  const text =
    'The visit comes fifty years after Australia and China established diplomatic relations in 1972. The ministers also discussed Russia’s invasion of Ukraine.';
  const { events, names } = eventsOf(text, { published: day('2022-12-21'), kind: 'press_release' });
  const [relations] = ofType(events, 'COOPERATE');
  assert.equal(relations.date?.value, '1972');
  assert.deepEqual(names(relations), ['Australia', 'China']);
  const [invasion] = ofType(events, 'ASSAULT');
  assert.equal(invasion.date, null);
});

test('what happened "months after Russia invaded" or in a "since" clause is not the day’s event', () => {
  const text = 'Finland and Sweden applied to join the alliance in May 2022, months after Russia invaded Ukraine.';
  const { events } = eventsOf(text, { published: day('2023-04-04') });
  const [invasion] = ofType(events, 'ASSAULT');
  assert.equal(invasion.date, null);
  const since = eventsOf('Kenya and Norway have held regular talks since the summit in Oslo.', { published: day('2023-04-04') }).events;
  assert.ok(since.every((e) => e.date?.value !== '2023-04-04'));
});

test('"as agreed at their meeting last year": the agreement keeps its own day, the meeting is of last year or none', () => {
  const text = 'As agreed at their meeting last year, Chile and Argentina signed a border treaty on 3 May 2024.';
  const { events } = eventsOf(text, { published: day('2024-05-04') });
  assert.equal(ofType(events, 'AGREE')[0]?.date?.value, '2024-05-03');
  assert.ok(ofType(events, 'CONSULT').every((e) => e.date?.value === '2023'));
  const met = eventsOf('As agreed when Chile and Argentina met last year, the two countries signed a border treaty on 3 May 2024.', { published: day('2024-05-04') }).events;
  assert.deepEqual(met.map((e) => [e.type, e.date?.value]).sort(), [['AGREE', '2024-05-03'], ['CONSULT', '2023']]);
});

test('"the first … since September 2017" and "those of June 2000 and October 2007" name earlier ones with their dates', () => {
  const launch = eventsOf('On Tuesday, North Korea fired a missile over Japan for the first time since September 2017.', { published: day('2022-10-05') }).events;
  assert.deepEqual(ofType(launch, 'MOBILIZE').map((e) => e.date?.value).sort(), ['2017-09', '2022-10-04']);
  const summits = eventsOf('Japan and the Philippines held a summit today, following those of June 2000 and October 2007.', { published: day('2023-02-09') }).events;
  assert.deepEqual(ofType(summits, 'CONSULT').map((e) => e.date?.value).sort(), ['2000-06', '2007-10', '2023-02-09']);
});

test('a later trigger of the sentence after "those of June 2000" goes on with the day’s event, not the earlier ones', () => {
  // (once a crash: the earlier ones had no clause of their own to compare with)
  const text = 'Japan and the Philippines held a summit today, following those of June 2000 and October 2007, and the summit ended with a joint statement.';
  const { events } = eventsOf(text, { published: day('2023-02-09') });
  assert.deepEqual(ofType(events, 'CONSULT').map((e) => e.date?.value).sort(), ['2000-06', '2007-10', '2023-02-09']);
});

// 3. A date from another clause is not the event's

test('"since the start of the war on 24 February, X met Y": the date is the war’s, not the meeting’s', () => {
  const text = 'Since the start of the war on 24 February, Narendra Modi met Volodymyr Zelenskyy in Kyiv.';
  const { events } = eventsOf(text, { published: day('2022-06-29'), kind: 'readout' });
  const [meeting] = ofType(events, 'CONSULT');
  assert.notEqual(meeting.date?.value, '2022-02-24');
});

test('a date that opens the sentence covers every main clause; a "when" clause takes the date before it', () => {
  const text = 'On 25 June 2023, Narendra Modi and Abdel Fattah El-Sisi held talks in Cairo and signed a strategic partnership agreement.';
  const { events } = eventsOf(text, { published: day('2023-06-26') });
  assert.deepEqual(events.map((e) => [e.type, e.date?.value]).sort(), [['AGREE', '2023-06-25'], ['CONSULT', '2023-06-25']]);
  const when = eventsOf('Venezuela broke off diplomatic relations with Colombia in February 2019, when Gustavo Petro was a senator.', { published: day('2022-11-01') }).events;
  assert.equal(ofType(when, 'SANCTION')[0].date?.value, '2019-02');
});

test('"last week" is a month only when the whole week lies in one; "two days ago" is a day', () => {
  const inMonth = eventsOf('Kenya imposed new sanctions on Norway last week.', { published: day('2023-03-21') }).events;
  assert.equal(inMonth[0].date?.value, '2023-03');
  const across = eventsOf('Kenya imposed new sanctions on Norway last week.', { published: day('2022-10-04') }).events;
  assert.equal(across[0].date, null);
  const ago = eventsOf('Kenya imposed new sanctions on Norway two days ago.', { published: day('2022-10-04') }).events;
  assert.equal(ago[0].date?.value, '2022-10-02');
});

// 4. Events named by nouns

test('noun phrases are events: an expulsion, a signing, the talks between two presidents, an invasion', () => {
  const ref = { published: day('2024-07-09') };
  assert.deepEqual(eventsOf('Norway announced the expulsion of 15 Russian diplomats on Monday.', ref).events.map((e) => [e.type, e.date?.value]), [['SANCTION', '2024-07-08']]);
  const signing = eventsOf('The ministers welcomed the signing of the Reciprocal Access Agreement between Japan and the Philippines in Manila on 8 July 2024.', ref).events;
  assert.deepEqual(signing.map((e) => [e.type, e.mode, e.date?.value]), [['AGREE', 'sign', '2024-07-08']]);
  assert.deepEqual(signing[0].countries, ['JPN', 'PHL']);
  const talks = eventsOf('The talks between Gustavo Petro and Nicolas Maduro in Caracas on Tuesday lasted three hours.', { published: day('2022-11-02') }).events;
  assert.deepEqual(talks.map((e) => [e.type, e.date?.value]), [['CONSULT', '2022-11-01']]);
  const invasion = eventsOf('Russia’s invasion of Ukraine on 24 February 2022 changed Europe.', ref).events;
  assert.deepEqual(invasion.map((e) => [e.type, e.date?.value, e.countries]), [['ASSAULT', '2022-02-24', ['RUS', 'UKR']]]);
});

test('a meeting held under its own name is a meeting', () => {
  const text = 'Today in Manila, Japan and the Philippines held the second Japan-Philippines Foreign and Defense Ministerial Meeting.';
  const { events } = eventsOf(text, { published: day('2024-07-08') });
  assert.deepEqual(events.map((e) => [e.type, e.date?.value, e.countries]), [['CONSULT', '2024-07-08', ['JPN', 'PHL']]]);
});

// Status: planned, negated, hypothetical, a lasting state

test('"would travel to Moscow for talks" is one planned visit; a denied signing, a condition and a detention that lasts are no events', () => {
  const planned = eventsOf('Joko Widodo said he would travel to Moscow for talks with Vladimir Putin on June 30.', { published: day('2022-06-29') }).events;
  assert.deepEqual(planned.map((e) => [e.type, e.status, e.date?.value, e.location]), [['CONSULT', 'planned', '2022-06-30', 'Moscow']]);
  assert.deepEqual(eventsOf('Gustavo Petro and Nicolas Maduro did not sign any agreement on Tuesday.', { published: day('2022-11-01') }).events, []);
  assert.deepEqual(eventsOf('If China wants peace, it should press Russia to withdraw its troops from Ukraine.', { published: day('2023-03-20') }).events, []);
  assert.deepEqual(eventsOf('Two Australian citizens remain detained in China.', { published: day('2022-12-21') }).events, []);
});

// The trigger scan measures a hit only with the patterns that can begin with its first character:
// every match of every pattern in our documents must begin with a character its source allows.
test('the first characters read from each trigger pattern cover all its matches in our documents', async () => {
  const fs = await import('node:fs');
  const { firstChars } = await import('../src/annotate/events/triggers.js');
  const { EVENT_TRIGGERS } = await import('../src/lexicons/en/event-verbs.js');
  const { goldenDocs } = await import('./golden/docs.js');
  const text = goldenDocs().map((d) => fs.readFileSync(d.source, 'utf8')).join('\n').toLowerCase();
  let matches = 0;
  for (const t of EVENT_TRIGGERS) {
    const first = firstChars(t.pattern);
    for (const m of text.matchAll(new RegExp(String.raw`\b(?:${t.pattern})\b`, 'g'))) {
      matches++;
      assert.ok(!first || first.has(m[0][0]), `${t.label}: "${m[0]}" begins with a character the pattern's source does not list`);
    }
  }
  assert.ok(matches > 100);
  assert.deepEqual([...(firstChars('(?:held|hold) talks|met')!)].sort(), ['h', 'm']);
  assert.equal(firstChars(String.raw`\w+ talks`), null);
});
