// HTML main-text extraction: article kept, furniture dropped, metadata found, offsets exact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHTML } from 'entities';
import { extractHtml, type HtmlExtraction } from '../src/clean/html/extract.js';
import { parseDate } from '../src/clean/html/metadata.js';

// A foreign-ministry press release page, written for this test.
const MINISTRY = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minister Halvorsen meets Foreign Minister of Ruritania | Ministry of Foreign Affairs of Nordland</title>
<meta property="article:published_time" content="2024-03-14T10:30:00+01:00">
<style>.menu{color:red}</style>
<script>var counter = "<p>not text</p>";</script>
</head>
<body>
<div id="top-bar"><ul class="lang-switcher"><li><a href="/en">English</a></li><li><a href="/fr">Français</a></li><li><a href="/es">Español</a></li></ul></div>
<header class="site-header"><a href="/">Ministry of Foreign Affairs</a>
<nav class="main-menu"><ul><li><a href="/news">News</a></li><li><a href="/policy">Foreign policy</a></li><li><a href="/consular">Consular services</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <span>Press releases</span></div>
<div class="container">
 <div class="main-column">
  <h1 class="page-title">Minister Halvorsen meets Foreign Minister of Ruritania</h1>
  <div class="date-line">14 March 2024</div>
  <div class="press-release-body">
   <p>Minister for Foreign Affairs Ingrid Halvorsen received the Foreign Minister of Ruritania, Tomas Varga, in Nordhavn on Thursday for talks on trade, energy security and the situation in the region.</p>
   <p>The ministers agreed to convene the joint economic commission before the summer, and discussed the renewal of the fisheries agreement, which expires at the end of the year.</p>
   <p>&#8220;Our countries share a long coastline and a longer history,&#8221; Halvorsen said. &#8220;We intend to keep the dialogue open, frank&nbsp;and regular.&#8221;</p>
   <h2>Energy cooperation</h2>
   <p>The two sides signed a memorandum of understanding on grid interconnection &amp; offshore wind, to be implemented by the national energy agencies over the next three years.</p>
  </div>
  <div class="page-views">Views: 1,204</div>
  <div class="share-links"><a href="#">Share</a> <a href="#">Print</a></div>
 </div>
 <aside class="sidebar">
  <h3>Latest news</h3>
  <ul class="latest-news">
   <li><a href="/n/1">Statement on the elections in Freedonia, with a long headline for good measure</a></li>
   <li><a href="/n/2">Minister to attend the Council meeting in Brussels on Monday next week</a></li>
   <li><a href="/n/3">Visa requirements for holders of diplomatic passports have changed</a></li>
  </ul>
 </aside>
</div>
<footer id="footer"><p>Ministry of Foreign Affairs, 7 Harbour Street, Nordhavn</p><p>Tel.: +47 22 00 00 00</p><p>E-mail: press@mfa.example</p><p>&copy; 2024 Ministry of Foreign Affairs</p></footer>
</body></html>`;

// A news site article page, written for this test.
const NEWS = `<html lang="fr"><head>
<meta property="og:title" content="Talks on border crossing resume after six-month pause">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2023-11-02T08:00:00Z"}</script>
</head><body>
<div class="masthead"><a href="/">The Daily Courier</a><div class="newsletter-signup">Sign up for our morning briefing<form><input type="email"></form></div></div>
<main>
<article class="story">
 <h1>Talks on border crossing resume after six-month pause</h1>
 <div class="byline">By <a href="/staff/x">Jane Doe</a>, diplomatic correspondent</div>
 <div class="social-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
 <figure><img src="a.jpg"><figcaption class="caption">Delegations at the border post. <span class="credit">Photo: A. Photographer/Agency</span></figcaption></figure>
 <div class="article-body">
  <p>Negotiators from both countries returned to the table on Wednesday, six months after talks on reopening the northern border crossing broke down over customs procedures.</p>
  <p>Officials said the first session, held at a hotel near the crossing, lasted more than five hours and ended without a joint statement, though both delegations described it as constructive.</p>
  <div class="ad-slot">Advertisement</div>
  <p>The crossing, closed since last spring, handled around a third of trade between the two neighbours, according to figures from the regional chamber of commerce.</p>
  <p>Another round is expected later this month, a spokesperson for the foreign ministry said, adding that technical teams would meet in the meantime.</p>
  <p class="read-more"><a href="/other">Read more: Trade figures fall for third quarter</a></p>
 </div>
 <section class="related-stories"><h2>Related stories</h2><ul><li><a href="/r1">Border closure hits farmers on both sides of the river</a></li><li><a href="/r2">Customs deal within reach, say officials from the two capitals</a></li></ul></section>
 <section id="comments"><h2>Comments (12)</h2><div class="comment"><p>Great article, thanks for the detailed reporting on this issue, it is very helpful.</p></div></section>
</article>
</main>
<footer><p>&copy; The Daily Courier</p></footer>
</body></html>`;

/** Readable text of a slice of HTML: tags dropped, references decoded, white space collapsed. */
function readableSlice(html: string): string {
  return decodeHTML(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** Every block's range reads as its text, and every character maps to what it stands for. */
/** (`wholeBlocks` false: a block may leave out markup inside it, as a hover card in a sentence) */
function assertOffsetsExact(source: string, x: HtmlExtraction, wholeBlocks = true): void {
  const { text, starts, ends } = x.main;
  assert.equal(starts.length, text.length);
  assert.equal(ends.length, text.length);
  const blockTexts = text === '' ? [] : text.split('\n\n');
  assert.equal(blockTexts.length, x.blocks.length);
  if (wholeBlocks) x.blocks.forEach((r, i) => assert.equal(readableSlice(source.slice(r.start, r.end)), blockTexts[i], `block ${i}`));
  for (let i = 0; i < text.length; i++) {
    const s = starts[i];
    const e = ends[i];
    assert.ok(s <= e && e <= source.length, `range of char ${i}`);
    if (s === e) {
      assert.ok(text[i] === '\n' || text[i] === ' ', `only inserted separators map to nothing (char ${i})`);
      continue;
    }
    const decoded = decodeHTML(source.slice(s, e));
    if (/\s/.test(decoded)) assert.equal(text[i], ' ', `white space at ${i}`);
    else assert.ok(decoded.includes(text[i]), `char ${i} ${JSON.stringify(text[i])} from ${JSON.stringify(source.slice(s, e))}`);
  }
}

test('ministry press release: article kept, furniture dropped', () => {
  const x = extractHtml(MINISTRY);
  const t = x.main.text;
  assert.match(t, /^Minister for Foreign Affairs Ingrid Halvorsen received/);
  assert.match(t, /joint economic commission before the summer/);
  assert.match(t, /“Our countries share a long coastline and a longer history,” Halvorsen said\./);
  assert.match(t, /Energy cooperation/);
  assert.match(t, /grid interconnection & offshore wind/);
  for (const debris of ['Consular services', 'Home', 'Press releases', 'Views', 'Share', 'Print', 'Latest news', 'Freedonia', 'Harbour Street', '+47', 'press@mfa', 'Français', 'not text', 'color:red'])
    assert.ok(!t.includes(debris), `debris kept: ${debris}`);
  assert.equal(x.main.text.split('\n\n').length, 5);
});

test('ministry press release: metadata', () => {
  const x = extractHtml(MINISTRY);
  assert.equal(x.title, 'Minister Halvorsen meets Foreign Minister of Ruritania');
  assert.ok(x.titleRange);
  assert.equal(readableSlice(MINISTRY.slice(x.titleRange.start, x.titleRange.end)), 'Minister Halvorsen meets Foreign Minister of Ruritania');
  assert.deepEqual(x.published && { value: x.published.value, precision: x.published.precision }, { value: '2024-03-14', precision: 'day' });
  assert.equal(MINISTRY.slice(x.published!.evidence.start, x.published!.evidence.end), '2024-03-14T10:30:00+01:00');
  assert.equal(x.language, 'en');
});

test('ministry press release: offsets are exact', () => {
  const x = extractHtml(MINISTRY);
  assertOffsetsExact(MINISTRY, x);
  // an entity is one character standing for the whole reference
  const i = x.main.text.indexOf('&');
  assert.equal(MINISTRY.slice(x.main.starts[i], x.main.ends[i]), '&amp;');
  const q = x.main.text.indexOf('“');
  assert.equal(MINISTRY.slice(x.main.starts[q], x.main.ends[q]), '&#8220;');
  // &nbsp; is white space: it collapses into one space that maps to it
  const n = x.main.text.indexOf('frank ') + 5;
  assert.equal(MINISTRY.slice(x.main.starts[n], x.main.ends[n]), '&nbsp;');
  // collapsed white space maps to its first character
  const s = x.main.text.indexOf('received ') + 8;
  assert.equal(x.main.ends[s] - x.main.starts[s], 1);
});

test('news article: paragraphs kept, share/caption/related/newsletter/comments dropped', () => {
  const x = extractHtml(NEWS);
  const t = x.main.text;
  assert.match(t, /^Negotiators from both countries/);
  assert.match(t, /technical teams would meet in the meantime\.$/);
  assert.equal(t.split('\n\n').length, 4);
  for (const debris of ['Sign up', 'Facebook', 'Photo:', 'Delegations at the border post', 'Advertisement', 'Read more', 'Related stories', 'farmers', 'Great article', 'Comments', 'Daily Courier', 'Jane Doe'])
    assert.ok(!t.includes(debris), `debris kept: ${debris}`);
  assertOffsetsExact(NEWS, x);
});

test('news article: og:title, JSON-LD date, language', () => {
  const x = extractHtml(NEWS);
  assert.equal(x.title, 'Talks on border crossing resume after six-month pause');
  assert.equal(NEWS.slice(x.titleRange!.start, x.titleRange!.end), x.title);
  assert.equal(x.published?.value, '2023-11-02');
  assert.equal(NEWS.slice(x.published!.evidence.start, x.published!.evidence.end), '2023-11-02T08:00:00Z');
  assert.equal(x.language, 'fr');
});

test('title from <title> loses the site-name suffix; date from <time datetime>', () => {
  const html = `<html><head><title>Joint statement on maritime security | Embassy of Nordland</title></head><body>
    <article><time datetime="2022-06-01">1 June 2022</time><p>${'The two governments reaffirmed their commitment to freedom of navigation, the law of the sea, and peaceful settlement. '.repeat(4)}</p></article></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.title, 'Joint statement on maritime security');
  assert.equal(x.published?.value, '2022-06-01');
  assert.equal(html.slice(x.published!.evidence.start, x.published!.evidence.end), '2022-06-01');
  assert.equal(x.language, null);
  assert.match(x.main.text, /^The two governments reaffirmed/);
});

test('malformed and truncated HTML never throws and keeps its text', () => {
  const para = 'The delegation arrived late in the evening, and the talks, which had been postponed twice, began the next morning with a working breakfast.';
  const cases = [
    `<html><body><div class="content"><p>${para}<p>${para} Again &amp more &#x2019;s &notanentity; &#99999999; <b>bold <i>both</b> italic</i></div>`,
    `<div><p>${para}</p><p>${para}</p><span class="x`,
    `<p>${para}</p></div></div></body></html></p></li>`,
    `<!-- unclosed comment <p>${para}</p>`,
    `<table><tr><td><p>${para}</p><td><p>${para}</table></table>`,
  ];
  for (const html of cases) {
    const x = extractHtml(html);
    assertOffsetsExact(html, x);
  }
  const first = extractHtml(cases[0]);
  assert.match(first.main.text, /Again & more ’s ¬anentity; \uFFFD bold both italic/);
  assert.match(extractHtml(cases[2]).main.text, /working breakfast\.$/);
});

test('empty, text-only and huge documents', () => {
  for (const html of ['', '   ', '<html></html>', '<', '&', '<body></body>', 'plain text without any markup at all']) {
    const x = extractHtml(html);
    assert.equal(typeof x.main.text, 'string');
    assertOffsetsExact(html, x);
  }
  assert.equal(extractHtml('').main.text, '');
  const para = '<p>Officials from both ministries met again on Tuesday to continue the review of the treaty, its annexes, and the protocols.</p>\n';
  const huge = `<html><body><nav><a href="/">Home</a></nav><div class="article">${para.repeat(20000)}</div></body></html>`;
  // (how fast is for the benchmarks: a wall-time assertion fails on a busy machine)
  const x = extractHtml(huge);
  assert.equal(x.blocks.length, 20000);
  assert.ok(!x.main.text.includes('Home'));
  const deep = '<div>'.repeat(5000) + '<p>Deeply nested text, with commas, that still needs to be found by the extractor.</p>';
  assert.doesNotThrow(() => extractHtml(deep));
});

test('parseDate reads ISO and written dates, rejects nonsense', () => {
  assert.deepEqual(parseDate('2019-11-19T13:00:00Z'), { value: '2019-11-19', precision: 'day' });
  assert.deepEqual(parseDate('Nov. 19, 2019'), { value: '2019-11-19', precision: 'day' });
  assert.deepEqual(parseDate('Tue, 19 Nov 2019 10:00:00 GMT'), { value: '2019-11-19', precision: 'day' });
  assert.deepEqual(parseDate('2019-11'), { value: '2019-11', precision: 'month' });
  assert.equal(parseDate('yesterday'), null);
  assert.equal(parseDate('2019-13-40'), null);
});

// Pages whose story is split across containers, written for these tests.
const STORY = [
  'The regional council approved the new water plan on Monday after a debate that lasted, by most accounts, well into the night.',
  'Supporters said the plan, which sets limits on wells near the river, would protect farms and towns through the next dry summer.',
  'Opponents, mostly owners of small orchards, argued that the limits would fall hardest on those who could least afford new pumps.',
  'The council chair said a review of the limits would be held in two years, and that grants for new equipment would open in the spring.',
  'Engineers from the river authority will publish the first readings of the wells in the autumn, the chair added, along with a map.',
  'A group of orchard owners said they would ask the courts to suspend the plan, though their lawyer declined to say when they would file.',
  'The last drought, three years ago, left several villages on the plain without tap water for weeks, and the memory shaped the debate.',
  'Farmers downstream, who draw from the same aquifer, welcomed the limits, saying their own wells had been falling for a decade.',
  'The plan also sets aside money for leak repairs in town networks, which lose, by the council\'s own count, a fifth of their water.',
  'A public hearing on the first review is expected, the council said, before the end of next year, with written comments welcome.',
  'Two members voted against the plan, and one abstained, citing the cost of the meters that every well owner will have to install.',
  'The meters, according to the plan, must be fitted within eighteen months, and readings will be sent to the river authority monthly.',
];
const paras = (xs: string[]) => xs.map((p) => `<p>${p}</p>`).join('\n');

test('a story whose last paragraphs sit in a "read more" box keeps its first paragraphs', () => {
  const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="wrap"><div class="piece">
      <div class="lede"><p><strong>${STORY[0]}</strong></p></div>
      ${paras(STORY.slice(1, 3))}
      <div id="more"><div class="more-link"><a href="#">Read more</a></div><div class="ad-slot"></div>
        <div id="rest">${paras(STORY.slice(3))}</div></div>
    </div></div>
    <div class="sidebar"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.main.text, STORY.join('\n\n'));
  assertOffsetsExact(html, x);
});

test('paragraphs boxed one by one before the story body are part of the story', () => {
  const html = `<html><body><div id="site"><div class="col">
    <div class="first-par"><p>${STORY[0]}</p></div><div class="second-par"><p>${STORY[1]}</p></div>
    <div class="links"><h2>Elsewhere</h2><ul><li><a href="/x">A story about trains</a></li><li><a href="/y">A story about boats</a></li></ul></div>
    <div class="copy">${paras(STORY.slice(2))}</div>
    </div></div></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.main.text, STORY.join('\n\n'));
  assertOffsetsExact(html, x);
});

test('a short story is not replaced by a longer sidebar found when the rules are relaxed', () => {
  const html = `<html><body><div id="main"><h1>Council approves water plan</h1>
    <div class="summary"><div class="summary-text">${STORY[0]} ${STORY[1]}</div></div>
    <div class="player"><a href="/listen">Listen</a></div></div>
    <div class="sidebar"><h2>What readers say</h2>
      <div class="item"><p>${STORY[7]}</p><em>reader one | May 2</em></div>
      <div class="item"><p>${STORY[8]}</p><em>reader two | May 2</em></div>
      <div class="item"><p>${STORY[9]}</p><em>reader three | May 3</em></div></div></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.main.text, `${STORY[0]} ${STORY[1]}`);
  assertOffsetsExact(html, x);
});

test('a post embedded in the story is kept, whatever its wrapper is named', () => {
  const post = 'The meters arrive next month, and every well owner on the plain will get one free of charge.';
  const html = `<html><body><article><div class="story-text">
    ${paras(STORY.slice(0, 3))}
    <div class="social-embed"><blockquote class="post-embed"><p>${post} <a href="https://example.org/p/1">example.org/p/1</a></p>— River Authority (@riverauthority) <a href="https://example.org/status/1">May 2, 2024</a></blockquote></div>
    ${paras(STORY.slice(3, 6))}
    <div class="video-container"><blockquote class="post-embed"><p>${post}</p>— Council Chair (@chair) <a href="https://example.org/status/2">May 3, 2024</a></blockquote></div>
    ${paras(STORY.slice(6, 9))}
    <div class="social-share"><a href="/share/fb">Facebook</a> <a href="/share/tw">Twitter</a></div>
  </div></article></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.main.text.split(post).length, 3, 'both embedded posts kept');
  assert.ok(x.main.text.includes('— River Authority (@riverauthority) May 2, 2024'));
  assert.ok(!x.main.text.includes('Facebook'));
  assertOffsetsExact(html, x);
});

test('"Advert" labels, share prompts and unrendered blog shortcodes are debris', () => {
  const html = `<html><body><article>${paras(STORY.slice(0, 3))}<div>Advert</div>${paras(STORY.slice(3, 6))}
    <p>Enjoyed this article? Pass it on to a friend!</p>
    <p>[button link="/send-review" type="big"]Send us your own review[/button]</p></article></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.main.text, STORY.slice(0, 6).join('\n\n'));
  assertOffsetsExact(html, x);
});

test('a summary written straight into a div beside the story body is its first paragraph; an affiliate disclosure is not', () => {
  const html = `<html><body><div class="wrap"><div class="piece">
    <div class="share-bar"><a href="/s/fb">Facebook</a></div>
    <div class="summary-box">
      ${STORY[0]}
    </div>
    <div class="copy">${paras(STORY.slice(1))}</div>
    <div class="note">This article may contain affiliate links, and the site may earn a commission on purchases made through them.</div>
    </div></div></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.main.text, STORY.join('\n\n'));
  assertOffsetsExact(html, x);
});

test('a hover card written into a sentence is dropped, the name it hangs on is kept', () => {
  const card = `<span class="person"><a href="/people/ana-ruiz">Ana Ruiz</a><span class="person-card"><img src="/p/ruiz.jpg" alt=""><a href="/people/ana-ruiz">Ana Ruiz</a><a href="/story/1">Council delays vote on the harbour budget until spring</a> <a href="/story/2">Ruiz named chair of the river committee</a></span></span>`;
  const html = `<html><body><article><p>The council chair, ${card}, said the review of the limits would be held in two years, and that grants would open in the spring.</p>
    ${paras(STORY.slice(1, 6))}</article></body></html>`;
  const x = extractHtml(html);
  assert.ok(x.main.text.startsWith('The council chair, Ana Ruiz, said the review'), x.main.text.slice(0, 80));
  assert.ok(!x.main.text.includes('harbour budget'));
  assertOffsetsExact(html, x, false);
});
