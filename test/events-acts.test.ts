// Events on sentences we wrote for the acts and readings unseen documents needed: expulsions and broken
// relations, refusals and branding, joining a bloc and recognising a state, the first person of a
// quotation or a transcript turn, history that must not lend its date or place, datelines, and what
// happened (ranked infinitives, decisions taken) against what did not (questions, natural disasters).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, eventsWithNames, ofType, type EventsOptions, type NameSpec } from './helpers/events-fixture.js';

const person = (name: string, country: string): NameSpec => ({ name, type: 'person', country });
const NAMES: NameSpec[] = [
  person('Gabrielius Landsbergis', 'LTU'),
  person('Narendra Modi', 'IND'),
  person('Abdel Fattah El-Sisi', 'EGY'),
  person('Annalena Baerbock', 'DEU'),
  person('Dmytro Kuleba', 'UKR'),
  person('Li Qiang', 'CHN'),
  person('Anthony Albanese', 'AUS'),
  person('Gustavo Petro', 'COL'),
  person('Javier Milei', 'ARG'),
  person('Pedro Sánchez', 'ESP'),
  { name: 'North Atlantic Treaty Organization', type: 'organization', country: null, aliases: ['NATO'] },
  ...(
    [
      ['Lithuania', 'LTU'], ['Belarus', 'BLR'], ['Niger', 'NER'], ['France', 'FRA'], ['Nicaragua', 'NIC'], ['Netherlands', 'NLD'],
      ['Spain', 'ESP'], ['Palestine', 'PSE'], ['Finland', 'FIN'], ['Morocco', 'MAR'], ['Libya', 'LBY'], ['Colombia', 'COL'],
      ['Israel', 'ISR'], ['Nauru', 'NRU'], ['Taiwan', 'TWN'], ['Australia', 'AUS'], ['China', 'CHN'], ['Argentina', 'ARG'], ['Ukraine', 'UKR'],
    ] as const
  ).map(([name, country]): NameSpec => ({ name, type: 'country', country })),
  ...['Perth', 'Canberra', 'Kyiv', 'Cairo'].map((name): NameSpec => ({ name, type: 'location', country: null })),
];

function eventsOf(text: string, opts: EventsOptions = {}) {
  const { entities, events, names } = eventsWithNames(text, NAMES, opts);
  const idOf = (name: string) => entities.find((e) => e.name === name)!.localId;
  return { events, names, idOf };
}
/** The stretch of `text` from the first `from` to the end of the first `to` after it (a voice's range). */
const stretch = (text: string, from: string, to: string) => {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
};

// 1. Acts that reduce relations

test('declaring diplomats persona non grata, expelling an envoy and severing relations are sanctions', () => {
  const text =
    'Lithuania on Tuesday declared two Belarusian diplomats, including a consul in Vilnius, persona non grata. ' +
    "The junta in Niger said it was expelling France's ambassador. Nicaragua severed diplomatic relations with the Netherlands.";
  const { events } = eventsOf(text, { published: day('2023-10-03') });
  const sanctions = ofType(events, 'SANCTION');
  assert.equal(sanctions.length, 3);
  assert.equal(sanctions.find((e) => e.countries.includes('LTU'))?.date?.value, '2023-10-03');
  assert.deepEqual(sanctions.find((e) => e.countries.includes('NIC'))?.countries, ['NIC', 'NLD']);
});

// 2. Refusals, branding, joining, recognising

test('"has no interest in" is a refusal and calling someone a terrorist an accusation', () => {
  const text = 'Colombia has no interest in sending troops to the border, Gustavo Petro said on Friday. Javier Milei called the governor "a criminal and an enemy of the people".';
  const { events, names } = eventsOf(text, { published: day('2024-02-02') });
  assert.deepEqual(names(ofType(events, 'REJECT')[0]).filter((n) => n !== 'Colombia'), ['Gustavo Petro']);
  assert.deepEqual(names(ofType(events, 'ACCUSE')[0]), ['Javier Milei']);
});

test('joining NATO is cooperation, and recognising a state on a later day is planned', () => {
  const text = 'Finland formally joined NATO on Tuesday. Spain will formally recognise the State of Palestine on 28 May.';
  const { events } = eventsOf(text, { published: day('2024-05-22') });
  const [joined, recognition] = ofType(events, 'COOPERATE');
  assert.equal(joined.mode, 'join');
  assert.equal(joined.date?.value, '2024-05-21');
  assert.equal(recognition.mode, 'recognition');
  assert.equal(recognition.status, 'planned');
  assert.equal(recognition.date?.value, '2024-05-28');
});

// 3. Who "I" and "we" are

test('"I" in a quotation is the person the quotation is given to', () => {
  const text = 'Annalena Baerbock spoke to reporters on her return. "Yesterday I met Foreign Minister Dmytro Kuleba in Kyiv," she said.';
  const voices = (t: string) => ({ turns: [], quoted: [{ ...stretch(t, 'Yesterday', 'Kyiv,'), speakerLocalId: 'e3' }] });
  const { events, names } = eventsOf(text, { published: day('2023-09-12'), voices });
  const meeting = ofType(events, 'CONSULT')[0];
  assert.deepEqual(names(meeting), ['Annalena Baerbock', 'Dmytro Kuleba']);
  assert.equal(meeting.date?.value, '2023-09-11');
});

test('"My visit … follows the meeting between A and B": the speaker is not at the meeting; "our talks" are theirs', () => {
  const text = 'Annalena Baerbock spoke to reporters. "My visit comes fifty years after Australia and China established diplomatic relations in 1972, and follows the meeting between Narendra Modi and Li Qiang in Kyiv last month. Our talks today were frank," she said.';
  const voices = (t: string) => ({ turns: [], quoted: [{ ...stretch(t, 'My visit', 'frank,'), speakerLocalId: 'e3' }] });
  const { events, names } = eventsOf(text, { published: day('2023-09-12'), voices });
  const consults = ofType(events, 'CONSULT');
  const earlier = consults.find((e) => e.date?.value === '2023-08')!;
  assert.deepEqual(names(earlier), ['Li Qiang', 'Narendra Modi']);
  assert.ok(consults.some((e) => e !== earlier && names(e).includes('Annalena Baerbock')), JSON.stringify(consults.map(names)));
});

test('"X conveyed … when he met Y": the pronoun of the clause is the person the sentence opens with', () => {
  const text = 'Narendra Modi conveyed his concerns about extremist groups in Canada when he met Prime Minister Anthony Albanese in Perth on September 10.';
  const { events, names } = eventsOf(text, { published: day('2023-09-21') });
  assert.deepEqual(names(ofType(events, 'CONSULT')[0]), ['Anthony Albanese', 'Narendra Modi']);
});

test('"when he met Y" in a briefing turn: the pronoun is the person the answer names, even when Y was named earlier', () => {
  const text = 'Question: Did Narendra Modi raise this with Anthony Albanese?\n\nOfficial Spokesperson: Narendra Modi conveyed our concerns when he met Prime Minister Anthony Albanese in Perth on September 10.';
  const { events, names } = eventsOf(text, { published: day('2023-09-21') });
  const met = ofType(events, 'CONSULT').find((e) => e.date?.value === '2023-09-10')!;
  assert.deepEqual(names(met), ['Anthony Albanese', 'Narendra Modi']);
});

test('"we" in a transcript turn is its speaker and the other leader who speaks', () => {
  const text =
    'Prime Minister Modi: It is an honour to receive President Abdel Fattah El-Sisi.\n\n' +
    'President El-Sisi: Thank you. We agreed today to raise our relations to a strategic partnership.';
  const voices = (t: string) => ({
    turns: [
      { ...stretch(t, 'It is an honour', 'El-Sisi.'), speakerLocalId: 'e1' },
      { ...stretch(t, 'Thank you.', 'partnership.'), speakerLocalId: 'e2' },
    ],
    quoted: [],
  });
  const { events, names } = eventsOf(text, { published: day('2023-01-26'), kind: 'transcript', voices });
  assert.deepEqual(names(ofType(events, 'AGREE')[0]), ['Abdel Fattah El-Sisi', 'Narendra Modi']);
});

test('"He called X …" is the person the sentence’s quotation is given to', () => {
  const text = 'Gustavo Petro spoke after the summit. He called Javier Milei "an ignorant fascist" in a speech.';
  const voices = (t: string) => ({ turns: [], quoted: [{ ...stretch(t, 'an ignorant', 'fascist'), speakerLocalId: 'e7' }] });
  const { events, names } = eventsOf(text, { published: day('2024-03-27'), voices });
  assert.deepEqual(names(ofType(events, 'ACCUSE')[0]), ['Gustavo Petro', 'Javier Milei']);
});

// 4. History keeps its own date and place

test('an undated visit is not the one of another year, and an earlier stop does not lend its place', () => {
  const text =
    'Today I met Premier Li Qiang in Canberra. This is the first visit to Australia by a Chinese Premier since 2017. ' +
    'Li Peng became the first Chinese Premier to visit Australia in 1988. Earlier on this visit I attended a trade fair in Perth.';
  const { events } = eventsOf(text, { kind: 'press_release' });
  const history = ofType(events, 'CONSULT').find((e) => e.date?.value === '1988')!;
  assert.equal(history.status, 'occurred');
  assert.equal(history.evidence.length, 1);
  assert.ok(ofType(events, 'CONSULT').every((e) => e.location !== 'Perth' || e.date === null && e.evidence.length === 1));
});

test('a relative clause in the past perfect leaves the main verb the day’s news', () => {
  const text = 'Morocco and Libya met in Rabat on Monday. The two countries agreed to revive a joint commission, which had been dormant for a decade.';
  const { events } = eventsOf(text, { published: day('2024-02-14') });
  assert.equal(ofType(events, 'AGREE')[0].date?.value, '2024-02-12');
});

// 5. Dates from a dateline

test('a page without a publication date is dated by its opening wire dateline', () => {
  const text = 'HELSINKI (April 4, 2023) — Finland joined NATO on Tuesday.';
  const { events } = eventsOf(text, { published: null });
  assert.equal(ofType(events, 'COOPERATE')[0].date?.value, '2023-04-04');
});

// 6. What happened, and what did not

test('the first leader to visit happened; a decision taken happened; a question and an earthquake are no events', () => {
  const text =
    'Pedro Sánchez was the first Spanish prime minister to visit Israel after the war began. ' +
    'I have decided to expel two diplomats of Belarus. Will Premier Li Qiang meet Anthony Albanese in Perth? ' +
    'The earthquake that struck Morocco on Friday killed thousands.';
  const { events } = eventsOf(text, { published: day('2023-11-23') });
  assert.equal(ofType(events, 'CONSULT').find((e) => e.countries.includes('ISR'))?.status, 'occurred');
  assert.equal(ofType(events, 'SANCTION')[0]?.status, 'occurred');
  assert.ok(!ofType(events, 'CONSULT').some((e) => e.countries.includes('AUS')));
  assert.equal(ofType(events, 'ASSAULT').length, 0);
});

test('who announces that a state will break relations is its source; "so-called ties" are still ties', () => {
  const text =
    'President Gustavo Petro announced on Wednesday, before a crowd in Bogotá, that Colombia will break diplomatic relations with Israel. ' +
    'On January 15, Nauru said it severs so-called "diplomatic ties" with the Taiwan region.';
  const { events, names } = eventsOf(text, { published: day('2024-05-01') });
  const [colombia, nauru] = ofType(events, 'SANCTION');
  assert.equal(colombia.status, 'planned');
  assert.ok(names(colombia).includes('Gustavo Petro'));
  assert.equal(nauru.date?.value, '2024-01-15');
});

test('"the decision was announced by X on Wednesday" is the act told before it, done that day by X', () => {
  const text =
    'Spain will formally recognise the State of Palestine on 28 May. The decision was announced by Pedro Sánchez in Madrid on Wednesday. ' +
    'The decision was announced at noon.';
  const { events, names } = eventsOf(text, { published: day('2024-05-22') });
  const announced = ofType(events, 'COOPERATE').find((e) => e.status === 'occurred')!;
  assert.equal(announced.mode, 'recognition');
  assert.equal(announced.date?.value, '2024-05-22');
  assert.deepEqual(names(announced).filter((n) => n === 'Pedro Sánchez'), ['Pedro Sánchez']);
  assert.equal(events.filter((e) => e.type === 'AGREE').length, 0);
});

test('a clause "shortly after" takes its sentence’s date; "since …, when" and "detained since" date the act', () => {
  const text =
    'Libya ratified the accord last month, shortly after Annalena Baerbock travelled to Cairo for talks. ' +
    'Ties have been strained since late 2018, when Morocco arrested two Libyan officials. ' +
    'Anthony Albanese raised the case of a writer detained in China since 2019.';
  const { events } = eventsOf(text, { published: day('2024-03-07') });
  assert.equal(ofType(events, 'CONSULT')[0].date?.value, '2024-02');
  const coerce = ofType(events, 'COERCE');
  assert.deepEqual(coerce.map((e) => e.date?.value).sort(), ['2018', '2019']);
});

test('"days later" is counted from the date told before it in the sentence', () => {
  const text = "Finland's parliament approved the treaty in January, and the President of Lithuania signed the ratification days later.";
  const { events } = eventsOf(text, { published: day('2024-03-07') });
  assert.equal(ofType(events, 'AGREE')[0]?.date?.value, '2024-01');
});

test('a meeting’s place may come after a long name of the building it was held in', () => {
  const text = 'Anthony Albanese met Premier Li Qiang of China at the Great Hall of Parliament House in Canberra on Monday.';
  const { events } = eventsOf(text, { published: day('2024-06-17') });
  assert.equal(ofType(events, 'CONSULT')[0].location, 'Canberra');
});

test('"He" opening a sentence is the person the sentence before opens with', () => {
  const text = 'Narendra Modi arrived in Cairo on Saturday for a state visit. He met Abdel Fattah El-Sisi on Sunday.';
  const { events, names } = eventsOf(text, { published: day('2023-06-25') });
  const met = ofType(events, 'CONSULT').find((e) => e.date?.value === '2023-06-25')!;
  assert.deepEqual(names(met), ['Abdel Fattah El-Sisi', 'Narendra Modi']);
});
