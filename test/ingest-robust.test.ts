// No document can stop a run: a stage that fails on one document (a bug of ours, a time budget spent)
// leaves that document stored with what the other stages gave, names the file and the stage in a
// warning, and the run goes on to the next; the exit code says something is missing.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { withBudget } from '../src/budget.js';
import { cleanDocument } from '../src/clean/index.js';
import { openStore } from '../src/store/db.js';
import { countDocuments, getAnnotations } from '../src/store/documents.js';
import { processDocument } from '../src/ingest/process.js';
import { rawText } from './helpers/pipeline.js';
import { cli, ingest, tempDir, writeFiles } from './support.js';

const story = (place: string) => `Talks on river shipping in ${place}

${place}, 4 March 2024

The transport ministers of Laos and Thailand met in ${place} on Monday and agreed to reopen the river port to cargo boats.
"We have waited long enough," the Lao minister said after the talks.
`;

/** Ten stories; `boom` fails in the events layer and `crumble` in cleaning (faults injected by name). */
function folder(): string {
  const files: { [name: string]: string } = {};
  for (let i = 0; i < 10; i++) files[`s${i}.txt`] = story(`Town ${i}`);
  files['s3-boom.txt'] = story('Pakse');
  files['s6-crumble.txt'] = story('Nong Khai');
  files['s7-crumble.html'] = `<html><body><article><h1>Port talks</h1><p>${story('Vientiane').replace(/\n/g, ' ')}</p></article></body></html>`;
  return writeFiles(tempDir(), files);
}

for (const jobs of [1, 2]) {
  test(`with ${jobs} thread(s), a failing stage costs its document that layer only, and the run goes on`, async (t) => {
    process.env.ATTACHE_FAULTS = 'events:boom,clean:crumble';
    t.after(() => delete process.env.ATTACHE_FAULTS);
    const store = openStore(':memory:');
    const run = await ingest(store, [folder()], { jobs, layers: { entities: true, events: true, quotes: true } });
    // every story after the failing ones is stored too
    assert.equal(run.summary.stored, 12, JSON.stringify(run.results));
    assert.equal(countDocuments(store), 12);
    // the events layer failed on one document: stored, with its people and quotes, the failure named
    const boom = run.of('s3-boom.txt');
    assert.deepEqual(boom.map((r) => r.status).sort(), ['stored', 'warning']);
    const warning = boom.find((r) => r.status === 'warning') as { reason: string };
    assert.match(warning.reason, /^events failed, stored without it: internal error: fault injected/);
    const stored = boom.find((r) => r.status === 'stored') as { id: string };
    const ann = getAnnotations(store, stored.id)!;
    assert.deepEqual(ann.failed?.map((f) => f.stage), ['events']);
    assert.equal(ann.events.length, 0);
    assert.ok(ann.entities.length > 0 && ann.quotes.length > 0);
    // a text whose cleaning failed is stored whole, with that said; a page whose cleaning failed has no
    // main text and is refused, with the true reason (never "no main text found")
    assert.match((run.of('s6-crumble.txt').find((r) => r.status === 'warning') as { reason: string }).reason, /^clean failed, stored without it/);
    const page = run.of('s7-crumble.html');
    assert.equal(page.length, 1);
    assert.equal(page[0].status, 'failed');
    assert.match((page[0] as { reason: string }).reason, /could not extract the main text \(clean: internal error: fault injected/);
    assert.equal(run.summary.incomplete, 2);
    store.close();
  });
}

test('the command stores the rest, names the file and the stage, and exits with 1', () => {
  const dir = folder();
  const db = path.join(tempDir(), 'x.db');
  process.env.ATTACHE_FAULTS = 'events:boom';
  try {
    const r = cli(['ingest', '-q', '--jobs', '2', '--db', db, dir]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /warning: \S*s3-boom\.txt: events failed, stored without it/);
    assert.match(r.stderr, /stored 13 .*stored incomplete 1/);
  } finally {
    delete process.env.ATTACHE_FAULTS;
  }
});

test('a document that spends its time budget keeps its main text; the layer that ran out is named', () => {
  const doc = cleanDocument(rawText('long.txt', story('Savannakhet').repeat(50)));
  const ann = annotate(doc, { entities: true, events: true, quotes: true }, 0);
  assert.ok(doc.main.text.length > 1000);
  assert.ok(ann.failed?.length, 'a zero budget runs out');
  assert.match(ann.failed![0].message, /time budget/);
  // the layers after it are not started, and say so
  assert.ok(ann.failed!.slice(1).every((f) => /not run/.test(f.message)));
});

test('the budget covers cleaning too: a text without time to clean is stored whole, the stage named; a page is refused with that reason', () => {
  const text = withBudget(0, () => processDocument(rawText('long.txt', story('Savannakhet').repeat(50)), { entities: true, events: true, quotes: true }));
  assert.equal(text.failed[0].stage, 'clean');
  assert.match(text.failed[0].message, /ran past its time budget/);
  assert.match(text.doc.main.text, /agreed to reopen the river port/);
  // nothing is annotated once the budget is gone, and each layer says why
  assert.ok(text.failed.slice(1).length && text.failed.slice(1).every((f) => /not run|time budget/.test(f.message)));
  const page = withBudget(0, () => processDocument(rawText('p.html', `<html><body><article><p>${story('Pakse').replace(/\n/g, ' ')}</p></article></body></html>`), null));
  assert.equal(page.doc.main.text, '');
  assert.match(page.failed.map((f) => `${f.stage}: ${f.message}`).join('; '), /clean: main text: ran past its time budget/);
});

test('a page run together on one line, chrome and all, is stored with its text, not refused as having none', () => {
  // (a chrome word or a layout gap marks a short line as debris; a whole page on one line holds both)
  const page = `Home        Contact        상세보기 ${story('Pakse').replace(/\n+/g, ' ').repeat(8)}`;
  const p = processDocument(rawText('one-line.txt', page), null);
  assert.deepEqual(p.failed, []);
  assert.match(p.doc.main.text, /agreed to reopen the river port/);
  assert.ok(!p.doc.warnings.some((w) => /no main text/.test(w.message)));
  // a short line of chrome is still debris
  const chrome = processDocument(rawText('chrome.txt', `Home        Contact\n\n${story('Pakse')}`), null);
  assert.ok(!chrome.doc.main.text.includes('Contact'));
});

test('a text cut in the middle of a character is stored with a warning; bad sequences are named at their byte', async () => {
  const text = 'Gespräche in Wien\n\nDie Außenministerin traf ihren Amtskollegen in Wien. Über die Grenze wurde lange gesprochen.\n\nDie Kosten liegen bei 40 Millionen €';
  const whole = Buffer.from(text, 'utf8');
  const dir = writeFiles(tempDir(), {
    'cut.txt': whole.subarray(0, whole.length - 1),
    'surrogate.txt': Buffer.concat([Buffer.from('Über die Lage an der Grenze. ', 'utf8'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' Größere Fragen blieben offen, sagte sie.', 'utf8')]),
    'overlong.txt': Buffer.concat([Buffer.from('Über die Lage an der Grenze. ', 'utf8'), Buffer.from([0xe0, 0x80, 0x80]), Buffer.from(' Größere Fragen blieben offen, sagte sie.', 'utf8')]),
  });
  const store = openStore(':memory:');
  const run = await ingest(store, [dir]);
  const cut = run.of('cut.txt');
  assert.deepEqual(cut.map((r) => r.status), ['warning', 'stored']);
  assert.match((cut[0] as { reason: string }).reason, /cut in the middle of a character at byte 151/);
  const at = Buffer.byteLength('Über die Lage an der Grenze. ');
  for (const name of ['surrogate.txt', 'overlong.txt']) {
    const [r] = run.of(name);
    assert.equal(r.status, 'failed');
    assert.match((r as { reason: string }).reason, new RegExp(`invalid UTF-8 at byte ${at}\\b`));
  }
  store.close();
});
