// Contradictions between sources, through the real pipeline: a "first … since YEAR" claim against
// the events the record holds, both ingest orders, the cases that must not conflict, and the
// conflicts in the export, the CLI and the seeds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { ingestPaths } from '../src/ingest/run.js';
import { findClaims } from '../src/link/claims.js';
import { openStore } from '../src/store/db.js';
import { getDocument } from '../src/store/documents.js';
import { buildExport } from '../src/views/export.js';
import { cleanText } from './helpers/docs.js';
import { cli } from './support.js';
import { needs } from './needs.js';
import { SEEDS } from './paths.js';

// A news report calling a meeting the first of its kind since 2012 …
const CLAIM = `Finland and Chile hold first foreign ministers' talks in years

Helsinki, March 10, 2021

Finnish Foreign Minister Mikko Rautio met Chilean Foreign Minister Andrés Valdivia in Helsinki on Tuesday. The meeting was the first dialogue between the top diplomats of the two countries since 2012, officials said. The two ministers discussed trade in copper and forestry.
`;
// … a press release recording the two foreign ministers meeting in 2017 …
const RECORD = `Foreign Minister meets his Chilean counterpart in Santiago

Press release, 14 June 2017

Foreign Minister Mikko Rautio of Finland held talks with Foreign Minister Andrés Valdivia of Chile in Santiago on 13 June 2017. The two ministers discussed trade and climate cooperation.
`;
// … one recording a meeting before 2012 (the claim counts from there) …
const BEFORE = `Foreign Minister meets his Chilean counterpart

Press release, 6 May 2011

Foreign Minister Mikko Rautio of Finland held talks with Foreign Minister Andrés Valdivia of Chile in Santiago on 5 May 2011.
`;
// … and one of Finland's foreign minister meeting another state's after 2012.
const OTHER_PAIR = `Foreign Minister meets his Argentine counterpart

Press release, 9 September 2016

Foreign Minister Mikko Rautio of Finland held talks with Foreign Minister Lucía Ferreyra of Argentina in Buenos Aires on 8 September 2016.
`;
// A meeting of the two states' trade ministers after 2012: not the top diplomats the claim is about.
const OTHER_OFFICE = `Trade ministers meet

Press release, 3 April 2018

Finnish Minister for Foreign Trade Aino Lehtinen held talks with Chilean Minister of Agriculture Tomás Ibarra in Helsinki on 2 April 2018.
`;

async function storeOf(files: [string, string][]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-conflicts-'));
  const store = openStore(':memory:');
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(dir, name), text);
    await ingestPaths(store, [path.join(dir, name)], { jobs: 1 });
  }
  return store;
}

for (const order of ['claim first', 'record first']) {
  test(`a "first since 2012" claim meets the 2017 meeting that contradicts it (${order})`, async () => {
    const files: [string, string][] = [['claim.txt', CLAIM], ['record.txt', RECORD]];
    if (order === 'record first') files.reverse();
    const store = await storeOf(files);
    const exp = buildExport(store);
    assert.equal(exp.conflicts.length, 1, JSON.stringify(exp.conflicts, null, 1));
    const c = exp.conflicts[0];
    const doc = (id: string) => exp.documents.find((d) => d.id === id)!;
    assert.equal(c.kind, 'claim');
    assert.equal(doc(c.claim.doc).sourceName, 'claim.txt');
    assert.equal(c.claim.text, 'the first dialogue between the top diplomats of the two countries since 2012');
    assert.equal(c.against.length, 1);
    assert.equal(doc(c.against[0].doc).sourceName, 'record.txt');
    assert.match(c.against[0].text, /Santiago on 13 June 2017/);
    // both spans point at the words in the original files
    for (const s of [c.claim, ...c.against]) assert.equal(getDocument(store, s.doc)!.original.slice(s.start, s.end), s.text);
    const ev = exp.events.find((e) => e.id === c.event)!;
    assert.equal(ev.date, '2017-06-13');
    assert.match(c.reason, /since 2012/);
    assert.match(c.reason, /2017-06-13/);
    store.close();
  });
}

test('no conflict when the record holds only a meeting before the year, another pair, or other offices', async () => {
  const store = await storeOf([['claim.txt', CLAIM], ['before.txt', BEFORE], ['other-pair.txt', OTHER_PAIR], ['other-office.txt', OTHER_OFFICE]]);
  const exp = buildExport(store);
  assert.deepEqual(exp.conflicts, []);
  // the meetings are in the record (so the claim was checked against them, not missed)
  assert.ok(exp.events.some((e) => e.date === '2011-05-05'), 'the 2011 meeting is an event');
  assert.ok(exp.events.some((e) => e.date === '2016-09-08'), 'the Argentine meeting is an event');
  assert.ok(exp.events.some((e) => e.date === '2018-04-02' && e.countries.includes('FIN') && e.countries.includes('CHL')), 'the trade ministers\' meeting is an event');
  store.close();
});

test('the export has a conflicts array, empty when nothing contradicts', async () => {
  const store = await storeOf([['record.txt', RECORD]]);
  assert.deepEqual(buildExport(store).conflicts, []);
  store.close();
});

/** The claims of one text we wrote (clean and annotate as ingest does). */
function claimsOf(text: string) {
  const doc = cleanText(text);
  return findClaims(doc, annotate(doc));
}

test('claims are read in their usual shapes, with the period each one covers', () => {
  const [years] = claimsOf(`Leaders meet\n\nJune 2, 2022\n\nPresident Elena Marsh of Ireland met Portuguese President Rui Tavares in Lisbon on Wednesday, the first meeting between leaders of Ireland and Portugal in six years.\n`);
  assert.equal(years.span.text, 'the first meeting between leaders of Ireland and Portugal in six years');
  assert.deepEqual(years.states, ['IRL', 'PRT']);
  assert.equal(years.since, '2016');
  assert.equal(years.office, 'leader');
  const [visit] = claimsOf(`Prime minister travels\n\nMay 3, 2023\n\nThe visit is the first trip to Japan by a Canadian prime minister since 2015.\n`);
  assert.equal(visit.sort, 'visit');
  assert.equal(visit.destination, 'JPN');
  assert.equal(visit.bothHold, false, 'a Canadian prime minister: one side holds the office');
  const [never] = claimsOf(`Ministers meet\n\nMay 3, 2023\n\nThe Kenyan and Peruvian foreign ministers had never met before Tuesday's talks in Nairobi.\n`);
  assert.equal(never.since, null);
  assert.equal(never.sort, 'meeting');
  const [last] = claimsOf(`Ministers meet\n\nMay 3, 2023\n\nThe last time the foreign ministers of Kenya and Peru met was in 2014, officials said.\n`);
  assert.equal(last.since, '2014');
  // nothing to check: no happening named, or no date to count back from
  assert.deepEqual(claimsOf(`Trade grows\n\nMay 3, 2023\n\nIt is the first rise in Kenyan exports to Peru since 2014.\n`), []);
  assert.deepEqual(claimsOf(`Leaders meet\n\nThe first meeting between Kenya and Peru since 2014 took place in Lima.\n`), []);
  assert.deepEqual(claimsOf(`Leaders talk\n\nMay 3, 2023\n\nThe two presidents had never before spent this long in one room.\n`), []);
});

test('attache conflicts lists the claim, what contradicts it and why', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-conflicts-cli-'));
  fs.writeFileSync(path.join(dir, 'claim.txt'), CLAIM);
  fs.writeFileSync(path.join(dir, 'record.txt'), RECORD);
  const db = path.join(dir, 'x.db');
  assert.equal(cli(['ingest', '-q', '--db', db, dir]).status, 0);
  const text = cli(['conflicts', '--db', db]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /claim\.txt: “the first dialogue between the top diplomats of the two countries since 2012”/);
  assert.match(text.stdout, /record\.txt: “Foreign Minister Mikko Rautio/);
  const json = JSON.parse(cli(['conflicts', '--db', db, '--json']).stdout);
  assert.equal(json.length, 1);
  assert.equal(json[0].against[0].sourceName, 'record.txt');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the seeds: the "since 2009" claim against the 2016 Moscow meeting, and nothing else', needs('shared'), async () => {
  const store = openStore(':memory:');
  await ingestPaths(store, [SEEDS], { jobs: 1 });
  const exp = buildExport(store);
  const name = (id: string) => exp.documents.find((d) => d.id === id)!.sourceName;
  assert.ok(exp.conflicts.length >= 1);
  for (const c of exp.conflicts) {
    assert.match(name(c.claim.doc), /^001_/);
    assert.match(c.claim.text, /^The first dialogue between the top diplomats of the two nations since 2009$/);
    assert.ok(c.against.every((s) => /^003_/.test(name(s.doc))));
    assert.equal(exp.events.find((e) => e.id === c.event)?.date, '2016-06-13');
  }
  store.close();
});

// Two reports of one release that count its prisoners differently, and a third that agrees with the first.
const SWAP_A = `Prisoner exchange completed

Press release, 12 August 2023

Azerbaijan released 32 prisoners to Armenia at the border on 11 August 2023, the Foreign Ministry of Armenia said.
`;
const SWAP_B = `Neighbours swap prisoners

August 12, 2023

Azerbaijan released 23 prisoners to Armenia at the border on 11 August 2023, officials said.
`;
const SWAP_C = `Neighbours swap prisoners

August 13, 2023

Azerbaijan released 32 prisoners to Armenia at the border on 11 August 2023, officials in Yerevan said.
`;

test('two reports of one release that count its prisoners differently are a number conflict; one that agrees is not', async () => {
  const store = await storeOf([['a.txt', SWAP_A], ['b.txt', SWAP_B], ['c.txt', SWAP_C]]);
  const exp = buildExport(store);
  const name = (id: string) => exp.documents.find((d) => d.id === id)!.sourceName;
  const swap = exp.events.filter((e) => e.date === '2023-08-11');
  assert.equal(swap.length, 1, 'one event for the release');
  const numbers = exp.conflicts.filter((c) => c.kind === 'number');
  assert.ok(numbers.length >= 1, JSON.stringify(exp.conflicts));
  for (const c of numbers) {
    assert.equal(c.event, swap[0].id);
    const sides = [name(c.claim.doc), ...c.against.map((s) => name(s.doc))].sort();
    assert.ok(sides.includes('b.txt') && sides.length === 2, `b.txt is on one side: ${sides}`);
    for (const s of [c.claim, ...c.against]) assert.match(s.text, /^(32|23) prisoners$/);
  }
  store.close();
});

test('a text that repeats its claim (a lede restated below) makes one conflict with the event, at the first', async () => {
  const repeated = CLAIM.replace('The two ministers discussed', 'The meeting was the first dialogue between the top diplomats of the two countries since 2012. The two ministers discussed');
  for (const files of [[['claim.txt', repeated], ['record.txt', RECORD]], [['record.txt', RECORD], ['claim.txt', repeated]]] as [string, string][][]) {
    const store = await storeOf(files);
    const exp = buildExport(store);
    assert.equal(exp.conflicts.length, 1, JSON.stringify(exp.conflicts, null, 1));
    assert.equal(exp.conflicts[0].claim.start, repeated.indexOf('the first dialogue'));
  }
});
