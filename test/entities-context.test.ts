// A person's state and office from the words around them, on our own sentences about real public
// facts: a state's formal style ("the Portuguese Republic"), a list of titled names, a counterpart
// and the host of a visit, the guest of a visit, "the first … since X", and a spokesperson in a
// story led by a state's statement. None of these people is in the lexicon of well-known officials,
// and each rule is also shown leaving a person unplaced when the words do not say the state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownState } from '../src/annotate/entities/officials.js';
import { assertSpans, entitiesOf, person } from './helpers/entities.js';

function assertUnknown(...names: string[]) {
  for (const n of names) assert.equal(knownState(n), null, `${n} must not be in the officials lexicon for this test`);
}

test('"the President of the Portuguese Republic, H.E. Mr. X": the demonym with the state\'s style names the state', () => {
  assertUnknown('Marcelo Rebelo de Sousa');
  const { doc, entities } = entitiesOf(
    `At the invitation of the President of the Portuguese Republic, H.E. Mr. Marcelo Rebelo de Sousa, Prime Minister Shri Narendra Modi will visit Lisbon from 4 to 6 June.\n`,
  );
  assert.deepEqual(person(entities, 'Marcelo Rebelo de Sousa').roles, [{ title: 'President', country: 'PRT' }]);
  assert.equal(person(entities, 'Marcelo Rebelo de Sousa').country, 'PRT');
  assertSpans(doc, entities);
  // a longer name that goes on is not the state ("the Russian Federation Council" is a chamber)
  const chamber = entitiesOf(`Speaker Valentina Matviyenko addressed the Russian Federation Council on Friday.\n`).entities;
  assert.ok(!chamber.some((e) => e.type === 'country' && e.mentions.some((m) => m.text === 'Russian Federation')));
});

test('in a list of names, the title before the next name (after its honorifics) is not the apposition of the one before', () => {
  assertUnknown('Tedros Adhanom Ghebreyesus');
  const { entities } = entitiesOf(`Dr. Tedros Adhanom Ghebreyesus, Prime Minister Shri Narendra Modi and President Cyril Ramaphosa opened the vaccine centre.\n`);
  assert.deepEqual(person(entities, 'Tedros Adhanom Ghebreyesus').roles, []);
  assert.deepEqual(person(entities, 'Narendra Modi').roles.map((r) => r.title), ['Prime Minister']);
});

test('"his counterpart, Mr X" in a text about two states serves the state the owner does not; with three states, nobody is placed', () => {
  assertUnknown('Javier González-Olaechea', 'Alberto van Klaveren');
  const two = `Peruvian Foreign Minister Javier González-Olaechea held talks in Lima with his counterpart, Mr Alberto van Klaveren, on Monday. Peru and Chile agreed to open a new border crossing, and Chile will host the next round.\n`;
  const { doc, entities } = entitiesOf(two);
  assert.equal(person(entities, 'Javier González-Olaechea').country, 'PER');
  assert.deepEqual(person(entities, 'Alberto van Klaveren').roles, [{ title: 'Foreign Minister', country: 'CHL' }]);
  assertSpans(doc, entities);
  const three = entitiesOf(two.replace('Peru and Chile agreed', 'Peru, Bolivia and Chile agreed').replace('next round.', 'next round and Bolivia the one after.')).entities;
  assert.equal(person(three, 'Alberto van Klaveren').country, null);
});

test('the host a visitor meets in the place visited serves the state visited; a meeting with no place named places nobody', () => {
  assertUnknown('Robert Fico', 'Karl Nehammer');
  const { entities } = entitiesOf(`Austrian Chancellor Karl Nehammer flew to Bratislava on Tuesday for talks with Prime Minister Robert Fico on gas transit.\n`);
  assert.deepEqual(person(entities, 'Robert Fico').roles, [{ title: 'Prime Minister', country: 'SVK' }]);
  assertUnknown('William Ruto');
  const received = entitiesOf(`Foreign Minister Ahmed Attaf of Algeria travelled to Nairobi, where he was received by President William Ruto on Friday.\n`).entities;
  assert.equal(person(received, 'William Ruto').country, 'KEN');
  const nowhere = entitiesOf(`Austrian Chancellor Karl Nehammer held talks with Prime Minister Robert Fico on gas transit from Russia.\n`).entities;
  assert.equal(person(nowhere, 'Robert Fico').country, null);
});

test('the guest of "a White House visit by President X" serves the other of the two states the text is about', () => {
  assertUnknown('Uhuru Kenyatta');
  const story = `NAIROBI, May 20, 2024 - Kenya and the United States signed a health agreement on Monday. Kenya has long been a partner of the United States in East Africa. The two countries set up a strategic dialogue in 2018 during a White House visit by President Uhuru Kenyatta.\n`;
  assert.equal(person(entitiesOf(story).entities, 'Uhuru Kenyatta').country, 'KEN');
  // no two states stand out: the guest could be anyone's
  const many = entitiesOf(`Ministers from Kenya, Ghana, Nigeria and Senegal met in Accra. Kenya, Ghana, Nigeria and Senegal agreed on a customs union. The idea dates from a White House visit by President Uhuru Kenyatta.\n`).entities;
  assert.equal(person(many, 'Uhuru Kenyatta').country, null);
});

test('"the first … by a Dutch prime minister since Prime Minister X": X held that state\'s office; another office or no "first" says nothing', () => {
  assertUnknown('Jan Peter Balkenende');
  const { entities } = entitiesOf(`It was the first visit to Indonesia by a Dutch prime minister since Prime Minister Jan Peter Balkenende came in 2008.\n`);
  assert.equal(person(entities, 'Jan Peter Balkenende').country, 'NLD');
  const otherOffice = entitiesOf(`It was the first visit to Indonesia by a Dutch foreign minister since Prime Minister Jan Peter Balkenende came in 2008.\n`).entities;
  assert.equal(person(otherOffice, 'Jan Peter Balkenende').country, null);
  const noFirst = entitiesOf(`Trade between Indonesia and the Dutch prime minister's country has grown since Prime Minister Jan Peter Balkenende came in 2008.\n`).entities;
  assert.equal(person(noFirst, 'Jan Peter Balkenende').country, null);
});

test('a spokesperson in a story led by one state\'s statement speaks for it; a lead of two states places nobody', () => {
  assertUnknown('Cheloy Garafil');
  const { entities } = entitiesOf(
    `MANILA, June 3, 2024 - The Philippines on Monday protested the latest water-cannon attack by China's coast guard on its supply boat. "We will not be intimidated," presidential spokesperson Cheloy Garafil said in a statement.\n`,
  );
  assert.deepEqual(person(entities, 'Cheloy Garafil').roles, [{ title: 'Spokesperson', country: 'PHL' }]);
  const both = entitiesOf(
    `MANILA, June 3, 2024 - The Philippines and China on Monday traded accusations over a water-cannon attack. "We will not be intimidated," presidential spokesperson Cheloy Garafil said in a statement.\n`,
  ).entities;
  assert.equal(person(both, 'Cheloy Garafil').country, null);
});

test('a masthead naming its office alone ("Ministry of Foreign Affairs") speaks for the state its lead opens with', () => {
  assertUnknown('Elina Valtonen');
  const release = (lead: string) => `Ministry of Foreign Affairs\n\nPress release\n\n${lead} Minister for Foreign Affairs Elina Valtonen announced the decision in Helsinki on Tuesday after talks with Estonia. Estonia will send a ship too.\n`;
  const { doc, entities } = entitiesOf(release('Finland will send two officers to the EU naval mission in the Red Sea.'));
  assert.deepEqual(person(entities, 'Elina Valtonen').roles, [{ title: 'Foreign Minister', country: 'FIN' }]);
  assertSpans(doc, entities);
  // a lead that opens with no state: whose ministry it is stays unsaid
  const unsaid = entitiesOf(release('Two officers will join the EU naval mission in the Red Sea, Finland said.')).entities;
  assert.equal(person(unsaid, 'Elina Valtonen').country, null);
});

test('"two Britons, A and B": a plural of a state\'s people before a list of names gives each that state', () => {
  assertUnknown('Nazanin Zaghari-Ratcliffe', 'Anoosheh Ashoori', 'Paul Whelan');
  const { doc, entities } = entitiesOf(
    `Iran released two Britons, Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori, in March 2022. Russia freed Americans Paul Whelan and Evan Gershkovich in a prisoner exchange in August 2024.\n`,
  );
  assert.equal(person(entities, 'Nazanin Zaghari-Ratcliffe').country, 'GBR');
  assert.equal(person(entities, 'Anoosheh Ashoori').country, 'GBR');
  assert.equal(person(entities, 'Paul Whelan').country, 'USA');
  assert.equal(person(entities, 'Evan Gershkovich').country, 'USA');
  assertSpans(doc, entities);
});

test('"Secretary of Foreign Affairs of Honduras Name": the portfolio, then the state, then the name', () => {
  assertUnknown('Eduardo Enrique Reina', 'Luis Cresencio Sandoval');
  const { doc, entities } = entitiesOf(
    `Secretary of Foreign Affairs of Honduras Eduardo Enrique Reina signed the communiqué in Beijing in March 2023. Secretary of National Defense of Mexico Luis Cresencio Sandoval reviewed the parade in September.\n`,
  );
  assert.deepEqual(person(entities, 'Eduardo Enrique Reina').roles, [{ title: 'Secretary of Foreign Affairs', country: 'HND' }]);
  assert.deepEqual(person(entities, 'Luis Cresencio Sandoval').roles, [{ title: 'Secretary of National Defense', country: 'MEX' }]);
  assertSpans(doc, entities);
});
