// A document's annotations read back from the store are the ones the annotators made, whether the
// store kept spans as offsets into a plain-text original or whole (HTML).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ALL_LAYERS } from '../src/annotate/index.js';
import { processDocument } from '../src/ingest/process.js';
import { annotationsFromJson, annotationsToJson } from '../src/store/annotations-json.js';
import { getAnnotations, insertDocument } from '../src/store/documents.js';
import type { DocAnnotations, Span } from '../src/types.js';
import { goldenDocs } from './golden/docs.js';
import { rawText, withStore } from './helpers/pipeline.js';
import { seedFiles } from './needs.js';

const files = [
  ...seedFiles().map((file) => ({ name: path.basename(file), file })),
  ...goldenDocs().filter((d) => d.name.endsWith('.html')).map((d) => ({ name: d.name, file: d.source })),
];

for (const { name, file } of files) {
  test(`annotations of ${name} come back from the store as made`, () => {
    const p = processDocument(rawText(name, fs.readFileSync(file, 'utf8')), ALL_LAYERS);
    assert.ok(p.ann!.sentences.length > 0 && p.ann!.entities.length > 0);
    withStore((store) => {
      insertDocument(store, p.doc, p.textHash, p.ann);
      assert.deepStrictEqual(getAnnotations(store, p.doc.id), JSON.parse(JSON.stringify(p.ann)));
      const stored = store.db.prepare('SELECT json FROM annotations').pluck().get() as string;
      // plain text keeps its sentences once, in the original
      if (p.doc.format === 'text') assert.ok(stored.length < JSON.stringify(p.ann).length / 2, `${stored.length}`);
    });
  });
}

test('annotations stored in the earlier keyed form ("@": 1 beside the offsets) still read back', () => {
  const doc = { id: 'd1', original: 'Wong met Marsudi in Jakarta.', format: 'text' };
  const old = '{"sentences":[{"@":1,"start":0,"end":28}],"entities":[{"localId":"p1","mentions":[{"@":1,"start":9,"end":16,"cleanStart":9,"cleanEnd":16}]}]}';
  const ann = annotationsFromJson(old, doc) as unknown as { sentences: Span[]; entities: { mentions: Span[] }[] };
  assert.deepStrictEqual(ann.sentences[0], { doc: 'd1', start: 0, end: 28, text: 'Wong met Marsudi in Jakarta.' });
  assert.deepStrictEqual(ann.entities[0].mentions[0], { doc: 'd1', start: 9, end: 16, cleanStart: 9, cleanEnd: 16, text: 'Marsudi' });
  // and the current form is the smaller one for the same spans
  assert.ok(annotationsToJson(ann as unknown as DocAnnotations, doc).length < old.length);
});
