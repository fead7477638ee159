// The briefing: on our own texts, the bundled example corpus and the seeds, every sentence carries a
// citation, every citation's words are exactly its document's original slice, numbers run in
// reading order, the same store gives the same brief, and the HTML links each source into the
// reader at its span. The seeds' brief on Russia and South Korea holds the "since 2009" contradiction.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openStore, type Store } from '../src/store/db.js';
import { getDocument } from '../src/store/documents.js';
import { buildBrief, FilterError, type Brief } from '../src/views/brief.js';
import { briefHtml, briefMarkdown } from '../src/views/brief-render.js';
import { ingestText, withStore } from './helpers/pipeline.js';
import { needs } from './needs.js';
import { cli, ingest, REPO, SEEDS, SHARED, tempDir, writeFiles } from './support.js';
import { conflictItems } from '../src/views/conflicts.js';

const TALKS = `Norway and Peru sign fisheries pact

Oslo, 14 October 2021

Norwegian Foreign Minister Ingrid Solvang met Peruvian Foreign Minister Rafael Quispe in Oslo on Monday. The two ministers signed an agreement on fisheries. "Our fleets will share the catch data every month," Solvang said after the talks.
`;
const LATER = `Peru and Norway ministers hold talks

Lima, 15 October 2021

Peruvian Foreign Minister Rafael Quispe met Norwegian Foreign Minister Ingrid Solvang in Oslo on Tuesday, officials said. Quispe said Peru "welcomes a partner that keeps its word".
`;

/** The invariants every brief keeps, checked against the store's original texts. */
function assertCited(store: Store, b: Brief): void {
  const numbers = new Set(b.citations.map((c) => c.n));
  assert.deepEqual([...numbers], b.citations.map((_, i) => i + 1), 'citations numbered 1…n');
  const used = new Set<number>();
  let order = 0;
  for (const sec of b.sections)
    for (const s of sec.items) {
      assert.ok(s.cites.length > 0, `said without a citation: ${s.text}`);
      for (const n of s.cites) {
        assert.ok(numbers.has(n), `[${n}] resolves`);
        if (!used.has(n)) assert.equal(n, ++order, 'numbers run in reading order');
        used.add(n);
      }
    }
  assert.equal(used.size, numbers.size, 'every listed source is cited');
  for (const c of b.citations) {
    const doc = getDocument(store, c.doc);
    assert.ok(doc, `[${c.n}] names a stored document`);
    assert.equal(doc.original.slice(c.start, c.end), c.text, `[${c.n}] is the original's words`);
    assert.equal(c.sourceName, doc.source_name);
  }
}

test('a brief on two states: every sentence cited to the exact words, the same each time', () => {
  withStore((store) => {
    ingestText(store, 'talks.txt', TALKS);
    ingestText(store, 'later.txt', LATER);
    const b = buildBrief(store, { about: ['Norway', 'PER'] });
    assertCited(store, b);
    assert.equal(b.title, 'Briefing: Norway and Peru');
    const section = (h: string) => b.sections.find((s) => s.heading === h)?.items ?? [];
    assert.match(section('The relationship')[0].text, /^The record holds \d+ events? between Norway and Peru/);
    assert.ok(section('Timeline').some((s) => /^2021-10-11: meeting involving/.test(s.text)), JSON.stringify(section('Timeline')));
    assert.ok(section('People and their roles').some((s) => /^Ingrid Solvang: Foreign Minister of Norway/.test(s.text)));
    assert.ok(section('Open contradictions').some((s) => /2021-10-12/.test(s.text) && /2021-10-11/.test(s.text)), 'the Monday/Tuesday disagreement');
    const md = briefMarkdown(b);
    assert.equal(briefMarkdown(buildBrief(store, { about: ['Norway', 'PER'] })), md, 'deterministic');
    for (const c of b.citations) assert.ok(md.includes(`[${c.n}]`) && md.includes(`${c.n}. `));
    const html = briefHtml(b, 'http://127.0.0.1:8737');
    for (const c of b.citations) assert.ok(html.includes(`href="http://127.0.0.1:8737/#/doc/${c.doc}?at=${c.start}"`), `[${c.n}] links into the reader`);
    assert.doesNotMatch(html, /<script/);
  });
});

test('dates narrow the brief; an unknown name is refused', () => {
  withStore((store) => {
    ingestText(store, 'talks.txt', TALKS);
    const none = buildBrief(store, { about: ['Norway'], from: '2022' });
    assert.ok(none.sections.every((s) => s.items.length === 0 || s.heading.startsWith('What')), JSON.stringify(none.sections));
    assertCited(store, none);
    assert.throws(() => buildBrief(store, { about: ['Nobody Atall'] }), FilterError);
    assert.throws(() => buildBrief(store, { from: 'last week' }), FilterError);
  });
});

test('the bundled example corpus: a brief on the whole record and on each person keeps every citation exact', async () => {
  const store = openStore(':memory:');
  await ingest(store, [path.join(REPO, 'example', 'corpus')], { layers: undefined });
  const whole = buildBrief(store);
  assertCited(store, whole);
  assert.ok(whole.citations.length > 0);
  for (const s of whole.sections.find((x) => x.heading === 'People and their roles')!.items) {
    const name = s.text.split(/[:(,]/)[0].trim();
    assertCited(store, buildBrief(store, { about: [name] }));
  }
  store.close();
});

test('the seeds: Russia and South Korea, with the "since 2009" contradiction and the foreign ministers', needs('shared'), async () => {
  const store = openStore(':memory:');
  await ingest(store, [SEEDS], { layers: undefined });
  const b = buildBrief(store, { about: ['RUS', 'South Korea'] });
  assertCited(store, b);
  const conflicts = b.sections.find((s) => s.heading === 'Open contradictions')!.items;
  assert.ok(conflicts.length >= 1);
  const claim = b.citations.find((c) => c.n === conflicts[0].cites[0])!;
  assert.equal(claim.text, 'The first dialogue between the top diplomats of the two nations since 2009');
  const people = b.sections.find((s) => s.heading === 'People and their roles')!.items.map((s) => s.text);
  assert.ok(people.some((t) => /Foreign Minister of Russia/.test(t)), people.join('\n'));
  assert.ok(b.sections.some((s) => s.heading === 'What Russia said' && s.items.length));
  assertCited(store, buildBrief(store));
  store.close();
});

test('attache brief writes Markdown, or HTML to a file', () => {
  const dir = tempDir();
  writeFiles(dir, { 'talks.txt': TALKS, 'later.txt': LATER });
  const db = path.join(dir, 'brief.db');
  assert.equal(cli(['ingest', '-q', '--db', db, dir]).status, 0);
  const md = cli(['brief', '--db', db, '--about', 'Norway', 'Peru']);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^# Briefing: Norway and Peru/);
  assert.match(md.stdout, /## Sources\n\n1\. /);
  const out = path.join(dir, 'brief.html');
  const html = cli(['brief', '--db', db, '--about', 'Ingrid Solvang', '--format', 'html', '--out', out, '--app', 'http://localhost:9000/']);
  assert.equal(html.status, 0, html.stderr);
  assert.match(fs.readFileSync(out, 'utf8'), /href="http:\/\/localhost:9000\/#\/doc\/[0-9a-f]+\?at=\d+"/);
  const bad = cli(['brief', '--db', db, '--about', 'Nobody Atall']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /Nobody Atall/);
});

test('the web app serves the brief ("Brief on this"): HTML whose sources open the reader, its style apart', async () => {
  const { buildApp } = await import('../src/server/app.js');
  const store = openStore(':memory:');
  ingestText(store, 'talks.txt', TALKS);
  const app = buildApp({ store, maxUploadBytes: 4096 });
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { host: '127.0.0.1' } });
  const res = await get('/api/brief?about=Norway&about=Peru');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /text\/html/);
  assert.match(res.body, /<h1>Briefing: Norway and Peru<\/h1>/);
  assert.match(res.body, /href="\/#\/doc\/[0-9a-f]+\?at=\d+"/);
  assert.match(res.body, /<link rel="stylesheet" href="\/api\/brief.css">/);
  assert.equal((await get('/api/brief.css')).statusCode, 200);
  assert.match((await get('/api/brief?about=Norway&format=md')).body, /^# Briefing: Norway/);
  assert.equal((await get('/api/brief?about=Nobody%20Atall')).statusCode, 400);
  await app.close();
  store.close();
});

test('the dev set of real documents: every brief keeps its citations exact, and every contradiction found is one the reference lists', needs('shared'), async () => {
  const store = openStore(':memory:');
  await ingest(store, [path.join(SHARED, 'corpus', 'dev')], { layers: undefined });
  const whole = buildBrief(store);
  assertCited(store, whole);
  for (const s of whole.sections.find((x) => x.heading === 'People and their roles')!.items) {
    const name = s.text.split(/[:(,]/)[0].trim();
    assertCited(store, buildBrief(store, { about: [name] }));
  }
  for (const pair of [['USA', 'KOR'], ['GBR', 'CHN'], ['RUS', 'UKR'], ['USA', 'IND'], ['AUS', 'ISR']]) assertCited(store, buildBrief(store, { about: pair }));
  // no false alarm: a contradiction found is one the reference annotations list (by its claim's words)
  const gold = JSON.parse(fs.readFileSync(path.join(SHARED, 'gold', 'dev.gold.json'), 'utf8')) as { conflicts: { claim: string }[] };
  for (const c of conflictItems(store)) assert.ok(gold.conflicts.some((g) => g.claim.includes(c.claim.text) || c.claim.text.includes(g.claim)), `false contradiction: ${c.claim.text}`);
  store.close();
});
