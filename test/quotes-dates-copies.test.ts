// Verification windows for documents dated only by year or month, and copies of a document
// (duplicateOf): a copy keeps its own quotes, and a quote is never verified by a copy of its own text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../src/store/db.js';
import { getDocument } from '../src/store/documents.js';
import { exportQuotes } from '../src/store/quotes.js';
import { ingestText, withStore } from './helpers/pipeline.js';

const REMARKS = `Remarks by Foreign Minister Penny Wong at the Pacific Islands Forum, Suva

Thank you. Australia is a proud member of the Pacific family. We will work with every member of the Forum on climate change, which is the greatest threat to our region.

Question: Ms Wong said earlier that “Australia is a proud member of the Pacific family”. Will Australia phase out coal?

Penny Wong: We have legislated our targets and we will meet them.
`;

const NEWS = `Wong pledges climate help in Fiji

Australian Foreign Minister Penny Wong told Pacific leaders in Suva that Australia was "a proud member of the Pacific family". She said Canberra would "work with every member of the Forum on climate change".
`;

const SPEAKER_QUOTE = 'a proud member of the Pacific family';

function statusOf(store: Store, doc: string, start: string): string {
  const q = exportQuotes(store).find((x) => x.doc === doc && x.text.startsWith(start));
  assert.ok(q, `no quote starting "${start}" in ${doc}`);
  return q.verification.status;
}

test('a report dated only by its year is checked against records from all of that year', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', REMARKS, { published: '2022-07-13', kind: 'transcript' });
    const news = ingestText(store, 'news.txt', NEWS, { published: '2022' });
    assert.equal(statusOf(store, news, SPEAKER_QUOTE), 'verbatim');
  }));

test('a report dated only by its month reaches a record from late that month', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', REMARKS, { published: '2022-07-28', kind: 'transcript' });
    const news = ingestText(store, 'news.txt', NEWS, { published: '2022-07' });
    assert.equal(statusOf(store, news, SPEAKER_QUOTE), 'verbatim');
  }));

test('a record dated only by its year verifies a later report in either ingest order', () => {
  const order = (recordFirst: boolean) =>
    withStore((store) => {
      const put = [() => ingestText(store, 'remarks.txt', REMARKS, { published: '2022', kind: 'transcript' }), () => ingestText(store, 'news.txt', NEWS, { published: '2022-12-20' })];
      const ids = recordFirst ? put.map((f) => f()) : put.reverse().map((f) => f()).reverse();
      return statusOf(store, ids[1], SPEAKER_QUOTE);
    });
  assert.equal(order(true), 'verbatim');
  assert.equal(order(false), 'verbatim');
});

test('a year-only date does not stretch the window over years', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', REMARKS, { published: '2022-07-13', kind: 'transcript' });
    const news = ingestText(store, 'news.txt', NEWS, { published: '2025' });
    assert.equal(statusOf(store, news, SPEAKER_QUOTE), 'no_primary_source');
  }));

test("a copy keeps its quotes, with the same status as the original's: neither verifies itself through the other", () =>
  withStore((store) => {
    const original = ingestText(store, 'remarks.txt', REMARKS, { published: '2022-07-13', kind: 'transcript' });
    const copy = ingestText(store, 'mirror.txt', `${REMARKS}\nShare this page\n`, { published: '2022-07-13', kind: 'transcript' });
    assert.equal(getDocument(store, copy)?.duplicate_of, original);
    // the journalist quotes words the minister said in this same transcript: the copy is no second source
    const inQuestion = 'Australia is a proud member';
    const quotes = exportQuotes(store).filter((q) => q.text.startsWith(inQuestion) && (q.doc === original || q.doc === copy));
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].verification.status, quotes[1].verification.status);
    for (const q of quotes) {
      assert.notEqual(q.verification.status, 'verbatim');
      for (const m of q.verification.matches) assert.ok(m.doc !== original && m.doc !== copy, `${q.doc} verified by ${m.doc}`);
    }
    // a report elsewhere is still verified by the record (either copy)
    const news = ingestText(store, 'news.txt', NEWS, { published: '2022-07-14' });
    assert.equal(statusOf(store, news, SPEAKER_QUOTE), 'verbatim');
  }));
