// Events that official readouts, remarks and joint statements report in passing, on sentences we wrote
// in the same shapes: commitments of "both leaders", concern voiced about another state's conduct,
// aid decided or sent, sanctions and a war named as known happenings, a cooperative programme planned,
// talks under way between two others, and a year that is part of a name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, eventsWithNames, ofType, type NameSpec } from './helpers/events-fixture.js';

const person = (name: string, country: string): NameSpec => ({ name, type: 'person', country });
const NAMES: NameSpec[] = [
  person('Maria Ostrander', 'NOR'),
  person('Kenji Arakawa', 'JPN'),
  person('Priya Raman', 'IND'),
  ...(
    [
      ['Norway', 'NOR'], ['Japan', 'JPN'], ['India', 'IND'], ['Ukraine', 'UKR'], ['Russia', 'RUS'], ['Iran', 'IRN'],
      ['Australia', 'AUS'], ['Chile', 'CHL'], ['China', 'CHN'], ['Armenia', 'ARM'], ['Azerbaijan', 'AZE'],
    ] as const
  ).map(([name, country]): NameSpec => ({ name, type: 'country', country })),
];

const READOUT = { published: day('2024-03-05'), kind: 'readout' as const };
const run = (text: string, opts = READOUT) => eventsWithNames(text, NAMES, opts);

test('"both leaders committed to …" is an agreement of the two leaders on the day of the readout', () => {
  const { events, names } = run(
    'Prime Minister Maria Ostrander met with Prime Minister Kenji Arakawa of Japan today in Oslo. ' +
      'Both leaders committed to working closely together on maritime security and affirmed their resolve to keep supporting Ukraine.',
  );
  const agree = ofType(events, 'AGREE');
  assert.equal(agree.length, 1);
  assert.deepEqual(names(agree[0]).filter((n) => n !== 'Japan' && n !== 'Ukraine'), ['Kenji Arakawa', 'Maria Ostrander']);
  assert.equal(agree[0].date?.value, '2024-03-05');
  assert.equal(agree[0].status, 'occurred');
  // "is committed to" is a standing position, not an act of the day
  const { events: standing } = run('Norway is committed to a free and open Arctic.');
  assert.equal(ofType(standing, 'AGREE').length, 0);
});

test('concern expressed about a state\'s conduct is an accusation aimed at that state', () => {
  const { events, names } = run(
    'Prime Minister Maria Ostrander met with Prime Minister Kenji Arakawa today. The leaders expressed deep concern about China’s coercive actions near the islands.',
  );
  const accuse = ofType(events, 'ACCUSE');
  assert.equal(accuse.length, 1);
  assert.ok(accuse[0].countries.includes('CHN'));
  assert.ok(names(accuse[0]).includes('Maria Ostrander') && names(accuse[0]).includes('Kenji Arakawa'));
});

test('aid decided, sent or to be sent is AID; "in order to provide relief" alone is not an act', () => {
  const { events } = run(
    'In order to provide relief to the families, Norway has decided to offer a total of around $5 million of support. ' +
      'India has sent tents and other relief material to Chile. On Chile’s request, India will be sending another consignment of medicines next month.',
    { published: day('2024-03-05'), kind: 'transcript' as never },
  );
  const aid = ofType(events, 'AID');
  const norway = aid.find((e) => e.countries.includes('NOR'));
  assert.ok(norway);
  assert.equal(norway.status, 'occurred');
  assert.ok(aid.some((e) => e.status === 'occurred' && e.countries.includes('IND') && e.countries.includes('CHL')));
  assert.ok(aid.some((e) => e.status === 'planned' && e.countries.includes('CHL')));
});

test('a war named as a known happening is an undated ASSAULT between the states of its phrase', () => {
  const { events } = run('The two leaders will continue their close consultations on the consequences of Russia’s brutal war against Ukraine.');
  const war = ofType(events, 'ASSAULT');
  assert.equal(war.length, 1);
  assert.deepEqual(war[0].countries, ['RUS', 'UKR']);
  assert.equal(war[0].status, 'occurred');
  assert.equal(war[0].date, null);
  // a "war on" something that is no state is no war between parties; a trade war is not matched at all
  const { events: none } = run('Norway joined the war on drugs and warned of a trade war with China.');
  assert.equal(ofType(none, 'ASSAULT').length, 0);
});

test('an instance told after ", including" is the act before it, with its own date', () => {
  const { events } = run(
    'We stand with the people of Ukraine, who are suffering a horrific assault, including a deadly shelling of a market last week.',
    { published: day('2024-03-13'), kind: 'transcript' as never },
  );
  const assault = ofType(events, 'ASSAULT');
  assert.equal(assault.length, 1);
  assert.equal(assault[0].date?.value, '2024-03');
  assert.ok(assault[0].countries.includes('UKR'));
});

test('sanctions named in passing: a ban on imports, sanctions of a named kind against a state', () => {
  const { events } = run(
    'We welcome the steps taken by several states, including Australia’s autonomous sanctions against Iran. We have been able to ban oil and gas imports from Russia.',
  );
  const sanctions = ofType(events, 'SANCTION');
  assert.ok(sanctions.some((e) => e.countries.includes('IRN') && e.countries.includes('AUS')));
  const ban = sanctions.find((e) => e.countries.includes('RUS'));
  assert.ok(ban);
  assert.equal(ban.status, 'occurred');
  // sanctions that would have been tightened are no event
  const { events: would } = run('Russia vetoed a resolution that would have tightened sanctions on Iran.');
  assert.equal(ofType(would, 'SANCTION').length, 0);
});

test('a cooperative programme planned, "including plans to pursue …", belongs to the leaders of the sentence', () => {
  const { events, names } = run(
    'Prime Minister Maria Ostrander met with Prime Minister Kenji Arakawa today. The two leaders also highlighted progress on space cooperation, including plans to pursue a lunar rover cooperative development program.',
  );
  const coop = ofType(events, 'COOPERATE');
  assert.equal(coop.length, 1);
  assert.equal(coop[0].status, 'planned');
  assert.deepEqual(names(coop[0]), ['Kenji Arakawa', 'Maria Ostrander']);
});

test('talks under way between two others are talks of theirs, not the speakers\', and take no date of the day', () => {
  const { events, names } = run('We hope that the ongoing discussions between Armenia and Azerbaijan will lead to a lasting peace.', {
    published: day('2024-03-05'),
    kind: 'transcript' as never,
  });
  const talks = ofType(events, 'CONSULT');
  assert.equal(talks.length, 1);
  assert.equal(talks[0].status, 'occurred');
  assert.deepEqual(talks[0].countries, ['ARM', 'AZE']);
  assert.equal(talks[0].date, null);
  assert.deepEqual(names(talks[0]), ['Armenia', 'Azerbaijan']);
});

test('a year that is part of a name ("the 2040 Strategy") dates nothing', () => {
  const { events } = run('Last year, Norway and Chile launched the 2040 Strategy for a Green Ocean.');
  const agree = ofType(events, 'AGREE');
  assert.equal(agree.length, 1);
  assert.equal(agree[0].date?.value, '2023');
});

test('a call told in passing ("last spoke to Prime Minister X in March") is a call of that month', () => {
  const { events, names } = run('Ostrander last spoke to Prime Minister Kenji Arakawa in February, with other Arctic leaders.', {
    published: day('2024-03-05'),
    kind: 'statement' as never,
  });
  const call = ofType(events, 'CONSULT');
  assert.equal(call.length, 1);
  assert.equal(call[0].date?.value, '2024-02');
  assert.ok(names(call[0]).includes('Kenji Arakawa'));
});

test('relations to be established "between our two nations" are between the two states named before', () => {
  const { events } = run('Today I announce that Norway recognizes Chile as a partner and will establish diplomatic relations between our two nations.', {
    published: day('2024-03-05'),
    kind: 'statement' as never,
  });
  const planned = ofType(events, 'COOPERATE').find((e) => e.status === 'planned');
  assert.ok(planned);
  assert.deepEqual(planned.countries, ['CHL', 'NOR']);
});

test('a directed act names a state by its people ("to Palestinian students"), and spaces in runs do not hide a trigger', () => {
  const { events } = run('Norway will now be providing 40  scholarships to Chilean students from next year.');
  const aid = ofType(events, 'AID');
  assert.equal(aid.length, 1);
  assert.deepEqual(aid[0].countries, ['CHL', 'NOR']);
  assert.equal(aid[0].status, 'planned');
});

test('an appeal in remarks ("I strongly encourage …") is a request; "encouraged by" is not', () => {
  const { events } = run('I strongly encourage Japan, as a founding partner, to take part at the highest level. We are encouraged by the progress.', {
    published: day('2024-03-05'),
    kind: 'transcript' as never,
  });
  const req = ofType(events, 'REQUEST');
  assert.equal(req.length, 1);
  assert.ok(req[0].countries.includes('JPN'));
});

test('"with him" after a meeting verb is the person named just before; "I was fortunate to …" did it', () => {
  const { events, names } = eventsWithNames(
    'Of course Envoy Tomas Ravel is in Oslo this week. I was fortunate to have a long conversation with him this morning.',
    [...NAMES, person('Tomas Ravel', 'CHL'), { name: 'Maria Ostrander', type: 'person', country: 'NOR', isSpeaker: true }],
    { published: day('2024-03-05'), kind: 'transcript' as never },
  );
  const talk = ofType(events, 'CONSULT');
  assert.equal(talk.length, 1);
  assert.equal(talk[0].status, 'occurred');
  assert.ok(names(talk[0]).includes('Tomas Ravel'));
});

test('a joint statement\'s "We, A and B, affirm a shared vision" is an agreement of its signatories', () => {
  const { events, names } = run('We, Prime Minister Maria Ostrander and Prime Minister Kenji Arakawa, affirm a shared vision for our partnership.', {
    published: day('2024-03-05'),
    kind: 'joint_statement' as never,
  });
  const agree = ofType(events, 'AGREE');
  assert.equal(agree.length, 1);
  assert.deepEqual(names(agree[0]), ['Kenji Arakawa', 'Maria Ostrander']);
  assert.equal(agree[0].date?.value, '2024-03-05');
});
