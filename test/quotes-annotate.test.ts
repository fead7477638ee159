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
