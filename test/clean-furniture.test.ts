// Page furniture in scraped text: photo captions and credits, promos, author notes and lists of
// other stories are not the story, and their names and dates do not reach it; the story's own
// lines (lists, headings, wrapped lines, a wire photo that is nothing but its caption) stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDocument } from '../src/clean/index.js';
import type { CleanDocument } from '../src/types.js';
import { rawText } from './helpers/docs.js';

const STORY = [
  'VIENNA, March 3 (Newswire) - The foreign ministers of Austria and Chile agreed on Tuesday to open talks on a new trade and investment treaty, officials from both sides said.',
  'The talks are due to begin in Santiago in May, and both ministries said a first round would cover tariffs on farm goods and rules on investment.',
  '"We want an agreement within a year," the Austrian minister told reporters after the meeting.',
  'Chile is the second country in the region to open such talks with Austria this year.',
  'Officials said the ministers also discussed shipping routes, energy prices and the war in Ukraine.',
];

function clean(text: string): CleanDocument {
  return cleanDocument(rawText(text));
}

function assertKeeps(doc: CleanDocument, lines: string[]): void {
  for (const l of lines) assert.ok(doc.main.text.includes(l), `story line kept: ${l.slice(0, 60)}`);
}

function assertDrops(doc: CleanDocument, lines: string[]): void {
  for (const l of lines) assert.ok(!doc.main.text.includes(l), `furniture dropped: ${l.slice(0, 60)}`);
}

test('a crawled wire page: caption with its credit, promo, closing credit, author note and related stories are dropped', () => {
  const furniture = {
    promoTop: 'Exclusive data and analysis for professionals. Learn more about our terminal.',
    caption: 'Austrian Foreign Minister Anna Berger and Chilean Foreign Minister Tomas Rojas shake hands in Vienna, Austria March 3, 2020. NEWSWIRE/Jan Novak/File Photo Purchase Licensing Rights, opens new tab',
    agencyCaption: 'The two ministers walk past an honour guard at the ministry in Vienna, Austria, March 3, 2020. REUTERS/Eva Maier',
    promo: 'The Morning Brief newsletter is your daily guide to the biggest stories in world politics. Sign up here.',
    credit: 'Reporting by Karl Huber; Editing by Mary Smith',
    note: 'As Vienna bureau chief, Karl leads coverage of Austria and Central Europe. Before Vienna, he reported from Prague and Warsaw.',
    related: ['Ministers meet in Geneva to discuss grain exports', 'Storms close ports along the northern coast, officials say', 'Central bank holds rates steady for a third month'],
    listMeta: 'Worldcategory · April 9, 2024 · 3:07 PM UTC · 1 min ago',
    teaser: 'Officials in Lisbon said on Tuesday that the new ferry line would open in June, after a delay of two years.',
  };
  const text = [
    '---',
    'title: "Austria and Chile to open trade talks"',
    '---',
    '',
    furniture.promoTop,
    furniture.caption,
    STORY[0],
    STORY[1],
    furniture.promo,
    STORY[2],
    furniture.agencyCaption,
    STORY[3],
    STORY[4],
    furniture.credit,
    '[](https://example.com/authors/karl-huber/)',
    furniture.note,
    furniture.related[0],
    '[](https://example.com/world/geneva-grain-talks-2024-04-09/)',
    furniture.related[1],
    '[](https://example.com/world/storms-close-ports-2024-04-09/)',
    furniture.related[2],
    '[](https://example.com/markets/rates-2024-04-09/)',
    '* [](https://example.com/world/lisbon-ferry-2024-04-09/)',
    furniture.listMeta,
    furniture.teaser,
  ].join('\n');
  const doc = clean(text);
  assertKeeps(doc, STORY);
  assertDrops(doc, [furniture.caption, furniture.agencyCaption, furniture.promo, furniture.credit, furniture.note, ...furniture.related, furniture.listMeta, furniture.teaser]);
  assert.ok(!doc.main.text.includes('Jan Novak') && !doc.main.text.includes('Eva Maier'), 'no photographer reaches the story');
  assert.notEqual(doc.published?.value, '2024-04-09', 'a date in a list of other stories is never the document date');
  assert.notEqual(doc.published?.value, '2020-03-03', 'a date in a photo caption is never the document date');
});

test('bare captions between the paragraphs of a story are dropped; a subheading and the paragraphs stay', () => {
  const captions = [
    'The Austrian foreign minister greets her Chilean counterpart on the steps of the ministry in Vienna before their talks on Tuesday',
    'Farmers drive tractors past the parliament building in Santiago during a protest against cheap imports of grain and milk',
  ];
  const subheading = 'What the treaty would change';
  const text = [STORY[0], '', STORY[1], '', captions[0], '', STORY[2], '', subheading, '', STORY[3], '', captions[1], '', STORY[4], ''].join('\n');
  const doc = clean(text);
  assertKeeps(doc, [...STORY, subheading]);
  assertDrops(doc, captions);
});

test('a wire photo whose whole text is its caption keeps the caption as its story', () => {
  const caption =
    'Austrian Foreign Minister Anna Berger, second from left, accompanied by her deputy and the ambassador to Chile, meets Chilean Foreign Minister Tomas Rojas at the ministry, Tuesday, March 3, 2020, in Vienna. (AP Photo/Jan Novak)';
  const doc = clean(['# Austria Chile', '', caption, ''].join('\n'));
  assert.ok(doc.main.text.includes('meets Chilean Foreign Minister Tomas Rojas'), 'the caption is the story');
});

test('promos and author notes are dropped by their shape; story lines that mention newsletters or contacts stay', () => {
  const promos = [
    'Sign up for our Europe Weekly newsletter to get the best of our coverage in your inbox every Monday.',
    'Follow us on Twitter and Facebook for the latest updates.',
  ];
  const noteAtFoot = 'Karl Huber is a senior correspondent for the Newswire in Vienna. He can be reached at karl.huber@example.com.';
  const storyLike = [
    'The ministry said in its weekly newsletter that the talks had been cordial.',
    'Contact between the two ministries has grown since an embassy opened in Santiago in 2019.',
  ];
  const text = [STORY[0], '', promos[0], '', STORY[1], '', storyLike[0], '', STORY[2], '', storyLike[1], '', STORY[3], '', promos[1], '', STORY[4], '', noteAtFoot, ''].join('\n');
  const doc = clean(text);
  assertKeeps(doc, [...STORY, ...storyLike]);
  assertDrops(doc, [...promos, noteAtFoot]);
});

test('a list inside the story and hard-wrapped lines stay', () => {
  const list = ['Tariffs on wine and fruit would fall by half', 'Investors from both countries would be treated alike', 'A joint committee would meet every year'];
  const wrapped = [
    'The ministers agreed that the talks would cover the following subjects and',
    'that their deputies would report on progress to both governments by the',
    'end of the summer, before the first formal round in Santiago.',
  ];
  const text = [STORY[0], '', STORY[1], '', 'Under the draft, the treaty would change three things:', '', ...list.map((l) => '- ' + l), '', ...wrapped, '', STORY[2], ''].join('\n');
  const doc = clean(text);
  assertKeeps(doc, [STORY[0], STORY[1], STORY[2], ...list, ...wrapped]);
});

// ---- The same furniture in HTML pages.

function cleanHtml(html: string): CleanDocument {
  return cleanDocument({ ...rawText(html, 'page.html'), format: 'html' });
}

const P = (s: string) => `<p>${s}</p>`;

test('html: a caption with its credit, a gallery counter, a promo, the closing credit and an author note are dropped', () => {
  const furniture = {
    caption: 'Foreign Minister Anna Berger speaks to reporters in Vienna, Austria, March 3, 2020. NEWSWIRE/Jan Novak',
    counter: 'Image 2 of 4',
    promo: 'Sign up for our Europe Weekly newsletter and get our best stories in your inbox.',
    credit: '(Reporting by Karl Huber; Editing by Mary Smith)',
    note: 'Karl Huber is a senior correspondent based in Vienna. Follow him on Twitter @karlhuber.',
  };
  const html = `<html><body><div class="page"><div class="story-body">
    ${P(STORY[0])}
    <div>${furniture.counter}</div><p>${furniture.caption}</p>
    ${P(STORY[1])}${P(STORY[2])}
    ${P(furniture.promo)}
    ${P(STORY[3])}${P(STORY[4])}
    ${P(furniture.credit)}${P(furniture.note)}
  </div></div></body></html>`;
  const doc = cleanHtml(html);
  assertKeeps(doc, STORY);
  assertDrops(doc, Object.values(furniture));
});

test('html: teasers of other posts, each an <article> of a list, are not the story', () => {
  const teaser = (n: number) =>
    `<article class="post"><h2><a href="/p/${n}">Another post, number ${n}, about gardens</a></h2><p>Gardens in the north, the south, the east and the west of the country bloom late this year, writers say, and the growers of tulips, roses, lilies, irises, peonies and dahlias have had to wait, again, for the warm days, the long evenings and the dry weeks of summer ${n}.</p></article>`;
  const html = `<html><body><div id="primary">
    <article class="post"><h1>Austria and Chile open talks</h1><p>${STORY.join(' ')}</p></article>
    <article class="post"><h3>More posts</h3>${[1, 2, 3, 4, 5].map(teaser).join('')}</article>
  </div></body></html>`;
  const doc = cleanHtml(html);
  assertKeeps(doc, STORY);
  assert.ok(!doc.main.text.includes('Gardens in the north'), 'no teaser of another post');
});

test('html: a wire photo page whose only text is a caption keeps it', () => {
  const caption =
    'Austrian Foreign Minister Anna Berger, second from left, meets Chilean Foreign Minister Tomas Rojas at the ministry, Tuesday, March 3, 2020, in Vienna, before their talks on trade and investment. (AP Photo/Jan Novak)';
  const doc = cleanHtml(`<html><body><div class="article"><h1>Austria Chile</h1><p>${caption}</p></div></body></html>`);
  assert.ok(doc.main.text.includes('meets Chilean Foreign Minister Tomas Rojas'));
});

test('html: a byline with its time stamp, a copyright notice, a camel-case caption and a list under a "more stories" header are dropped', () => {
  const furniture = {
    byline: 'By Jane Roe - 03/03/20 11:04 AM EST',
    caption: 'The ministers at the signing ceremony in Vienna',
    header: 'More Great Stories From Us',
    items: ['Ports reopen after the storm', 'Why grain prices rose in spring', 'A new ferry line for Lisbon'],
    notice: 'The contents of this site are ©2020 Example Publishing Corp.',
  };
  const html = `<html><body><div class="article-body">
    <div class="byline">${furniture.byline}</div>
    <p>${STORY[0]}</p><p>${STORY[1]}</p>
    <div class="imageEmbedCaption">${furniture.caption}</div>
    <p>${STORY[2]}</p><p>${STORY[3]}</p><p>${STORY[4]}</p>
    <div class="h3">${furniture.header}</div>
    <ul>${furniture.items.map((t, i) => `<li>Read: <a href="/s/${i}">${t}</a></li>`).join('')}</ul>
    <p>${furniture.notice}</p>
  </div></body></html>`;
  const doc = cleanHtml(html);
  assertKeeps(doc, STORY);
  assertDrops(doc, [furniture.byline, furniture.caption, furniture.header, ...furniture.items, furniture.notice]);
});

test('summary bullets over a story, which the story repeats, are dropped; a list the story does not repeat stays', () => {
  const summary = [
    '• The foreign ministers of Austria and Chile agreed to open talks on a trade treaty.',
    '• The talks are due to begin in Santiago in May and will cover farm tariffs.',
  ];
  const doc = clean(['Austria and Chile to open trade talks', '', ...summary, '', ...STORY.flatMap((l) => [l, ''])].join('\n'));
  assertKeeps(doc, STORY);
  assertDrops(doc, summary);

  const own = ['• Wine and fruit growers hope for lower duties on their exports.', '• Mining companies want clearer rules on lithium concessions.'];
  const kept = clean(['Austria and Chile to open trade talks', '', ...own, '', ...STORY.flatMap((l) => [l, ''])].join('\n'));
  assertKeeps(kept, [...STORY, ...own.map((l) => l.slice(2))]);
});

// A page saved as text with its whole frame: a site menu, a comment form's thank-you line, a
// "most popular" list, then the story, then the footer's menus and one promo.
const MENU = ['Home', 'World', 'Politics', 'Business', 'Opinion', 'Sport', 'Weather', 'Newsletters', 'Sign in', 'Search'];

test('a scraped page whose first sentence is a form message: the story is the region with most prose', () => {
  const page = [
    ...MENU,
    'Thanks for contacting us. We have received your message.',
    'Most Popular',
    '1 Storms close ports along the northern coast',
    '2 Central bank holds rates steady for a third month',
    '3 Ferry line to open in June after two-year delay',
    'Austria and Chile open trade talks',
    'March 3, 2020 | 4:10pm',
    ...STORY,
  ].join('\n\n');
  const doc = clean(page + '\n');
  assertKeeps(doc, STORY);
  assertDrops(doc, ['Thanks for contacting us']);
});

test('the menus and footer after a story end it, though they hold no list of other stories', () => {
  const footer = [
    'Local News and Weather', 'Our Mobile Apps for Every Device', 'Station Information and Contacts', 'Advertise With Our Stations', 'Contests and Promotions This Month',
    'Terms of Use and Privacy Policy', 'Manage Your Cookie Settings', 'Accessibility Help for Readers', 'Sitemap of All Sections',
  ];
  const teaser = 'Officials in Lisbon said on Tuesday that the new ferry line would open in June, after a delay of two years.';
  const doc = clean([...MENU, ...STORY, ...footer, teaser, '© 2020 Example Media'].join('\n\n') + '\n');
  assertKeeps(doc, STORY);
  assertDrops(doc, ['Terms of Use and Privacy Policy', 'Manage Your Cookie Settings', teaser]);
});

test('a release with a list of short items keeps the list and what follows it', () => {
  const items = [
    '- cooperation on maritime security in the Pacific', '- joint research on fisheries stocks', '- disaster relief and early warning', '- climate finance for small states',
    '- health systems and vaccines', '- scholarships for students of both countries', '- trade facilitation at the ports', '- customs data exchange', '- digital connectivity for remote islands',
  ];
  const after = 'The ministers agreed to meet again in Santiago next year to review progress on each of these areas.';
  const doc = clean([...STORY.slice(0, 3), 'The ministers agreed to work together on:', ...items, after, STORY[3], STORY[4]].join('\n\n') + '\n');
  assertKeeps(doc, [...STORY, after, 'disaster relief and early warning', 'digital connectivity for remote islands']);
});

test('readers\' comments under a story are not the story, though a count of them stands under the headline', () => {
  const comments = [
    'seaside_reader says:',
    'I have followed these talks for years and this is the first real progress I have seen from either side.',
    'mountain_view says:',
    'Another treaty that will change nothing for farmers, if you ask me, and the ministers know it.',
  ];
  const doc = clean(['Austria and Chile open trade talks', '[ 42 comments ]', ...STORY, '42 responses to “Austria and Chile open trade talks”', ...comments].join('\n\n') + '\n');
  assertKeeps(doc, STORY);
  assertDrops(doc, [comments[1], comments[3], '42 responses']);
});

test('a box of related stories set inside a story does not end it; a list of teasers after it does', () => {
  const box = ['Related Stories', 'Storms close ports along the northern coast', 'Central bank holds rates steady for a third month', 'Ferry line to open in June after two-year delay'];
  const inside = clean([...STORY.slice(0, 2), ...box, ...STORY.slice(2)].join('\n\n') + '\n');
  assertKeeps(inside, STORY);
  assertDrops(inside, ['Central bank holds rates steady']);
  const teasers = ['Storms close ports along the northern coast', 'Officials said three ports would stay closed until the weekend.', 'Central bank holds rates steady', 'The bank said inflation was slowing faster than it had expected.'];
  const after = clean([...STORY, 'Related Stories', ...teasers].join('\n\n') + '\n');
  assertKeeps(after, STORY);
  assertDrops(after, [teasers[1], teasers[3]]);
});
