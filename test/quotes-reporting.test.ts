// Quotations as news reports and official releases give them: statements carried over several
// paragraphs, speakers before an aside, participles and relative clauses after the quotation, a
// possessor's "remark", offices with a country, the channel that carried the words, and the
// quoted terms that are nobody's speech. Every text here is our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, speakerOf } from './helpers/quotes.js';
import { annotateText } from './helpers/pipeline.js';
import { alignEscaped } from '../src/clean/text/escaped.js';


// ------------------------------------------------------------------ statements over paragraphs

test('a paragraph that is one more quotation goes on with the speaker of the paragraph before', () => {
  const quotes = quotesOf(`Australia funds clinics in the Pacific

Foreign Minister Penny Wong announced new funding for rural clinics on Monday.

"Australia wants every family in the region to be within reach of a nurse," said Ms Wong.

"We have seen what these clinics can do and we will keep working with local health services."

The funding runs for four years.
`);
  assert.equal(speakerOf(quotes, 'Australia wants every family'), 'Penny Wong');
  assert.equal(speakerOf(quotes, 'We have seen what these clinics'), 'Penny Wong');
});

test('a quotation paragraph after a paragraph of narrative keeps no earlier speaker', () => {
  const quotes = quotesOf(`Australia funds clinics in the Pacific

"Australia wants every family in the region to be within reach of a nurse," said Foreign Minister Penny Wong.

The clinics will be built by local firms, and construction starts in May.

"We have seen what these clinics can do and we will keep working with local health services."
`);
  assert.equal(speakerOf(quotes, 'Australia wants every family'), 'Penny Wong');
  assert.equal(speakerOf(quotes, 'We have seen what these clinics'), null);
});

// ------------------------------------------------------------------ subjects around the cue

test('the speaker before an aside in commas, not an organisation named inside the aside', () => {
  const quotes = quotesOf(`Japan heads to the polls

Professor Anna Lindqvist, a fellow at the Lowy Institute, said the visit came at "a very convenient moment" for the government.
`);
  assert.notEqual(speakerOf(quotes, 'a very convenient moment'), 'Lowy Institute');
});

test('an organisation right before the cue is still the speaker', () => {
  const quotes = quotesOf(`Japan heads to the polls

The Lowy Institute said the visit came at "a very convenient moment" for the government.
`);
  assert.equal(speakerOf(quotes, 'a very convenient moment'), 'Lowy Institute');
});

test('a participle after the quotation shares the subject of its clause, not a name in between', () => {
  const quotes = quotesOf(`Zelensky prepares for talks

Ukrainian President Volodymyr Zelensky held a call with European leaders to discuss the "next steps" before his meeting with Donald Trump, adding that unity mattered most.
`);
  assert.equal(speakerOf(quotes, 'next steps'), 'Volodymyr Zelensky');
});

test('a name right before a cue after the quotation is the speaker', () => {
  const quotes = quotesOf(`Zelensky prepares for talks

Ukrainian President Volodymyr Zelensky met Donald Trump in Florida. "We made real progress today," Trump said, adding that more talks would follow.
`);
  assert.equal(speakerOf(quotes, 'We made real progress'), 'Donald Trump');
});

test('"the “…” that X threatened": the relative clause names the speaker of the quoted words', () => {
  const quotes = quotesOf(`No deal in Anchorage

President Donald Trump met President Vladimir Putin in Anchorage. There was no word of the "very heavy costs" that Trump threatened before the summit.
`);
  assert.equal(speakerOf(quotes, 'very heavy costs'), 'Donald Trump');
});

test('a clause of what was said after the quotation ("and that …") attributes nothing', () => {
  const quotes = quotesOf(`No deal in Anchorage

The talks were described as "very heavy going" and that Trump threatened to leave early was widely reported.
`);
  assert.notEqual(speakerOf(quotes, 'very heavy going'), 'Donald Trump');
});

test('a possessor before a quotation named as a remark is its speaker', () => {
  const quotes = quotesOf(`Summit ends without a date

President Vladimir Putin met President Donald Trump in Alaska. No date was set for another meeting, Putin's "see you in Moscow" remark notwithstanding.
`);
  assert.equal(speakerOf(quotes, 'see you in Moscow'), 'Vladimir Putin');
});

test('a short quotation with no cue and no remark noun is nobody\'s speech', () => {
  const quotes = quotesOf(`Summit ends without a date

President Vladimir Putin met President Donald Trump in Alaska. No date was set for the "see you in Moscow" meeting.
`);
  assert.ok(!quotes.some((q) => q.text.startsWith('see you in Moscow') && q.speaker));
});

// ------------------------------------------------------------------ offices, countries, groups

test('an office with a country goes to the one person of that country, even named later', () => {
  const quotes = quotesOf(`Moscow sets terms

Russia's foreign minister said talks could succeed only if the "deeper causes" of the conflict were settled. Foreign Minister Sergei Lavrov spoke at a ceremony in Moscow, where Chinese Foreign Minister Wang Yi was a guest.
`);
  assert.equal(speakerOf(quotes, 'deeper causes'), 'Sergei Lavrov');
});

test('an office with a country nobody in the text belongs to gives no speaker', () => {
  const quotes = quotesOf(`Moscow sets terms

Brazil's foreign minister said talks could succeed only if the "deeper causes" of the conflict were settled. Foreign Minister Sergei Lavrov spoke at a ceremony in Moscow.
`);
  assert.equal(speakerOf(quotes, 'deeper causes'), null);
});

test('"the leaders of A and B said" gives the words to one of those two leaders', () => {
  const quotes = quotesOf(`Canada and Mexico deepen ties

Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City on Thursday. The leaders of Canada and Mexico said they shared "common goals for North America" and would meet again in June.
`);
  assert.ok(['Mark Carney', 'Claudia Sheinbaum'].includes(speakerOf(quotes, 'common goals') ?? ''));
});

test('"a spokesman for X said" is not X speaking', () => {
  const quotes = quotesOf(`Former leader denies payments

Former Prime Minister Tony Blair has advised several governments in the region. A spokesman for the former prime minister said: "He has never been paid for this work and never will be."
`);
  assert.notEqual(speakerOf(quotes, 'He has never been paid'), 'Tony Blair');
});

test('a channel after the quotation ("according to TASS") does not replace the speaker named before it', () => {
  const quotes = quotesOf(`Kremlin comments on talks

On Saturday, Russian President Vladimir Putin said Kyiv was "in no rush to end this war", according to the state news agency TASS.
`);
  assert.equal(speakerOf(quotes, 'in no rush'), 'Vladimir Putin');
});

test('"according to X" alone still names X', () => {
  const quotes = quotesOf(`Kremlin comments on talks

Kyiv was "in no rush to end this war", according to Russian President Vladimir Putin.
`);
  assert.equal(speakerOf(quotes, 'in no rush'), 'Vladimir Putin');
});

// ------------------------------------------------------------------ terms, not speech

test('"what he calls a “… operation”" is the name of a thing, not speech', () => {
  const quotes = quotesOf(`Kremlin comments on talks

Russian President Vladimir Putin said what he calls a "special security operation" would go on until its goals were met.
`);
  assert.ok(!quotes.some((q) => q.text === 'special security operation' && q.speaker));
});

test('a phrase said in a clause of reported speech is speech even when it ends in such a noun', () => {
  const quotes = quotesOf(`Kremlin comments on talks

Ukrainian President Volodymyr Zelensky said a "demilitarised trade zone" could be one option for the east.
`);
  assert.equal(speakerOf(quotes, 'demilitarised trade zone'), 'Volodymyr Zelensky');
});

test('a proper noun and a common noun in quotation marks is a coined name, not speech', () => {
  const quotes = quotesOf(`Europe debates reform

French President Emmanuel Macron urged the EU to seize its "Greenland moment" and push ahead with reforms.
`);
  assert.ok(!quotes.some((q) => q.text === 'Greenland moment' && q.speaker));
});

test('a short quotation that opens with a proper noun and has a verb is speech', () => {
  const quotes = quotesOf(`Europe debates reform

French President Emmanuel Macron said that "Europe must act" before the summit.
`);
  assert.equal(speakerOf(quotes, 'Europe must act'), 'Emmanuel Macron');
});

// ------------------------------------------------------------------ a speaker's own record

const EXCERPTS = `Excerpts of Remarks as Prepared for Delivery by President Joe Biden at the General Assembly

“We meet at a moment when no nation can meet the storms of this century alone. I believe our future is bound up with yours.”

—

“That is why we will keep working with every partner who shares our commitment to the Charter, and I ask you to join us.”
`;

test('paragraphs that are nothing but quotations in a speaker\'s own record are that speaker\'s words', () => {
  const quotes = quotesOf(EXCERPTS, 'excerpts.txt');
  assert.equal(speakerOf(quotes, 'We meet at a moment'), 'Joe Biden');
  assert.equal(speakerOf(quotes, 'That is why we will keep'), 'Joe Biden');
});

test('the same quotation paragraphs in a report with no titled speaker have no speaker', () => {
  const quotes = quotesOf(EXCERPTS.replace(/^.*\n/, 'What was said at the General Assembly\n'), 'report.txt');
  assert.equal(speakerOf(quotes, 'We meet at a moment'), null);
});

// ------------------------------------------------------------------ the bare office of the text's own leader

const TRIP = `Starmer heads to Delhi on trade mission

Sir Keir Starmer is travelling to India this week with business leaders. Downing Street said the visit would focus on trade, and Sir Keir is expected to meet business groups in Mumbai. Canadian Prime Minister Mark Carney visited Delhi in March.

Speaking on the plane, the prime minister said: "India is one of the great economies of this century and we want to be its partner."
`;

test('"the prime minister" is the leader the report is about, not a foreign one named last with a nationality', () => {
  assert.equal(speakerOf(quotesOf(TRIP), 'India is one of the great'), 'Keir Starmer');
});

test('"the prime minister\'s spokesman said" is not the prime minister', () => {
  const quotes = quotesOf(TRIP.replace('the prime minister said:', "the prime minister's official spokesman told reporters:"));
  assert.equal(speakerOf(quotes, 'India is one of the great'), null);
});

// ------------------------------------------------------------------ bodies, acronyms, the unplaced speaker

test('"the KDF" is the Kenya Defence Forces named before it; an acronym of nobody named is no speaker', () => {
  const quotes = quotesOf(`Camps attacked near the border

The Kenya Defence Forces said on Tuesday that two border camps had been attacked. Later the KDF warned that the militants would "pay a heavy price for every attack". The UNRWA said it would "keep the schools open".
`);
  assert.equal(speakerOf(quotes, 'pay a heavy price'), 'Kenya Defence Forces');
  assert.equal(speakerOf(quotes, 'keep the schools open'), null);
});

test('armed forces news names by acronym alone ("the IDF") are an organisation that speaks', () => {
  const quotes = quotesOf(`Rockets fired from Gaza

Two rockets were fired towards southern towns overnight, and sirens sounded in several places. The IDF blamed the group that runs the strip and warned that it would "answer every attack on our towns".
`);
  assert.equal(speakerOf(quotes, 'answer every attack'), 'Israel Defense Forces');
});

test('"Russia\'s defence ministry said", "the Japanese foreign ministry said": a state\'s ministry in lower case is an organisation that speaks', () => {
  const quotes = quotesOf(`Strikes on power plants

Turkey's energy ministry said the plants had been hit overnight, which it called "a deliberate attack on homes in winter".

The Japanese foreign ministry said it was "deeply concerned" and urged restraint.
`);
  assert.equal(speakerOf(quotes, 'a deliberate attack'), 'Turkish Energy Ministry');
  assert.equal(speakerOf(quotes, 'deeply concerned'), 'Japanese Foreign Ministry');
});

// ------------------------------------------------------------------ people the text names oddly

test('a person named by a given name, a bare initial and a surname that is also a word for a building speaks', () => {
  const quotes = quotesOf(`Election in Tokyo

Margaret K Hall, a lecturer at a university in Osaka, said the visit came "at exactly the right moment".

"It helps the government a great deal," she said.
`);
  assert.equal(speakerOf(quotes, 'at exactly the right'), 'Margaret K Hall');
  assert.equal(speakerOf(quotes, 'It helps the government'), 'Margaret K Hall');
});

test('a leader the text calls by surname only, as the subject of "warned" with "his" after it, speaks', () => {
  const quotes = quotesOf(`Accord signed in the capital

Crowds gathered outside the parliament as the accord was signed on Tuesday.

Okonkwo warned that the accord would "not bring calm to the border" until his government was heard.

"Calm will not come while the border stays closed," he said.
`);
  assert.equal(speakerOf(quotes, 'not bring calm'), 'Okonkwo');
  assert.equal(speakerOf(quotes, 'Calm will not come'), 'Okonkwo');
});

test('a lone capitalised word before "said" with no "he" or "she" about it is no person', () => {
  const quotes = quotesOf(`Gas prices

Gasbridge said its prices would "stay high through the winter".
`);
  assert.equal(speakerOf(quotes, 'stay high'), null);
});

test('"the Chinese government said" is China when no such body is named; a government of no state in the text is nobody', () => {
  const quotes = quotesOf(`Visa plan for British visitors

British Prime Minister Keir Starmer said visas for short visits to China would be dropped. But the Chinese government said it was only "looking at the idea". The Ruritanian government said it was "watching closely".
`);
  assert.equal(speakerOf(quotes, 'looking at the idea'), 'China');
  assert.equal(speakerOf(quotes, 'watching closely'), null);
});

test('"Russia\'s foreign minister" is the Foreign Minister, not the Deputy Foreign Minister', () => {
  const quotes = quotesOf(`Moscow sets terms

Deputy Foreign Minister Sergei Ryabkov spoke to reporters on Monday. Russia's foreign minister said talks could succeed only if the "deeper causes" of the war were settled. Foreign Minister Sergei Lavrov spoke at a ceremony later.
`);
  assert.equal(speakerOf(quotes, 'deeper causes'), 'Sergei Lavrov');
});

test('"he said" after a speaker the text names but we cannot place stays unknown, not the last person placed', () => {
  const quotes = quotesOf(`Japan heads to the polls

Prime Minister Keir Starmer visited Tokyo on Friday.

Jeffrey J Hall, a lecturer at a university in Chiba, said the visit was doing the government an "enormous favour".

"The timing is right in the middle of an election campaign," he said.
`);
  assert.notEqual(speakerOf(quotes, 'The timing is right'), 'Keir Starmer');
});

test('"he said" right after a placed speaker is that speaker', () => {
  const quotes = quotesOf(`Japan heads to the polls

Prime Minister Keir Starmer visited Tokyo on Friday and said the visit was "a chance to deepen ties".

"The timing is right for both our countries," he said.
`);
  assert.equal(speakerOf(quotes, 'The timing is right'), 'Keir Starmer');
});

// ------------------------------------------------------------------ a title written with escapes in front matter

const ESCAPED = `---
date: '2024-06-03'
title: "Remarks as Prepared for Delivery by Prime Minister Anna\\_Kovac at the\\
  \\ Ocean Conference in\\_Lisbon"
---

“Our seas do not stop at any border, and I know that none of us can clean them alone.”

—

“That is why we will bring the fishing fleets of our region under one set of rules by next spring.”
`;

test('a speech whose front-matter title is written with YAML escapes and a folded line is the titled speaker’s record', () => {
  const { doc, ann } = annotateText('kovac.md', ESCAPED);
  assert.equal(doc.title, 'Remarks as Prepared for Delivery by Prime Minister Anna Kovac at the Ocean Conference in Lisbon');
  const kovac = ann.entities.find((e) => e.name === 'Anna Kovac');
  assert.ok(kovac, 'the titled speaker is found');
  // the title mention keeps its span in the original, escapes and all
  for (const m of kovac.mentions) assert.equal(ESCAPED.slice(m.start, m.end), m.text);
  assert.ok(kovac.mentions.some((m) => m.cleanStart < 0), 'named in the title');
  assert.ok(ann.primary.some((p) => p.speakerLocalId === kovac.localId));
  const quotes = quotesOf(ESCAPED, 'kovac.md');
  assert.equal(speakerOf(quotes, 'Our seas do not stop'), 'Anna Kovac');
  assert.equal(speakerOf(quotes, 'That is why we will bring'), 'Anna Kovac');
});

test('the escaped title is laid onto its source character by character; a value that is not written there gives nothing', () => {
  const source = 'Talks in S\\u00e3o\\_Paulo on\\\n  \\ trade &amp; aid';
  const a = alignEscaped(source, 'Talks in São Paulo on trade & aid');
  assert.ok(a);
  const at = (s: number, e: number) => source.slice(a.start[s], a.end[e - 1]);
  assert.equal(at(9, 18), 'S\\u00e3o\\_Paulo');
  assert.equal(at(28, 29), '&amp;');
  assert.equal(alignEscaped(source, 'Talks in Rio'), null);
});

// ------------------------------------------------------------------ "you" in a turn of a transcript with three speakers

const THREE = `Remarks by President Okafor and Prime Minister Lindqvist Before Their Meeting

PRESIDENT OKAFOR: Welcome, Prime Minister. We are glad to have you here, and I hope our teams will agree on the port project today.

SECRETARY MBEKI: The delegations are ready, Mr. President.

PRIME MINISTER LINDQVIST: Thank you. Mr. President, you rightly said that “no country can build its future on closed doors” and I agree with you.

Excellency, when you took office you chose a simple motto: “Open ports, open minds.” We share it.

PRESIDENT OKAFOR: Thank you, my friend. We will do our part.
`;

test('"Mr. President, you said “…”" and "Excellency, you chose a motto: “…”" in a three-way transcript are the president’s words', () => {
  const quotes = quotesOf(THREE, 'meeting.txt');
  assert.equal(speakerOf(quotes, 'no country can build'), 'Okafor');
  assert.equal(speakerOf(quotes, 'Open ports'), 'Okafor');
});

test('"you said" with no form of address among three speakers names nobody', () => {
  const quotes = quotesOf(THREE.replace('Mr. President, you rightly said', 'You rightly said').replace('Excellency, when you', 'When you'), 'meeting.txt');
  assert.equal(speakerOf(quotes, 'no country can build'), null);
});

// ------------------------------------------------------------------ an office far from the last quotation

const FAR = `Summit in Miami ends without a tariff deal

US President Ann Hale and Brazilian President Carlos Mendes left Miami on Friday without an agreement on tariffs.

"We made real progress," Ann Hale said after the talks. The president said that she and Carlos Mendes had found "common ground on steel".

Ann Hale flew a long way for such a vague result, even if her allies in Congress may be relieved that she offered no concessions that could have weakened later talks with Brazil.

There are no signs of a second meeting soon, Mendes's "see you in Brasília" remark about their next meeting notwithstanding.

While Ann Hale had less at stake than the farmers of either country, the failure will still dent her standing at home after earlier promises that the talks would end in a deal. Her advisers had spent weeks preparing the visit, and her trade team had drafted three versions of an agreement that now sit unused in Washington. Business groups on both sides had hoped for at least a framework on steel quotas, and several farm lobbies had flown delegations to Miami for the occasion.

The question now is whether Ann Hale will impose the new tariffs she has threatened for months on Brazilian steel and soybeans.

The president partly addressed that in a radio interview before flying home, saying that she would decide "within a month or so". But given the president promised "a hard answer" if Brazil did not move, such a loose answer may raise more questions.
`;

test('"the president" many lines after another president was quoted is the one the text names so, not the last one quoted', () => {
  const quotes = quotesOf(FAR);
  assert.equal(speakerOf(quotes, 'see you in'), 'Carlos Mendes');
  assert.equal(speakerOf(quotes, 'within a month'), 'Ann Hale');
  assert.equal(speakerOf(quotes, 'a hard answer'), 'Ann Hale');
});
