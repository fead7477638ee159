// Who said it, in news styles from several countries: pronouns that must agree with the gender the
// text gives each person, cues after the quotation ("X said", "said X", "X told reporters"), bare
// names the entities layer did not type ("Lula said"), and straight single quotation marks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, speakerOf } from './helpers/quotes.js';

// ------------------------------------------------------------------ pronouns and gender

test('"he said" right after a woman was quoted is not her: it goes to the man named before', () => {
  const quotes = quotesOf(`Canada and Mexico discuss trade

Canadian Foreign Minister Mélanie Joly met Mexican Foreign Secretary Marcelo Ebrard in Mexico City on Tuesday. Joly said the two countries were "partners in a changing North America", and she raised the case of Canadian mining firms. "Mexico will decide its own energy policy," he said.
`);
  assert.equal(speakerOf(quotes, 'partners in a changing'), 'Mélanie Joly');
  assert.equal(speakerOf(quotes, 'Mexico will decide'), 'Marcelo Ebrard');
});

test('"she said" skips the man quoted last and goes to the woman who is the subject before him', () => {
  const quotes = quotesOf(`Finland joins NATO

Prime Minister Sanna Marin said her government would send the application to Brussels. Finnish President Sauli Niinistö said on Tuesday that his country knew "the era of military non-alignment has ended". "This is a historic day for Finland," she said.
`);
  assert.equal(speakerOf(quotes, 'the era of military'), 'Sauli Niinistö');
  assert.equal(speakerOf(quotes, 'This is a historic day'), 'Sanna Marin');
});

test('a form of address gives the gender: "Ms" and "Mr" keep "he" away from her', () => {
  const quotes = quotesOf(`Britain and New Zealand sign free trade deal

New Zealand Prime Minister Jacinda Ardern and British Prime Minister Boris Johnson signed the agreement by video link. Ms Ardern called the deal "a gold standard agreement". "This is a great deal for both our countries," he said.
`);
  assert.equal(speakerOf(quotes, 'a gold standard'), 'Jacinda Ardern');
  assert.equal(speakerOf(quotes, 'This is a great deal'), 'Boris Johnson');
});

test('a pronoun continues the person being quoted when nobody of that gender was named since', () => {
  const quotes = quotesOf(`Chile and Argentina agree on lithium

Chilean President Gabriel Boric met Argentine Foreign Minister Santiago Cafiero in Santiago. "Lithium must bring development to our regions," Boric said. His spokeswoman Camila Vallejo later confirmed the meeting. "We have agreed to share geological data," he said.
`);
  assert.equal(speakerOf(quotes, 'Lithium must'), 'Gabriel Boric');
  assert.notEqual(speakerOf(quotes, 'We have agreed to share'), 'Camila Vallejo');
});

// ------------------------------------------------------------------ cues after the quotation

test('"X said", "said X", "X told reporters" and "X told a news conference" after the quotation', () => {
  const quotes = quotesOf(`Egypt and Ethiopia resume dam talks

Egyptian Foreign Minister Sameh Shoukry and Ethiopian Foreign Minister Demeke Mekonnen met in Cairo on Sunday.

"We want a binding agreement on the filling of the dam," Shoukry said.

"Ethiopia has the right to use its water," said Demeke Mekonnen.

"The talks were frank," Shoukry told reporters after the meeting.

"We will meet again in Addis Ababa next month," Demeke Mekonnen told a news conference.
`);
  assert.equal(speakerOf(quotes, 'We want a binding'), 'Sameh Shoukry');
  assert.equal(speakerOf(quotes, 'Ethiopia has the right'), 'Demeke Mekonnen');
  assert.equal(speakerOf(quotes, 'The talks were frank'), 'Sameh Shoukry');
  assert.equal(speakerOf(quotes, 'We will meet again'), 'Demeke Mekonnen');
});

// ------------------------------------------------------------------ bare names

test('a short form of a full name given earlier ("Lula said") is that person', () => {
  const quotes = quotesOf(`Brazil returns to the Amazon Fund talks

Brazilian President Luiz Inácio Lula da Silva met Norwegian Prime Minister Jonas Gahr Støre in Brasília on Thursday. "The Amazon is not a sanctuary for the world, it is home to millions of Brazilians," Lula said.
`);
  assert.equal(speakerOf(quotes, 'The Amazon is not'), 'Luiz Inácio Lula da Silva');
});

test('a bare name after the cue ("said Albanese") resolves to the person of that surname', () => {
  const quotes = quotesOf(`Australia and China resume dialogue

Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on Monday.

"We will cooperate where we can and disagree where we must," said Albanese.
`);
  assert.equal(speakerOf(quotes, 'We will cooperate'), 'Anthony Albanese');
});

test('a bare name that fits no person, or several, leaves the speaker null', () => {
  const quotes = quotesOf(`China comments on the Ukraine talks

Chinese Foreign Minister Wang Yi met Ukrainian Foreign Minister Dmytro Kuleba in Guangzhou on Wednesday. Foreign Ministry spokesperson Wang Wenbin described the meeting at a regular briefing in Beijing.

"China is always on the side of peace," Wang said.

"The door to negotiations must stay open," Beijing said.
`);
  assert.equal(speakerOf(quotes, 'China is always'), null);
  assert.equal(speakerOf(quotes, 'The door to negotiations'), null);
});

// ------------------------------------------------------------------ straight single marks

test("straight single marks in a headline and in the text are quotation marks", () => {
  const text = `Scholz says Germany 'will not stand aside' on Ukraine's defence

German Chancellor Olaf Scholz said on Friday that Berlin would 'keep supporting Ukraine for as long as it takes', adding that the allies' decisions were made together.
`;
  const quotes = quotesOf(text);
  assert.ok(quotes.some((q) => q.text === 'keep supporting Ukraine for as long as it takes'), JSON.stringify(quotes));
  assert.equal(speakerOf(quotes, 'keep supporting'), 'Olaf Scholz');
  // apostrophes and plural possessives do not open or close a quotation
  for (const q of quotes) assert.doesNotMatch(q.text, /^s\b|Ukraine's defence|allies/);
});

test("apostrophes alone never make a quotation", () => {
  const quotes = quotesOf(`India's ministers meet in Delhi

India's foreign and defence ministers held talks with their Japanese counterparts in New Delhi. The ministers' joint statement said Japan's and India's navies would hold more exercises, as they did in the '90s. O'Neill, an analyst, said it wasn't a surprise.
`);
  assert.deepEqual(quotes, []);
});

test('a straight single quotation with the cue after it, over a wrapped line', () => {
  const quotes = quotesOf(`Philippines protests at sea incident

Philippine Foreign Secretary Enrique Manalo met the Chinese ambassador in Manila on Monday.

'We will not give up a single square inch
of our territory,' Manalo told reporters.
`);
  assert.equal(speakerOf(quotes, 'We will not give up'), 'Enrique Manalo');
});

// ------------------------------------------------------------------ offices with a nationality

test('"said the German minister" is the German one, not the other minister being quoted', () => {
  const quotes = quotesOf(`Germany returns Benin Bronzes

ABUJA - German Foreign Minister Annalena Baerbock handed over twenty Benin Bronzes in Abuja on Tuesday. Nigerian Minister of Information Lai Mohammed called it "a historic day". "This is about justice," said the German minister.
`);
  assert.equal(speakerOf(quotes, 'a historic day'), 'Lai Mohammed');
  assert.equal(speakerOf(quotes, 'This is about justice'), 'Annalena Baerbock');
});

test('"the Indonesian president said" goes past the foreign leader quoted last', () => {
  const quotes = quotesOf(`Indonesia and Australia talk trade

Australian Prime Minister Anthony Albanese met Indonesian President Joko Widodo at the Bogor Palace on Monday. "Indonesia is one of our most important partners," Albanese said. "We want Australian investment in electric vehicle batteries," the Indonesian president said.
`);
  assert.equal(speakerOf(quotes, 'Indonesia is one of'), 'Anthony Albanese');
  assert.equal(speakerOf(quotes, 'We want Australian'), 'Joko Widodo');
});

test('a given name borne by women only, and "told her" as an object, keep "she" off the man who spoke last', () => {
  const quotes = quotesOf(`France and Italy ease tensions over migration

ROME - French President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in Rome on Friday. Meloni said the talks were "frank and constructive". Macron told her that France wanted "a European answer to migration".

"We agree on much more than people think," she told reporters after the meeting.
`);
  assert.equal(speakerOf(quotes, 'a European answer'), 'Emmanuel Macron');
  assert.equal(speakerOf(quotes, 'We agree on much more'), 'Giorgia Meloni');
});

test('a person whose gender the text does not give can still be "he"', () => {
  const quotes = quotesOf(`Kazakhstan hosts Central Asian summit

ASTANA - President Kassym-Jomart Tokayev hosted the leaders of Central Asia on Friday. Tokayev said the region needed "new transport routes to Europe". "Our countries must trade more with each other," he said.
`);
  assert.equal(speakerOf(quotes, 'Our countries must'), 'Kassym-Jomart Tokayev');
});

test('"X\'s office said" and "X\'s spokesman said" are not X speaking', () => {
  const quotes = quotesOf(`Turkey backs Sweden's NATO bid

VILNIUS - Turkish President Recep Tayyip Erdogan agreed on Monday to send Sweden's bid to join NATO to parliament. "Sweden has taken concrete steps," Erdogan's office said in a statement. "The president will keep his word," Erdogan's spokesman told reporters.
`);
  assert.notEqual(speakerOf(quotes, 'Sweden has taken'), 'Recep Tayyip Erdogan');
  assert.notEqual(speakerOf(quotes, 'The president will keep'), 'Recep Tayyip Erdogan');
});

test('a bare name before an aside in commas, and after "according to", is the person of that name', () => {
  const quotes = quotesOf(`Vietnam and the US upgrade ties

HANOI - US President Joe Biden held talks with Communist Party General Secretary Nguyen Phu Trong on Sunday. According to Trong, the relationship had reached "a new height". Biden, speaking at the party headquarters, said: "We are elevating our relationship to a comprehensive strategic partnership."
`);
  assert.equal(speakerOf(quotes, 'a new height'), 'Nguyen Phu Trong');
  assert.equal(speakerOf(quotes, 'We are elevating'), 'Joe Biden');
});

test('"The White House said" is the organisation named, not a person nearby', () => {
  const quotes = quotesOf(`Vietnam and the US sign chip deal

HANOI - US President Joe Biden met Vietnamese leaders in Hanoi on Monday. The White House said in a statement that the two countries would cooperate on "semiconductors and critical minerals supply chains".
`);
  assert.equal(speakerOf(quotes, 'semiconductors'), 'White House');
});

test('"he said" with no one quoted before goes to the subject of the sentence before, not the last name in it', () => {
  const quotes = quotesOf(`Kenya hosts Ethiopian leader

NAIROBI - Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House on Tuesday. "Our two countries will build the road to Moyale together," he said.
`);
  assert.equal(speakerOf(quotes, 'Our two countries'), 'William Ruto');
});

test('"she said" after a sentence whose subject is "she" goes back to who that is, not to a man named in it', () => {
  const quotes = quotesOf(`New Zealand and China

New Zealand Foreign Minister Nanaia Mahuta met Chinese Foreign Minister Wang Yi in Tianjin on Thursday. Mahuta did not meet President Xi Jinping. She said she hoped Wang would visit Wellington next year.

"We will keep talking even where we disagree," she said.
`);
  assert.equal(speakerOf(quotes, 'We will keep talking'), 'Nanaia Mahuta');
});

test('"He called X “…” and said …", "…, calling it “…”": a second verb of the clause keeps its first subject', () => {
  const quotes = quotesOf(`India and Pakistan at the SCO

Indian Foreign Minister Subrahmanyam Jaishankar met reporters in Goa after the meeting with Pakistani Foreign Minister Bilawal Bhutto Zardari.

Jaishankar was blunt. He called Bhutto Zardari "a spokesperson of a terrorism industry" and said that Pakistan's credibility was "depleting even faster than its reserves".

Foreign Minister Jaishankar declared the talks over, calling them "a waste of time for both sides".
`);
  assert.equal(speakerOf(quotes, 'depleting even faster'), 'Subrahmanyam Jaishankar');
  assert.equal(speakerOf(quotes, 'a waste of time'), 'Subrahmanyam Jaishankar');
});

test('"he said" after "X said" of a person the text never names in full is nobody we can name, not the one quoted before', () => {
  const quotes = quotesOf(`India suspends visas for Canadians

NEW DELHI, Sept 21 (Reuters) - India suspended visa services in Canada, Foreign Ministry spokesman Arindam Bagchi said. "Our High Commission is temporarily unable to process visa applications," Bagchi said.

Speaking in New York on Thursday, Trudeau said he did not want to escalate. "We call on the government of India to work with us," he said.
`);
  assert.equal(speakerOf(quotes, 'Our High Commission'), 'Arindam Bagchi');
  assert.equal(speakerOf(quotes, 'We call on'), null);
});

test('"…,” declaring him persona non grata and accusing him of being “…”: the one who declares speaks, not the one declared', () => {
  const quotes = quotesOf(`Canada expels envoy

OTTAWA, May 9, 2023 - Foreign Minister Melanie Joly said on Tuesday that diplomat Zhao Wei was "not welcome in Canada," declaring him persona non grata and accusing him of "unacceptable interference in our democracy." Zhao Wei has five days to leave.
`);
  assert.equal(speakerOf(quotes, 'not welcome in Canada'), 'Melanie Joly');
  assert.equal(speakerOf(quotes, 'unacceptable interference'), 'Melanie Joly');
});

test('a verb in a clause of what was said ("“…” and that Iran condemns …") does not take the quotation from "X said"', () => {
  const quotes = quotesOf(`Tehran rejects claims

TEHRAN, Aug. 27 - Foreign Ministry Spokesman Nasser Kanaani said the accusations were "entirely baseless" and that Iran condemns any attack on diplomatic premises.
`);
  assert.equal(speakerOf(quotes, 'entirely baseless'), 'Nasser Kanaani');
});

test('"X told Y that “…” - adding that … “…”": the words after the dash are X\'s too; "with X slamming “…”" is X\'s', () => {
  const quotes = quotesOf(`Ministers meet in Hanoi

Austrian President Anton Weber met Chilean President Camila Rojas in Hanoi on Friday. Weber told Rojas that "our ties have come through a hard decade" - adding that Vienna was ready to work with Santiago to "open a new chapter of trade".

The two leaders criticised protectionism during the dinner, with Rojas slamming "short-sighted tariffs" from some large economies.
`);
  assert.equal(speakerOf(quotes, 'our ties have come'), 'Anton Weber');
  assert.equal(speakerOf(quotes, 'open a new chapter'), 'Anton Weber');
  assert.equal(speakerOf(quotes, 'short-sighted tariffs'), 'Camila Rojas');
});
