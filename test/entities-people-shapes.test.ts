// People in the sentence shapes of real transcripts, readouts and news stories (our own sentences,
// invented people): speaker labels in capitals, companions listed after "accompanied by", what a
// person does for a living as their role, appositions between dashes, "who" after a name,
// abbreviated ranks, portfolio-first secretaries. Each shape with a case that must not fire.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownState } from '../src/annotate/entities/officials.js';
import { assertSpans, entitiesOf, people, person, texts } from './helpers/entities.js';

const names = (es: ReturnType<typeof entitiesOf>['entities']) => people(es).map((p) => p.name);

test('speaker labels in capitals are people: a titled surname, a full name with its outlet; a bare role label is not', () => {
  const { doc, entities } = entitiesOf(`Remarks by President Halvard Brekke of Norway and Prime Minister Ilse Varga

PRESIDENT BREKKE:  Good afternoon.  We had a useful talk about the fjords.

PRIME MINISTER VARGA:  Thank you, Mr. President.

MODERATOR:  We have time for two questions.

MARTA QUINN (THE NORTHERN HERALD):  Prime Minister, will you sign the accord?

PRIME MINISTER VARGA:  We will.
`);
  assert.ok(texts(person(entities, 'Halvard Brekke')).includes('PRESIDENT BREKKE'));
  assert.equal(person(entities, 'Halvard Brekke').country, 'NOR');
  assert.ok(texts(person(entities, 'Ilse Varga')).includes('PRIME MINISTER VARGA'));
  assert.ok(person(entities, 'Marta Quinn'));
  assert.ok(!names(entities).some((n) => /moderator/i.test(n)), names(entities).join(', '));
  assertSpans(doc, entities);
});

test('a line in capitals without a colon is no speaker label', () => {
  const { entities } = entitiesOf(`THE SUMMIT IN BRIEF\n\nLeaders met in Oslo on Friday.\n`);
  assert.deepEqual(names(entities), []);
});

test('people listed after "accompanied by" travel with the one named before and serve that state', () => {
  const { doc, entities } = entitiesOf(
    `Portuguese President Ana Ferreira, accompanied by Defense Secretary Rui Matos and chief of staff Ines Lopes, met the delegation in Lisbon on Tuesday.\n`,
  );
  assert.equal(person(entities, 'Rui Matos').country, 'PRT');
  assert.deepEqual(person(entities, 'Rui Matos').roles, [{ title: 'Defense Secretary', country: 'PRT' }]);
  assert.equal(person(entities, 'Ines Lopes').country, 'PRT');
  assert.equal(person(entities, 'Ines Lopes').roles[0].title, 'Chief of Staff');
  assertSpans(doc, entities);
});

test('a delegation listed after "accompanied by" is one state: the one its placed members serve, over a stray word before its head', () => {
  // (a crawler glued a tag to a caption: "Kenya" before the head's title is not the head's state)
  const { entities } = entitiesOf(
    `Kenya President Ana Ferreira, second from left, accompanied by chief of staff Lina Souza, Portuguese Foreign Minister Rui Matos and Portuguese Defence Minister Ines Lopes, meets the delegation in Lisbon on Tuesday.\n`,
  );
  assert.equal(person(entities, 'Rui Matos').country, 'PRT');
  assert.equal(person(entities, 'Lina Souza').country, 'PRT');
});

test('the one state a text names is not the state of aides of a leader the text places elsewhere', () => {
  assert.equal(knownState('Nadia Stroud'), null);
  const { entities } = entitiesOf(`Secretary of State Marco Rubio met Ukraine's President Volodymyr Zelensky in Kyiv. Special Envoy Nadia Stroud also attended.\n`);
  assert.equal(person(entities, 'Volodymyr Zelensky').country, 'UKR');
  // Stroud's state is not said: not Ukraine's because Ukraine is the only state named
  assert.notEqual(person(entities, 'Nadia Stroud').country, 'UKR');
});

test('what a person does for a living is their role; a word for what they are ("citizen") is not', () => {
  const { entities } = entitiesOf(`Veteran pollster Ann Hale said the result was close. Our Berlin correspondent Piotr Lenz reported the talks. Australian citizen Tom Reed was released.\n`);
  assert.deepEqual(person(entities, 'Ann Hale').roles.map((r) => r.title), ['pollster']);
  assert.deepEqual(person(entities, 'Piotr Lenz').roles.map((r) => r.title), ['correspondent']);
  assert.deepEqual(person(entities, 'Tom Reed').roles, []);
  assert.equal(person(entities, 'Tom Reed').country, 'AUS');
});

test('an apposition between dashes that ends in a word for a person makes the name a person, with the state named in it', () => {
  const { entities } = entitiesOf(`Critics raised the case of Omar Haddad – the Jordanian human rights lawyer – who remains in custody.\n`);
  assert.equal(person(entities, 'Omar Haddad').country, 'JOR');
  const other = entitiesOf(`Critics raised the future of Harbour Point – the old industrial quarter – at the meeting.\n`);
  assert.deepEqual(names(other.entities), []);
});

test('"who" after a name makes it a person; "which" does not', () => {
  const { entities } = entitiesOf(`He spoke of the passing of Evelyn Strand, who served for decades, and of the closing of Riverside Mill, which employed hundreds.\n`);
  assert.deepEqual(names(entities), ['Evelyn Strand']);
});

test('an abbreviated rank is not part of the name; a word broken off mid-speech is no name', () => {
  const { entities } = entitiesOf(`The delegation met Gen. Tomas Rieger at the base.\n\nMS. LAND:  Thank you, Mr. Pre- — Mr. Chairman.\n`);
  assert.ok(person(entities, 'Tomas Rieger'));
  assert.ok(!names(entities).some((n) => /Gen|Pre\b/.test(n)), names(entities).join(', '));
});

test('a portfolio written before "Secretary" is the office, in either case', () => {
  const { entities } = entitiesOf(`Business Secretary Helen Marsh met investors. Later, home secretary Owen Price spoke. Economic Secretary to the Treasury Ruth Dale joined them.\n`);
  assert.equal(person(entities, 'Helen Marsh').roles[0].title, 'Business Secretary');
  assert.equal(person(entities, 'Owen Price').roles[0].title, 'Home Secretary');
  assert.match(person(entities, 'Ruth Dale').roles[0].title, /^Economic Secretary to the Treasury$/i);
});

test('an office only some states have places its holder in the one of them the text names most; a tie places no one', () => {
  const uk = entitiesOf(`Britain wants more trade. Business Secretary Helen Marsh and Chancellor Anna Webb flew to Delhi, where British firms are expanding.\n`);
  assert.equal(person(uk.entities, 'Helen Marsh').country, 'GBR');
  assert.equal(person(uk.entities, 'Anna Webb').country, 'GBR');
  const tie = entitiesOf(`Chancellor Anna Webb spoke about trade between Germany and Austria.\n`);
  assert.equal(person(tie.entities, 'Anna Webb').country, null);
});

test('a party before a title or a description says the state; an ambiguous party with no state ahead says nothing', () => {
  const { entities } = entitiesOf(`Tory leader Jane Holt said the visit was a mistake. Republican pollster Sam Orr said voters agreed.\n`);
  assert.equal(person(entities, 'Jane Holt').country, 'GBR');
  assert.deepEqual(person(entities, 'Jane Holt').roles.map((r) => r.title), ['leader']);
  assert.equal(person(entities, 'Sam Orr').country, 'USA');
  const tie = entitiesOf(`Conservative pollster Sam Orr compared Canada and Britain.\n`);
  assert.equal(person(tie.entities, 'Sam Orr').country, null);
});

test('ministers listed right after a leader named with a demonym serve that state; another leader does not', () => {
  const { entities } = entitiesOf(`Mr Rudd met Palestinian President Omar Qasem, Foreign Minister Walid Haddad and Planning Minister Lina Aziz in Ramallah.\n`);
  assert.equal(person(entities, 'Walid Haddad').country, 'PSE');
  assert.equal(person(entities, 'Lina Aziz').country, 'PSE');
  const two = entitiesOf(`Chinese President Wei Bo, President Ana Silva of Brazil and Prime Minister Lars Berg met in Geneva.\n`);
  assert.equal(person(two.entities, 'Ana Silva').country, 'BRA');
  assert.equal(person(two.entities, 'Lars Berg').country, null);
});

test('two transliterations of one name in one text are one person; names that differ in more than the vowels are two', () => {
  const { entities } = entitiesOf(`President Hassan Rouhani spoke on Monday. Later, Hassan Ruhani said the talks would go on.\n`);
  assert.equal(people(entities).length, 1, names(entities).join(', '));
  const two = entitiesOf(`Ali Karimi said the talks went well. Ali Kazemi said they did not.\n`);
  assert.deepEqual(names(two.entities).sort(), ['Ali Karimi', 'Ali Kazemi']);
});

test('an initial without its period sits inside a name after a known given name', () => {
  const { entities } = entitiesOf(`Anna K Berg, a professor at Lund University, said the vote was close.\n`);
  assert.ok(person(entities, 'Anna K Berg'));
});

test('a person known by "Mr X" takes the one full name written with that surname; two such names give neither', () => {
  const { doc, entities } = entitiesOf(`The accord that Martin Osgood helped broker was signed. Mr Osgood said it was a start.\n`);
  assert.deepEqual(texts(person(entities, 'Martin Osgood')), ['Martin Osgood', 'Mr Osgood']);
  assertSpans(doc, entities);
  const two = entitiesOf(`The accord that Martin Osgood helped broker, and Clara Osgood helped draft, was signed. Mr Osgood said it was a start.\n`);
  assert.ok(!names(two.entities).includes('Martin Osgood'), names(two.entities).join(', '));
});

test('"the two ministers" take the partner state the text is about, not one paired with it in passing', () => {
  const pair = entitiesOf(
    `Foreign Minister Lena Sorvik of Norway met Minister Ivo Brandt in Oslo on Monday. The two ministers praised ties between Norway and Denmark. Norway and Denmark will hold talks again in May.\n`,
  ).entities;
  assert.equal(person(pair, 'Ivo Brandt').country, 'DNK');
  // Iceland is paired with Norway twice, but the text is about Norway and Germany
  const passing = entitiesOf(
    `Foreign Minister Lena Sorvik of Norway met Minister Ivo Brandt in Oslo on Monday. The two ministers spoke about Germany, where Germany hosts a fund that Germany and Norway share. Germany will pay more. Norway and Iceland sent observers; Norway and Iceland also fish together.\n`,
  ).entities;
  assert.notEqual(person(passing, 'Ivo Brandt').country, 'ISL');
});
