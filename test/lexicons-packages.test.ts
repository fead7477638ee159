// Country words from maintained packages (world-countries: demonyms and capitals of every state;
// Intl: month and weekday names) place people and governments the hand-typed lists never knew.
// Our own sentences, in the shapes of readouts and wire stories; the people are invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CALENDAR_WORDS, MONTHS, MONTH_ABBR, WEEKDAYS } from '../src/lexicons/en/date-words.js';
import { entitiesOf, person } from './helpers/entities.js';

test('a demonym of a smaller state places the minister it stands before, and its capital is a place of that state', () => {
  const { entities } = entitiesOf(`Ghana and Togo agree to reopen border crossings

Ghanaian Foreign Minister Kofi Adjei Mensah met Togolese Foreign Minister Komlan Agbeko in Lomé on Tuesday. Accra and Lomé signed an accord on joint patrols, the ministers told reporters.`);
  assert.equal(person(entities, 'Kofi Adjei Mensah').country, 'GHA');
  assert.equal(person(entities, 'Komlan Agbeko').country, 'TGO');
  assert.ok(entities.some((e) => e.type === 'location' && e.name === 'Lomé' && e.country === 'TGO'));
});

test('a Caribbean prime minister is placed by his demonym; the capital he visits is its own state’s', () => {
  const { entities } = entitiesOf('Jamaican Prime Minister Andrew Lindsay Brown visited Bridgetown on Friday, where Barbadian officials welcomed him.');
  assert.equal(person(entities, 'Andrew Lindsay Brown').country, 'JAM');
  assert.ok(entities.some((e) => e.type === 'location' && e.name === 'Bridgetown' && e.country === 'BRB'));
});

test('a demonym two states share ("Congolese") places no one: the text must say which Congo', () => {
  const { entities } = entitiesOf('Congolese Foreign Minister Jean-Pierre Mbala said the talks on river transport would resume next month.');
  assert.equal(person(entities, 'Jean-Pierre Mbala').country, null);
});

test('a capital more often a given name ("Victoria") stays part of the person’s name', () => {
  const { entities } = entitiesOf('Deputy Foreign Minister Victoria Halloran of Ireland met the Seychelles delegation in Dublin on Monday.');
  assert.equal(person(entities, 'Victoria Halloran').country, 'IRL');
  assert.ok(!entities.some((e) => e.name === 'Victoria' && e.type !== 'person'));
});

test('month and weekday names come from Intl in English, with three-letter abbreviations', () => {
  assert.equal(MONTHS.length, 12);
  assert.equal(MONTHS[8], 'september');
  assert.deepEqual(MONTH_ABBR.slice(0, 3), ['jan', 'feb', 'mar']);
  assert.deepEqual([WEEKDAYS[0], WEEKDAYS[6]], ['sunday', 'saturday']);
  assert.ok(CALENDAR_WORDS.has('may') && CALENDAR_WORDS.has('friday'));
});
