// News and remarks: what dates an event and what does not. "This week" is the part of the week on the
// event's side of the report; a call "last … in March" is March; a meeting looked forward to in a
// transcript is planned between the two speakers, on its own date; "the first trip by a foreign leader
// since 2015" makes the earlier one nobody's in particular; "all the previous talks this year" is no
// event. Each with a sentence of the same shape that must not give it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/annotate/events/dates.js';
import { day, eventsWithNames, ofType, type NameSpec } from './helpers/events-fixture.js';

const NAMES: NameSpec[] = [
  { name: 'Maria Lindqvist', type: 'person', country: 'SWE', aliases: ['Prime Minister Lindqvist', 'Lindqvist'] },
  { name: 'Tomas Varga', type: 'person', country: 'HUN', aliases: ['President Varga', 'Varga'] },
  { name: 'Ken Ito', type: 'person', country: 'SWE', aliases: ['Adviser Ito'] },
  { name: 'Sweden', type: 'country', country: 'SWE' },
  { name: 'Hungary', type: 'country', country: 'HUN' },
  { name: 'Budapest', type: 'location', country: 'HUN' },
];

const eventsOf = (text: string, opts: Parameters<typeof eventsWithNames>[2] = {}) => eventsWithNames(text, NAMES, opts);

function weekOf(text: string, ref: string, future: boolean) {
  const [d] = findDates(text, 0, text.length);
  return d.resolve(day(ref), future)?.value ?? null;
}

test('"this week" told on a Friday at a month’s turn: what happened lies before the report, what is planned after it', () => {
  // Friday 30 January: the week runs to Sunday 1 February
  assert.equal(weekOf('the visit this week', '2026-01-30', false), '2026-01');
  assert.equal(weekOf('the visit this week', '2026-01-30', true), null);
  assert.equal(weekOf('talks later this week', '2026-01-30', false), null);
  assert.equal(weekOf('talks earlier this week', '2026-01-30', true), '2026-01');
  // a week inside one month is that month either way
  assert.equal(weekOf('the visit this week', '2026-01-14', true), '2026-01');
});

test('a news story: a visit "this week" at a month’s turn is that month’s', () => {
  const text = 'The main goal of Prime Minister Lindqvist’s visit to Hungary this week was trade.';
  const { events } = eventsOf(text, { published: day('2026-01-30'), kind: 'news' });
  const [visit] = ofType(events, 'CONSULT');
  assert.equal(visit.date?.value, '2026-01');
});

test('"last spoke to President X in March" is a call in March, not on the day of the report', () => {
  const text = 'Lindqvist last spoke to President Tomas Varga in March. She will meet him on Monday.';
  const { events, names } = eventsOf(text, { published: day('2024-04-10'), kind: 'statement' });
  const call = ofType(events, 'CONSULT').find((e) => e.status === 'occurred')!;
  assert.equal(call.date?.value, '2024-03');
  assert.deepEqual(names(call), ['Maria Lindqvist', 'Tomas Varga']);
  // speaking to the press is no meeting
  const press = eventsOf('Lindqvist spoke to reporters in Budapest in March.', { published: day('2024-04-10'), kind: 'news' });
  assert.equal(ofType(press.events, 'CONSULT').length, 0);
});

const REMARKS =
  'PRIME MINISTER LINDQVIST: Mr. President, good to see you again. I look forward to seeing you in Budapest, around the 20th of June.\n\nADVISER ITO: Shall we start?\n\nPRESIDENT VARGA: Thank you, Prime Minister. We will talk about energy.\n\nPRESIDENT VARGA: And about our neighbours.';

function stretch(text: string, from: string, to: string) {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
}

test('remarks: "I look forward to seeing you in X, around the 20th of June" is a planned meeting of the two leaders on that day', () => {
  const voices = (t: string) => ({
    turns: [
      { ...stretch(t, 'Mr. President', 'June.'), speakerLocalId: 'e0' },
      { ...stretch(t, 'Shall', 'start?'), speakerLocalId: 'e2' },
      { ...stretch(t, 'Thank you', 'energy.'), speakerLocalId: 'e1' },
      { ...stretch(t, 'And about', 'neighbours.'), speakerLocalId: 'e1' },
    ],
    quoted: [],
  });
  const { events, names } = eventsOf(REMARKS, { published: day('2024-04-11'), kind: 'transcript', voices });
  const planned = ofType(events, 'CONSULT').find((e) => e.status === 'planned' && e.date?.value === '2024-06-20');
  assert.ok(planned, 'a planned meeting on 20 June');
  // (the adviser who cuts in once is not whom "you" addresses)
  assert.deepEqual(names(planned).filter((n) => n.includes(' ')), ['Maria Lindqvist', 'Tomas Varga']);
  // "good to see you" is the day's greeting, no planned meeting
  assert.ok(!ofType(events, 'CONSULT').some((e) => e.status === 'planned' && e.date?.value === '2024-04-11'));
});

test('"the first trip by a foreign leader since 2018": the earlier trip is dated, but it was not this leader’s', () => {
  const text = 'Prime Minister Maria Lindqvist is on her way to Budapest, making the first trip to Hungary by a Swedish prime minister since 2018.';
  const { events, names } = eventsOf(text, { published: day('2026-01-27'), kind: 'news' });
  const earlier = ofType(events, 'CONSULT').filter((e) => e.date?.value === '2018');
  for (const e of earlier) assert.ok(!names(e).includes('Maria Lindqvist'), 'the trip of 2018 was another prime minister’s');
  // the same claim about the leader herself keeps her: "the first time Lindqvist has visited Hungary since 2018"
  const own = eventsOf('It is the first time Prime Minister Lindqvist has visited Hungary since 2018.', { published: day('2026-01-27'), kind: 'news' });
  assert.ok(ofType(own.events, 'CONSULT').some((e) => e.date?.value === '2018' && own.names(e).includes('Maria Lindqvist')));
});

test('"the first talks between the leaders of the two countries since 2015": the earlier talks keep the states, not today\'s leaders', () => {
  const text = 'Prime Minister Maria Lindqvist met President Tomas Varga in Budapest on Monday, the first talks between the leaders of the two countries since 2015.';
  const { events, names } = eventsOf(text, { published: day('2026-03-04'), kind: 'news' });
  const earlier = ofType(events, 'CONSULT').filter((e) => e.date?.value === '2015');
  assert.ok(earlier.length >= 1, 'the talks of 2015 are in the record');
  for (const e of earlier) {
    assert.deepEqual(names(e).filter((n) => /Lindqvist|Varga/.test(n)), [], 'held by whoever led them then');
  }
  assert.ok(ofType(events, 'CONSULT').some((e) => e.date?.value === '2026-03-02' && names(e).includes('Maria Lindqvist')));
});

test('"after all the previous talks held this year" is no event, and the day’s talks do not take its year', () => {
  const text =
    'The talks between Prime Minister Lindqvist and President Varga lasted three hours. But the two leaders showed no more progress than after all the previous talks held this year.';
  const { events } = eventsOf(text, { published: day('2025-12-29'), kind: 'news' });
  const consult = ofType(events, 'CONSULT');
  assert.ok(consult.length >= 1);
  assert.ok(consult.every((e) => e.date?.value !== '2025'), JSON.stringify(consult.map((e) => e.date)));
});

test('"conditions must be met", "cannot be achieved otherwise than …" in a quotation: a demand by whoever speaks it', () => {
  const text =
    'Varga said on Monday that all of his conditions must be met in full. "A settlement cannot be achieved otherwise than through the full acceptance of our proposals," Prime Minister Lindqvist told a briefing.';
  const quoted = (t: string) => ({ turns: [], quoted: [{ ...stretch(t, 'A settlement', 'proposals,'), speakerLocalId: 'e0' }] });
  const { events, names } = eventsOf(text, { published: day('2025-02-10'), kind: 'news', voices: quoted });
  const demands = ofType(events, 'DEMAND');
  assert.ok(demands.some((e) => names(e).includes('Maria Lindqvist') && e.participants.find((p) => p.localId === 'e0')?.role === 'source'), 'the speaker demands');
  assert.ok(demands.some((e) => names(e).includes('Tomas Varga') && e.date?.value === '2025-02-10'));
  // a necessity nobody states as a condition is no demand
  assert.equal(ofType(eventsOf('The bridge must be repaired before winter.', { published: day('2025-02-10'), kind: 'news' }).events, 'DEMAND').length, 0);
});

test('a news story is dated by its lead sentence’s day, not by the dateline nor by a meeting someone spoke of on another day', () => {
  const text =
    'BUDAPEST, Feb 11 - Hungary is still waiting for a good offer, a deputy minister said in remarks published on Monday. President Varga told reporters on Sunday that talks between Lindqvist and him were going well. "We will keep our demands unchanged," Varga said.';
  const quoted = (t: string) => ({ turns: [], quoted: [{ ...stretch(t, 'We will', 'unchanged,'), speakerLocalId: 'e1' }] });
  const { events, names } = eventsOf(text, { published: day('2025-02-11'), kind: 'news', voices: quoted });
  const demand = ofType(events, 'DEMAND').find((e) => names(e).includes('Tomas Varga'));
  assert.ok(demand, 'a demand');
  assert.equal(demand.date?.value, '2025-02-10');
  assert.equal(demand.status, 'occurred');
});

test('a headline glued to a caption ("Border TalksPresident X meets …") still names the president', async () => {
  const { annotateText } = await import('./helpers/pipeline.js');
  const { ann } = annotateText('caption.txt', 'Border TalksPresident Tomas Varga, second from left, meets Prime Minister Maria Lindqvist at the palace, Sunday, Dec. 28, 2025.\n');
  const people = ann.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(people.includes('Tomas Varga'), people.join(', '));
  // a name with a capital inside is one word
  const mc = annotateText('mc.txt', 'Senator Anna McAllister met President Tomas Varga on Monday.\n');
  assert.ok(mc.ann.entities.some((e) => e.name === 'Anna McAllister'), mc.ann.entities.map((e) => e.name).join(', '));
});

test('a news story: "Next time in X," the host told his guest — a planned meeting of the two, undated, never the story’s day', () => {
  const text = 'Varga met Lindqvist in Budapest on Friday. Laughing, he turned to Lindqvist and said: "Next time in Stockholm."';
  const quoted = (t: string) => ({ turns: [], quoted: [{ ...stretch(t, 'Next time', 'Stockholm.'), speakerLocalId: 'e1' }] });
  const { events, names } = eventsOf(text, { published: day('2025-08-16'), kind: 'news', voices: quoted });
  const next = ofType(events, 'CONSULT').find((e) => e.status === 'planned');
  assert.ok(next, 'a planned meeting');
  assert.deepEqual(names(next).filter((n) => n.includes(' ')), ['Maria Lindqvist', 'Tomas Varga']);
  assert.equal(next.date, null);
  // the meeting of the day keeps its day
  assert.ok(ofType(events, 'CONSULT').some((e) => e.status === 'occurred' && e.date?.value === '2025-08-15'));
});

test('"following meetings with Prime Minister X, Y said …" and "will fly on to Z to meet the new Hungarian President, X"', () => {
  const a = eventsOf('Following meetings with Hungarian President Tomas Varga, Lindqvist said the talks had gone well.', { published: day('2025-12-29'), kind: 'news' });
  assert.ok(ofType(a.events, 'CONSULT').some((e) => a.names(e).includes('Tomas Varga') && a.names(e).includes('Maria Lindqvist')));
  const b = eventsOf('After the summit, Prime Minister Lindqvist will fly on to Budapest to meet the new Hungarian President, Tomas Varga.', { published: day('2025-12-29'), kind: 'news' });
  const planned = ofType(b.events, 'CONSULT').find((e) => e.status === 'planned' && b.names(e).includes('Tomas Varga'));
  assert.ok(planned, 'a planned meeting with the new president');
  assert.ok(b.names(planned).includes('Maria Lindqvist'));
});

test('"a couple of conversations I had with the president" in a quotation: a meeting of the speaker’s, undated', () => {
  const text = '"I think they will join too, based on a couple of conversations I had with President Varga," Lindqvist added.';
  const quoted = (t: string) => ({ turns: [], quoted: [{ ...stretch(t, 'I think', 'Varga,'), speakerLocalId: 'e0' }] });
  const { events, names } = eventsOf(text, { published: day('2020-09-16'), kind: 'news', voices: quoted });
  assert.ok(ofType(events, 'CONSULT').some((e) => names(e).includes('Maria Lindqvist') && names(e).includes('Tomas Varga')));
});

test('"On Sunday, X told reporters he would meet Y": Sunday is when it was said, the meeting keeps no date', () => {
  const text = 'On Sunday, Prime Minister Maria Lindqvist told reporters that she would meet President Tomas Varga at an appropriate time.';
  const { events, names } = eventsOf(text, { published: day('2024-04-10'), kind: 'news' });
  const meeting = ofType(events, 'CONSULT').find((e) => e.status === 'planned');
  assert.ok(meeting, 'the planned meeting');
  assert.deepEqual(names(meeting), ['Maria Lindqvist', 'Tomas Varga']);
  assert.equal(meeting.date, null);
  // (a plan with its own day keeps it)
  const dated = eventsOf('On Sunday, Prime Minister Maria Lindqvist will meet President Tomas Varga in Oslo.', { published: day('2024-04-10'), kind: 'news' });
  assert.equal(ofType(dated.events, 'CONSULT')[0]?.date?.value, '2024-04-14');
});
