// Outcomes and reactions a news story reports in passing: street protests, tariffs cut and sanctions
// lifted, deals struck or won by a visit. Each with a sentence of a near shape that must not give it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, eventsWithNames, ofType, type NameSpec } from './helpers/events-fixture.js';

const NAMES: NameSpec[] = [
  { name: 'Norway', type: 'country', country: 'NOR', aliases: ['Oslo'] },
  { name: 'Chile', type: 'country', country: 'CHL', aliases: ['Santiago'] },
  { name: 'Peru', type: 'country', country: 'PER' },
  { name: 'Farmers Union of Chile', type: 'organization', country: 'CHL' },
  { name: 'Ingrid Halvorsen', type: 'person', country: 'NOR', aliases: ['Halvorsen'] },
  { name: 'Trade Office', type: 'organization', country: 'NOR' },
];
const news = (text: string) => eventsWithNames(text, NAMES, { published: day('2031-05-14'), kind: 'news' });

const LEAD = 'Ingrid Halvorsen arrived in Santiago on Tuesday. ';

test('street protests are a PROTEST of the state they fill the streets of, whatever they march against', () => {
  const { events } = news(`${LEAD}The fishing accord has sparked protests across the south of Chile. Thousands of protesters took to the streets of Santiago to protest the signing of the accord with Norway.`);
  const protests = ofType(events, 'PROTEST');
  assert.equal(protests.length, 1, 'one wave of protests');
  assert.deepEqual(protests[0].countries, ['CHL']);
  assert.equal(protests[0].date?.value, '2031-05-13');
  // what they protest is theirs, not a signing of the day
  assert.equal(ofType(events, 'AGREE').length, 0);
  const joined = news('Hundreds took part in a demonstration outside the office of the Farmers Union of Chile.');
  assert.equal(ofType(joined.events, 'PROTEST').length, 1);
  assert.equal(ofType(joined.events, 'CONSULT').length, 0, 'taking part in a demonstration is no conference');
});

test('tariffs cut and sanctions lifted are a concession between the states named; sanctions imposed long ago stay apart', () => {
  const { events } = news(`${LEAD}Among the results were the halving of tariffs on salmon sold by Norway to Chile and the removal of sanctions imposed on two Chilean ministers back in 2027.`);
  const [eased] = ofType(events, 'CONCEDE');
  assert.deepEqual(eased.countries, ['CHL', 'NOR']);
  assert.equal(eased.date?.value, '2031-05-13');
  // the sanctions of 2027 keep their own year
  const [imposed] = ofType(events, 'SANCTION');
  assert.equal(imposed.date?.value, '2027');
  assert.ok(imposed.countries.includes('CHL'));
  // a cut in something else is no concession
  assert.equal(ofType(news('Chile cut its interest rates and Norway reduced the number of flights.').events, 'CONCEDE').length, 0);
});

test('a deal struck with a state, or won by a visit, is an agreement with the visit’s parties', () => {
  const struck = news('Halvorsen has struck a fisheries deal with Peru.');
  const [deal] = ofType(struck.events, 'AGREE');
  assert.deepEqual(struck.names(deal), ['Ingrid Halvorsen', 'Peru']);
  // the verb's subject is the event noun before it: "the Chile visit had also secured …"
  const won = news('The Trade Office said the Chile visit had also secured $900m in export contracts.');
  const [agreement] = ofType(won.events, 'AGREE');
  assert.deepEqual(agreement.countries, ['CHL', 'NOR']);
  // a struck blow is not a deal
  assert.equal(ofType(news('Peru struck a border post in Chile.').events, 'AGREE').length, 0);
});

test('support voiced in news: an act lauded, a state that has the full support of someone', () => {
  const lauded = news('The accord was lauded by Peru, and Ingrid Halvorsen said she hoped others would follow.');
  assert.equal(ofType(lauded.events, 'SUPPORT').length, 1);
  const backed = news('Chile has the "full support" of its neighbours, according to Ingrid Halvorsen.');
  const [support] = ofType(backed.events, 'SUPPORT');
  assert.deepEqual(backed.names(support), ['Chile', 'Ingrid Halvorsen']);
  // support asked for is not support given
  assert.equal(ofType(news('Chile asked for the support of Peru.').events, 'SUPPORT').length, 0);
});

const LEADERS: NameSpec[] = [
  { name: 'Ana Rocha', type: 'person', country: 'CHL', aliases: ['Rocha', "Chile's president"] },
  { name: 'Lars Dahl', type: 'person', country: 'NOR', aliases: ['Dahl'] },
  { name: 'Ines Soto', type: 'person', country: 'PER', aliases: ['Soto'] },
  { name: 'Lima', type: 'location', country: 'PER' },
];

test('a call someone expects to have with another leader is planned, and is not the meeting planned with a third', () => {
  const text = "Lars Dahl will meet President Ines Soto in Lima on Sunday. Dahl said he expects to speak with Chile's president soon.";
  const { events, names } = eventsWithNames(text, LEADERS, { published: day('2031-05-16'), kind: 'news' });
  const planned = ofType(events, 'CONSULT').filter((e) => e.status === 'planned');
  assert.deepEqual(planned.map(names).sort(), [['Ana Rocha', 'Lars Dahl'], ['Ines Soto', 'Lars Dahl']]);
  // the same pair told twice is one meeting
  const again = eventsWithNames('Lars Dahl will meet President Ines Soto in Lima on Sunday. Dahl hopes to talk with Soto about fishing.', LEADERS, { published: day('2031-05-16'), kind: 'news' });
  assert.equal(ofType(again.events, 'CONSULT').length, 1);
});

test('an act that angered a capital is disapproved of by its government; "next week’s vote" is not when it happened', () => {
  const { events } = news("While Halvorsen's remarks on the islands angered Lima, they are expected to help her in next week's vote.");
  const [angered] = ofType(events, 'ACCUSE');
  assert.deepEqual(angered.countries, ['NOR', 'PER']);
  assert.equal(angered.status, 'occurred');
  assert.equal(angered.date, null);
  // a capital after a preposition is a place: "an invitation to Lima" names no government
  const invited = news('The talks ended with an invitation to Lima.');
  assert.equal(ofType(invited.events, 'REQUEST').length, 0);
});

test('a state named a threat or a meddler by an official is accused', () => {
  const warned = news('The Trade Office recently warned that Peruvian agents posed a growing threat to the ports.');
  const [threat] = ofType(warned.events, 'ACCUSE');
  assert.deepEqual(threat.countries, ['NOR', 'PER']);
  const meddling = news('Halvorsen described the leak as a "clumsy attempt by Peru to interfere in our affairs".');
  assert.deepEqual(ofType(meddling.events, 'ACCUSE')[0].countries, ['NOR', 'PER']);
  const alert = news('The Trade Office issued an alert to exporters over Peruvian hacking.');
  assert.deepEqual(ofType(alert.events, 'ACCUSE')[0].countries, ['NOR', 'PER']);
  // a warning about the weather accuses nobody
  assert.equal(ofType(news('The Trade Office issued a warning to exporters about storms off Chile.').events, 'ACCUSE').length, 0);
});

test('a deal an accord paves the way to is planned between the states it names; goods offered in return for help are an offer', () => {
  const paved = news('Analysts said the accord paves the way to a lucrative gas deal between Norway and Peru.');
  const [deal] = ofType(paved.events, 'AGREE');
  assert.equal(deal.status, 'planned');
  assert.deepEqual(deal.countries, ['NOR', 'PER']);
  const offered = news('Ingrid Halvorsen said on Monday that she wanted Norway to supply Chile with salmon and timber in return for access to its ports.');
  const [offer] = ofType(offered.events, 'AGREE');
  assert.equal(offer.status, 'occurred');
  assert.equal(offer.date?.value, '2031-05-12');
  assert.deepEqual(offered.names(offer), ['Chile', 'Ingrid Halvorsen', 'Norway']);
  // a hyphenated maker of the deal is still a deal reached
  assert.equal(ofType(news('Chile and Peru last month reached a Norway-brokered deal to end the dispute.').events, 'AGREE').length, 1);
});

test('a threat of force on a condition, added to words said on a day, is a threat of that day', () => {
  const text = 'On Monday, Ingrid Halvorsen said Peru was "in no hurry" to settle. Halvorsen added that if Peru did not want to settle peacefully, Norway would achieve its goals by force.';
  const { events, names } = news(text);
  const [threat] = ofType(events, 'THREATEN');
  assert.equal(threat.status, 'occurred');
  assert.equal(threat.date?.value, '2031-05-12');
  assert.ok(names(threat).includes('Ingrid Halvorsen'));
  // added to words told of two times, it takes neither
  const undated = news('Halvorsen said the dispute ran from 2020 to 2021. She added that if Peru refused, Norway would achieve its aims by force.');
  assert.notEqual(ofType(undated.events, 'THREATEN')[0]?.date?.value, '2021');
});

test('a visa to visit a country is paperwork, not a visit', () => {
  assert.equal(ofType(news('Halvorsen said travellers from Norway will no longer need a visa to visit Chile.').events, 'CONSULT').length, 0);
  assert.equal(ofType(news('Halvorsen will visit Chile in June.').events, 'CONSULT').length, 1);
});
