// The web app's lists in Debian's Chromium over a store of the seeds: documents filtered, sorted and
// counted; entities by type and country facets; every list downloads as CSV and JSON with its
// filters; the timeline's date inputs show the URL's filter; the navigation fits a 420 px screen.
import assert from 'node:assert/strict';
import { browserApp, openRoute, rendered, shot } from './web-browser.js';

const web = browserApp();
const { test } = web;

const open = (route: string) => openRoute(web.page, web.url, route);
const rows = (table: string) => web.page.locator(`${table} tbody tr`);

/** The CSV and JSON the page's download links give (fetched as the browser would). */
async function downloaded(): Promise<{ csv: string; json: Record<string, unknown>[] }> {
  const csv = await web.page.locator('.downloads a.download-csv').getAttribute('href');
  const json = await web.page.locator('.downloads a.download-json').getAttribute('href');
  assert.ok(csv && json);
  return web.page.evaluate(async ([c, j]) => ({ csv: await (await fetch(c)).text(), json: await (await fetch(j)).json() }), [csv, json] as const);
}

test('documents: a kind, a date range and duplicates narrow the list, and the count says how far', async () => {
  await open('docs');
  assert.equal(await rows('#doc-list').count(), 7);
  assert.equal(await web.page.locator('#doc-count').innerText(), '7');
  const dates = await web.page.locator('#doc-list tbody td.date').allInnerTexts();
  assert.deepEqual(dates.filter((d) => d !== 'no date'), [...dates.filter((d) => d !== 'no date')].sort().reverse(), 'newest first');
  // each kind offered with how many documents it gives
  assert.match(await web.page.locator('select[name=kind]').innerText(), /transcript \(2\)/);
  await web.page.selectOption('select[name=kind]', 'transcript');
  await rendered(web.page, '#/docs?kind=transcript');
  assert.equal(await rows('#doc-list').count(), 2);
  assert.equal(await web.page.locator('#doc-count').innerText(), '2 of 7');
  await web.page.selectOption('select[name=duplicates]', 'hide');
  await rendered(web.page, '#/docs?kind=transcript&duplicates=hide');
  assert.equal(await rows('#doc-list').count(), 1);
  await shot(web.page, 'documents-filtered');
  await open('docs?from=2021-03&to=2021-03-25');
  assert.equal(await rows('#doc-list').count(), 2);
  assert.equal(await web.page.inputValue('input[name=from]'), '2021-03');
  await open('docs?sort=title');
  const titles = await web.page.locator('#doc-list tbody td:nth-child(3) a').allInnerTexts();
  const titled = titles.slice(0, -1);
  assert.deepEqual(titled, [...titled].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  assert.match(titles[titles.length - 1], /\.txt$/, 'a document without a title (shown by its file name) comes last');
});

test('documents download as CSV and JSON with the filters applied', async () => {
  await open('docs?kind=transcript');
  const { csv, json } = await downloaded();
  assert.equal(json.length, 2);
  const lines = csv.trim().split(/\r\n/);
  assert.match(lines[0], /^id,title,published,kind,language,/);
  assert.equal(lines.length, 3);
  assert.ok(json.every((d) => d.kind === 'transcript'));
});

test('entities: facets by type and country with counts, sorted by mentions or name, downloadable', async () => {
  await open('entities');
  const mentions = (await web.page.locator('#entity-list tbody td.num:nth-child(4)').allInnerTexts()).map(Number);
  assert.deepEqual(mentions, [...mentions].sort((a, b) => b - a), 'most mentioned first');
  await web.page.locator('.facet-type a', { hasText: /^people \(\d+\)$/ }).click();
  await rendered(web.page, '#/entities?type=person');
  const types = await web.page.locator('#entity-list tbody td:nth-child(2)').allInnerTexts();
  assert.ok(types.length > 3 && types.every((t) => t === 'person'), types.join());
  await web.page.locator('.facet-country a', { hasText: /^KOR \(\d+\)$/ }).click();
  await rendered(web.page, '#/entities?type=person&country=KOR');
  const countries = await web.page.locator('#entity-list tbody td:nth-child(3)').allInnerTexts();
  assert.ok(countries.length > 1 && countries.every((c) => c === 'KOR'));
  await shot(web.page, 'entities-facets');
  const { json, csv } = await downloaded();
  assert.equal(json.length, countries.length);
  assert.ok(json.every((e) => e.type === 'person' && e.country === 'KOR'));
  assert.match(csv, /^id,type,country,name,mentions,documents\r\n/);
  await web.page.selectOption('select[name=sort]', 'name');
  await rendered(web.page, '#/entities?type=person&country=KOR&sort=name');
  const names = await web.page.locator('#entity-list tbody td:first-child').allInnerTexts();
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
});

test('the timeline shows the URL’s dates in its From and To inputs, and downloads what it shows', async () => {
  await open('timeline?from=2021&to=2021-03');
  assert.equal(await web.page.inputValue('#timeline-filters input[name=from]'), '2021');
  assert.equal(await web.page.inputValue('#timeline-filters input[name=to]'), '2021-03');
  const { json } = await downloaded();
  assert.ok(json.length > 0 && json.every((e) => typeof e.date === 'string' && e.date.startsWith('2021')), JSON.stringify(json.map((e) => e.date)));
  // each event on the chart names its participants and place when hovered
  const tips = await web.page.locator('#timeline-chart rect.ev title').allTextContents();
  assert.ok(tips.length > 0);
  assert.ok(tips.some((t) => /\n.*(Lavrov|Chung|Moon|Putin).*@ \S/.test(t)), tips.join(' | '));
  await shot(web.page, 'timeline-url-dates');
});

test('the quote check lists download too: the quoting documents, and one document’s quotes with their matches', async () => {
  await open('quotes');
  const listed = await web.page.locator('table.list tbody tr').count();
  assert.ok(listed > 0);
  assert.equal((await downloaded()).json.length, listed);
  await web.page.locator('table.list tbody tr a').first().click();
  await rendered(web.page, /^#\/quotes\/./);
  const { json, csv } = await downloaded();
  assert.ok(json.length > 0 && json.every((q) => typeof q.text === 'string' && typeof q.status === 'string'));
  assert.match(csv, /^id,doc,start,end,text,speaker,speakerId,cue,status,match,similarity,matchDoc\r\n/);
});

test('on a 420 px screen the navigation wraps: every page can be reached, nothing runs off the side', async () => {
  await web.page.setViewportSize({ width: 420, height: 800 });
  try {
    await open('docs');
    const links = web.page.locator('nav.nav a');
    assert.ok((await links.count()) >= 6);
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect)))
      assert.ok(box.left >= 0 && box.right <= 420 && box.width > 0, `a link at ${box.left}–${box.right}`);
    assert.ok(await web.page.evaluate(() => document.documentElement.scrollWidth <= 420), 'no sideways scrolling of the page');
    await shot(web.page, 'narrow-documents');
    await open('timeline');
    await shot(web.page, 'narrow-timeline');
    // the reader's text and its side panel stack instead of squeezing each other
    await open('doc/002_1e54657c59c21dbb.txt');
    const text = await web.page.locator('.reader-text').boundingBox();
    assert.ok(text && text.width > 380, `the text is ${text?.width}px wide`);
    assert.ok(await web.page.evaluate(() => document.documentElement.scrollWidth <= 420));
    await shot(web.page, 'narrow-reader');
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('no page threw', () => {
  assert.deepEqual(web.pageErrors, []);
});
