// Quotes checked against their speaker's primary record in the store: each verification status,
// either ingest order, other speakers' words and old records not counting, text reuse (reportsOn),
// the export fields and the fact-check report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../src/store/db.js';
import { getDocument } from '../src/store/documents.js';
import { exportQuotes, reportsOnMap } from '../src/store/quotes.js';
import type { ExportQuote } from '../src/types.js';
import { checkDocument, renderCheckMarkdown, renderCheckText } from '../src/views/check.js';
import { listQuotes } from '../src/views/quotes.js';
import { ingestText, withStore } from './helpers/pipeline.js';

const TRANSCRIPT = `Foreign Minister Penny Wong’s remarks at a joint press conference with Foreign Minister of Indonesia Retno Marsudi, Jakarta, 7 June 2022

Good afternoon.

We had a warm and productive meeting today. Australia and Indonesia are close neighbours and our partnership matters to the whole region. We agreed to deepen cooperation on climate, energy and health.

I told the minister that Australia wants to work with Indonesia on the transition to clean energy. Our trade has grown strongly over the past decade.

Question: Will you return to Bali this year?

Penny Wong: I hope to return soon, and I look forward to the G20 meeting in Bali.
`;

const NEWS = `Australia and Indonesia pledge closer ties

Australian Foreign Minister Penny Wong met her Indonesian counterpart Retno Marsudi in Jakarta on Tuesday.

Wong said the two countries were “close neighbours and our partnership matters to the whole region.” She added that Australia wants to work with Indonesia on "the transition to clean energy".

“Our trade has grown strongly over the past ten years,” the minister said. She said they had agreed “to deepen cooperation on climate and health.”

Marsudi called Australia a ‘valued partner’. According to Wong, “Australia will double its aid to the Pacific.”
`;

const LONGER = `Wong in Jakarta

Penny Wong, Australia’s foreign minister, spoke warmly of the visit. “We had a warm and productive meeting today. Australia and Indonesia are close neighbours,” Wong said. She said the two countries “agreed to deepen cooperation … and health.”
`;

const OTHER_SPEAKER = `Indonesia hosts Australian minister

Indonesian Foreign Minister Retno Marsudi received Australian Foreign Minister Penny Wong in Jakarta.

Marsudi said the two countries were “close neighbours and our partnership matters to the whole region.”
`;

const UNRELATED = `Kenya and Ethiopia discuss trade in Nairobi

Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. The French ambassador described the talks as «un dialogue franc et utile».
`;

const DAY_BEFORE = { published: '2022-06-07', kind: 'transcript' as const };
const DAY_AFTER = { published: '2022-06-08' };

function statusOf(store: Store, doc: string): Record<string, string> {
  return Object.fromEntries(exportQuotes(store).filter((q) => q.doc === doc).map((q) => [q.text, q.verification.status]));
}

function quote(store: Store, start: string): ExportQuote {
  const q = exportQuotes(store).find((x) => x.text.startsWith(start));
  assert.ok(q, `no quote starting "${start}"`);
  return q;
}

test('each verification status, with the closest passages best first', () =>
  withStore((store) => {
    const primary = ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const news = ingestText(store, 'news.txt', NEWS, DAY_AFTER);
    assert.deepEqual(statusOf(store, news), {
      'close neighbours and our partnership matters to the whole region': 'verbatim',
      'the transition to clean energy': 'verbatim',
      'Our trade has grown strongly over the past ten years': 'close',
      'to deepen cooperation on climate and health': 'close',
      'valued partner': 'no_primary_source',
      'Australia will double its aid to the Pacific': 'not_found',
    });
    const verbatim = quote(store, 'close neighbours');
    assert.equal(verbatim.verification.matches[0].doc, primary);
    assert.equal(verbatim.verification.matches[0].text, 'close neighbours and our partnership matters to the whole region');
    const changed = quote(store, 'Our trade');
    assert.equal(changed.verification.matches[0].text, 'Our trade has grown strongly over the past decade');
    assert.match(changed.verification.matches[0].differences ?? '', /ten years.*decade/);
    assert.match(quote(store, 'to deepen').verification.matches[0].differences ?? '', /cut "energy"/);
    for (const q of exportQuotes(store)) {
      const sims = q.verification.matches.map((m) => m.similarity);
      assert.deepEqual(sims, [...sims].sort((a, b) => b - a), 'matches best first');
    }
  }));

test('a quote becomes verifiable when its primary record is ingested later', () =>
  withStore((store) => {
    const news = ingestText(store, 'news.txt', NEWS, DAY_AFTER);
    assert.equal(statusOf(store, news)['close neighbours and our partnership matters to the whole region'], 'no_primary_source');
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const later = statusOf(store, news);
    const sooner = withStore((s) => {
      ingestText(s, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
      return statusOf(s, ingestText(s, 'news.txt', NEWS, DAY_AFTER));
    });
    assert.deepEqual(later, sooner);
    assert.equal(later['close neighbours and our partnership matters to the whole region'], 'verbatim');
  }));

test('a quote over two sentences of the record, and a cut marked with an ellipsis', () =>
  withStore((store) => {
    const primary = ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const doc = ingestText(store, 'longer.txt', LONGER, DAY_AFTER);
    const two = quote(store, 'We had a warm');
    assert.equal(two.verification.status, 'verbatim');
    assert.equal(two.verification.matches[0].text, 'We had a warm and productive meeting today. Australia and Indonesia are close neighbours');
    const cut = quote(store, 'agreed to deepen');
    assert.equal(cut.doc, doc);
    assert.equal(cut.verification.status, 'close');
    assert.equal(cut.verification.matches[0].doc, primary);
    assert.match(cut.verification.matches[0].differences ?? '', /cut "on climate energy"/);
  }));

test("words from another speaker's record do not verify a quote", () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const doc = ingestText(store, 'other.txt', OTHER_SPEAKER, DAY_AFTER);
    const q = exportQuotes(store).find((x) => x.doc === doc);
    assert.ok(q);
    assert.notEqual(q.verification.status, 'verbatim');
    assert.notEqual(q.verification.status, 'close');
  }));

test('a record from years before does not verify a quote', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const news = ingestText(store, 'news-2026.txt', NEWS, { published: '2026-06-08' });
    assert.equal(statusOf(store, news)['close neighbours and our partnership matters to the whole region'], 'no_primary_source');
  }));

test('a quote whose speaker the text does not give has no primary source to check', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const doc = ingestText(store, 'kenya.txt', UNRELATED, DAY_AFTER);
    const q = exportQuotes(store).find((x) => x.doc === doc);
    assert.equal(q?.speaker, null);
    assert.equal(q?.verification.status, 'no_primary_source');
  }));

test('quote and match spans point at the original texts', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    ingestText(store, 'news.txt', NEWS, DAY_AFTER);
    const quotes = exportQuotes(store);
    assert.ok(quotes.some((q) => q.verification.matches.length));
    for (const q of quotes) {
      assert.equal(getDocument(store, q.doc)?.original.slice(q.start, q.end), q.text);
      for (const m of q.verification.matches) assert.equal(getDocument(store, m.doc)?.original.slice(m.start, m.end), m.text);
    }
  }));

test('the export gives exactly the Quote fields of attache/1', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    ingestText(store, 'news.txt', NEWS, DAY_AFTER);
    for (const q of exportQuotes(store)) {
      assert.deepEqual(Object.keys(q).sort(), ['cue', 'doc', 'end', 'id', 'speaker', 'start', 'text', 'verification']);
      assert.deepEqual(Object.keys(q.verification).sort(), ['matches', 'status']);
    }
    const ids = exportQuotes(store).map((q) => q.id);
    assert.equal(new Set(ids).size, ids.length);
  }));

test('a report points at the document it quotes; a copy does not report on its original', () =>
  withStore((store) => {
    const primary = ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const copy = ingestText(store, 'remarks-copy.txt', 'Menu\n\n' + TRANSCRIPT, DAY_BEFORE);
    const news = ingestText(store, 'news.txt', NEWS, DAY_AFTER);
    const unrelated = ingestText(store, 'kenya.txt', UNRELATED, DAY_AFTER);
    const map = reportsOnMap(store);
    assert.deepEqual(map.get(news), [primary]);
    assert.equal(map.get(copy), undefined);
    assert.equal(map.get(primary), undefined);
    assert.equal(map.get(unrelated), undefined);
  }));

test('the quote list filters by speaker and status; the fact-check report sets quote and record side by side', () =>
  withStore((store) => {
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const news = ingestText(store, 'news.txt', NEWS, DAY_AFTER);
    assert.deepEqual(new Set(listQuotes(store, { speaker: 'wong' }).map((q) => q.speaker?.name)), new Set(['Penny Wong']));
    assert.deepEqual(listQuotes(store, { status: 'close' }).map((q) => q.status), ['close', 'close']);
    const report = checkDocument(store, 'news.txt');
    assert.equal(report.doc.id, news);
    assert.deepEqual(report.counts, { verbatim: 2, close: 2, not_found: 1, no_primary_source: 1 });
    const changed = report.quotes.find((q) => q.text.startsWith('Our trade'));
    assert.deepEqual(changed?.quoteDiff.filter((p) => p.differs).map((p) => p.text), ['ten years']);
    assert.deepEqual(changed?.matchDiff.filter((p) => p.differs).map((p) => p.text), ['decade']);
    const text = renderCheckText(report);
    assert.match(text, /CLOSE +Penny Wong/);
    assert.match(text, /record: “Our trade has grown strongly over the past \[decade\]”/);
    assert.match(renderCheckMarkdown(report), /\| quoted \| primary record \|/);
  }));

test('HTML pages: quotes verified, spans into the source with its readable text', () =>
  withStore((store) => {
    const page = (title: string, text: string) =>
      `<html><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1>\n` +
      text.split('\n\n').slice(1).map((p) => `<p>${p.replace(/’/g, '&rsquo;')}</p>`).join('\n') + '</article><footer>Contact us</footer></body></html>';
    ingestText(store, 'remarks.html', page(TRANSCRIPT.split('\n')[0], TRANSCRIPT), DAY_BEFORE);
    const news = ingestText(store, 'news.html', page(NEWS.split('\n')[0], NEWS), DAY_AFTER);
    assert.equal(statusOf(store, news)['close neighbours and our partnership matters to the whole region'], 'verbatim');
    const readable = (doc: string, start: number, end: number) =>
      getDocument(store, doc)!.original.slice(start, end).replace(/<[^>]*>/g, ' ').replace(/&rsquo;/g, '’').replace(/\s+/g, ' ').trim();
    for (const q of exportQuotes(store)) {
      assert.equal(readable(q.doc, q.start, q.end), q.text);
      for (const m of q.verification.matches) assert.equal(readable(m.doc, m.start, m.end), m.text);
    }
  }));

test("an organisation's statement verifies what \"the ministry said\"", () =>
  withStore((store) => {
    const statement = ingestText(
      store,
      'statement.txt',
      `Statement by Japan’s Foreign Ministry on the ballistic missile launch by North Korea

Japan’s Foreign Ministry strongly condemns the launch of a ballistic missile by North Korea on 3 November. The launch is a clear violation of the relevant Security Council resolutions. Japan will continue to work closely with the United States and the Republic of Korea.
`,
      { published: '2022-11-03' },
    );
    ingestText(
      store,
      'report.txt',
      `Japan protests missile launch

Japan’s Foreign Ministry lodged a protest with North Korea through diplomatic channels in Beijing on Thursday.

The ministry said the launch was “a clear violation of the relevant Security Council resolutions.”
`,
      { published: '2022-11-04' },
    );
    const q = quote(store, 'a clear violation');
    assert.equal(q.verification.status, 'verbatim');
    assert.equal(q.verification.matches[0].doc, statement);
  }));

test('a release quoting its minister is the minister’s record: news quoting the words is checked against it, the release itself is not', () =>
  withStore((store) => {
    const release = ingestText(store, 'release.txt', `News release

Norway to fund school meals in Malawi

The Minister of International Development, Anne Beathe Tvinnereim, today issued the following statement:

"Norway will contribute 50 million kroner to school meals in Malawi over the next three years. Children who eat at school learn better, and they stay in school longer."
`, { published: '2023-03-01' });
    const news = ingestText(store, 'news.txt', `Norway pledges school meals money for Malawi

OSLO, March 2 (NTB) - Norway will give money for school meals in Malawi, Development Minister Anne Beathe Tvinnereim said on Wednesday.

"Children who eat at school learn better, and they stay in school longer," Tvinnereim said in a statement. She also said Norway would "double its support for school gardens".
`, { published: '2023-03-02' });
    assert.equal(statusOf(store, news)['Children who eat at school learn better, and they stay in school longer'], 'verbatim');
    assert.equal(quote(store, 'Children who eat').verification.matches[0].doc, release);
    assert.equal(statusOf(store, news)['double its support for school gardens'], 'not_found');
    // the release's own quotation has no other record to be checked against
    assert.ok(Object.values(statusOf(store, release)).every((s) => s === 'no_primary_source'), JSON.stringify(statusOf(store, release)));
    // quoting a sentence of it word for word, the news story reports on the release
    assert.deepEqual(reportsOnMap(store).get(news), [release]);
  }));

test("a record verifies the waiting quotes whose window holds it, whatever their dates' precision, and no others", () =>
  withStore((store) => {
    const edition = (name: string) => `${NEWS}\nThis is the ${name} edition of the story, filed separately by its own desk.\n`;
    // quotes of the speaker waiting for any record: dated by day, by month, by year, not dated, and years later
    const waiting = {
      day: ingestText(store, 'day.txt', edition('day'), { published: '2022-06-20' }),
      month: ingestText(store, 'month.txt', edition('month'), { published: '2022-06' }),
      year: ingestText(store, 'year.txt', edition('year'), { published: '2022' }),
      yearAfter: ingestText(store, 'year-after.txt', edition('yearAfter'), { published: '2023-05-30' }),
      undated: ingestText(store, 'undated.txt', edition('undated')),
      later: ingestText(store, 'later.txt', edition('later'), { published: '2024-03-01' }),
    };
    const words = 'close neighbours and our partnership matters to the whole region';
    // words the record does not hold: the quote no longer waits, the record just lacks them
    const absent = 'Australia will double its aid to the Pacific';
    for (const doc of Object.values(waiting)) assert.equal(statusOf(store, doc)[words], 'no_primary_source');
    ingestText(store, 'remarks.txt', TRANSCRIPT, DAY_BEFORE);
    const now = (q: string) => Object.fromEntries(Object.entries(waiting).map(([k, doc]) => [k, statusOf(store, doc)[q]]));
    assert.deepEqual(now(words), { day: 'verbatim', month: 'verbatim', year: 'verbatim', yearAfter: 'verbatim', undated: 'verbatim', later: 'no_primary_source' });
    assert.deepEqual(now(absent), { day: 'not_found', month: 'not_found', year: 'not_found', yearAfter: 'not_found', undated: 'not_found', later: 'no_primary_source' });
  }));
