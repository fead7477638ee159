// A dated readout reports the day's occasion: an event it tells without a date of its own gets the
// document's date, with the words that date was read from as evidence; news and undated documents do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateText } from './helpers/pipeline.js';

const READOUT = [
  'Prime Minister meets the President of Chile',
  '',
  'Date : 2023-05-09',
  '',
  'Prime Minister Anthony Albanese held talks with President of Chile Gabriel Boric in Canberra. The two leaders discussed trade in critical minerals and the protection of the Southern Ocean, and agreed to deepen cooperation in renewable energy.',
].join('\n');

test('a dated readout: the undated meeting it reports took place on its date, with that date as evidence', () => {
  const { doc, ann } = annotateText('readout.txt', READOUT);
  assert.equal(doc.published?.value, '2023-05-09');
  const talks = ann.events.find((e) => e.type === 'CONSULT');
  assert.ok(talks, 'the talks are an event');
  assert.equal(talks.date?.value, '2023-05-09');
  assert.equal(talks.dateEvidence?.text, '2023-05-09');
  assert.equal(doc.original.slice(talks.dateEvidence!.start, talks.dateEvidence!.end), '2023-05-09');
});

test('without a document date, or in a news story, an undated meeting stays undated', () => {
  const undated = annotateText('undated.txt', READOUT.replace('Date : 2023-05-09\n\n', ''));
  assert.equal(undated.doc.published, null);
  assert.equal(undated.ann.events.find((e) => e.type === 'CONSULT')?.date ?? null, null);

  const news = annotateText('news.txt', READOUT, { kind: 'news' });
  assert.equal(news.ann.events.find((e) => e.type === 'CONSULT')?.date ?? null, null, 'a news story tells of many days');
});
