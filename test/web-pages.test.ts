// The web app in Debian's Chromium over a store of the seeds: the documents list, the reader (debris
// greyed, a highlight explained on click), search, adding documents, and untrusted markup shown as
// text. Screenshots of each page (1280×800) go to test-output/screenshots/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../src/store/db.js';
import { launch, openRoute, rendered, shot } from './web-browser.js';
import { listen, seedStore, tempDir } from './web-fixtures.js';
// @ts-expect-error the bundler script is plain JavaScript
import { buildWeb } from '../scripts/build-web.mjs';

let store: Store;
let dir: string;
let app: FastifyInstance;
let url: string;
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  ({ store, dir } = await seedStore());
  // The pages as they are now, bundled the way `npm run build` bundles them.
  const assetsDir = await buildWeb(tempDir('attache-web-assets-'));
  ({ app, url } = await listen(store, { assetsDir }));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
after(async () => {
  await browser?.close();
  await app?.close();
  store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const open = (route: string) => openRoute(page, url, route);

test('the documents list shows every document and opens the reader', async () => {
  await open('docs');
  const rows = page.locator('table.list tbody tr');
  assert.equal(await rows.count(), 7);
  await shot(page, 'documents');
  await page.getByRole('link', { name: 'Russia, South Korea Discuss Bilateral Ties' }).click();
  await rendered(page, /^#\/doc\//);
  assert.match(page.url(), /#\/doc\//);
  assert.match(await page.locator('h1').innerText(), /Russia, South Korea Discuss Bilateral Ties/);
});

test('the reader greys page debris, marks the main text, and explains a highlight on click', async () => {
  await open('doc/002_1e54657c59c21dbb.txt');
  const debris = await page.locator('#doc-text .debris').allInnerTexts();
  assert.ok(debris.join(' ').includes('Consular queries'), 'the embassy contact lines are debris');
  const main = await page.locator('#doc-text .main').allInnerTexts();
  assert.ok(main.join(' ').includes('Ladies and gentlemen'), 'the remarks are main text');
  const date = page.locator('#doc-text .m-date').first();
  await date.click();
  const details = await page.locator('#mark-details').innerText();
  assert.match(details, /2021-03-25/);
  assert.doesNotMatch(details, /[{}"]\s*\w+"?:/, 'no raw JSON');
  await shot(page, 'reader');
});

test('a document carrying a <script> tag is shown as text and its script never runs', async () => {
  await open('doc/embassy-note.txt');
  const text = await page.locator('#doc-text').innerText();
  assert.ok(text.includes('<script>window.__attachePwned = 1;'), 'the tag is visible as words');
  assert.equal(await page.locator('#doc-text script').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __attachePwned?: number }).__attachePwned), undefined);
  assert.notEqual(await page.title(), 'pwned');
  await shot(page, 'reader-script-note');
  await open('doc/fisheries.html');
  assert.ok((await page.locator('#doc-text').innerText()).includes('<img src=x onerror='));
  assert.equal(await page.locator('#doc-text img').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __attachePwned?: number }).__attachePwned), undefined);
});

test('search finds documents by their words, with the hits marked in snippets', async () => {
  await open('search');
  await page.fill('input[name=q]', 'Seoul');
  await page.click('form.searchbar button');
  await rendered(page, '#/search?q=Seoul');
  const hits = page.locator('.hit');
  assert.ok((await hits.count()) >= 3);
  assert.match(await page.locator('.hit mark').first().innerText(), /Seoul/i);
  await shot(page, 'search');
  await hits.first().locator('a').first().click();
  await rendered(page, /^#\/doc\//);
  assert.match(await page.locator('#doc-text').innerText(), /Seoul/);
});

test('pasted text is ingested; a bad file gets the command line’s one-line error', async () => {
  await open('add');
  await page.fill('input[name=name]', 'paris-talks.txt');
  await page.fill('textarea[name=text]', 'Foreign Minister Catherine Colonna received Foreign Minister Mauro Vieira of Brazil in Paris on 12 April 2023 for talks on the Amazon and trade.\n');
  await page.click('form.paste button[type=submit]');
  await page.waitForSelector('#ingest-log li.stored');
  await page.setInputFiles('input[type=file]', [{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
  await page.waitForSelector('#ingest-log li.error');
  assert.equal(await page.locator('#ingest-log li.error').innerText(), 'error: empty.txt: empty file');
  await shot(page, 'add-documents');
  await page.locator('#ingest-log li.stored a').click();
  await rendered(page, /^#\/doc\//);
  assert.match(await page.locator('#doc-text').innerText(), /Mauro Vieira/);
});

test('no page threw an error in the browser', () => {
  assert.deepEqual(pageErrors, []);
});
