// People's states are settled by weighing cues (src/annotate/entities/placing.ts): every cue
// proposes a state, a person's proposals are summed per state, and the heaviest state wins when it
// has enough weight and more than any other. On our own sentences: what the text says beside a
// name outweighs what the document's shape suggests, a lone cue the text gives nothing to weigh
// with places nobody, and even evidence leaves the person unplaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownState } from '../src/annotate/entities/officials.js';
import { Placing, settle, type Proposal } from '../src/annotate/entities/placing.js';
import type { EntityRecord } from '../src/annotate/entities/registry.js';
import { MIN_PLACING_WEIGHT, PLACING_CUES, type PlacingCueName } from '../src/lexicons/placing-cues.js';
import { entitiesOf, person } from './helpers/entities.js';

const cue = (name: PlacingCueName, state: string, share = 1): Proposal => ({ cue: name, state, weight: PLACING_CUES[name].weight * share });

function assertUnknown(...names: string[]) {
  for (const n of names) assert.equal(knownState(n), null, `${n} must not be in the officials lexicon for this test`);
}

test('the weights: what the text says of a person outweighs any other cue, and an inference from the rest of the text weighs least', () => {
  const cues = Object.entries(PLACING_CUES);
  const weights = (kind: string) => cues.filter(([, c]) => c.kind === kind).map(([, c]) => c.weight);
  for (const [name, c] of cues) {
    assert.ok(c.weight >= MIN_PLACING_WEIGHT, `${name} places a person alone`);
    assert.ok(c.why.length > 20, `${name} says why it weighs what it does`);
  }
  assert.ok(Math.min(...weights('said')) > Math.max(...weights('known'), ...weights('shape'), ...weights('inferred')));
  assert.ok(Math.max(...weights('inferred')) < Math.min(...weights('known'), ...weights('shape')));
});

test('settle: the heaviest state wins; a tie or too little weight leaves the person unplaced', () => {
  // a cue counts once per state, however often it fires
  const placing = new Placing();
  const p = { name: 'A B' } as unknown as EntityRecord;
  for (let i = 0; i < 3; i++) placing.propose(p, 'VNM', 'host');
  placing.propose(p, 'JPN', 'title');
  assert.deepEqual(placing.evidence(p).map((x) => [x.cue, x.state, x.weight]), [
    ['host', 'VNM', PLACING_CUES.host.weight],
    ['title', 'JPN', PLACING_CUES.title.weight],
  ]);
  placing.resolve();
  assert.equal(p.country, 'JPN');
  assert.ok(placing.said(p));
  assert.equal(settle([cue('title', 'JPN'), cue('own', 'USA')]), 'JPN');
  assert.equal(settle([cue('sole', 'FRA')]), 'FRA');
  // two cues of one weight for two states: no guess
  assert.equal(settle([cue('host', 'IDN'), cue('counterpart', 'MYS')]), null);
  // two weaker cues that agree outweigh a stronger one
  assert.equal(settle([cue('own', 'KOR'), cue('host', 'VNM'), cue('counterpart', 'VNM')]), 'VNM');
  // a share of a cue split between states is too little alone
  assert.equal(settle([cue('style', 'AUS', 0.2)]), null);
  assert.equal(settle([]), null);
});

test('a foreign minister the text calls Japanese stays Japanese in a U.S. readout; the Secretary is the readout\'s own', () => {
  assertUnknown('Dana Whitfield', 'Haruto Inoue');
  const { entities } = entitiesOf(`U.S. Department of State

Office of the Spokesperson

Readout

Secretary of State Dana Whitfield met Japanese Foreign Minister Haruto Inoue in Washington on Tuesday. The Secretary and the Foreign Minister discussed regional security and trade.
`);
  // the readout is the State Department's and "Foreign Minister" one of its offices, but the text says whose Inoue is
  assert.equal(person(entities, 'Haruto Inoue').country, 'JPN');
  assert.deepEqual(person(entities, 'Haruto Inoue').roles, [{ title: 'Foreign Minister', country: 'JPN' }]);
  assert.equal(person(entities, 'Dana Whitfield').country, 'USA');
});

test('the host of a visit serves the state visited, unless the text says whose office the host holds', () => {
  assertUnknown('Park Seo-jun');
  const received = (host: string) => `The Indonesian foreign minister travelled to Tokyo, where she was received by ${host} on the sidelines of the summit.\n`;
  // the visit alone places the host
  assert.equal(person(entitiesOf(received('Prime Minister Park Seo-jun')).entities, 'Park Seo-jun').country, 'JPN');
  // "of South Korea" beside the title says it: the place of the meeting is not weighed against it
  const placed = person(entitiesOf(received('Prime Minister Park Seo-jun of South Korea')).entities, 'Park Seo-jun');
  assert.equal(placed.country, 'KOR');
  assert.deepEqual(placed.roles, [{ title: 'Prime Minister', country: 'KOR' }]);
});

test('a party several states have places its leader only by the states the text names: none, or two as often, place nobody', () => {
  assertUnknown('Tom Hartwell');
  const said = (tail: string) => person(entitiesOf(`Labour leader Tom Hartwell criticised the budget on Tuesday${tail}.\n`).entities, 'Tom Hartwell');
  assert.equal(said('').country, null);
  assert.equal(said(', saying Britain deserved better than another year of cuts').country, 'GBR');
  assert.equal(said(', saying Britain and Australia had both done better').country, null);
});

test('a delegation\'s side outweighs the issuing government\'s office: the foreign minister on the Korean side of a Japanese release is Korean', () => {
  assertUnknown('Seo Min-jae', 'Choi Ha-neul');
  const release = (body: string) => entitiesOf(`Ministry of Foreign Affairs of Japan\n\nVisit of the Korean delegation\n\nOn 3 March, the visiting Korean delegation held talks in Tokyo on fisheries${body}\n`).entities;
  // both cues speak: "On the Korean side" (a side) against the release's own "Foreign Minister"
  const sided = release('. On the Korean side, Foreign Minister Seo Min-jae and Ambassador Choi Ha-neul attended.');
  assert.equal(person(sided, 'Seo Min-jae').country, 'KOR');
  assert.deepEqual(person(sided, 'Seo Min-jae').roles, [{ title: 'Foreign Minister', country: 'KOR' }]);
  assert.equal(person(sided, 'Choi Ha-neul').country, 'KOR');
  // the release's office alone: its own minister; an ambassador, no office of a foreign ministry's own, stays unplaced
  const bare = release(', and Foreign Minister Seo Min-jae and Ambassador Choi Ha-neul attended.');
  assert.equal(person(bare, 'Seo Min-jae').country, 'JPN');
  assert.equal(person(bare, 'Choi Ha-neul').country, null);
});
