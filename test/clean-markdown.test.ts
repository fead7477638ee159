// Markdown and crawler output as it arrives: front matter (YAML, TOML) is metadata, hard-wrapped
// releases are read by paragraph, character references and markdown markup are decoded for analysis
// while every span still points into the original, and a crawler's date is weighed against the
// document's address and dateline. All texts are our own, in the shapes of real ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../src/clean/index.js';
import { readFrontMatter } from '../src/clean/text/front-matter.js';
import { withoutSiteName } from '../src/clean/meta/title.js';
import type { CleanDocument, DocAnnotations } from '../src/types.js';
import { rawText } from './helpers/docs.js';
import { annotateText } from './helpers/pipeline.js';

const clean = (text: string, name = 'post.md') => cleanDocument(rawText(text, name));
const evidence = (doc: CleanDocument) => (doc.publishedEvidence ? doc.original.slice(doc.publishedEvidence.start, doc.publishedEvidence.end) : null);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every character of the main text maps into the original, in order; undecoded ones to themselves. */
function assertMapped(doc: CleanDocument): void {
  const { text, starts, ends } = doc.main;
  assert.equal(starts.length, text.length);
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    assert.ok(starts[i] >= prev && ends[i] >= starts[i] && ends[i] <= doc.original.length, `character ${i} maps in order`);
    prev = starts[i];
    const src = doc.original.slice(starts[i], ends[i]);
    if (src.length === 1 && !/\s/.test(src)) assert.equal(text[i], src, `character ${i} is the original's`);
  }
}

/** Every span an annotator made is a slice of the original. */
function assertSpans(doc: CleanDocument, ann: DocAnnotations): void {
  const spans = [...ann.sentences, ...ann.entities.flatMap((e) => e.mentions), ...ann.quotes.map((q) => q.span)];
  assert.ok(spans.length > 0);
  for (const s of spans) assert.equal(doc.original.slice(s.start, s.end), s.text);
}

const WRAPPED_READOUT = [
  '---',
  "date: '2024-05-14'",
  'published_time: 2024-05-14 17:02:11-04:00',
  'source_url: https://example.gov/briefing-room/statements-releases/2024/05/14/readout-of-the-presidents-call-with-the-prime-minister-of-norway/',
  'tags: statements-releases',
  'title: "Readout of the President\\u2019s Call with Prime Minister Solberg of\\',
  '  \\ Norway"',
  '---',
  ' ',
  'The President spoke today with Prime Minister Ingrid Solberg of Norway to',
  'discuss the security of the High North, support for Ukraine, and the',
  'coming summit of the Alliance in Vilnius. The two leaders agreed to work',
  'closely on offshore wind and on the protection of undersea cables and',
  'pipelines.',
  '',
  'The leaders welcomed the steps taken by their ministers since March and',
  'asked them to report on the joint fund for energy research before the',
  'end of the year. They also discussed the situation in the Middle East.',
  '',
  '\\###',
  '',
].join('\n');

test('YAML front matter is metadata: the title without its quotes and escapes, the date with its span, no field in the main text', () => {
  const doc = clean(WRAPPED_READOUT);
  assert.equal(doc.title, 'Readout of the President’s Call with Prime Minister Solberg of Norway');
  assert.equal(doc.kind, 'readout');
  assert.equal(doc.published?.value, '2024-05-14');
  assert.equal(evidence(doc), '2024-05-14');
  for (const field of ['published_time', 'source_url', 'tags:', 'title:', '2024-05-14']) assert.ok(!doc.main.text.includes(field), `${field} is not main text`);
  // the first paragraph is the text's, whole: no wrapped line of it is taken for the title
  assert.ok(
    doc.main.text.startsWith(
      'The President spoke today with Prime Minister Ingrid Solberg of Norway to discuss the security of the High North, support for Ukraine, and the coming summit',
    ),
  );
  assert.ok(squash(doc.main.text).includes('end of the year. They also discussed the situation in the Middle East.'));
  assertMapped(doc);
});

test('hard-wrapped paragraphs are units, markdown line breaks are not joined, and every span of an annotation slices the original', () => {
  const remarks = [
    '---',
    "date: '2024-06-03'",
    'title: "Remarks by the President and Prime Minister Lindqvist Before Bilateral Meeting"',
    '---',
    '',
    'Oval Office  ',
    'Washington, D.C.',
    '',
    '2:14 P.M. EDT  ',
    '',
    'THE PRESIDENT:  Well, welcome, Mr. Prime Minister.  It is good to have',
    'you back here, and I want to thank you for the work our two governments',
    'have done on the energy partnership since we last met in Stockholm.  ',
    '',
    'PRIME MINISTER LINDQVIST:  Thank you, Mr. President.  We have a great deal',
    'to discuss today, from the security of the Baltic Sea to the next round',
    'of talks on trade and on the research fund our ministers announced.  ',
    '',
    'THE PRESIDENT:  Thank you all for coming.  We will talk again after the',
    'meeting, and I expect we will have more to say about the fund then.  ',
    '',
  ].join('\n');
  const { doc, ann } = annotateText('remarks.md', remarks);
  assert.equal(doc.title, 'Remarks by the President and Prime Minister Lindqvist Before Bilateral Meeting');
  assert.equal(doc.kind, 'transcript');
  assert.equal(doc.published?.value, '2024-06-03');
  assert.ok(doc.main.text.includes('It is good to have you back here, and I want to thank you'), 'a wrapped line runs on with a space');
  assert.ok(!doc.main.text.includes('Oval Office Washington'), 'a markdown line break keeps the place lines apart');
  assertMapped(doc);
  assertSpans(doc, ann);
  assert.ok(ann.entities.some((e) => e.type === 'person'), 'people are found in the joined paragraphs');
});

test('a wrapped opening line broken early is still the start of its sentence when the next line goes on in lower case', () => {
  const readout = [
    '---',
    "date: '2023-02-14'",
    'title: "Readout of the Envoy\'s Calls with Two Ministers"',
    '---',
    ' ',
    'Special Envoy Maren Holt spoke separately this morning',
    'with Foreign Minister Tomas Verhoeven of the Netherlands and Foreign',
    'Minister Ingrid Solheim of Norway. They reviewed the preparations for the',
    'donor conference and agreed to stay in close touch in the coming weeks',
    'as the talks on the reconstruction fund move toward their final round.',
    '',
  ].join('\n');
  const { doc, ann } = annotateText('readout.md', readout);
  assert.ok(doc.main.text.startsWith('Special Envoy Maren Holt spoke separately this morning with Foreign Minister'), doc.main.text.slice(0, 80));
  assertMapped(doc);
  assertSpans(doc, ann);
});

test('a news digest\'s `# heading` that closes on a full stop is its title, a dated link above it is not, and "### Related:" ends the item', () => {
  const page = [
    '### [2019-03-04](/news/2019/03/04/index.md)',
    '',
    '# The foreign ministers of Chile and Peru meet in Lima to discuss a new border commission.',
    '',
    '### Related:',
    '',
    '1. [The two governments sign a fisheries accord after three rounds of talks. ](/news/2018/11/2/fisheries.md) _Context: Chile, Peru_',
    '',
  ].join('\n');
  const doc = clean(page, 'digest.md');
  assert.equal(doc.title, 'The foreign ministers of Chile and Peru meet in Lima to discuss a new border commission.');
  // (the heading is the item's one paragraph: it stays its text as well)
  assert.ok(doc.main.text.startsWith('The foreign ministers of Chile and Peru meet'), doc.main.text);
  assert.ok(!doc.main.text.includes('fisheries'), 'the related item is not the story');
  assertMapped(doc);
});

test('a text that is not wrapped keeps one paragraph a line, however the lines run', () => {
  const lines = [
    'MOSCOW, March 4 (Reuters) - The two ministers met on Tuesday and said they had agreed on a schedule for the next round of talks, according to a statement.',
    'The statement said the talks would resume in Geneva in April.',
    'Both sides described the meeting as constructive and said working groups would meet before then to prepare the agenda for the ministers.',
    'Neither gave details of the schedule.',
    'A spokesman for one of the ministries said more would be announced after the working groups met.',
  ];
  const doc = clean(lines.join('\n'), 'story.txt');
  for (const l of lines) assert.ok(doc.main.text.includes(l), `kept as its own paragraph: ${l.slice(0, 30)}`);
  assert.equal(doc.main.text.split('\n\n').length, lines.length);
});

test('TOML front matter: title without the site name of its address, date with its span', () => {
  const post = [
    '+++',
    'title = "Foreign ministers agree to reopen consulates | Harbour Herald"',
    'date = 2024-03-05T09:30:00Z',
    'url = "https://www.harbourherald.com/world/ministers-agree-to-reopen-consulates"',
    'tags = ["diplomacy", "asia"]',
    '+++',
    '',
    'The foreign ministers of the two countries agreed on Tuesday to reopen their consulates, closed since the dispute over fishing rights began two years ago.',
    '',
    'They said the first consulates would open in the spring.',
  ].join('\n');
  const doc = clean(post);
  assert.equal(doc.title, 'Foreign ministers agree to reopen consulates');
  assert.equal(doc.published?.value, '2024-03-05');
  assert.equal(evidence(doc), '2024-03-05T09:30:00Z');
  assert.ok(!doc.main.text.includes('harbourherald'));
  assert.ok(!doc.main.text.includes('diplomacy'));
  assert.ok(doc.main.text.startsWith('The foreign ministers of the two countries agreed'));
  // a headline's own " | " part stays: only a site's name is cut
  assert.equal(withoutSiteName('Remarks Before the Trilateral Meeting | Lake Placid, NY', 'https://example.gov/2024/01/02/remarks/'), 'Remarks Before the Trilateral Meeting | Lake Placid, NY');
  assert.equal(withoutSiteName('Talks resume in Geneva - ABC News', null), 'Talks resume in Geneva');
});

test('front matter that YAML refuses in part (tabs as indentation) still gives the fields it can read', () => {
  const text = ['---', 'id: 001_42', 'title: "Summit Photo"', 'author: ', '\t\t', '\t\t\tXY Z', 'published_at: 2024-11-29 00:00', 'crawled_at: 2024-11-28 18:02:11', '---', '', '# Summit Photo', '', 'The two presidents shake hands before their talks at the summit in Lima, Peru, on Friday.'].join('\n');
  const fm = readFrontMatter(text);
  assert.ok(fm);
  assert.equal(fm.fields.find((f) => f.key === 'title')?.value, 'Summit Photo');
  const doc = clean(text.replace('"Summit Photo"', '"Summit&#x27;s Photo"').replace('# Summit Photo', '# Summit&#x27;s Photo'));
  assert.equal(doc.title, "Summit's Photo");
  assert.equal(doc.published?.value, '2024-11-29');
  assert.equal(evidence(doc), '2024-11-29 00:00');
  assert.ok(!doc.main.text.includes('crawled_at'));
  assert.ok(!doc.main.text.includes('Summit'), 'the heading repeating the title is not main text');
});

test('character references and markdown markup are decoded for analysis; spans still map to the original', () => {
  const text = [
    '# Ministers meet in Oslo',
    '',
    'Norway&#x27;s foreign minister said on Monday that the talks were &quot;frank and useful&quot; and that both sides would meet again &amp; soon.',
    '',
    'As \\[the moderator\\] said, the full statement is on [the ministry&#x27;s website](https://example.org/statement "Statement") and in **bold print** at _the embassy_.',
    '',
    '![Two ministers at a table](https://example.org/photo.jpg)',
    '',
    'The ministers&nbsp;agreed to publish a joint summary of the talks later in the week.',
  ].join('\n');
  const { doc, ann } = annotateText('talks.md', text);
  assert.equal(doc.title, 'Ministers meet in Oslo');
  const main = doc.main.text;
  assert.ok(main.includes('Norway\'s foreign minister said on Monday that the talks were "frank and useful" and that both sides would meet again & soon.'));
  assert.ok(main.includes("As [the moderator] said, the full statement is on the ministry's website and in bold print at the embassy."));
  assert.ok(main.includes('The ministers agreed to publish'));
  assert.ok(!main.includes('photo.jpg') && !main.includes('Two ministers at a table') && !main.includes('https://'));
  assertMapped(doc);
  // "Norway's" in the main text stands for "Norway&#x27;s" in the original
  const at = main.indexOf("Norway's");
  assert.equal(doc.original.slice(doc.main.starts[at], doc.main.ends[at + "Norway's".length - 1]), 'Norway&#x27;s');
  // the quotation written with &quot; is a quotation, its span slicing the original
  const quote = ann.quotes.find((q) => q.span.text.includes('frank and useful'));
  assert.ok(quote, 'the &quot; quotation is found');
  assert.equal(doc.original.slice(quote.span.start, quote.span.end), quote.span.text);
  assertSpans(doc, ann);
});

test('a plain text file decodes character references but reads no markdown', () => {
  const doc = clean('Statement on the talks\n\nThe minister said the talks with Chile&#x27;s delegation were useful and that work on *both* texts would go on.\n', 'statement.txt');
  assert.ok(doc.main.text.includes("Chile's delegation"));
  assert.ok(doc.main.text.includes('*both*'));
});

const REPORT = [
  'Exclusive news and data for professionals',
  'Two foreign ministers shake hands in Ankara, Turkey, May 3, 2017. REUTERS/Staff/File Photo',
  'ANKARA, March 4 (Reuters) - The foreign ministers of Turkey and Greece said on Monday they had agreed to resume talks on maritime borders, the first such talks in two years.',
  'The two sides would meet again in Athens next month, the ministers said in a joint statement.',
  'Officials said the talks would cover fishing rights and the demarcation of continental shelves.',
].join('\n');

test('a crawler date that disagrees with the address and the dateline loses to them', () => {
  const photoDate = ['---', 'title: "Turkey and Greece agree to resume maritime talks | Reuters"', 'source: https://www.reuters.com/world/turkey-greece-agree-resume-maritime-talks-2024-03-04/', 'date: 2017-05-03', '---', '', REPORT].join('\n');
  const doc = clean(photoDate);
  assert.equal(doc.title, 'Turkey and Greece agree to resume maritime talks');
  assert.equal(doc.published?.value, '2024-03-04');
  assert.equal(evidence(doc), '2024-03-04');
  assert.ok(doc.publishedEvidence!.start > photoDate.indexOf('source:'), 'the evidence is the date in the address');

  // the crawl day a year later: the address, the dateline and "on Monday" (4 March 2024) agree
  const crawlDay = photoDate.replace('date: 2017-05-03', 'date: 2025-03-04');
  assert.equal(clean(crawlDay).published?.value, '2024-03-04');

  // the front matter against the address, and nothing else to settle it: unknown, never a guess
  const bare = ['---', 'title: "Ministers agree to resume talks"', 'source: https://example.com/world/ministers-agree-2024-03-04/', 'date: 2017-05-03', '---', '', 'The foreign ministers of the two countries agreed to resume talks on maritime borders after a break of two years.'].join('\n');
  assert.equal(clean(bare).published, null);
});

test('a yearless wire dateline takes its year from a crawl made days after it; a caption date is never the date', () => {
  const wire = ['---', 'title: "Seoul and Tokyo hold talks"', 'crawled_at: 2025-12-31 08:10:00', '---', '', 'SEOUL, Dec. 30 (Yonhap) -- South Korea and Japan held talks on Tuesday on export controls, the foreign ministry said.', '', 'The talks were the first in a year, officials said.'].join('\n');
  const doc = clean(wire);
  assert.equal(doc.published?.value, '2025-12-30');
  assert.equal(evidence(doc), 'Dec. 30');
  // without a crawl date the year is unknown, and a date in a photo caption does not stand in for it
  const noCrawl = wire.replace('crawled_at: 2025-12-31 08:10:00', 'image: photo.jpg');
  assert.equal(clean(noCrawl).published, null);
});

test("a minister's release: the headline in capitals under the office and the signer, the closing date, the kind", () => {
  const release = [
    ' Minister’s Office: 02 5550 1234                                       Department: 02 5550 9876 ',
    '',
    ' MINISTER FOR TRADE ',
    '',
    ' The Hon. Jane Roe MP ',
    '',
    ' NEW SUPPORT FOR FARMERS IN THE PACIFIC ',
    '',
    ' Australian support will help farmers in three Pacific countries reach new markets, the Trade Minister Jane Roe announced today in Suva. ',
    '',
    ' Ms Roe said the program would fund training, storage and transport for farmers over the next four years. ',
    '',
    ' 3 March 2011 ',
    '',
    ' SUVA ',
  ].join('\n');
  const doc = clean(release, 'release.txt');
  assert.equal(doc.title, 'NEW SUPPORT FOR FARMERS IN THE PACIFIC');
  assert.equal(doc.kind, 'press_release');
  assert.equal(doc.published?.value, '2011-03-03');
  assert.equal(evidence(doc), '3 March 2011');

  const transcript = [
    ' MINISTER FOR TRADE ',
    '',
    ' The Hon. Jane Roe MP ',
    '',
    ' TRANSCRIPT OF PRESS CONFERENCE WITH THE FIJIAN TRADE MINISTER ',
    '',
    ' SUVA ',
    '',
    ' 3 MARCH 2011 ',
    '',
    ' Subjects: trade, agriculture ',
    '',
    ' E & O E - PROOF ONLY ',
    '',
    ' MS ROE: Thank you all for coming. We have agreed on a program of support for farmers. ',
    '',
    ' JOURNALIST: When will the program start? ',
    '',
    ' MS ROE: The first training courses will start in June, and the storage depots will open next year. ',
  ].join('\n');
  const t = clean(transcript, 'transcript.txt');
  assert.equal(t.title, 'TRANSCRIPT OF PRESS CONFERENCE WITH THE FIJIAN TRADE MINISTER');
  assert.equal(t.kind, 'transcript');
  assert.equal(t.published?.value, '2011-03-03');
});

test('a background call with speakers\' labels is a transcript, whatever meeting its title names', () => {
  const call = [
    '---',
    'title: "On the President’s Meeting with the Chancellor"',
    "date: '2024-02-09'",
    '---',
    '',
    'MODERATOR:  Thanks, everyone, for joining.  This call is on background.',
    '',
    'SENIOR ADMINISTRATION OFFICIAL:  Thanks.  The two leaders met for an hour and discussed support for Ukraine.',
    '',
    'Q    Did they discuss the budget?',
    '',
    'SENIOR ADMINISTRATION OFFICIAL:  They did, briefly, and they agreed to speak again next month.',
  ].join('\n');
  assert.equal(clean(call).kind, 'transcript');
});

test("a reader service's labelled header is metadata too, and the site name it gives leaves the title", () => {
  const page = [
    'Title: Leaders agree to hold a second summit in the autumn | Lakeside Daily',
    '',
    'URL Source: https://lakeside.example/world/2024/09/12/leaders-agree-second-summit',
    '',
    'Published Time: 2024-09-12T06:15:00+00:00',
    '',
    'Site Name: Lakeside Daily',
    '',
    'Markdown Content:',
    'Leaders agree to hold a second summit in the autumn',
    '===================================================',
    '',
    'The two leaders agreed on Thursday to meet again in the autumn, after talks that both sides described as open and useful.',
  ].join('\n');
  const doc = clean(page, 'page.md');
  assert.equal(doc.title, 'Leaders agree to hold a second summit in the autumn');
  assert.equal(doc.published?.value, '2024-09-12');
  assert.equal(evidence(doc), '2024-09-12T06:15:00+00:00');
  assert.ok(doc.main.text.startsWith('The two leaders agreed on Thursday'));
  assert.ok(!doc.main.text.includes('URL Source') && !doc.main.text.includes('Markdown Content'));
  // without the header, the underlined heading is the title
  const bare = page.slice(page.indexOf('Leaders agree to hold a second summit in the autumn\n'));
  assert.equal(clean(bare, 'page.md').title, 'Leaders agree to hold a second summit in the autumn');
});

test('a crawler date a day after the dateline gives the dateline its year; one further off leaves the date unknown', () => {
  const wire = (published: string) =>
    ['---', 'title: "Seoul and Tokyo hold talks"', `published_at: ${published}`, '---', '', 'SEOUL, Dec. 30 (Yonhap) -- South Korea and Japan held talks on Tuesday on export controls, the foreign ministry said.'].join('\n');
  const late = clean(wire('2025-12-31 00:00'));
  assert.equal(late.published?.value, '2025-12-30');
  assert.equal(evidence(late), 'Dec. 30');
  assert.equal(clean(wire('2025-12-30 09:00')).published?.value, '2025-12-30');
  assert.equal(clean(wire('2026-01-05 00:00')).published, null);
});
