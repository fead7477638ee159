// The five seed documents through the real pipeline, graded against the reference quotes of
// ../shared/gold/seeds.gold.json: found, speaker, verified, names in quotes, and reportsOn.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore, type Store } from '../src/store/db.js';
import { buildExport } from '../src/views/export.js';
import type { AttacheExport } from '../src/types.js';
import { needing } from './needs.js';
import { GOLD, SEEDS as seeds } from './paths.js';

const { test, before, after, met } = needing('shared');
const gold = (met ? JSON.parse(fs.readFileSync(GOLD, 'utf8')) : { documents: {}, people: [], quotes: [], notQuotes: [] }) as {
  documents: Record<string, { reportsOn?: string[] }>;
  people: { name: string; aliases?: string[] }[];
  quotes: { doc: string; text: string; speaker: string; speakerAlternatives?: string[]; verified: boolean; source?: string[] }[];
  notQuotes: { doc: string; text: string }[];
};

let store: Store;
let data: AttacheExport;
before(async () => {
  store = openStore(':memory:');
  await ingestPaths(store, [seeds]);
  data = buildExport(store);
});
after(() => store.close());

const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.,;:!?"']+$/, '');
const docOf = (ref: string) => data.documents.find((d) => d.sourceName.startsWith(ref));
const rootOf = (id: string) => data.documents.find((d) => d.id === id)?.duplicateOf ?? id;
const namesOf = (id: string | null) => {
  const e = data.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.aliases].map(key) : [];
};
const spellings = (name: string) => {
  const p = gold.people.find((x) => x.name === name);
  return [name, ...(p?.aliases ?? [])].map(key);
};

test('every reference quote is found, with its speaker and verification', () => {
  for (const g of gold.quotes) {
    const doc = docOf(g.doc);
    const q = data.quotes.find((x) => x.doc === doc?.id && key(x.text) === key(g.text));
    assert.ok(q, `not found: ${g.text}`);
    const speakers = [g.speaker, ...(g.speakerAlternatives ?? [])].flatMap(spellings);
    assert.ok(namesOf(q.speaker).some((n) => speakers.includes(n)), `speaker of "${g.text}": ${namesOf(q.speaker)[0]}, reference ${g.speaker}`);
    const verified = q.verification.status === 'verbatim' || q.verification.status === 'close';
    assert.equal(verified, g.verified, `verification of "${g.text}": ${q.verification.status}`);
    if (g.verified) {
      const sources = (g.source ?? []).map((s) => rootOf(docOf(s)!.id));
      assert.ok(q.verification.matches.some((m) => sources.includes(rootOf(m.doc))), `"${g.text}" verified against the wrong source`);
    }
  }
});

test('the closest primary passage is shown for a paraphrase', () => {
  const q = data.quotes.find((x) => x.text.startsWith('All this shows South Korea'));
  assert.equal(q?.verification.status, 'not_found');
  assert.equal(q?.verification.matches[0]?.text, 'The Republic of Korea is one of Russia’s most important partners in Asia Pacific.');
});

test('names in quotation marks are not anybody’s speech', () => {
  for (const g of gold.notQuotes) {
    const doc = docOf(g.doc);
    assert.equal(data.quotes.find((x) => x.doc === doc?.id && key(x.text) === key(g.text) && x.speaker), undefined, g.text);
  }
});

test('reportsOn: the news report points at the transcript it quotes, nothing else', () => {
  for (const [name, g] of Object.entries(gold.documents)) {
    const d = docOf(name)!;
    assert.deepEqual(d.reportsOn.map(rootOf), (g.reportsOn ?? []).map((r) => rootOf(docOf(r)!.id)), name);
  }
});

test('every quote and match span is a slice of its original file', () => {
  const original = (id: string) => fs.readFileSync(path.join(seeds, data.documents.find((d) => d.id === id)!.sourceName), 'utf8').replace(/^\uFEFF/, '');
  for (const q of data.quotes) {
    assert.equal(original(q.doc).slice(q.start, q.end), q.text);
    for (const m of q.verification.matches) assert.equal(original(m.doc).slice(m.start, m.end), m.text);
  }
});
