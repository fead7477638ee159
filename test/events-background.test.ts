// Background and counter-acts within one document, on sentences we wrote: a date counted from the one
// told before ("the same day", "two years later"), an earlier episode that must not lend its date to the
// day's occasion, a counter-act ("In response, …") that is not the act it answers; and the acts unseen
// statements needed: findings that a state directed attacks, the envoy an expulsion is done to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, eventsWithNames, ofType, type EventsOptions, type NameSpec } from './helpers/events-fixture.js';
import { annotateText } from './helpers/pipeline.js';

const NAMES: NameSpec[] = [
  { name: 'Penny Wong', type: 'person', country: 'AUS' },
  { name: 'Retno Marsudi', type: 'person', country: 'IDN' },
  { name: 'Justin Trudeau', type: 'person', country: 'CAN' },
  { name: 'Annalena Baerbock', type: 'person', country: 'DEU' },
  { name: 'Abdel Fattah El-Sisi', type: 'person', country: 'EGY', aliases: ['El-Sisi'] },
  { name: 'Javier Milei', type: 'person', country: 'ARG' },
  ...(
    [['Australia', 'AUS'], ['Indonesia', 'IDN'], ['Canada', 'CAN'], ['Mexico', 'MEX'], ['Germany', 'DEU'], ['Egypt', 'EGY'], ['Argentina', 'ARG'], ['Spain', 'ESP']] as const
  ).map(([name, country]): NameSpec => ({ name, type: 'country', country })),
  ...['Canberra', 'Jakarta', 'Ottawa', 'Mexico City', 'Cairo'].map((name): NameSpec => ({ name, type: 'location', country: null })),
];

const eventsOf = (text: string, opts: EventsOptions = {}) => eventsWithNames(text, NAMES, opts);

test('"On the same day" is the day told before it; the first such meeting years earlier keeps its own date', () => {
  const text =
    'On 4 March, Penny Wong and Retno Marsudi signed a maritime cooperation arrangement in Canberra. ' +
    'On the same day, the two ministers held the ninth Indonesia-Australia Foreign and Defence Ministers Meeting in Canberra. ' +
    'The first such meeting was held in Jakarta in June 2012.';
  const { events, names } = eventsOf(text, { published: day('2024-03-05') });
  const meetings = ofType(events, 'CONSULT');
  const today = meetings.find((e) => e.date?.value === '2024-03-04');
  assert.ok(today, `the ninth meeting is dated by "the same day": ${JSON.stringify(meetings.map((e) => e.date))}`);
  assert.deepEqual(names(today).filter((n) => !/^(?:Australia|Indonesia)$/.test(n)), ['Penny Wong', 'Retno Marsudi']);
  assert.equal(today.dateEvidence?.text, 'the same day');
  assert.equal(today.location, 'Canberra');
  assert.ok(!meetings.some((e) => e.date?.value === '2012-06' && e.evidence.some((s) => s.text.includes('ninth'))), 'the first meeting does not lend its date');
});

test('an undated meeting is not the first such meeting held years before', () => {
  const text =
    'On 4 March, Penny Wong and Retno Marsudi signed a maritime cooperation arrangement in Canberra. ' +
    'The two ministers then held the ninth Indonesia-Australia Foreign and Defence Ministers Meeting. ' +
    'The first such meeting between Indonesia and Australia was held in Jakarta in June 2012.';
  const { events } = eventsOf(text, { published: day('2024-03-05') });
  const ninth = ofType(events, 'CONSULT').find((e) => e.evidence.some((s) => s.text.includes('ninth')));
  assert.ok(ninth);
  assert.notEqual(ninth.date?.value, '2012-06');
  assert.equal(ninth.location === 'Jakarta', false);
});

test('"two years later" is counted from the year told before it, and makes another event of its kind', () => {
  const text = 'In 2016 Justin Trudeau held talks with the President of Mexico in Ottawa, and three years later Trudeau was received by the President in Mexico City.';
  const { events } = eventsOf(text, { published: day('2024-06-01') });
  assert.deepEqual(ofType(events, 'CONSULT').map((e) => e.date?.value).sort(), ['2016', '2019']);
});

test('a counter-act is not the act it answers; what it "also" did is part of it', () => {
  const text = [
    'Spain responds to Argentina',
    '',
    'Date: 21 May 2024',
    '',
    'On Monday the Argentine government ordered three officials of the Spanish Embassy in Buenos Aires to leave the country within seventy-two hours.',
    'In response, Spain has decided to expel three diplomats serving at the Embassy of Argentina in Madrid. It has also decided to recall the Ambassador of Spain to Argentina, Mr Jorge Martínez Ruiz, to Madrid for consultations.',
  ].join('\n');
  const { ann } = annotateText('spain.txt', text, { kind: 'press_release' });
  const expulsions = ofType(ann.events, 'SANCTION');
  assert.equal(expulsions.length, 2, JSON.stringify(expulsions.map((e) => [e.date, e.summary])));
  const [theirs, ours] = expulsions.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  assert.equal(theirs.date?.value, '2024-05-20', '"On Monday" before Tuesday 21 May');
  // (done by the day of the statement; the recall joins it)
  assert.equal(ours.date?.value, '2024-05-21');
  assert.equal(ours.evidence.length, 2);
  assert.equal(ofType(ann.events, 'CONSULT').length, 0, 'a recall "for consultations" is no meeting');
});

test('an episode nine days before a statement is not its occasion: an undated act there takes the statement’s day', () => {
  const text = [
    'Germany condemns attack on aid convoy',
    '',
    'Date: 15 April 2024',
    '',
    'Only nine days ago, Foreign Minister Annalena Baerbock travelled to Cairo, where she was received by President Abdel Fattah El-Sisi.',
    'Germany condemns the attack on the aid convoy in the strongest terms.',
  ].join('\n');
  const { doc, ann } = annotateText('berlin.txt', text, { kind: 'press_release' });
  const visits = ofType(ann.events, 'CONSULT');
  assert.equal(visits.length, 1, 'being received there is part of the visit');
  assert.equal(visits[0].date?.value, '2024-04-06');
  const names = visits[0].participants.map((p) => ann.entities.find((e) => e.localId === p.localId)?.name);
  assert.ok(names.includes('Abdel Fattah El-Sisi') && names.includes('Annalena Baerbock'), JSON.stringify(names));
  const accusation = ofType(ann.events, 'ACCUSE')[0];
  assert.equal(accusation?.date?.value, '2024-04-15');
  assert.equal(doc.original.slice(accusation.dateEvidence!.start, accusation.dateEvidence!.end), accusation.dateEvidence!.text);
});

test('"accusing him of …" is an accusation; "ordered N officials … to leave" an expulsion', () => {
  const text =
    // (", accusing": the participle's subject is the clause's it hangs on; "no longer welcome," does not negate it)
    'Javier Milei on Friday said the envoy was no longer welcome, accusing the minister of being "a liar". ' +
    'Indonesia ordered two officials of the Australian embassy to leave within a week.';
  const { events, names } = eventsOf(text, { published: day('2024-05-20') });
  assert.deepEqual(names(ofType(events, 'ACCUSE')[0]), ['Javier Milei']);
  const expulsion = ofType(events, 'SANCTION').find((e) => e.mode === 'expel');
  assert.ok(expulsion, 'the order to leave is an expulsion');
  assert.ok(expulsion.countries.includes('IDN'));
});

test('a reply in words ("In response, X said …") is no counter-act: what they "also" discussed is the day’s talks', () => {
  const text =
    'Penny Wong held talks with Retno Marsudi in Canberra on Monday. Asked about trade, Retno Marsudi said the talks had been warm. ' +
    'In response, Penny Wong said that both sides remained committed to an early conclusion of negotiations. She said that they also discussed maritime security.';
  const { events } = eventsOf(text, { published: day('2024-03-05'), kind: 'news' });
  const talks = ofType(events, 'CONSULT').filter((e) => e.status === 'occurred');
  assert.equal(talks.length, 1, JSON.stringify(talks.map((e) => e.summary)));
  assert.equal(talks[0].date?.value, '2024-03-04');
});

test('a finding that a state directed attacks is an accusation of the day, not dated by the attacks it lists', () => {
  const text =
    'Germany has concluded that the Government of Mexico directed two cyber attacks on its ministries: one on the finance ministry in October 2023 and one in January 2024. ' +
    'Any further attack would be met with a firm response.';
  const { events } = eventsOf(text, { published: day('2024-05-20'), kind: 'statement' });
  const accusation = ofType(events, 'ACCUSE')[0];
  assert.ok(accusation, 'the finding is an accusation');
  assert.deepEqual(accusation.countries, ['DEU', 'MEX']);
  assert.notEqual(accusation.date?.value, '2023-10');
  assert.equal(ofType(events, 'CONSULT').length, 0, '"be met with a response" is no meeting');
});

test('the ambassador a state declares persona non grata is the target, even named before the verb', () => {
  const text = [
    'Expulsion of an ambassador',
    '',
    'Date: 3 June 2024',
    '',
    "Foreign Minister Penny Wong today informed Indonesia's Ambassador to Australia, Mr Siswo Pramono, that he has been declared persona non grata.",
  ].join('\n');
  const { ann } = annotateText('canberra.txt', text, { kind: 'press_release' });
  const expulsion = ofType(ann.events, 'SANCTION')[0];
  assert.ok(expulsion);
  const role = (name: string) => expulsion.participants.find((p) => ann.entities.find((e) => e.localId === p.localId)?.name === name)?.role;
  assert.equal(role('Siswo Pramono'), 'target');
  assert.equal(role('Penny Wong'), 'source');
});

test('"accusing him of …": the object pronoun is the other person the sentence named before the act', () => {
  const text = 'Javier Milei said on Friday that Justin Trudeau was no longer welcome in Argentina, accusing him of being "an enemy of the people".';
  const { events, nameOf } = eventsOf(text, { published: day('2024-05-20') });
  const accusation = ofType(events, 'ACCUSE')[0];
  assert.ok(accusation);
  const role = (name: string) => accusation.participants.find((p) => nameOf(p.localId) === name)?.role;
  assert.equal(role('Javier Milei'), 'source');
  assert.equal(role('Justin Trudeau'), 'target');
});

test('"his recent visit" is an earlier episode: it does not take the date of the day’s talks', () => {
  const text = 'Justin Trudeau held talks with Penny Wong in Ottawa on Monday. Penny Wong briefed Justin Trudeau on her recent visit to Mexico City.';
  const { events } = eventsOf(text, { published: day('2024-05-21'), kind: 'readout' });
  const talks = ofType(events, 'CONSULT');
  assert.equal(talks.length, 2, JSON.stringify(talks.map((e) => e.summary)));
  assert.equal(talks.find((e) => e.mode === 'meeting')?.date?.value, '2024-05-20');
  assert.equal(talks.find((e) => e.mode === 'visit')?.date ?? null, null);
});

test('relations established decades ago do not date the day’s dialogue', () => {
  const text = 'Penny Wong and Retno Marsudi held the annual Foreign Ministers Dialogue in Canberra. Indonesia and Australia established diplomatic relations on 17 March 1949.';
  const { events } = eventsOf(text, { published: day('2024-03-18'), kind: 'statement' });
  const dialogue = ofType(events, 'CONSULT')[0];
  assert.ok(dialogue);
  assert.notEqual(dialogue.date?.value, '1949-03-17');
  assert.equal(ofType(events, 'COOPERATE')[0]?.date?.value, '1949-03-17');
});
