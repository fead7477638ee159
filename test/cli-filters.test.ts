// The lists share the timeline's filters (--from/--to/--country/--person/--kind), checked the same
// way; docs are newest first with --sort. Runs the CLI on texts of our own.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import { cli } from './support.js';
import { recordStore } from './helpers/record-texts.js';

const { db } = recordStore();
before(() => {
  // one of them is a readout, to filter kinds by
  assert.equal(cli(['doc', 'set', '--db', db, 'lima.txt', '--kind', 'readout']).status, 0);
});

const json = (args: string[], flag = '--json') => {
  const r = cli([...args, flag, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};
const sources = (docs: { source: string }[]) => docs.map((d) => path.basename(d.source));

test('docs are newest first, undated last, and --sort orders by date, title or source either way', () => {
  assert.deepEqual(sources(json(['docs'])), ['lima.txt', 'oslo.txt', 'stockholm.txt']);
  assert.deepEqual(sources(json(['docs', '--sort', 'date:asc'])), ['oslo.txt', 'lima.txt', 'stockholm.txt']);
  assert.deepEqual(sources(json(['docs', '--sort', 'title'])), ['lima.txt', 'oslo.txt', 'stockholm.txt']);
  assert.deepEqual(sources(json(['docs', '--sort', 'source:desc'])), ['stockholm.txt', 'oslo.txt', 'lima.txt']);
  const bad = cli(['docs', '--db', db, '--sort', 'size']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--sort.*size.*date, title or source/);
});

test('docs and search keep the documents of a date range, kind, person and state', () => {
  assert.deepEqual(sources(json(['docs', '--from', '2023'])), ['lima.txt']);
  assert.deepEqual(sources(json(['docs', '--to', '2022-05'])), ['oslo.txt']);
  assert.deepEqual(sources(json(['docs', '--kind', 'readout'])), ['lima.txt']);
  assert.deepEqual(sources(json(['docs', '--person', 'Solvang'])), ['oslo.txt']);
  assert.deepEqual(sources(json(['docs', '--country', 'Swedish'])), ['stockholm.txt'], 'a demonym');
  assert.deepEqual(sources(json(['docs', '--country', 'Peru', '--country', 'NOR'])), ['lima.txt', 'oslo.txt'], 'repeatable: any of them');
  assert.deepEqual(sources(json(['search', 'Chile', '--person', 'Quispe'])), ['lima.txt']);
  assert.deepEqual(sources(json(['search', 'Chile', '--from', '2022', '--to', '2022'])), ['oslo.txt']);
  const none = cli(['docs', '--db', db, '--kind', 'statement']);
  assert.equal(none.status, 0);
  assert.match(none.stdout, /no documents match these filters/);
});

test('quotes: dates and kinds are the document’s, a person or state the speaker’s', () => {
  const text = (qs: { text: string }[]) => qs.map((q) => q.text).sort();
  assert.deepEqual(text(json(['quotes', '--country', 'Peru'])), ['The border must stay open for trade']);
  assert.deepEqual(text(json(['quotes', '--person', 'Reyes'])), ['Chile wants a lasting agreement with Norway']);
  assert.deepEqual(text(json(['quotes', '--from', '2022', '--to', '2022-12'])), ['Chile wants a lasting agreement with Norway', 'We have found common ground on the fishing quotas']);
  assert.deepEqual(text(json(['quotes', '--kind', 'readout'])), ['The border must stay open for trade']);
});

test('entities are counted in the documents the filters keep', () => {
  const ents = json(['entities', '--person', 'Quispe']) as { name: string; documents: number }[];
  assert.ok(ents.some((e) => e.name === 'Pablo Reyes' && e.documents === 1), 'Reyes once beside Quispe');
  assert.ok(!ents.some((e) => e.name === 'Ingrid Solvang'));
  const chile = json(['entities', '--country', 'Chile', '--from', '2022', '--to', '2022']) as { name: string; mentions: number }[];
  assert.ok(chile.every((e) => ['Chile', 'Pablo Reyes'].includes(e.name)), JSON.stringify(chile));
});

test('the timeline takes --person and --kind like the other lists', () => {
  assert.equal(json(['timeline', '--person', 'Quispe', '--format'], 'json').dated.length, 1);
  assert.equal(json(['timeline', '--kind', 'readout', '--format'], 'json').dated.length, 1);
});

test('filter values are checked where they are read, the same on every list', () => {
  // (each list meets one of the wrong values: they are read by the same parsers)
  const cases: [string[], RegExp][] = [
    [['docs', '--from', '2022-13'], /--from.*a date such as/],
    [['search', 'Chile', '--country', 'Atlantis'], /--country.*Atlantis/],
    [['quotes', '--kind', 'memo'], /--kind.*memo.*a document kind/],
    [['entities', '--person', 'Solvnag'], /--person Solvnag: no person or organisation.*did you mean Ingrid Solvang/],
    [['timeline', '--person', 'Solvnag'], /--person Solvnag: no person or organisation.*did you mean Ingrid Solvang/],
  ];
  for (const [args, pattern] of cases) {
    const r = cli([...args, '--db', db]);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, pattern);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});
