// The web app in Debian's Chromium over a store of the seeds: the documents list, the reader (debris
// greyed, a highlight explained on click), search, adding documents, and untrusted markup shown as
// text. Screenshots of each page (1280×800) go to test-output/screenshots/.
import assert from 'node:assert/strict';
import { browserApp, openRoute, rendered, shot } from './web-browser.js';

const web = browserApp();
const { test } = web;

const open = (route: string) => openRoute(web.page, web.url, route);

test('the documents list shows every document and opens the reader', async () => {
  await open('docs');
  const rows = web.page.locator('table.list tbody tr');
  assert.equal(await rows.count(), 7);
  await shot(web.page, 'documents');
  await web.page.getByRole('link', { name: 'Russia, South Korea Discuss Bilateral Ties' }).click();
  await rendered(web.page, /^#\/doc\//);
  assert.match(web.page.url(), /#\/doc\//);
  assert.match(await web.page.locator('h1').innerText(), /Russia, South Korea Discuss Bilateral Ties/);
});

test('the reader greys page debris, marks the main text, and explains a highlight on click', async () => {
  await open('doc/002_1e54657c59c21dbb.txt');
  const debris = await web.page.locator('#doc-text .debris').allInnerTexts();
  assert.ok(debris.join(' ').includes('Consular queries'), 'the embassy contact lines are debris');
  const main = await web.page.locator('#doc-text .main').allInnerTexts();
  assert.ok(main.join(' ').includes('Ladies and gentlemen'), 'the remarks are main text');
  const date = web.page.locator('#doc-text .m-date').first();
  await date.click();
  const details = await web.page.locator('#mark-details').innerText();
  assert.match(details, /2021-03-25/);
  assert.doesNotMatch(details, /[{}"]\s*\w+"?:/, 'no raw JSON');
  await shot(web.page, 'reader');
});

test('a document carrying a <script> tag is shown as text and its script never runs', async () => {
  await open('doc/embassy-note.txt');
  const text = await web.page.locator('#doc-text').innerText();
  assert.ok(text.includes('<script>window.__attachePwned = 1;'), 'the tag is visible as words');
  assert.equal(await web.page.locator('#doc-text script').count(), 0);
  assert.equal(await web.page.evaluate(() => (window as unknown as { __attachePwned?: number }).__attachePwned), undefined);
  assert.notEqual(await web.page.title(), 'pwned');
  await shot(web.page, 'reader-script-note');
  await open('doc/fisheries.html');
  assert.ok((await web.page.locator('#doc-text').innerText()).includes('<img src=x onerror='));
  assert.equal(await web.page.locator('#doc-text img').count(), 0);
  assert.equal(await web.page.evaluate(() => (window as unknown as { __attachePwned?: number }).__attachePwned), undefined);
});

test('search finds documents by their words, with the hits marked in snippets', async () => {
  await open('search');
  await web.page.fill('input[name=q]', 'Seoul');
  await web.page.click('form.searchbar button');
  await rendered(web.page, '#/search?q=Seoul');
  const hits = web.page.locator('.hit');
  assert.ok((await hits.count()) >= 3);
  assert.match(await web.page.locator('.hit mark').first().innerText(), /Seoul/i);
  await shot(web.page, 'search');
  await hits.first().locator('a').first().click();
  await rendered(web.page, /^#\/doc\//);
  assert.match(await web.page.locator('#doc-text').innerText(), /Seoul/);
});

test('pasted text is ingested; a bad file gets the command line’s one-line error', async () => {
  await open('add');
  await web.page.fill('input[name=name]', 'paris-talks.txt');
  await web.page.fill('textarea[name=text]', 'Foreign Minister Catherine Colonna received Foreign Minister Mauro Vieira of Brazil in Paris on 12 April 2023 for talks on the Amazon and trade.\n');
  await web.page.click('form.paste button[type=submit]');
  await web.page.waitForSelector('#ingest-log li.stored');
  await web.page.setInputFiles('input[type=file]', [{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
  await web.page.waitForSelector('#ingest-log li.error');
  assert.equal(await web.page.locator('#ingest-log li.error').innerText(), 'error: empty.txt: empty file');
  await shot(web.page, 'add-documents');
  await web.page.locator('#ingest-log li.stored a').click();
  await rendered(web.page, /^#\/doc\//);
  assert.match(await web.page.locator('#doc-text').innerText(), /Mauro Vieira/);
});

test('no page threw an error in the browser', () => {
  assert.deepEqual(web.pageErrors, []);
});

test('the contradictions page shows the claim beside the record, and the reader marks the claim', async () => {
  await open('conflicts');
  const card = web.page.locator('.conflict-card').first();
  assert.match(await card.locator('.conflict-claim').innerText(), /The first dialogue between the top diplomats of the two nations since 2009/);
  assert.match(await card.locator('.conflict-against').innerText(), /Yun Byung-se/);
  assert.match(await card.locator('.conflict-reason').innerText(), /2016-06-13/);
  await shot(web.page, 'conflicts');
  await card.locator('.conflict-claim a').click();
  await rendered(web.page, /^#\/doc\//);
  const marked = web.page.locator('#doc-text .m-conflict');
  assert.match((await marked.allInnerTexts()).join(''), /since 2009/);
  await marked.first().click();
  assert.match(await web.page.locator('#mark-details').innerText(), /contradicted/);
  await shot(web.page, 'reader-conflict');
});
