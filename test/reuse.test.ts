// Text reuse through the sampled shingle index: a passage two texts share always gives both the same
// anchor, a report rewriting several passages of a release reports on it, set phrases and a passage
// found in many documents do not make reuse, and a store of the older full index is carried over.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { anchorPositions, reuseShingles, WINDOW } from '../src/link/minhash.js';
import { openStore } from '../src/store/db.js';
import { reportsOnMap } from '../src/store/quotes.js';
import { ingestText, withStore } from './helpers/pipeline.js';

const anchorSet = (text: string) => {
  const sh = reuseShingles(text);
  return new Set(anchorPositions(sh).map((i) => sh[i]));
};

test('a passage of WINDOW + 4 words two texts share gives both the same anchor, whatever surrounds it', () => {
  const passage = 'the delegations agreed to open a new consular office in the northern port city before the winter';
  assert.ok(passage.split(' ').length >= WINDOW + 4);
  const contexts = [
    ['Officials said on Monday that', 'according to a statement from the ministry.'],
    ['In a brief note to reporters,', 'and to review the visa rules next spring.'],
    ['Late in the evening', ', a spokesman added, without giving details.'],
  ];
  const sets = contexts.map(([before, after]) => anchorSet(`${before} ${passage} ${after}`));
  const own = anchorSet(passage);
  for (const s of sets) assert.ok([...own].some((h) => s.has(h)), 'the shared passage holds a common anchor');
});

test('only a share of the shingles are anchors', () => {
  const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  const n = anchorPositions(reuseShingles(text)).length;
  assert.ok(n > 0 && n < 400 / 3, `${n} anchors of 396 shingles`);
});

const RELEASE = `Press release, 3 March 2023

The Minister of Foreign Affairs of Norland, Anna Berg, received the Ambassador of Sudria today to discuss the new fisheries agreement between the two countries.
The minister stressed that the agreement would protect the coastal communities of both countries from the collapse of the northern cod stocks.
Both sides agreed that the joint scientific commission would meet every six months and publish its findings on the state of the fish stocks.
The ambassador conveyed an invitation from his government to visit the capital of Sudria in the autumn, which the minister accepted with thanks.`;

const REPORT = `Norland and Sudria move on fisheries deal
4 March 2023

Norland's foreign minister met the Sudrian envoy on Friday. In a statement, the ministry said the agreement would protect the coastal communities of both countries from the collapse of the northern cod stocks.
Critics were not convinced. The statement added that the joint scientific commission would meet every six months and publish its findings on the state of the fish stocks.
Ms Berg is expected to travel later this year: the envoy conveyed an invitation from his government to visit the capital of Sudria in the autumn, which the minister accepted.`;

const OTHER = `Norland opens talks on a rail link
5 March 2023

Norland's transport minister said on Saturday that talks on a rail link with its southern neighbour would begin next month. The two countries have discussed the project for a decade.
Engineers will survey the route over the summer, and the cost will be shared between the two governments, officials said.`;

test('a news report rewriting passages of a release reports on it; a story sharing only set phrases does not', () =>
  withStore((store) => {
    const release = ingestText(store, 'release.txt', RELEASE);
    const report = ingestText(store, 'report.txt', REPORT);
    const other = ingestText(store, 'other.txt', OTHER);
    const map = reportsOnMap(store);
    assert.deepEqual(map.get(report), [release]);
    assert.equal(map.get(other), undefined);
    assert.equal(map.get(release), undefined);
  }));

test('a passage many documents carry (a standard paragraph) is common language, not reuse', () =>
  withStore((store) => {
    const boiler =
      'The ministry reminds travellers that consular assistance is available around the clock through the emergency line listed on its website, and that all visa applications must be lodged online.';
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      const text = `Notice number ${i + 1} of the ministry\n\nThe office of consular affairs announced changes to the opening hours of mission number ${i + 1} from next week, owing to works on building ${i * 7 + 3}.\n${boiler}\n${boiler.replace('ministry', 'department')}\n${boiler.replace('travellers', 'visitors')}`;
      ids.push(ingestText(store, `notice-${i}.txt`, text));
    }
    // the first few meet before the paragraph is common; later ones find it common and link to nothing
    const map = reportsOnMap(store);
    assert.ok(ids.slice(42).every((id) => !map.has(id)), JSON.stringify(ids.slice(42).map((id) => map.get(id))));
  }));

test('a store made with the full shingle index is carried over to anchors, and still finds reuse', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-reuse-'));
  const file = path.join(dir, 'old.db');
  try {
    let store = openStore(file);
    const release = ingestText(store, 'release.txt', RELEASE);
    // make it look like a store of the earlier format: the older tables, version 2, no anchors
    store.db.exec(`CREATE TABLE reuse_shingles (hash INTEGER, doc TEXT, primary_kind INTEGER, PRIMARY KEY (hash, doc)) WITHOUT ROWID;
      CREATE TABLE reuse_counts (hash INTEGER PRIMARY KEY, n INTEGER); CREATE TABLE reuse_docs (doc TEXT PRIMARY KEY, shingles INTEGER);
      DELETE FROM reuse_anchors; DELETE FROM reuse_anchor_counts; PRAGMA user_version = 2;`);
    store.db.prepare('INSERT INTO reuse_docs (doc, shingles) VALUES (?, 1)').run(release);
    store.close();
    store = openStore(file);
    try {
      assert.ok((store.db.prepare('SELECT count(*) FROM reuse_anchors').pluck().get() as number) > 0);
      assert.equal(store.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'reuse_shingles'").get(), undefined);
      const report = ingestText(store, 'report.txt', REPORT);
      assert.deepEqual(reportsOnMap(store).get(report), [release]);
    } finally {
      store.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
