// Quotations in one document: every quotation style, quotes over line breaks and paragraphs, cues
// before and after the words, names in quotation marks, and a transcript's primary passages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocAnnotations } from '../src/types.js';
import { annotateText } from './helpers/pipeline.js';

const NEWS = `Kenya and Ethiopia discuss trade in Nairobi

Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.

Ruto said “regional trade
must grow faster than it has” after the meeting. Abiy Ahmed told reporters that "the port agreement is a step forward". Ruto later said the two countries would ‘keep working together on water’. The French ambassador described the talks as «un dialogue franc et utile».

“We will open the border crossing at Moyale to trucks by March,” said Abiy Ahmed. According to Ruto, “the railway will reach Addis Ababa within ten years.”

The two leaders also welcomed the “Great Green Wall” initiative and the “Horn of Africa Initiative”. Ruto said the “Lamu Port-South Sudan-Ethiopia Transport Corridor” would be completed.
`;

const PARAGRAPHS = `Japan pledges long-term help for Ukraine

Japanese Foreign Minister Yoko Kamikawa spoke to reporters in Kyiv on Sunday. She said: “Japan will keep supporting Ukraine for as long as it takes.

“We will host a conference on reconstruction in Tokyo next year,” she added.
`;

const TRANSCRIPT = `Foreign Minister Penny Wong’s remarks at a joint press conference with Foreign Minister of Indonesia Retno Marsudi, Jakarta, 7 June 2022

Good afternoon.

We had a warm and productive meeting today. Australia and Indonesia are close neighbours and our partnership matters to the whole region. We agreed to deepen cooperation on climate, energy and health.

Question: Will you return to Bali this year?

Penny Wong: I hope to return soon, and I look forward to the G20 meeting in Bali.
`;

function quotesOf(text: string): { ann: DocAnnotations; original: string; quotes: { text: string; speaker: string | null; cue: string | null }[] } {
  const { ann } = annotateText('test.txt', text);
  const name = (id: string | null) => (id ? ann.entities.find((e) => e.localId === id)?.name ?? '?' : null);
  return { ann, original: text, quotes: ann.quotes.map((q) => ({ text: q.span.text, speaker: name(q.speakerLocalId), cue: q.cue?.text ?? null })) };
}

const find = <Q extends { text: string }>(quotes: Q[], start: string): Q | undefined => quotes.find((q) => q.text.startsWith(start));

test('every quotation style gives the words without the marks', () => {
  const { quotes } = quotesOf(NEWS);
  for (const words of ['regional trade', 'the port agreement is a step forward', 'keep working together on water', 'un dialogue franc et utile', 'We will open the border crossing'])
    assert.ok(find(quotes, words), `missing quote starting "${words}"`);
  for (const q of quotes) assert.doesNotMatch(q.text, /^[“”"'‘’«»]|[“”"‘’«»]$/, `marks left in ${q.text}`);
});

test('a quote running over a line break is one quotation', () => {
  const { quotes } = quotesOf(NEWS);
  assert.equal(find(quotes, 'regional trade')?.text, 'regional trade\nmust grow faster than it has');
});

test('cue before and after the quoted words names the speaker', () => {
  const { quotes } = quotesOf(NEWS);
  assert.deepEqual(find(quotes, 'regional trade'), { text: 'regional trade\nmust grow faster than it has', speaker: 'William Ruto', cue: 'said' });
  assert.equal(find(quotes, 'the port agreement')?.speaker, 'Abiy Ahmed');
  const after = find(quotes, 'We will open the border crossing');
  assert.equal(after?.speaker, 'Abiy Ahmed');
  assert.equal(after?.cue, 'said');
  assert.equal(find(quotes, 'the railway will reach')?.speaker, 'William Ruto');
  assert.equal(find(quotes, 'the railway will reach')?.cue, 'According to');
});

test('a speaker the text does not name stays unknown', () => {
  const { quotes } = quotesOf(NEWS);
  const q = find(quotes, 'un dialogue franc');
  assert.ok(q);
  assert.equal(q.speaker, null);
});

test('names in quotation marks are not speech', () => {
  const { quotes } = quotesOf(NEWS);
  for (const name of ['Great Green Wall', 'Horn of Africa Initiative', 'Lamu Port-South Sudan-Ethiopia Transport Corridor'])
    assert.equal(find(quotes, name), undefined, `${name} taken for speech`);
});

test('a quote continued in the next paragraph keeps its speaker, in pieces without marks', () => {
  const { quotes } = quotesOf(PARAGRAPHS);
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker]),
    [
      ['Japan will keep supporting Ukraine for as long as it takes', 'Yoko Kamikawa'],
      ['We will host a conference on reconstruction in Tokyo next year', 'Yoko Kamikawa'],
    ],
  );
});

test('quote and cue spans point at the original text', () => {
  for (const text of [NEWS, PARAGRAPHS]) {
    const { ann } = quotesOf(text);
    assert.ok(ann.quotes.length > 0);
    for (const q of ann.quotes) {
      assert.equal(text.slice(q.span.start, q.span.end), q.span.text);
      if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    }
  }
});

test("a transcript's first-person remarks are its speaker's primary record, questions are not", () => {
  const { ann } = annotateText('remarks.txt', TRANSCRIPT);
  const speaker = ann.entities.find((e) => e.isSpeaker);
  assert.equal(speaker?.name, 'Penny Wong');
  const passages = ann.primary.map((p) => p.span.text);
  assert.ok(passages.includes('Australia and Indonesia are close neighbours and our partnership matters to the whole region.'));
  assert.ok(passages.includes('I hope to return soon, and I look forward to the G20 meeting in Bali.'));
  assert.ok(!passages.some((p) => p.includes('Will you return')), 'a question counted as the speaker’s words');
  assert.ok(ann.primary.every((p) => p.speakerLocalId === speaker.localId));
  for (const p of ann.primary) assert.equal(TRANSCRIPT.slice(p.span.start, p.span.end), p.span.text);
});

test('a news report is nobody’s primary record', () => {
  assert.deepEqual(annotateText('news.txt', NEWS).ann.primary, []);
});

test('a quotation opening the paragraph after "X told reporters:" is X’s', () => {
  const text = `Canada and Germany talk in Ottawa

Canadian Foreign Minister Melanie Joly met German Foreign Minister Annalena Baerbock in Ottawa on Monday to discuss energy and trade.

After the meeting Joly told reporters:

“Canada and Germany will work together on critical minerals.”
`;
  assert.deepEqual(quotesOf(text).quotes, [{ text: 'Canada and Germany will work together on critical minerals', speaker: 'Melanie Joly', cue: 'told' }]);
});

test('in an interview, the answers after an inline speaker label are the speaker’s, the questions are not', () => {
  const text = `Foreign Minister Penny Wong’s interview with ABC Radio, Canberra, 3 July 2023

Question: Is the region safer than a year ago? Penny Wong: We have worked hard to stabilise our relationships. I believe our region is more stable than it was.
`;
  const passages = annotateText('interview.txt', text).ann.primary.map((p) => p.span.text);
  assert.deepEqual(passages, ['We have worked hard to stabilise our relationships.', 'I believe our region is more stable than it was.']);
});

test('"he said" goes with the person named last; "States" in a name is no cue', () => {
  const text = `Blinken urges restraint in South China Sea

U.S. Secretary of State Antony Blinken on Tuesday urged China to "stop its dangerous actions" near the Second Thomas Shoal.

"We share deep concerns about China's repeated actions," Blinken told a joint news conference with Philippine Foreign Secretary Enrique Manalo. "These actions threaten a free and open Indo-Pacific."

Manalo said the two countries had agreed to deepen cooperation. "We are committed to upholding international law," he said.

China's foreign ministry spokesperson Lin Jian said the United States had "no right to interfere" in maritime issues.
`;
  assert.deepEqual(
    quotesOf(text).quotes.map((q) => [q.text, q.speaker, q.cue]),
    [
      ['stop its dangerous actions', 'Antony Blinken', 'urged'],
      ["We share deep concerns about China's repeated actions", 'Antony Blinken', 'told'],
      ['These actions threaten a free and open Indo-Pacific', 'Antony Blinken', 'told'],
      ['We are committed to upholding international law', 'Enrique Manalo', 'said'],
      ['no right to interfere', 'Lin Jian', 'said'],
    ],
  );
});

test('"the ministry said" gives the words to the ministry named before', () => {
  const text = `Japan protests missile launch

Japan’s Foreign Ministry lodged a protest with North Korea through diplomatic channels in Beijing on Friday.

The ministry said the launch was “a clear violation of Security Council resolutions.”
`;
  const { ann, quotes } = quotesOf(text);
  assert.equal(quotes.length, 1);
  const speaker = ann.entities.find((e) => e.localId === ann.quotes[0].speakerLocalId);
  assert.equal(speaker?.type, 'organization');
  assert.match(speaker?.name ?? '', /Foreign Ministry/);
});

test('in a joint news conference, each named speaker’s turns are their own record', () => {
  const text = `Foreign Minister Sergey Lavrov’s remarks at a joint news conference with Foreign Minister of China Wang Yi, Guilin, March 23, 2021

Sergey Lavrov: We held productive talks with my Chinese colleague. We agreed to coordinate our approaches at the UN.

Wang Yi (retranslated from Chinese): I thank my colleague for the talks. China and Russia will strengthen our cooperation.

Question (retranslated from Chinese): Will you meet again soon?

Sergey Lavrov: We will meet in Moscow in the summer.
`;
  const { ann } = annotateText('guilin.txt', text);
  const byName = (name: string) => {
    const e = ann.entities.find((x) => x.name === name);
    return ann.primary.filter((p) => p.speakerLocalId === e?.localId).map((p) => p.span.text);
  };
  assert.deepEqual(byName('Sergey Lavrov'), [
    'We held productive talks with my Chinese colleague.',
    'We agreed to coordinate our approaches at the UN.',
    'We will meet in Moscow in the summer.',
  ]);
  assert.deepEqual(byName('Wang Yi'), ['I thank my colleague for the talks.', 'China and Russia will strengthen our cooperation.']);
});

test('a one-word answer is speech, a two-word name in the same sentence is not', () => {
  const text = `Talks in Geneva

US Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in Geneva on Friday.

Asked whether the talks had failed, Blinken said: “No.” Lavrov said the “Normandy Format” talks would continue.
`;
  assert.deepEqual(quotesOf(text).quotes, [{ text: 'No', speaker: 'Antony Blinken', cue: 'said' }]);
});

test('a dialogue of named turns is each speaker’s record even when the title names nobody', () => {
  const text = `Meeting with Prime Minister of Japan Shinzo Abe

Vladimir Putin: Mr Prime Minister, friends, I am very glad to see you. We have a busy agenda and our trade is growing.

Shinzo Abe (retranslated): Thank you, Mr President. I am glad that we can continue our dialogue.
`;
  const { ann } = annotateText('kremlin.txt', text, { kind: 'transcript' });
  const of = (name: string) => ann.primary.filter((p) => p.speakerLocalId === ann.entities.find((e) => e.name === name)?.localId).map((p) => p.span.text);
  assert.deepEqual(of('Vladimir Putin'), ['Mr Prime Minister, friends, I am very glad to see you.', 'We have a busy agenda and our trade is growing.']);
  assert.deepEqual(of('Shinzo Abe'), ['Thank you, Mr President.', 'I am glad that we can continue our dialogue.']);
});

test('turns labelled "Name, Office:" or by the office alone are that official’s record', () => {
  const text = `Transcript of the weekly media briefing by the Official Spokesperson (March 3, 2022)

Shri Arindam Bagchi, Official Spokesperson: Good afternoon. We have been in touch with our students in Kharkiv and we expect most of them to leave the city today.

Question: How many Indian nationals are still in Ukraine?

Official Spokesperson: I would not give a number today. Our embassy is working around the clock.
`;
  const { ann } = annotateText('briefing.txt', text, { kind: 'transcript' });
  const bagchi = ann.entities.find((e) => e.name === 'Arindam Bagchi');
  assert.ok(bagchi);
  assert.deepEqual(
    ann.primary.filter((p) => p.speakerLocalId === bagchi.localId).map((p) => p.span.text),
    ['Good afternoon.', 'We have been in touch with our students in Kharkiv and we expect most of them to leave the city today.', 'I would not give a number today.', 'Our embassy is working around the clock.'],
  );
  assert.ok(!ann.primary.some((p) => /Indian nationals/.test(p.span.text)));
});

test('a first-person statement signed at its foot is the signatory’s record', () => {
  const text = `Prime Minister of Australia
Home | Media | Transcripts

Meeting with President Xi Jinping

Today I met with President Xi Jinping at the Great Hall of the People in Beijing. We had a constructive discussion about trade and regional security.

I also raised the case of Dr Yang Hengjun, and I noted that Australia wants all remaining trade barriers removed.

The Hon Anthony Albanese MP
Prime Minister of Australia

Media contact: PM's Press Office
`;
  const { ann } = annotateText('release.txt', text);
  const albanese = ann.entities.find((e) => e.name === 'Anthony Albanese');
  assert.ok(albanese?.isSpeaker);
  const own = ann.primary.filter((p) => p.speakerLocalId === albanese.localId).map((p) => p.span.text);
  assert.ok(own.includes('Today I met with President Xi Jinping at the Great Hall of the People in Beijing.'), JSON.stringify(own));
  for (const m of albanese.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a minister named in the header above the title speaks a first-person release', () => {
  const text = `Minister for Foreign Affairs
Senator the Hon Penny Wong

Media release
7 June 2024

Visit to Papua New Guinea

Today I met Prime Minister James Marape in Port Moresby. We discussed our security partnership and I announced new support for the University of Papua New Guinea.

I thank the Government of Papua New Guinea for its warm welcome.

Media enquiries
Minister's office: (02) 6277 7500
`;
  const { ann } = annotateText('release.txt', text);
  const wong = ann.entities.find((e) => e.name === 'Penny Wong');
  assert.ok(wong?.isSpeaker, JSON.stringify(ann.entities.map((e) => e.name)));
  assert.ok(!ann.entities.find((e) => e.name === 'James Marape')?.isSpeaker);
  const own = ann.primary.filter((p) => p.speakerLocalId === wong.localId).map((p) => p.span.text);
  assert.ok(own.some((t) => t.startsWith('Today I met Prime Minister James Marape')), JSON.stringify(own));
  for (const m of wong.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a header line naming a department, not a person, signs nothing', () => {
  const { ann } = annotateText('release.txt', `Ministry of Foreign Affairs
Press Office

Joint Statement

We agreed today to deepen our cooperation. We will open a new consulate in Busan next year.
`);
  assert.ok(!ann.entities.some((e) => e.isSpeaker), JSON.stringify(ann.entities.map((e) => e.name)));
});

test('a section heading after the text ("Related Posts") signs nothing, even above an office holder’s headline', () => {
  const { ann } = annotateText('release.txt', `Kenya and Haiti sign agreement

We agreed today to deepen our cooperation. We will deploy officers soon.

Related Posts
Deputy President Rigathi Gachagua Opens Tea Farmers Conference in Kericho
`);
  assert.ok(!ann.entities.some((e) => /Related/.test(e.name)));
});
