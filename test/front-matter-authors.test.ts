// The authors and tags a crawler's or a blog's front matter gives are kept with the document: in the
// store (a store made before they were kept still opens, and takes them from then on), in the JSON
// export (as extra fields, which the format allows) and in `attache doc show`.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { cleanDocument } from '../src/clean/index.js';
import { openStore } from '../src/store/db.js';
import { STORE_VERSION } from '../src/store/migrations.js';
import { buildExport } from '../src/views/export.js';
import { rawText } from './helpers/pipeline.js';
import { cli, ingest, tempDir, writeFiles } from './support.js';

const YAML = `---
title: "Chile and Peru open talks on fisheries"
date: 2024-05-03
authors:
  - Ana Rojas
  - "Tomás Q&#x27;uispe"
tags: [fisheries, trade]
categories: trade, diplomacy
---

The foreign ministers of Chile and Peru met in Lima on Friday and agreed to open talks on fisheries.
`;

const TOML = `+++
title = "Laos and Thailand reopen a river port"
date = 2024-03-04
author = "By Somsak Vong and Mali Chan"
keywords = ["river", "ports"]
+++

The transport ministers of Laos and Thailand met in Pakse on Monday and agreed to reopen the river port to cargo boats.
`;

test('front matter: authors from a list or one line of names, tags from every tag key, each where it is written', () => {
  const a = cleanDocument(rawText('a.md', YAML));
  assert.deepEqual(a.authors?.map((x) => x.name), ['Ana Rojas', "Tomás Q'uispe"]);
  assert.deepEqual(a.tags?.map((x) => x.name), ['fisheries', 'trade', 'diplomacy']);
  // a name written as it reads has its range; one with a character reference in it has none
  assert.equal(YAML.slice(a.authors![0].range!.start, a.authors![0].range!.end), 'Ana Rojas');
  assert.equal(a.authors![1].range, null);
  for (const t of a.tags!) assert.equal(YAML.slice(t.range!.start, t.range!.end), t.name);
  const b = cleanDocument(rawText('b.md', TOML));
  assert.deepEqual(b.authors?.map((x) => x.name), ['Somsak Vong', 'Mali Chan']);
  assert.deepEqual(b.tags?.map((x) => x.name), ['river', 'ports']);
  // none given, none invented
  const c = cleanDocument(rawText('c.txt', 'The ministers met in Lima on Friday and agreed to open talks on fisheries.\n'));
  assert.equal(c.authors, undefined);
  assert.equal(c.tags, undefined);
});

test('a store made before authors and tags were kept opens read-only, is brought up to date, and keeps them from then on', async () => {
  const dir = writeFiles(tempDir(), { 'a.md': YAML, 'b.md': TOML });
  const db = path.join(tempDir(), 'old.db');
  // a store of version 3: no columns for them
  let store = openStore(db);
  await ingest(store, [path.join(dir, 'a.md')]);
  store.db.exec('ALTER TABLE documents DROP COLUMN authors; ALTER TABLE documents DROP COLUMN tags; PRAGMA user_version = 3;');
  store.close();
  store = openStore(db, { readonly: true });
  assert.deepEqual(buildExport(store).documents.map((d) => [d.authors, d.tags]), [[[], []]]);
  store.close();

  store = openStore(db);
  assert.equal(store.db.pragma('user_version', { simple: true }), STORE_VERSION);
  await ingest(store, [path.join(dir, 'b.md')]);
  const docs = buildExport(store).documents;
  store.close();
  // (the document stored before keeps what it had: none; the new one has its own)
  assert.deepEqual(docs.map((d) => [d.sourceName, d.authors, d.tags]), [
    ['a.md', [], []],
    ['b.md', ['Somsak Vong', 'Mali Chan'], ['river', 'ports']],
  ]);
  const shown = cli(['doc', 'show', '--db', db, 'b.md']);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /^authors +Somsak Vong; Mali Chan$/m);
  assert.match(shown.stdout, /^tags +river; ports$/m);
  assert.match(shown.stdout, /^title +Laos and Thailand reopen a river port$/m);
});
