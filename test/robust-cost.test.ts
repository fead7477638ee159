// Cost per document grows linearly with the shapes that once made it explode (#18): a quote storm,
// a token of thousands of characters, a sentence without an end, nesting thousands deep. Each is
// timed at N and 4N (CPU time, the least of three runs, after a warm-up): linear work takes about 4
// times as long, quadratic 16; the bound is loose so a busy machine does not fail it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeContext } from '../src/annotate/context.js';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { annotateEvents } from '../src/annotate/events/index.js';
import { analyse } from '../src/annotate/nlp.js';
import { annotateQuotes } from '../src/annotate/quotes/index.js';
import { findQuotePieces } from '../src/annotate/quotes/marks.js';
import { cleanDocument } from '../src/clean/index.js';
import { extractHtml } from '../src/clean/html/extract.js';
import { isAuthorNote } from '../src/clean/text/furniture.js';
import { rawText } from './helpers/pipeline.js';
import { cleanDoc } from './helpers/events-fixture.js';

const STORY = 'The foreign ministers of Chile and Peru met in Lima on Friday and agreed to open talks on fisheries. ';

/** Milliseconds of CPU this process has used (waiting for a core on a busy machine is not counted). */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function fastest(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = cpu();
    run();
    best = Math.min(best, cpu() - t0);
  }
  return best;
}

/** The time at 4n over the time at n, each for the work `at(size)` makes. */
function growth(n: number, at: (size: number) => () => void): number {
  at(n)(); // warm-up
  const small = fastest(at(n));
  const large = fastest(at(4 * n));
  return large / Math.max(small, 1);
}

const LINEAR = 9;

test('quotes: a storm of “Yes” he said, “ costs linear time', () => {
  const ratio = growth(100, (n) => {
    const doc = cleanDoc('q', `${STORY}\n\nThe minister spoke. ${'“Yes” he said, “'.repeat(n)}\n\n${STORY}`);
    const ctx = makeContext(doc);
    const entities = annotateEntities(ctx);
    return () => annotateQuotes(ctx, entities);
  });
  assert.ok(ratio < LINEAR, `4x the storm took ${ratio.toFixed(1)}x the time`);
});

test('quotes: a run of opening marks that never close is read once, not once per mark', () => {
  const ratio = growth(20_000, (n) => () => findQuotePieces('“'.repeat(n)));
  assert.ok(ratio < LINEAR, `4x the marks took ${ratio.toFixed(1)}x the time`);
});

test('sentences and tokens: a token of thousands of characters costs linear time, and keeps its offsets', () => {
  const ratio = growth(5_000, (n) => () => analyse(`${STORY}${'x'.repeat(n)} ${STORY}`));
  assert.ok(ratio < LINEAR, `4x the token took ${ratio.toFixed(1)}x the time`);
  const text = `${STORY}${'x'.repeat(1000)}y ${STORY}`;
  for (const t of analyse(text).tokens) assert.equal(text.slice(t.start, t.end), t.value);
});

test('events: one sentence without an end costs linear time', () => {
  const clause = 'the minister of Laos met the Thai envoy in Vientiane and they talked about the river and trade and ';
  const ratio = growth(100_000, (n) => {
    const doc = cleanDoc('s', clause.repeat(Math.ceil(n / clause.length)).slice(0, n));
    const ctx = makeContext(doc);
    return () => annotateEvents(ctx, []);
  });
  assert.ok(ratio < LINEAR, `4x the sentence took ${ratio.toFixed(1)}x the time`);
});

test('HTML: nesting tens of thousands deep costs linear time, keeps its text, and says so', () => {
  const page = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>${STORY}</p><p>${STORY}</p>${'</div>'.repeat(n)}</body></html>`;
  const ratio = growth(2_500, (n) => () => extractHtml(page(n)));
  assert.ok(ratio < LINEAR, `4x the depth took ${ratio.toFixed(1)}x the time`);
  // (deep enough to overflow the stack of every recursive walk, and the parser's, once)
  const deep = extractHtml(page(30_000));
  assert.deepEqual(deep.failed, []);
  assert.match(deep.main.text, /agreed to open talks on fisheries/);
  assert.match(deep.warnings.join(' '), /nested more than 200 deep/);
});

test('quotes: a name stretched to a hundred thousand letters is read as damaged text, not compiled into a pattern', () => {
  // (found by the fuzz run: a long-token mutation of a news story made a name too large to be a regular expression)
  const name = `Kuzm${'é'.repeat(100_000)}`;
  const doc = cleanDoc('q', `${name} visits Tokyo\n\nMr ${name} met the Prime Minister of Japan in Tokyo on Friday. "We will meet again," the president said after the talks.\n`);
  const ctx = makeContext(doc);
  const { quotes } = annotateQuotes(ctx, annotateEntities(ctx));
  assert.deepEqual(quotes.map((q) => q.span.text), ['We will meet again']);
});

test('clean: a token of thousands of characters costs linear time (an address is looked for once per word, not from every character)', () => {
  // (found by the fuzz run: a 190 KB text with one long token took 45 s to clean)
  for (const unit of ['x', '<div>', 'a.b@']) {
    const ratio = growth(10_000, (n) => () => cleanDocument(rawText('t.txt', `${STORY}\n\n${unit.repeat(Math.ceil(n / unit.length))} ${STORY}`)));
    assert.ok(ratio < LINEAR, `4x the token of ${unit} took ${ratio.toFixed(1)}x the time`);
  }
  // the addresses themselves are still found
  assert.ok(isAuthorNote('Follow her on X or e-mail tips to (jane.roe@example.org).'));
  assert.ok(isAuthorNote('Contact the author: @janeroe'));
  assert.ok(!isAuthorNote(`Contact ${'x'.repeat(50_000)}`));
});

test('quotes: a transcript of thousands of turns is read in one pass over its turns and sentences', () => {
  const ratio = growth(2_500, (n) => {
    const doc = cleanDoc('t', `Remarks by Foreign Minister Ana Rojas\n\nMINISTER ROJAS: I am glad to be here. We have a common sea.\n\n${'MR KIM: Yes.\n\nMINISTER ROJAS: I agree, and we will talk again.\n\n'.repeat(n)}`);
    const ctx = makeContext(doc);
    const entities = annotateEntities(ctx);
    return () => annotateQuotes(ctx, entities);
  });
  assert.ok(ratio < LINEAR, `4x the turns took ${ratio.toFixed(1)}x the time`);
});

test('entities: a person named thousands of times, and referred to after each, costs linear time', () => {
  const ratio = growth(500, (n) => {
    const doc = cleanDoc('p', `${'Foreign Minister Ana Rojas of Chile met Peru\'s foreign minister in Lima. The minister said the talks went well. '.repeat(n)}`);
    const ctx = makeContext(doc);
    return () => annotateEntities(ctx);
  });
  assert.ok(ratio < LINEAR, `4x the mentions took ${ratio.toFixed(1)}x the time`);
});

test('HTML: a tag left open before a long token (a page cut short) costs linear time', () => {
  const page = (n: number) => `<html><head><title>Talks in Oslo</title></head><body><p>${STORY}</p><div${'x'.repeat(n)}`;
  const ratio = growth(20_000, (n) => () => extractHtml(page(n)));
  assert.ok(ratio < LINEAR, `4x the token took ${ratio.toFixed(1)}x the time`);
});
