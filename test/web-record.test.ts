// The linked record in Debian's Chromium, over a store of the seeds: timeline → event → evidence →
// document, the entity page, and the quote check. Screenshots (1280×800) in test-output/screenshots/.
import assert from 'node:assert/strict';
import type { TimelineView } from '../src/views/web-timeline.js';
import type { QuotedDocument } from '../web/src/types.js';
import { browserApp, openRoute, rendered, shot } from './web-browser.js';

const web = browserApp();
const { test } = web;

const api = async <T>(path: string): Promise<T> => (await (await fetch(web.url + path)).json()) as T;

test('the timeline draws every dated event coloured by quad class, and lists undated ones apart', async () => {
  const view = await api<TimelineView>('api/timeline');
  assert.ok(view.dated.length >= 5, 'the seeds yield dated events');
  await openRoute(web.page, web.url, 'timeline');
  assert.equal(await web.page.locator('svg rect.ev').count(), view.datedTotal);
  assert.equal(view.points?.length, view.datedTotal);
  for (const ev of view.dated.slice(0, 10)) {
    const cls = await web.page.locator(`svg rect.ev[data-id="${ev.id}"]`).getAttribute('class');
    assert.ok(cls?.split(' ').includes(`q${ev.quadClass ?? 0}`), `${ev.id} is coloured by its quad class`);
  }
  assert.equal(await web.page.locator('ol.events.undated li').count(), view.undatedTotal);
  // zooming in narrows the list to the events in view
  const before = await web.page.locator('#event-list ol.events:not(.undated) li').count();
  await web.page.locator('svg.timeline-svg').hover({ position: { x: 1100, y: 60 } });
  for (let i = 0; i < 6; i++) await web.page.mouse.wheel(0, -400);
  await web.page.waitForFunction((n) => document.querySelectorAll('#event-list ol.events:not(.undated) li').length < n, before);
});

test('timeline → event → evidence → document, filtered to a pair of states', async () => {
  await openRoute(web.page, web.url, 'timeline');
  await web.page.selectOption('select[name=c1]', 'RUS');
  await web.page.selectOption('select[name=c2]', 'KOR');
  await web.page.click('#timeline-filters button[type=submit]');
  await rendered(web.page, '#/timeline?countries=RUS%2CKOR');
  const metas = await web.page.locator('#event-list ol.events:not(.undated) .row-meta').allInnerTexts();
  assert.ok(metas.length > 0);
  for (const m of metas) assert.ok(m.includes('RUS') && m.includes('KOR'), `both states in: ${m}`);
  await shot(web.page, 'timeline');
  // "Brief on this" for the pair: the cited briefing, its sources opening the reader
  const brief = await web.page.locator('.timeline-head a.brief-link').getAttribute('href');
  assert.equal(brief, '/api/brief?about=RUS&about=KOR');
  const html = await (await fetch(web.url + brief!.slice(1))).text();
  assert.match(html, /<h1>Briefing: Russia and South Korea<\/h1>/);
  assert.match(html, /href="\/#\/doc\/[0-9a-f]+\?at=\d+"/);

  // the event reported by the most sources
  const view = await api<TimelineView>('api/timeline?countries=RUS,KOR');
  const ev = [...view.dated].sort((a, b) => b.sources - a.sources)[0];
  assert.ok(ev.sources >= 2, 'one event gathers several sources');
  await web.page.locator(`#event-list li[data-id="${ev.id}"] button`).click();
  await web.page.waitForSelector('#event-detail');
  assert.equal(await web.page.locator('#event-detail .evidence').count(), ev.sources);
  assert.match(await web.page.locator('#event-detail h3').first().innerText(), new RegExp(`evidence from ${ev.sources} sources`, 'i'));
  await shot(web.page, 'timeline-event');

  const evidence = web.page.locator('#event-detail .evidence blockquote a').first();
  const words = (await evidence.innerText()).trim();
  await evidence.click();
  await rendered(web.page, /^#\/doc\/[^?]+\?at=\d+$/);
  const flashed = (await web.page.locator('#doc-text .flash').innerText()).trim();
  assert.ok(flashed.length > 0 && words.replace(/\s+/g, ' ').includes(flashed.replace(/\s+/g, ' ')), 'the document opens at the evidence sentence');
  await shot(web.page, 'reader-evidence');
});

test('a name in the reader leads to its entity page: roles with sources, events, quotes', async () => {
  await openRoute(web.page, web.url, 'doc/001_323ce6081e298e70.txt');
  const name = web.page.locator('#doc-text .m-entity', { hasText: 'Lavrov' }).first();
  await name.click();
  const card = web.page.locator('#mark-details .mark-card.k-entity').first();
  assert.match(await card.innerText(), /Lavrov/);
  await shot(web.page, 'reader-highlight');
  await card.getByRole('link', { name: /entity page/ }).click();
  await rendered(web.page, /^#\/entity\//);
  assert.match(await web.page.locator('h1').innerText(), /Lavrov/);
  assert.match((await web.page.locator('a.brief-link').getAttribute('href')) ?? '', /^\/api\/brief\?about=.*Lavrov/);
  const roles = await web.page.locator('.role').allInnerTexts();
  assert.ok(roles.some((r) => /Foreign Minister/.test(r) && /RUS/.test(r) && /sources:/.test(r)), 'the role is shown with its country and sources');
  assert.ok((await web.page.locator('.events li').count()) > 0, 'the events he took part in');
  assert.ok((await web.page.locator('.quotes li').count()) > 0, 'what he is quoted as saying, with a status');
  assert.ok((await web.page.locator('.quotes li .status').count()) > 0);
  await shot(web.page, 'entity');
  await openRoute(web.page, web.url, 'entities');
  assert.ok((await web.page.locator('table.list tbody tr').count()) > 5);
  await shot(web.page, 'entities');
});

test('the quote check sets each quote beside the closest primary passage', async () => {
  const { documents } = await api<{ documents: QuotedDocument[] }>('api/quoted-documents');
  const doc = documents.find((d) => (d.statuses.verbatim ?? 0) + (d.statuses.close ?? 0) > 0);
  assert.ok(doc, 'some quote of the seeds is verified');
  await openRoute(web.page, web.url, 'quotes');
  await shot(web.page, 'quotes-list');
  await web.page.locator(`a[href="#/quotes/${doc.id}"]`).click();
  await rendered(web.page, `#/quotes/${doc.id}`);
  const verified = web.page.locator('.quote-card.s-verbatim, .quote-card.s-close').first();
  const [quoted, passage] = (await verified.locator('.passage').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase());
  assert.ok(passage.length > 0);
  const shared = quoted.split(' ').filter((w) => passage.includes(w));
  assert.ok(shared.length >= quoted.split(' ').length * 0.7, 'the primary passage says what the quote says');
  for (const card of await web.page.locator('.quote-card.s-no_primary_source').all()) assert.match(await card.innerText(), /no primary record/);
  await shot(web.page, 'quote-check');
  await verified.getByRole('link', { name: /show in document/ }).click();
  await rendered(web.page, /^#\/doc\//);
  assert.ok(quoted.includes((await web.page.locator('#doc-text .flash').innerText()).replace(/\s+/g, ' ').trim().toLowerCase()));
});

test('no page threw an error in the browser', () => {
  assert.deepEqual(web.pageErrors, []);
});
