// The reader on an HTML page of our own (web app in Debian's Chromium): the article reads first, as
// paragraphs; scripts, JSON-LD and meta tags never show as text; long debris is folded but opens;
// an event marks the words naming it and its participants strongly, its sentence only lightly.
import assert from 'node:assert/strict';
import { browserApp, openRoute, rendered, shot } from './web-browser.js';
import { READER_PAGE } from './helpers/reader-page.js';

const web = browserApp();
const { test } = web;
let id = '';

/** Where words of the reader's text are on screen. */
function lineOf(words: string): Promise<{ top: number; bottom: number }> {
  return web.page.evaluate((w) => {
    const walker = document.createTreeWalker(document.getElementById('doc-text')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(w);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + w.length);
      const box = r.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    }
    throw new Error(`no "${w}" in the text`);
  }, words);
}

test('the page is added through the app', async () => {
  await web.page.goto(web.url);
  const res = await web.page.evaluate(async (data) => {
    const r = await fetch('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ name: 'harbour-times.html', data }] }) });
    return r.json();
  }, Buffer.from(READER_PAGE).toString('base64'));
  const stored = res.results.find((r: { status: string }) => r.status === 'stored');
  assert.ok(stored, JSON.stringify(res));
  id = stored.id;
});

test('the article reads from its start, as paragraphs; markup never shows as text', async () => {
  await openRoute(web.page, web.url, `doc/${id}`);
  const all = await web.page.locator('#doc-text').evaluate((el) => el.textContent ?? '');
  for (const raw of ['<meta', '"@context"', 'dataLayer', 'font-family', '<script', '<p>']) assert.ok(!all.includes(raw), `no ${raw} in the text`);
  const visible = await web.page.locator('#doc-text').innerText();
  const lead = visible.indexOf('HELSINKI');
  assert.ok(lead >= 0 && lead < 200, `the article starts near the top (at ${lead}): ${visible.slice(0, 300)}`);
  assert.ok(!visible.includes('Subscribe to our newsletter'), 'the menu is folded');
  assert.match(visible, /page debris: [\d,]+ characters/);
  assert.match(visible, /shipping routes\.\s*\n\s*\n?\s*The two ministers/, 'paragraphs stay apart');
  await shot(web.page, 'reader-html-folded');
  // with page debris off, paragraphs still stand apart
  await web.page.locator('.toggle.t-debris input').uncheck();
  const [end, next] = [await lineOf('shipping routes.'), await lineOf('The two ministers')];
  assert.ok(next.top > end.bottom, `the next paragraph starts below (${JSON.stringify({ end, next })})`);
  await web.page.locator('.toggle.t-debris input').check();
  // the folded debris opens on a click
  await web.page.locator('.debris-fold').first().click();
  assert.ok((await web.page.locator('#doc-text').innerText()).includes('Subscribe to our newsletter'));
  await web.page.locator('.debris-fold').first().click();
});

test('an event marks its trigger words and participants; the sentence only lightly', async () => {
  await openRoute(web.page, web.url, `doc/${id}`);
  const triggers = await web.page.locator('#doc-text .m-trigger').allInnerTexts();
  assert.ok(triggers.some((t) => /^met$/.test(t.trim())), `trigger words: ${triggers.join(' | ')}`);
  const people = (await web.page.locator('#doc-text .m-participant').allInnerTexts()).join(' ');
  assert.match(people, /Aino Lehtinen/);
  assert.match(people, /Diego Ferreira/);
  const colour = (sel: string) => web.page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await colour('#doc-text .m-event:not(.m-trigger):not(.m-participant)');
  const strong = await colour('#doc-text .m-trigger');
  assert.notEqual(light, strong);
  const lightness = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
  assert.ok(lightness(light) > lightness(strong), `${light} is lighter than ${strong}`);
  await web.page.locator('#doc-text .m-trigger').first().click();
  const details = await web.page.locator('#mark-details').innerText();
  assert.match(details, /Aino Lehtinen met Uruguayan Foreign Minister Diego Ferreira/, 'the card quotes the whole sentence');
  assert.equal(await web.page.locator('#mark-details .mark-card.k-event').count(), 1, 'one card per event');
  await shot(web.page, 'reader-event-marks');
});

test('no page threw', () => {
  assert.deepEqual(web.pageErrors, []);
});
