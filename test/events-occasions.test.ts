// The occasion a readout, a transcript or a statement records: readouts and calls dated by the
// document, remarks before a meeting as that meeting, an announced virtual meeting dated against the
// announcement, a state recognised. Each with a sentence of the same shape that must not give it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, eventsWithNames, ofType, type EventsOptions, type NameSpec } from './helpers/events-fixture.js';

const NAMES: NameSpec[] = [
  { name: 'Maria Lindqvist', type: 'person', country: 'SWE', aliases: ['Prime Minister Lindqvist'] },
  { name: 'Tomas Varga', type: 'person', country: 'HUN', aliases: ['President Varga'] },
  { name: 'Ana Souza', type: 'person', country: 'BRA', aliases: ['Minister Souza'] },
  { name: 'Ken Ito', type: 'person', country: 'SWE', aliases: ['Adviser Ito'] },
  { name: 'Sweden', type: 'country', country: 'SWE' },
  { name: 'Hungary', type: 'country', country: 'HUN' },
  { name: 'Ukraine', type: 'country', country: 'UKR' },
  { name: 'Tuvalu', type: 'country', country: 'TUV' },
  { name: 'Harpsund', type: 'location', country: null },
  { name: 'Gothenburg', type: 'location', country: null },
];

const eventsOf = (text: string, opts: EventsOptions = {}) => eventsWithNames(text, NAMES, opts);

/** The stretch of `text` from the first `from` to the end of the first `to` after it. */
function stretch(text: string, from: string, to: string) {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
}

test('a readout: "met with … today" is the day’s meeting, dated by the readout, with both leaders', () => {
  const text = 'Prime Minister Maria Lindqvist met with President Tomas Varga of Hungary at Harpsund today. The leaders reviewed energy cooperation.';
  const { events, names } = eventsOf(text, { published: day('2024-05-06'), kind: 'readout' });
  const [meeting] = ofType(events, 'CONSULT');
  assert.equal(meeting.date?.value, '2024-05-06');
  assert.equal(meeting.status, 'occurred');
  assert.deepEqual(names(meeting).filter((n) => n.includes(' ')), ['Maria Lindqvist', 'Tomas Varga']);
  assert.equal(meeting.location, 'Harpsund');
});

test('a readout’s meeting in another year keeps that year, not the readout’s day', () => {
  const text = 'Prime Minister Maria Lindqvist met with President Tomas Varga of Hungary at Harpsund in 2019.';
  const { events } = eventsOf(text, { published: day('2024-05-06'), kind: 'readout' });
  assert.deepEqual(ofType(events, 'CONSULT').map((e) => e.date?.value), ['2019']);
});

test('a call: "spoke today with" and "had a good conversation with … last night" are calls of the day and the day before', () => {
  const text = 'Prime Minister Maria Lindqvist spoke today with President Tomas Varga. Last night she had a long and frank conversation with Minister Ana Souza.';
  const { events, names } = eventsOf(text, { published: day('2024-05-06'), kind: 'readout' });
  const consult = ofType(events, 'CONSULT');
  const today = consult.find((e) => e.date?.value === '2024-05-06')!;
  assert.deepEqual(names(today), ['Maria Lindqvist', 'Tomas Varga']);
  const before = consult.find((e) => e.date?.value === '2024-05-05')!;
  assert.ok(names(before).includes('Ana Souza'));
});

test('"spoke separately today with" two counterparts is the day\'s call, however many words stand between the verb and "with"', () => {
  const text = 'Prime Minister Maria Lindqvist spoke separately today with President Tomas Varga and Minister Ana Souza.';
  const { events, names } = eventsOf(text, { published: day('2024-05-06'), kind: 'readout' });
  const call = ofType(events, 'CONSULT').find((e) => e.date?.value === '2024-05-06');
  assert.ok(call, 'a call on the day of the readout');
  assert.ok(names(call).includes('Maria Lindqvist') && names(call).includes('Tomas Varga'), names(call).join(', '));
});

test('a call that did not take place is no event', () => {
  const text = 'Prime Minister Maria Lindqvist has not spoken with President Tomas Varga since their dispute.';
  const { events } = eventsOf(text, { published: day('2024-05-06'), kind: 'readout' });
  assert.equal(ofType(events, 'CONSULT').length, 0);
});

const REMARKS =
  'PRIME MINISTER LINDQVIST: Welcome, Mr. President. It is good to have you here.\n\nPRESIDENT VARGA: Thank you. We will talk about energy and about our neighbours.';
/** Turns of REMARKS (or of the same text with other labels): each label's words belong to one speaker. */
const turnsOf = (first: string, second: string) => (t: string) => ({
  turns: [
    { ...stretch(t, 'Welcome', 'here.'), speakerLocalId: first },
    { ...stretch(t, 'Thank you', 'neighbours.'), speakerLocalId: second },
  ],
  quoted: [],
});

test('remarks by two leaders before their meeting are that meeting, its participants the speakers', () => {
  const { events, names } = eventsOf(REMARKS, {
    published: day('2024-05-06'), kind: 'transcript', title: 'Remarks by Prime Minister Lindqvist and President Varga Before Bilateral Meeting', voices: turnsOf('e0', 'e1'),
  });
  const meeting = ofType(events, 'CONSULT').find((e) => e.status === 'occurred')!;
  assert.ok(meeting, 'a meeting');
  assert.deepEqual(names(meeting), ['Maria Lindqvist', 'Tomas Varga']);
  assert.equal(meeting.date?.value, '2024-05-06');
  assert.deepEqual(meeting.countries, ['HUN', 'SWE']);
});

test('two officials of one government at the same lectern make no meeting', () => {
  const text = REMARKS.replace('PRESIDENT VARGA', 'ADVISER ITO');
  const { events } = eventsOf(text, { published: day('2024-05-06'), kind: 'transcript', title: 'Remarks by Prime Minister Lindqvist and Adviser Ito on Energy', voices: turnsOf('e0', 'e3') });
  assert.equal(ofType(events, 'CONSULT').filter((e) => e.status === 'occurred').length, 0);
});

test('an announced virtual meeting is planned, dated by the weekday told against the announcement’s date', () => {
  const text = 'Prime Minister Maria Lindqvist will meet virtually with President Tomas Varga of Hungary on Monday, May 13 to discuss energy.';
  const { events, names } = eventsOf(text, { published: day('2024-05-10'), kind: 'statement' });
  const [meeting] = ofType(events, 'CONSULT');
  assert.equal(meeting.status, 'planned');
  assert.equal(meeting.date?.value, '2024-05-13');
  assert.deepEqual(names(meeting).filter((n) => n.includes(' ')), ['Maria Lindqvist', 'Tomas Varga']);
});

test('a virtual meeting one side declined is no event', () => {
  const text = 'President Tomas Varga declined to meet virtually with Prime Minister Maria Lindqvist on Monday.';
  const { events } = eventsOf(text, { published: day('2024-05-10'), kind: 'statement' });
  assert.equal(ofType(events, 'CONSULT').length, 0);
});

test('recognising a state "as a sovereign and independent state" is recognition, today', () => {
  const text = 'Today, I am proud to announce that Sweden recognizes Tuvalu as a sovereign and independent state.';
  const { events } = eventsOf(text, { published: day('2024-05-06'), kind: 'statement' });
  const [recognition] = ofType(events, 'COOPERATE');
  assert.equal(recognition.mode, 'recognition');
  assert.equal(recognition.status, 'occurred');
  assert.equal(recognition.date?.value, '2024-05-06');
  assert.deepEqual(recognition.countries, ['SWE', 'TUV']);
});

test('a state not recognised is no recognition', () => {
  const text = 'Sweden does not recognize Tuvalu as an independent state.';
  const { events } = eventsOf(text, { published: day('2024-05-06'), kind: 'statement' });
  assert.equal(ofType(events, 'COOPERATE').length, 0);
});

test('what talks were about is no party to them: "discussions on Ukraine"', () => {
  const text = 'Prime Minister Maria Lindqvist held discussions on Ukraine with President Tomas Varga today.';
  const { events, names } = eventsOf(text, { published: day('2024-05-06'), kind: 'readout' });
  const [talks] = ofType(events, 'CONSULT');
  assert.ok(!names(talks).includes('Ukraine'));
  assert.ok(names(talks).includes('Tomas Varga'));
});

test('a news story’s undated summit is the one its lead dates ("on Friday", told the next day)', () => {
  const text =
    'When Prime Minister Maria Lindqvist landed at Harpsund on Friday, the weather was grey. The summit between Maria Lindqvist and Tomas Varga ended without a deal.';
  const { events } = eventsOf(text, { published: day('2024-05-11'), kind: 'news' });
  const [summit] = ofType(events, 'CONSULT').filter((e) => e.mode === 'summit');
  assert.equal(summit.date?.value, '2024-05-10');
});

test('a story whose lead names no recent day leaves its undated summit undated', () => {
  const text = 'Prime Minister Maria Lindqvist landed at Harpsund in March 2023, the weather was grey. The summit between Maria Lindqvist and Tomas Varga ended without a deal.';
  const { events } = eventsOf(text, { published: day('2024-05-11'), kind: 'news' });
  const [summit] = ofType(events, 'CONSULT').filter((e) => e.mode === 'summit');
  assert.equal(summit.date, null);
});

test('"invited … to visit … following talks in Tokyo": the talks took place, between the same two, apart from the invitation', () => {
  const text = 'Prime Minister Maria Lindqvist has invited President Tomas Varga to visit Sweden following talks in Harpsund.';
  const { events, names } = eventsOf(text, { published: day('2024-05-11'), kind: 'news' });
  assert.equal(ofType(events, 'REQUEST')[0]?.status, 'planned');
  const talks = ofType(events, 'CONSULT').find((e) => e.status === 'occurred')!;
  assert.ok(talks, 'the talks are an event');
  assert.deepEqual(names(talks).filter((n) => n.includes(' ')), ['Maria Lindqvist', 'Tomas Varga']);
  assert.equal(talks.location, 'Harpsund');
});

test('"invited … to hold talks" is one invitation: the talks have not taken place', () => {
  const text = 'Prime Minister Maria Lindqvist has invited President Tomas Varga to hold talks in Harpsund.';
  const { events } = eventsOf(text, { published: day('2024-05-11'), kind: 'news' });
  assert.equal(ofType(events, 'CONSULT').filter((e) => e.status === 'occurred').length, 0);
});

test('undated talks in one city are not the visit to another, whoever held them', () => {
  const text = 'Maria Lindqvist and Tomas Varga held talks in Harpsund. Earlier in the week Maria Lindqvist and Tomas Varga visited Gothenburg.';
  const { events } = eventsOf(text, { kind: 'news' });
  const places = ofType(events, 'CONSULT').map((e) => e.location).sort();
  assert.deepEqual(places, ['Gothenburg', 'Harpsund']);
});

test('a demand: "demanded that …" is a DEMAND by its speaker, dated by the day named', () => {
  const text = 'On Monday, President Tomas Varga demanded that Sweden withdraw its ambassador.';
  const { events, names } = eventsOf(text, { published: day('2024-05-08'), kind: 'news' });
  const [demand] = ofType(events, 'DEMAND');
  assert.ok(demand, 'a demand');
  assert.ok(names(demand).includes('Tomas Varga'));
  assert.equal(demand.date?.value, '2024-05-06');
});

test('a demand only considered is no demand', () => {
  const text = 'President Tomas Varga could insist on new talks, aides said.';
  const { events } = eventsOf(text, { published: day('2024-05-08'), kind: 'news' });
  assert.equal(ofType(events, 'DEMAND').length, 0);
});

test('a month abbreviation inside a hyphenated name is no date: the caption’s own date is the meeting’s', () => {
  const text = 'President Tomas Varga meets with Prime Minister Maria Lindqvist at his Mar-a-Harpsund residence, Sunday, Dec. 28, 2025.';
  const { events } = eventsOf(text, { published: day('2025-12-29'), kind: 'other' });
  assert.deepEqual(ofType(events, 'CONSULT').map((e) => e.date?.value), ['2025-12-28']);
});
