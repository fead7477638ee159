// Exports other tools read: CSV tables that parse back (RFC 4180), PLOVER records that meet their
// schema, GDELT rows with GDELT's 61 columns; all with the timeline's filters. On our own example corpus.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import { openStore } from '../src/store/db.js';
import { buildExport } from '../src/views/export.js';
import { cli, ingest, REPO, tempDir } from './support.js';

const dir = tempDir();
const db = path.join(dir, 'example.db');
const ready = (async () => {
  const store = openStore(db);
  await ingest(store, [path.join(REPO, 'example', 'corpus')], { layers: undefined });
  const record = buildExport(store);
  store.close();
  return record;
})();

test('CSV: one file per table, each parsing back with a header row and the record’s items', async () => {
  const record = await ready;
  const out = path.join(dir, 'csv');
  const r = cli(['export', '--db', db, '--format', 'csv', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const table = (name: string) => parse(fs.readFileSync(path.join(out, `${name}.csv`)), { columns: true }) as Record<string, string>[];
  const events = table('events');
  assert.equal(events.length, record.events.length);
  assert.ok(events.length > 0);
  // a cell holding commas and quotes survives the round trip
  const byId = new Map(record.events.map((e) => [e.id, e]));
  for (const row of events) {
    const e = byId.get(row.id)!;
    assert.equal(row.summary, e.summary);
    assert.equal(row.date, e.date ?? '');
    assert.equal(row.evidenceText, e.evidence[0].text);
  }
  assert.equal(table('documents').length, record.documents.length);
  assert.equal(table('quotes').length, record.quotes.length);
  assert.equal(table('mentions').length, record.entities.reduce((n, e) => n + e.mentions.length, 0));
  const people = table('entities').filter((e) => e.type === 'person');
  assert.deepEqual(people.map((p) => p.name).sort(), record.entities.filter((e) => e.type === 'person').map((e) => e.name).sort());
  // records end in CRLF, as RFC 4180 has it
  assert.match(fs.readFileSync(path.join(out, 'events.csv'), 'utf8').slice(0, 400), /^id,date,[^\n]*\r\n/);
});

test('PLOVER: one record per event on each line, valid against the published schema, with its evidence spans', async () => {
  const record = await ready;
  const r = cli(['export', '--db', db, '--format', 'plover']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, record.events.length);
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'plover-record.schema.json'), 'utf8')));
  for (const rec of lines) assert.ok(validate(rec), JSON.stringify(validate.errors));
  const docs = new Map(record.documents.map((d) => [d.id, d]));
  const originals = new Map<string, string>();
  for (const rec of lines)
    for (const s of rec.evidence) {
      const source = docs.get(s.doc)!.source;
      if (!originals.has(source)) originals.set(source, fs.readFileSync(source, 'utf8'));
      assert.equal(originals.get(source)!.slice(s.start, s.end), s.text);
    }
});

test('GDELT: 61 tab-separated columns per row, dates only at the precision the record has, empty where unknown', async () => {
  const record = await ready;
  const r = cli(['export', '--db', db, '--format', 'gdelt', '--header']);
  assert.equal(r.status, 0, r.stderr);
  const [header, ...rows] = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(header.length, 61);
  assert.equal(rows.length, record.events.length);
  const col = (name: string) => header.indexOf(name);
  const byId = new Map(record.events.map((e) => [e.id, e]));
  for (const row of rows) {
    assert.equal(row.length, 61);
    const e = byId.get(row[col('GLOBALEVENTID')])!;
    assert.equal(row[col('SQLDATE')], e.datePrecision === 'day' ? e.date!.replace(/-/g, '') : '');
    assert.equal(row[col('Year')], e.date?.slice(0, 4) ?? '');
    assert.equal(row[col('EventCode')], e.cameo ?? '');
    assert.equal(row[col('GoldsteinScale')], ''); // not in the record: never invented
    assert.equal(row[col('AvgTone')], '');
  }
});

test('filters select events as the timeline does, and the documents that report them', async () => {
  const record = await ready;
  const country = record.events.flatMap((e) => e.countries)[0];
  const kept = record.events.filter((e) => e.countries.includes(country));
  const r = cli(['export', '--db', db, '--format', 'csv', '--table', 'events', '--country', country]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual((parse(r.stdout, { columns: true }) as { id: string }[]).map((x) => x.id).sort(), kept.map((e) => e.id).sort());
  const json = JSON.parse(cli(['export', '--db', db, '--country', country]).stdout);
  assert.deepEqual(json.events.map((e: { id: string }) => e.id).sort(), kept.map((e) => e.id).sort());
  const cited = new Set(kept.flatMap((e) => e.evidence.map((s) => s.doc)));
  assert.deepEqual(json.documents.map((d: { id: string }) => d.id).sort(), [...cited].sort());
  const bad = cli(['export', '--db', db, '--format', 'plover', '--from', '2021-13']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /2021-13/);
  assert.match(cli(['export', '--db', db, '--table', 'events']).stderr, /--table goes with --format csv/);
});
