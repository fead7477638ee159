// Titles, publication dates and kinds of scraped pages: the stamps, bylines, captions and breadcrumbs
// that sit around a headline are not the headline, and a date shown on the page is read where it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../src/clean/index.js';
import { findExplicitDates } from '../src/clean/meta/dates.js';
import type { CleanDocument } from '../src/types.js';
import { rawText } from './helpers/docs.js';

const PROSE =
  'The two ministers discussed trade, energy and the security of shipping lanes, and agreed that their deputies would meet again before the end of the year to prepare a new agreement.';

function cleanHtml(html: string): CleanDocument {
  return cleanDocument({ ...rawText(html, 'page.html'), format: 'html' });
}

function evidenceText(doc: CleanDocument): string | null {
  return doc.publishedEvidence ? doc.original.slice(doc.publishedEvidence.start, doc.publishedEvidence.end) : null;
}

test('news page: byline, glued time stamp and photo caption are not the title; the stamp gives the date', () => {
  const text = [
    'Skip to main content',
    'World | Asia Pacific | Business | Markets',
    '',
    'Japan and Australia sign defence pact as leaders meet in Perth',
    '',
    'By Staff Reporter',
    '',
    'October 22, 20228:05 AM GMTUpdated 2 years ago',
    '',
    'Australian Prime Minister Anthony Albanese and Japanese Prime Minister Kishida Fumio shake hands in Perth, Australia, October 22, 2022. REUTERS/Jane Roe',
    '',
    PROSE,
    '',
    'Reporting by Sydney bureau; Editing by Desk',
    'Our Standards: The Trust Principles.',
  ].join('\n');
  const doc = cleanDocument(rawText(text));
  assert.equal(doc.title, 'Japan and Australia sign defence pact as leaders meet in Perth');
  assert.equal(doc.published?.value, '2022-10-22');
  assert.equal(evidenceText(doc), 'October 22, 2022');
  assert.ok(!doc.main.text.includes('REUTERS/Jane Roe'), 'the photo caption is page debris');
  assert.ok(!doc.main.text.includes('Reporting by'), 'the agency credit is page debris');
  assert.ok(!doc.main.text.includes('Trust Principles'));
  assert.ok(doc.main.text.includes('The two ministers discussed trade'));
});

test('a dateline under the headline is a date, not the title; a date with its time is not a story list', () => {
  const briefing = ['Briefing by Spokesperson Lee on the Summit with Indonesia', '', 'Yongsan, May 17, 2023', '', PROSE].join('\n');
  const doc = cleanDocument(rawText(briefing));
  assert.equal(doc.title, 'Briefing by Spokesperson Lee on the Summit with Indonesia');
  assert.equal(doc.published?.value, '2023-05-17');
  assert.equal(doc.kind, 'transcript');

  const stamped = ['Головна | Новини | Укази', '', '14 May 2023 - 19:20', '', 'President held a meeting with the Prime Minister of Italy in Rome', '', PROSE, '', 'Поділитися:'].join('\n');
  const d2 = cleanDocument(rawText(stamped));
  assert.equal(d2.published?.value, '2023-05-14');
  assert.equal(d2.title, 'President held a meeting with the Prime Minister of Italy in Rome');
  assert.equal(d2.kind, 'readout');
  assert.ok(!d2.main.text.includes('Поділитися'), 'a "Share:" button in Ukrainian is debris');
  assert.ok(d2.main.text.includes('The two ministers discussed trade'), 'the article after the time stamp is kept');
});

test('a "last modified" stamp and a breadcrumb are not titles', () => {
  const text = [
    'Home > Press and Media > Statements',
    '',
    'G7 ministers condemn missile launch over the Sea of Japan',
    '',
    'Tuesday 4 October 2022 10.15 BST',
    'Last modified on Wednesday 5 October 2022 08.40 BST',
    '',
    PROSE,
  ].join('\n');
  const doc = cleanDocument(rawText(text));
  assert.equal(doc.title, 'G7 ministers condemn missile launch over the Sea of Japan');
  assert.equal(doc.published?.value, '2022-10-04');
});

test('dotted numeric dates are day-first', () => {
  const [d] = findExplicitDates('05.12.2022 - Speech');
  assert.equal(d.value, '2022-12-05');
  assert.equal(findExplicitDates('on 31.01.2020').at(0)?.value, '2020-01-31');
});

test('HTML page without date metadata: the date it shows by the headline, not one in a list of other stories', () => {
  const html = `<!doctype html><html><head><title>Ministry</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>Foreign Minister receives the Ambassador of Chile</h1>
<p class="date">05.12.2022 - Speech</p>
<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></main>
<aside><h2>Latest news</h2><ul><li><span class="date">01.11.2021</span> <a href="/a">Another story</a></li></ul></aside>
</body></html>`;
  const doc = cleanHtml(html);
  assert.equal(doc.published?.value, '2022-12-05');
  assert.equal(evidenceText(doc), '05.12.2022');

  const listOnly = html.replace('<p class="date">05.12.2022 - Speech</p>', '');
  assert.equal(cleanHtml(listOnly).published, null, 'a date in the list of other stories is not the page date');

  const inHeadline = listOnly.replace('<h1>Foreign Minister receives', '<h1>No: 82, 10 March 2022, Foreign Minister receives');
  const d3 = cleanHtml(inHeadline);
  assert.equal(d3.published?.value, '2022-03-10');
  assert.equal(evidenceText(d3), '10 March 2022');
});

test('site chrome in another script, a language switcher and a related-links list are not the title or the article', () => {
  const text = [
    '外務省 Ministry of Foreign Affairs',
    '日本語 | English | 中文',
    '文字サイズ 標準 大 特大   サイトマップ   検索',
    '',
    'Japan-Viet Nam Foreign Ministers\' Meeting (Summary)',
    '',
    'March 2, 2024',
    '',
    PROSE,
    '',
    'Back to Japan-Viet Nam Relations',
    'Related Links',
    'Japan-Viet Nam Summit Meeting (November 27, 2023)',
  ].join('\n');
  const doc = cleanDocument(rawText(text));
  assert.equal(doc.title, "Japan-Viet Nam Foreign Ministers' Meeting (Summary)");
  assert.equal(doc.published?.value, '2024-03-02');
  assert.equal(doc.kind, 'readout');
  assert.ok(!doc.main.text.includes('Back to'), 'the way back is a link, not text');
  assert.ok(!doc.main.text.includes('Summit Meeting (November 27, 2023)'), 'links to other pages are not the article');
});

test('HTML: a headline dateline wins over a later posting date; a clock widget is never the date', () => {
  const page = (extra: string, h1: string) => `<html><body><div class="date-widget">Wed 16-09-2020 09:12 Abu Dhabi</div>
<h1>${h1}</h1>${extra}<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></body></html>`;
  const mirror = cleanHtml(page('<p class="posted">Posted 22 December 2022</p>', 'Remarks by the Foreign Minister to the media, Beijing, December 21, 2022'));
  assert.equal(mirror.published?.value, '2022-12-21');
  const widget = cleanHtml(page('<div class="article-date">Tue 15-09-2020 22:41</div>', 'Ministers sign accord at the White House'));
  assert.equal(widget.published?.value, '2020-09-15');
  assert.equal(cleanHtml(page('', 'Ministers sign accord at the White House')).published, null, 'the clock alone gives no date');
});

test('a news agency dateline with its year dates the story; one without a year does not', () => {
  const tass = cleanDocument(rawText(`Lavrov and Wang Yi discuss security in Beijing

BEIJING, April 9, 2024. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday, the Russian Foreign Ministry said.

The ministers exchanged views on security in the Asia-Pacific region.
`, 'tass.txt'));
  assert.equal(tass.published?.value, '2024-04-09');
  assert.equal(evidenceText(tass), 'April 9, 2024');
  const yonhap = cleanDocument(rawText(`S. Korea, Japan agree to resume shuttle diplomacy

SEOUL, March 16 (Yonhap) -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Thursday to resume regular visits between their leaders.
`, 'yonhap.txt'));
  assert.equal(yonhap.published, null);
  // a date later in the first paragraph is the news, not the dateline
  const later = cleanDocument(rawText(`Ministers meet

Officials said on Monday, March 4, 2024, that the ministers would meet in Geneva.
`, 'later.txt'));
  assert.equal(later.published, null);
});

test('a "READOUT" label under the headline makes the page a readout', () => {
  const doc = cleanDocument(rawText(`Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira

READOUT
OFFICE OF THE SPOKESPERSON
February 21, 2024

Secretary of State Antony J. Blinken met today with Brazilian Foreign Minister Mauro Vieira in Rio de Janeiro. They discussed the G20 agenda.
`, 'readout.txt'));
  assert.equal(doc.kind, 'readout');
  assert.equal(doc.published?.value, '2024-02-21');
});

test('"Posted 3 days ago" in a page header is no publication date (it would be counted from today)', () => {
  const doc = cleanDocument(rawText(`Ministers meet in Geneva

Posted 3 days ago

${PROSE}
`, 'ago.txt'));
  assert.equal(doc.published, null);
});

test('a wire dateline makes a story news, whatever its headline says ("… over Hamas remarks")', () => {
  const doc = cleanDocument(rawText(`Israel demands Guterres resign over Hamas remarks

UNITED NATIONS, Oct 24 (Reuters) - Israel's ambassador to the United Nations called on Tuesday for U.N. Secretary-General Antonio Guterres to resign over his remarks to the Security Council.
`, 'news.txt'));
  assert.equal(doc.kind, 'news');
});

test('a release under a "date - place - department" line keeps its text and lead-in; "From:" is no title', () => {
  const doc = cleanDocument(rawText(`Government of Canada
Menu
Canada.ca > Global Affairs Canada > News

News release

Canada imposes sanctions on Iranian officials

From: Global Affairs Canada

October 3, 2022 - Ottawa, Ontario - Global Affairs Canada

The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the following statement:

"Canada is imposing sanctions on 25 Iranian individuals and 9 entities, including the so-called morality police. We stand with the people of Iran.

"We will continue to hold the regime to account for its human rights violations."

Contacts
Media Relations Office
`, 'release.txt'));
  assert.equal(doc.title, 'Canada imposes sanctions on Iranian officials');
  assert.equal(doc.published?.value, '2022-10-03');
  assert.ok(doc.main.text.startsWith('The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the following statement:'), doc.main.text.slice(0, 80));
  assert.match(doc.main.text, /hold the regime to account/);
  assert.doesNotMatch(doc.main.text, /Media Relations|From:/);
});

test('a slashed date is day-first when its first number cannot be a month', () => {
  assert.deepEqual(findExplicitDates('Date: 22/05/2024').map((d) => d.value), ['2024-05-22']);
  assert.deepEqual(findExplicitDates('Published 31/12/2023').map((d) => d.value), ['2023-12-31']);
});

test('a labelled date among the fields of a header line ("Press release | Date: 22/05/2024 | Ministry") is the publication date', () => {
  const doc = cleanDocument(rawText(`Norway recognises Palestine as a state

Press release | Date: 22/05/2024 | Ministry of Foreign Affairs

${PROSE}
`, 'release.txt'));
  assert.equal(doc.published?.value, '2024-05-22');
  assert.equal(evidenceText(doc), '22/05/2024');
});

test('a mirrored page’s foot: its meta line gives the date, and it, the related links and the site notice are not the article', () => {
  const text = [
    'Embassy of Canada to Japan',
    'Home | News | Consular services',
    '',
    'Statement by the Ambassador on the Noto Peninsula earthquake',
    '',
    PROSE,
    '',
    'We stand with the people of Ishikawa, and our consular staff remain ready to help Canadians in the region.',
    '',
    'By Embassy of Canada to Japan | 3 January, 2024 | Topics: Statements, Consular',
    'Related: Ambassador visits Kanazawa | Trade mission to Osaka',
    'This is the official website of the Embassy of Canada to Japan. Links to other sites are not endorsements.',
  ].join('\n');
  const doc = cleanDocument(rawText(text));
  assert.equal(doc.published?.value, '2024-01-03');
  assert.equal(evidenceText(doc), '3 January, 2024');
  assert.ok(doc.main.text.includes('our consular staff remain ready'));
  for (const debris of ['Topics:', 'Related:', 'official website']) assert.ok(!doc.main.text.includes(debris), debris);
});

test('a span of days in the title is when a visit runs; the date line under it is the day of writing', () => {
  const text = [
    'Ministry of Foreign Affairs',
    '',
    'Visit of the Foreign Minister to Brazil and Argentina (March 3-6, 2025)',
    '',
    'February 27, 2025',
    '',
    PROSE,
  ].join('\n');
  const doc = cleanDocument(rawText(text));
  assert.equal(doc.published?.value, '2025-02-27');
  assert.equal(evidenceText(doc), 'February 27, 2025');
});

test('a headline may end on a quoted word; a paragraph ends its sentence before the quotation mark closes', () => {
  const doc = cleanDocument(rawText(['Seoul calls Tokyo’s export curbs "regrettable"', '', PROSE, '', 'The minister said the talks had been "constructive and frank."'].join('\n')));
  assert.equal(doc.title, 'Seoul calls Tokyo’s export curbs "regrettable"');
  assert.ok(doc.main.text.includes('"constructive and frank."'));
});
