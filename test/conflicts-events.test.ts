// Two sources disagreeing about one happening, through the real pipeline on our own texts: the day
// ("on Monday" against "on Tuesday") and the place (two cities), and the cases that must not
// conflict: a month against a day, a city against the state it lies in, a text that reports two
// meetings on two days.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesDisagree } from '../src/link/conflicts-events.js';
import type { Store } from '../src/store/db.js';
import { buildExport } from '../src/views/export.js';
import { ingestText, withStore } from './helpers/pipeline.js';

const report = (dateline: string, sentence: string) => `Ministers of Norway and Peru hold talks

${dateline}

${sentence} The two ministers discussed fisheries and climate cooperation.
`;
const MONDAY = report('Oslo, 14 October 2021', 'Norwegian Foreign Minister Ingrid Solvang met Peruvian Foreign Minister Rafael Quispe in Oslo on Monday.');
const MONDAY_AGAIN = report('Oslo, 13 October 2021', 'Foreign Minister Rafael Quispe of Peru held talks with Foreign Minister Ingrid Solvang of Norway in Oslo on Monday, officials said.');
const TUESDAY = report('Lima, 15 October 2021', 'Peruvian Foreign Minister Rafael Quispe met Norwegian Foreign Minister Ingrid Solvang in Oslo on Tuesday, officials said.');
const OCTOBER = report('Lima, 20 October 2021', 'Peruvian Foreign Minister Rafael Quispe met Norwegian Foreign Minister Ingrid Solvang in Oslo in October, officials said.');
const GENEVA = report('Lima, 15 October 2021', 'Peruvian Foreign Minister Rafael Quispe met Norwegian Foreign Minister Ingrid Solvang in Geneva on Monday, officials said.');
const NORWAY = report('Lima, 15 October 2021', 'Peruvian Foreign Minister Rafael Quispe met Norwegian Foreign Minister Ingrid Solvang in Norway on Monday, officials said.');
const TWO_DAYS = report('Oslo, 14 October 2021', 'Norwegian Foreign Minister Ingrid Solvang met Peruvian Foreign Minister Rafael Quispe in Oslo on Monday. Ingrid Solvang met Rafael Quispe again in Oslo on Tuesday.');

function conflictsOf(files: [string, string][]) {
  return withStore((store: Store) => {
    for (const [name, text] of files) ingestText(store, name, text);
    const exp = buildExport(store);
    const name = (doc: string) => exp.documents.find((d) => d.id === doc)!.sourceName;
    const original = (doc: string) => exp.documents.find((d) => d.id === doc)!;
    for (const c of exp.conflicts) for (const s of [c.claim, ...c.against]) assert.ok(original(s.doc), 'spans name stored documents');
    return exp.conflicts.map((c) => ({ ...c, claimName: name(c.claim.doc), againstNames: c.against.map((s) => name(s.doc)) }));
  });
}

for (const order of ['in order', 'reversed']) {
  test(`two reports giving Monday and one Tuesday for one meeting: the Tuesday report is the claim (${order})`, () => {
    const files: [string, string][] = [['monday.txt', MONDAY], ['monday-again.txt', MONDAY_AGAIN], ['tuesday.txt', TUESDAY]];
    if (order === 'reversed') files.reverse();
    const dates = conflictsOf(files).filter((c) => c.kind === 'date');
    assert.equal(dates.length, 1, JSON.stringify(dates, null, 1));
    const c = dates[0];
    assert.equal(c.claimName, 'tuesday.txt');
    assert.match(c.claim.text, /on Tuesday/);
    assert.equal(c.against.length, 1);
    assert.match(c.against[0].text, /on Monday/);
    assert.match(c.reason, /2021-10-12 \(“on Tuesday”\).*2021-10-11 \(“on Monday”\)/);
    assert.ok(c.event, 'the event the record holds');
  });
}

test('a report giving only the month is less precise, not in conflict', () => {
  assert.deepEqual(conflictsOf([['monday.txt', MONDAY], ['october.txt', OCTOBER]]), []);
});

test('two cities for one meeting on one day are a place conflict', () => {
  const places = conflictsOf([['monday.txt', MONDAY], ['geneva.txt', GENEVA]]).filter((c) => c.kind === 'place');
  assert.equal(places.length, 1, JSON.stringify(places, null, 1));
  assert.match(places[0].claim.text + places[0].against[0].text, /Geneva[^]*Oslo|Oslo[^]*Geneva/);
  assert.match(places[0].reason, /Geneva/);
  assert.match(places[0].reason, /Oslo/);
});

test('a city and the state it lies in are one place, not a conflict', () => {
  assert.deepEqual(conflictsOf([['monday.txt', MONDAY], ['norway.txt', NORWAY]]), []);
});

test('a text reporting meetings on two days tells them apart: no conflict with itself or a one-day report', () => {
  assert.deepEqual(conflictsOf([['two-days.txt', TWO_DAYS], ['monday.txt', MONDAY]]).filter((c) => c.kind === 'date'), []);
});

test('places disagree when they are two cities or lie in two states; a city within a state agrees with it', () => {
  assert.equal(placesDisagree('Seoul', 'Busan'), true);
  assert.equal(placesDisagree('Seoul', 'South Korea'), false);
  assert.equal(placesDisagree('Busan', 'South Korea'), false);
  assert.equal(placesDisagree('Kiev', 'Kyiv'), false);
  assert.equal(placesDisagree('Geneva', 'Russia'), true);
  assert.equal(placesDisagree('East Asia', 'Tokyo'), false, 'a region not known as one state says nothing');
});

const OTHER_MINISTER = report('Lima, 15 October 2021', 'Peruvian Foreign Minister Lucía Huamán met Norwegian Foreign Minister Ingrid Solvang in Oslo on Monday, officials said.');
const WITH_DEPUTY = report('Lima, 15 October 2021', 'Peruvian Foreign Minister Rafael Quispe, with Peruvian Deputy Foreign Minister Lucía Huamán, met Norwegian Foreign Minister Ingrid Solvang in Oslo on Monday.');

test("two sources naming different people as one state's foreign minister at one meeting are a participants conflict", () => {
  const found = conflictsOf([['monday.txt', MONDAY], ['monday-again.txt', MONDAY_AGAIN], ['other.txt', OTHER_MINISTER]]).filter((c) => c.kind === 'participants');
  assert.equal(found.length, 1, JSON.stringify(found, null, 1));
  assert.equal(found[0].claimName, 'other.txt');
  assert.match(found[0].claim.text, /Lucía Huamán/);
  assert.deepEqual([...found[0].againstNames].sort(), ['monday-again.txt', 'monday.txt']);
  assert.match(found[0].reason, /foreign minister of PER/);
});

test('a deputy beside the minister is not a rival foreign minister', () => {
  assert.deepEqual(conflictsOf([['monday.txt', MONDAY], ['deputy.txt', WITH_DEPUTY]]).filter((c) => c.kind === 'participants'), []);
});
