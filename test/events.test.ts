// The per-document events annotator on texts we wrote: PLOVER types, occurred versus planned,
// negation, dates with and without a document date, background history, and span integrity.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocKind } from '../src/types.js';
import { day, eventsWithNames, type EventsOptions, type NameSpec } from './helpers/events-fixture.js';

const NAMES: NameSpec[] = [
  { name: 'Penny Wong', type: 'person', country: 'AUS' },
  { name: 'Retno Marsudi', type: 'person', country: 'IDN' },
  { name: 'Emmanuel Macron', type: 'person', country: 'FRA' },
  { name: 'Olaf Scholz', type: 'person', country: 'DEU' },
  { name: 'Narendra Modi', type: 'person', country: 'IND' },
  { name: 'Fumio Kishida', type: 'person', country: 'JPN' },
  { name: 'Ana Silva', type: 'person', country: 'PRT' },
  { name: 'Jean Dupont', type: 'person', country: 'FRA' },
  { name: 'European Union', type: 'organization', country: null },
  ...(
    [
      ['Australia', 'AUS'], ['Indonesia', 'IDN'], ['Chile', 'CHL'], ['Argentina', 'ARG'], ['Norway', 'NOR'], ['Colombia', 'COL'],
      ['Iran', 'IRN'], ['India', 'IND'], ['France', 'FRA'], ['Japan', 'JPN'], ['Turkey', 'TUR'], ['Russia', 'RUS'], ['Ukraine', 'UKR'],
      ['China', 'CHN'], ['United States', 'USA'], ['Hungary', 'HUN'], ['North Korea', 'PRK'], ['Poland', 'POL'], ['Germany', 'DEU'],
      ['Belarus', 'BLR'], ['Pakistan', 'PAK'], ['Azerbaijan', 'AZE'], ['Armenia', 'ARM'], ['Kenya', 'KEN'], ['Ethiopia', 'ETH'],
      ['Singapore', 'SGP'], ['Myanmar', 'MMR'],
    ] as const
  ).map(([name, country]): NameSpec => ({ name, type: 'country', country })),
  ...['Jakarta', 'Lisbon', 'Tokyo', 'Kherson', 'Goa', 'Sines'].map((name): NameSpec => ({ name, type: 'location', country: null })),
];

function eventsOf(text: string, opts: EventsOptions & { names?: NameSpec[] } = {}) {
  const { doc, events, names } = eventsWithNames(text, opts.names ?? NAMES, opts);
  return { doc, events, names };
}

test('a meeting: type, mode, date, place, participants, countries', () => {
  const { events, names } = eventsOf('Foreign Minister Penny Wong met Foreign Minister Retno Marsudi in Jakarta on 5 February 2024.', { published: day('2024-02-06') });
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.mode, 'meeting');
  assert.equal(e.status, 'occurred');
  assert.deepEqual(e.date, day('2024-02-05'));
  assert.equal(e.dateEvidence?.text, '5 February 2024');
  assert.equal(e.location, 'Jakarta');
  assert.deepEqual(names(e), ['Penny Wong', 'Retno Marsudi']);
  assert.deepEqual(e.countries, ['AUS', 'IDN']);
  assert.equal(e.cameo?.slice(0, 2), '04');
  assert.equal(e.quadClass, 1);
});

test('a phone call "yesterday" takes its date from the publication date, and stays undated without one', () => {
  const text = 'President Emmanuel Macron spoke on the phone with Chancellor Olaf Scholz yesterday. The two leaders discussed energy prices.';
  const dated = eventsOf(text, { published: day('2023-05-10') }).events;
  assert.equal(dated.length, 1, 'the discussion is part of the call');
  assert.equal(dated[0].mode, 'phone');
  assert.equal(dated[0].date?.value, '2023-05-09');
  assert.equal(dated[0].evidence.length, 2);
  const undated = eventsOf(text, { published: null }).events;
  assert.equal(undated.length, 1);
  assert.equal(undated[0].date, null);
  assert.equal(undated[0].dateEvidence, null);
});

test('"the two leaders" stand for the people named before', () => {
  const { events, names } = eventsOf('Emmanuel Macron and Olaf Scholz arrived in Lisbon. The two leaders held talks on 2 March 2023.');
  assert.equal(events.length, 1);
  assert.deepEqual(names(events[0]), ['Emmanuel Macron', 'Olaf Scholz']);
});

test('visits announced, invited or hoped for are planned; done ones occurred', () => {
  const planned = eventsOf('Prime Minister Narendra Modi will visit Japan next month.', { published: day('2023-04-20') }).events;
  assert.equal(planned.length, 1);
  assert.equal(planned[0].status, 'planned');
  assert.equal(planned[0].date?.value, '2023-05');
  const invited = eventsOf('Fumio Kishida extended an invitation to Narendra Modi to visit Tokyo.').events;
  assert.equal(invited.length, 1);
  assert.equal(invited[0].status, 'planned');
  assert.equal(invited[0].location, 'Tokyo');
  const hoped = eventsOf('Fumio Kishida said he looks forward to a visit of Narendra Modi to Japan.').events;
  assert.deepEqual(hoped.map((e) => e.status), ['planned']);
  const done = eventsOf('Narendra Modi visited Tokyo on 24 May 2023.').events;
  assert.deepEqual(done.map((e) => [e.status, e.date?.value]), [['occurred', '2023-05-24']]);
});

test('"agreed to resume talks" is an agreement, not talks that took place', () => {
  const { events } = eventsOf('Chile and Argentina agreed to resume talks on the border next year.', { published: day('2022-05-03') });
  assert.deepEqual(events.map((e) => [e.type, e.status]), [['AGREE', 'occurred']]);
});

test('negated and hypothetical events are not events', () => {
  assert.deepEqual(eventsOf('Kenya did not sign the accord with Ethiopia.').events, []);
  assert.deepEqual(eventsOf('The Kenyan president has never met the leaders of Ethiopia.').events, []);
  assert.deepEqual(eventsOf('If the truce holds, Armenia and Azerbaijan could sign a treaty.').events, []);
  assert.deepEqual(eventsOf('Chile and Argentina discussed the possibility of holding talks on fishing.').events.map((e) => e.type), ['CONSULT']);
});

test('background history keeps its own, earlier date', () => {
  const text =
    'Foreign Minister Penny Wong met Foreign Minister Retno Marsudi in Jakarta on Monday. ' +
    'The ministers recalled the summit talks held in Singapore in June 2018. ' +
    'Australia and Indonesia had signed a security treaty in 1995.';
  const { events } = eventsOf(text, { published: day('2024-02-07') });
  const byType = (t: string) => events.filter((e) => e.type === t).map((e) => e.date?.value ?? null);
  assert.deepEqual(byType('CONSULT').sort(), ['2018-06', '2024-02-05']);
  assert.deepEqual(byType('AGREE'), ['1995']);
});

test('a transcript: "we" is the speaker and the counterpart, the dateline gives the day and the place', () => {
  const title = 'Ana Silva’s remarks following talks with Foreign Minister Jean Dupont, Lisbon, 4 October 2023';
  const text = 'We held productive talks with Foreign Minister Jean Dupont. We agreed to expand cooperation in renewable energy. Yesterday I visited the port of Sines.';
  const { events, names, doc } = eventsOf(text, { title, kind: 'transcript', published: day('2023-10-04') });
  const talks = events.find((e) => e.type === 'CONSULT' && e.mode === 'meeting')!;
  assert.equal(talks.date?.value, '2023-10-04');
  assert.equal(talks.location, 'Lisbon');
  assert.deepEqual(names(talks), ['Ana Silva', 'Jean Dupont']);
  assert.equal(doc.original.slice(talks.dateEvidence!.start, talks.dateEvidence!.end), '4 October 2023');
  const agree = events.find((e) => e.type === 'AGREE')!;
  assert.equal(agree.date?.value, '2023-10-04');
  const visit = events.find((e) => e.mode === 'visit')!;
  assert.equal(visit.date?.value, '2023-10-03');
});

const TYPED: [string, string, number][] = [
  ['Chile and Argentina signed a border agreement on 3 May 2022.', 'AGREE', 1],
  ['Norway praised Colombia for its peace efforts on 12 April 2022.', 'SUPPORT', 1],
  ['Iran released three prisoners held by Ukraine on 4 June 2021.', 'CONCEDE', 2],
  ['India and France held joint naval exercises off Goa on 20 January 2023.', 'COOPERATE', 2],
  ['Japan provided humanitarian aid to Turkey on 8 February 2023.', 'AID', 2],
  ['Russia withdrew troops from Kherson on 11 November 2022.', 'RETREAT', 2],
  ['The European Union urged Myanmar to free its detainees on 1 March 2021.', 'REQUEST', 1],
  ['China accused the United States of interference on 2 August 2022.', 'ACCUSE', 3],
  ['Hungary rejected the proposal of the European Union on 14 December 2023.', 'REJECT', 3],
  ['North Korea threatened to retaliate against the United States on 9 January 2024.', 'THREATEN', 3],
  ['Poland protested to Germany over the pipeline on 3 March 2023.', 'PROTEST', 3],
  ['The European Union imposed new sanctions on Belarus on 21 June 2021.', 'SANCTION', 4],
  ['Pakistan tested a ballistic missile on 18 October 2023.', 'MOBILIZE', 4],
  ['Iran seized a tanker in the Gulf of Oman on 27 April 2023.', 'COERCE', 4],
  ['Azerbaijan attacked positions held by Armenia on 13 September 2022.', 'ASSAULT', 4],
  ['India and Japan held talks in Tokyo on 6 March 2023.', 'CONSULT', 1],
];

test('each PLOVER type we claim, with its quad class and the date it happened', () => {
  for (const [text, type, quad] of TYPED) {
    const { events } = eventsOf(text);
    assert.equal(events.length, 1, text);
    assert.equal(events[0].type, type, text);
    assert.equal(events[0].quadClass, quad, text);
    assert.equal(events[0].status, 'occurred', text);
    assert.match(events[0].date?.value ?? '', /^\d{4}-\d{2}-\d{2}$/, text);
    assert.ok(events[0].countries.length || events[0].participants.length, text);
  }
});

test('evidence, triggers and date evidence point at the original text', () => {
  const title = 'Ana Silva’s remarks following talks with Foreign Minister Jean Dupont, Lisbon, 4 October 2023';
  for (const [text, opts] of [
    [TYPED.map((t) => t[0]).join('\n\n'), {}],
    ['We held talks with Jean Dupont.\n\nYesterday I visited Sines.', { title, kind: 'transcript' as DocKind, published: day('2023-10-04') }],
  ] as const) {
    const { doc, events } = eventsOf(text, opts);
    assert.ok(events.length > 0);
    for (const e of events)
      for (const s of [...e.evidence, ...(e.triggers ?? []), ...(e.dateEvidence ? [e.dateEvidence] : [])]) {
        assert.equal(s.doc, doc.id);
        assert.equal(doc.original.slice(s.start, s.end), s.text);
      }
  }
});

test('a coordinated verb shares the subject of its sentence', () => {
  const { events, names } = eventsOf('Penny Wong called Indonesia a close partner in the region, and asked for support from Retno Marsudi on 6 February 2024.');
  const request = events.find((e) => e.type === 'REQUEST')!;
  const role = (localId: string) => request.participants.find((p) => p.localId === localId)?.role;
  assert.equal(role('e0'), 'source', 'Penny Wong asked');
  assert.equal(role('e1'), 'target', 'Retno Marsudi was asked');
  assert.ok(names(request).includes('Penny Wong'));
});

test('a call "by telephone", then "the two leaders … agreed": the agreement is theirs', () => {
  const text = 'Prime Minister Penny Wong spoke by telephone with Foreign Minister Retno Marsudi yesterday. The two leaders discussed the partnership between Australia and Indonesia and agreed to meet in Jakarta in the coming months.';
  const { events, names } = eventsOf(text, { published: day('2024-02-06') });
  assert.deepEqual(events.map((e) => [e.type, e.mode, e.date?.value]), [['CONSULT', 'phone', '2024-02-05'], ['AGREE', null, '2024-02-05']]);
  assert.deepEqual(names(events[1]).filter((n) => n.includes(' ')), ['Penny Wong', 'Retno Marsudi']);
  assert.equal(events[1].location, null, 'Jakarta is where they will meet, not where they agreed');
});

test('a time we cannot resolve does not borrow the date of the reported meeting', () => {
  const text =
    'Penny Wong met Retno Marsudi in Jakarta on 5 February 2024. ' +
    'Last week Emmanuel Macron spoke on the phone with Olaf Scholz. ' +
    'Yesterday Narendra Modi held talks with Fumio Kishida.';
  const { events, names } = eventsOf(text, { published: null });
  const date = (who: string) => events.find((e) => names(e).includes(who))?.date?.value ?? null;
  assert.equal(date('Penny Wong'), '2024-02-05');
  assert.equal(date('Emmanuel Macron'), null, '"last week" is no date');
  assert.equal(date('Narendra Modi'), null, '"yesterday" of an undated text is no date');
});

test('video calls, and meetings "ahead of" a summit', () => {
  const call = eventsOf('Olaf Scholz held a video call with Emmanuel Macron on 4 April 2022.').events;
  assert.deepEqual(call.map((e) => [e.type, e.mode]), [['CONSULT', 'phone']]);
  const ahead = eventsOf('Penny Wong and Retno Marsudi discussed trade ahead of the Australia–Indonesia summit in Jakarta.').events;
  assert.deepEqual(ahead.map((e) => [e.type, e.status]).sort(), [['CONSULT', 'occurred'], ['CONSULT', 'planned']]);
});

test('what was discussed is a topic, not a party', () => {
  const { events, names } = eventsOf('Penny Wong and Retno Marsudi discussed the situations in Myanmar and Ukraine on 5 February 2024.');
  assert.equal(events.length, 1);
  assert.deepEqual(names(events[0]), ['Penny Wong', 'Retno Marsudi']);
  assert.deepEqual(events[0].countries, ['AUS', 'IDN']);
});

test('after an opening phrase, a coordinated verb takes the subject of the clause it joins', () => {
  const text = 'During their talks, Foreign Minister Penny Wong called Indonesia a close partner in the region, and asked for support on 6 February 2024.';
  const { events } = eventsOf(text);
  const request = events.find((e) => e.type === 'REQUEST')!;
  assert.equal(request.participants.find((p) => p.localId === 'e0')?.role, 'source');
});

test('"meets … next week" is planned; "earlier" meetings keep no borrowed date', () => {
  // (next week from Wednesday 10 May 2023 lies wholly in May: the month is all the text supports)
  const planned = eventsOf('Narendra Modi meets with Fumio Kishida in Tokyo next week.', { published: day('2023-05-10') }).events;
  assert.deepEqual(planned.map((e) => [e.status, e.date]), [['planned', { value: '2023-05', precision: 'month' }]]);
  const text = 'Penny Wong met Retno Marsudi in Jakarta on 5 February 2024. Earlier, Emmanuel Macron held talks with Olaf Scholz.';
  const { events, names } = eventsOf(text, { published: day('2024-02-06') });
  assert.equal(events.find((e) => names(e).includes('Olaf Scholz'))?.date, null);
});

test('announced drills and meetings are planned; a missile attack is an assault, not a weapons test', () => {
  const ref = { published: day('2023-06-20') };
  assert.deepEqual(eventsOf('Japan and Singapore will hold joint naval drills next month.', ref).events.map((e) => [e.type, e.status, e.date?.value]), [['COOPERATE', 'planned', '2023-07']]);
  assert.deepEqual(eventsOf('Narendra Modi will meet his counterpart Fumio Kishida on Friday.', ref).events.map((e) => [e.type, e.status, e.date?.value]), [['CONSULT', 'planned', '2023-06-23']]);
  assert.deepEqual(eventsOf('Russia launched a massive missile attack on Ukraine on 29 December 2023.').events.map((e) => [e.type, e.quadClass]), [['ASSAULT', 4]]);
  assert.deepEqual(eventsOf('Armenia failed to meet the deadline set by Azerbaijan.').events, []);
});

test('"we" in a statement without talks is the speaker alone', () => {
  const title = 'Ana Silva’s statement on the situation in the region, Lisbon, 4 October 2023';
  const text = 'Jean Dupont has spoken about the crisis. We condemned the attack on 3 October 2023.';
  const { events, names } = eventsOf(text, { title, kind: 'statement', published: day('2023-10-04') });
  const accuse = events.find((e) => e.type === 'ACCUSE')!;
  assert.deepEqual(names(accuse), ['Ana Silva']);
});

test('in a transcript, a bare "we discussed" belongs to the talks, not to yesterday\'s visit, and its topic is no place', () => {
  const title = 'Ana Silva’s remarks at a joint press conference with Foreign Minister Jean Dupont, Lisbon, 4 October 2023';
  const text = 'Minister Dupont and I have just held talks. Yesterday I visited Sines. We discussed the situation in Jakarta.';
  const { events } = eventsOf(text, { title, kind: 'transcript', published: day('2023-10-04') });
  const talks = events.find((e) => e.type === 'CONSULT' && e.date?.value === '2023-10-04')!;
  assert.equal(talks.evidence.length, 2, 'the talks and the discussion');
  assert.equal(talks.location, 'Lisbon');
  const visit = events.find((e) => e.date?.value === '2023-10-03')!;
  assert.notEqual(visit.location, 'Jakarta');
});

test('strikes and fire at a target are assaults; striking a deal is not', () => {
  assert.deepEqual(eventsOf('Azerbaijan struck Armenian positions near the border on 13 September 2022.').events.map((e) => e.type), ['ASSAULT']);
  assert.deepEqual(eventsOf('Russia fired anti-ship missiles at Ukraine on 3 March 2022.').events.map((e) => e.type), ['ASSAULT']);
  // (a deal struck is an agreement)
  assert.deepEqual(eventsOf('Chile struck a deal with Argentina on 3 May 2022.').events.map((e) => e.type), ['AGREE']);
});

test('"agreed to coordinate at the United Nations": the agreement is of those who agreed', () => {
  const { events, names } = eventsOf('Narendra Modi and Fumio Kishida agreed to coordinate closely with the European Union on 20 May 2023.');
  assert.deepEqual(names(events[0]), ['Fumio Kishida', 'Narendra Modi']);
});
