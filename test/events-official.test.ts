// Events that official texts (readouts, remarks, statements, press calls) report beside their main
// occasion, on sentences we wrote in their shapes: earlier gatherings named one after another, plans
// announced together with a dated one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, eventsWithNames, ofType, type NameSpec } from './helpers/events-fixture.js';

const person = (name: string, country: string | null): NameSpec => ({ name, type: 'person', country });
const state = (name: string, country: string): NameSpec => ({ name, type: 'country', country });
const NAMES: NameSpec[] = [
  person('Tomas Verhoeven', 'NLD'),
  person('Alana Kealoha', 'USA'),
  person('Ingrid Solheim', 'NOR'),
  person('Rafael Quintero', 'NOR'),
  person('Dana Whitfield', 'USA'),
  state('Fiji', 'FJI'),
  state('Norway', 'NOR'),
  state('Samoa', 'WSM'),
];

test('"their summit a year ago … and their gathering in Fiji": two earlier happenings, the second held in the state it names and not dated by the first', () => {
  const { events } = eventsWithNames(
    'Prime Minister Tomas Verhoeven said the visit builds on their first summit a year ago in this very hall and their gathering in Fiji with Secretary Alana Kealoha.',
    NAMES,
    { published: day('2024-05-20'), kind: 'statement' },
  );
  const consult = ofType(events, 'CONSULT');
  const fiji = consult.find((e) => e.location === 'Fiji');
  assert.ok(fiji, 'the gathering in Fiji is an event of its own');
  assert.equal(fiji.date, null);
  const summit = consult.find((e) => e.date?.value === '2023');
  assert.ok(summit, 'the summit a year ago');
  assert.notEqual(summit.location, 'Fiji');
  // ("talks in the Samoan capital": an adjective names no state as the place)
  const { events: adjective } = eventsWithNames('Minister Tomas Verhoeven held talks in the Samoan capital on Monday.', [...NAMES, { name: 'Samoan', type: 'country', country: 'WSM' }], {
    published: day('2024-05-20'),
    kind: 'news',
  });
  assert.ok(ofType(adjective, 'CONSULT').every((e) => e.location !== 'Samoa'));
});

test('a plan announced beside a dated one is dated with it, not on the day of the release', () => {
  const { events, names } = eventsWithNames(
    'President Dana Whitfield will meet virtually with Prime Minister Ingrid Solheim of Norway on Thursday, March 7 to deepen ties between our governments. ' +
      'This meeting will precede the ministerial dialogue between Secretary Alana Kealoha and Foreign Minister Rafael Quintero.',
    NAMES,
    { published: day('2024-03-05'), kind: 'statement' },
  );
  const dialogue = ofType(events, 'CONSULT').find((e) => names(e).includes('Rafael Quintero'));
  assert.ok(dialogue);
  assert.equal(dialogue.status, 'planned');
  assert.equal(dialogue.date?.value, '2024-03-07');
});
