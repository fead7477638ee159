// The five seed documents end to end (ingest → store → export), checked against the shared gold:
// titles, dates, kinds, main text kept and debris dropped, and every span pointing at its words.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../src/store/db.js';
import type { ExportDocument } from '../src/types.js';
import { buildExport } from '../src/views/export.js';
import { needing } from './needs.js';
import { GOLD, ingest, REPO, SEEDS } from './support.js';

const { test, before, met } = needing('shared');

interface GoldDoc {
  title: string | null;
  published: string | null;
  /** The text never states its date: unknown (null) is the honest answer. */
  publishedUnknownAllowed?: boolean;
  kind: string[];
  language: string;
  mustKeep: string[];
  mustDrop: string[];
}
const gold = (met ? JSON.parse(fs.readFileSync(GOLD, 'utf8')).documents : {}) as { [file: string]: GoldDoc };
let docs: ExportDocument[] = [];
const seed = (prefix: string) => docs.find((d) => d.sourceName.startsWith(prefix))!;
const originals = new Map<string, string>();

before(async () => {
  const store = openStore(':memory:');
  await ingest(store, [SEEDS, path.join(REPO, 'example', 'corpus')]);
  docs = buildExport(store).documents;
  store.close();
  for (const d of docs) originals.set(d.id, fs.readFileSync(d.source, 'utf8'));
});

test('titles, dates, kinds and languages of the seeds are the gold ones', () => {
  for (const [file, g] of Object.entries(gold)) {
    const d = docs.find((x) => x.sourceName === file)!;
    assert.ok(d, file);
    assert.equal(d.title, g.title, `${file} title`);
    if (g.publishedUnknownAllowed) assert.equal(d.published, null, `${file} states no date`);
    else assert.equal(d.published, g.published, `${file} published`);
    assert.ok(g.kind.includes(d.kind), `${file} kind ${d.kind} not in ${g.kind}`);
    assert.equal(d.language, g.language, `${file} language`);
  }
});

test("a page's clock is not its date, and a document that states no date has none", () => {
  const mirror = seed('002');
  assert.match(originals.get(mirror.id)!, /^26 October 2021$/m); // the live clock at the top of the page
  assert.notEqual(mirror.published, '2021-10-26');
  assert.equal(mirror.published, '2021-03-25');
  assert.equal(mirror.publishedPrecision, 'day');
  const undated = seed('004');
  assert.equal(undated.published, null);
  assert.equal(undated.publishedPrecision, null);
  assert.equal(undated.publishedEvidence, null);
  assert.equal(undated.title, null);
});

test('main text keeps every paragraph of the article and drops the page debris', () => {
  for (const [file, g] of Object.entries(gold)) {
    const d = docs.find((x) => x.sourceName === file)!;
    const text = d.text.replace(/\s+/g, ' ');
    for (const keep of g.mustKeep) assert.ok(text.includes(keep.replace(/\s+/g, ' ')), `${file} keeps ${JSON.stringify(keep)}`);
    for (const drop of g.mustDrop) assert.ok(!text.includes(drop.replace(/\s+/g, ' ')), `${file} drops ${JSON.stringify(drop)}`);
  }
});

test('every body range and date evidence span is the exact slice of the original', () => {
  let checked = 0;
  for (const d of docs) {
    const original = originals.get(d.id)!;
    // The main text is the body ranges in order, joined by blank lines.
    assert.equal(d.text, d.body.map((r) => original.slice(r.start, r.end)).join('\n\n'), `${d.sourceName} body`);
    for (let i = 1; i < d.body.length; i++) assert.ok(d.body[i].start >= d.body[i - 1].end, `${d.sourceName} ranges in order`);
    if (d.publishedEvidence) {
      const e = d.publishedEvidence;
      assert.equal(original.slice(e.start, e.end), e.text, `${d.sourceName} evidence`);
      assert.equal(e.doc, d.id);
      checked++;
    }
  }
  assert.ok(checked >= 7, `dated documents with evidence: ${checked}`);
});
