// Cost per document by shape (#18): each hostile shape (long tokens, capital runs, nesting, one
// line, no spaces, quote storms) built around a short story at a size N and 4N, cleaned and annotated
// as ingest does, timed in CPU. Prints ms, ms per MB, the 4N/N ratio (about 4 is linear, 16 quadratic)
// and the slowest stage at 4N. The budget is off, so what is measured is the work itself.
//   npm run bench:cost [-- --size 25000 --only long-token]
import { parseArgs } from 'node:util';

process.env.ATTACHE_STAGE_TIMES = '1';
process.env.ATTACHE_BUDGET_MS ??= String(1e9);
const { values } = parseArgs({ options: { size: { type: 'string', default: '25000' }, only: { type: 'string', default: '' } } });
const { processDocument } = await import('../src/ingest/process.js');
const { readDocuments } = await import('../src/ingest/read.js');
const { takeStageTimes } = await import('../src/stage-times.js');

const STORY =
  'The foreign ministers of Chile and Peru met in Lima on Friday and agreed to open talks on fisheries. ' +
  '"We have a common sea," Foreign Minister Ana Rojas said after the meeting.\n\n';

/** A shape of about `n` characters, as a file name (its extension chooses text or HTML) and its text. */
type Shape = (n: number) => [string, string];
const token = (unit: string): Shape => (n) => ['t.txt', `${STORY}${unit.repeat(Math.ceil(n / unit.length))} ${STORY}`];
const words = (list: string[]): Shape => (n) => {
  const out: string[] = [];
  for (let k = 0, len = 0; len < n; k++) len += (out[out.length] = list[(k * 7) % list.length]).length + 1;
  return ['t.txt', `${STORY}${out.join(' ')}\n\n${STORY}`];
};
const SHAPES: Record<string, Shape> = {
  'long-token x': token('x'),
  'long-token A': token('A'),
  'long-token -': token('-'),
  'long-token .': token('.'),
  'long-token 9': token('9'),
  'long-token é': token('é'),
  'long-token 한': token('한'),
  'long-token @': token('@'),
  'long-token a@b.': token('a@b.'),
  'long-token http': token('http://'),
  'capital-run': words(['Minister', 'President', 'Kim', 'Lee', 'Foreign', 'Ministry', 'Republic', 'Korea', 'United', 'Nations', 'Mr', 'Jr.', 'of', 'the']),
  'capital-run bare': words(['Kim', 'Lee', 'Park', 'Moon', 'Yoon', 'Choi']),
  'one line': (n) => ['t.txt', STORY.replace(/\n/g, ' ').repeat(Math.ceil(n / STORY.length))],
  'no spaces': (n) => ['t.txt', `${STORY}${STORY.replace(/\s+/g, '').repeat(Math.ceil(n / STORY.length))}\n\n${STORY}`],
  'no sentence end': words(['the', 'minister', 'of', 'Laos', 'met', 'the', 'Thai', 'envoy', 'in', 'Vientiane', 'and', 'talked']),
  'quote storm “Yes”': token('“Yes” he said, “'),
  'quote storm "No,"': token('"No," she said. "'),
  'quote storm “': token('“'),
  'quote storm "': token('"'),
  "quote storm '": token("'"),
  'quote storm ‘Well’': token('‘Well’ '),
  'quote storm «Oui»': token('«Oui» dit-il, «'),
  'quote storm “Qk”': token('“Qk” he said. '),
  'nest text <div>': token('<div>'),
  'nest html <div>': (n) => ['t.html', `<html><body>${'<div>'.repeat(n / 5)}<p>${STORY}</p>${'</div>'.repeat(n / 5)}</body></html>`],
  'nest html <b> unclosed': (n) => ['t.html', `<html><body><p>${STORY}</p>${'<b>'.repeat(n / 3)}<p>${STORY}</p></body></html>`],
  'nest html <table>': (n) => ['t.html', `<html><body>${'<table><tr><td>'.repeat(n / 15)}<p>${STORY}</p></body></html>`],
  'html one paragraph': (n) => ['t.html', `<html><body><article><p>${STORY.replace(/\n/g, ' ').repeat(Math.ceil(n / STORY.length))}</p></article></body></html>`],
  'markdown links': token('[a](http://x.org/a) '),
  'markdown emphasis': token('*_'),
  'references &amp;': token('&amp;'),
  'front matter long': (n) => ['t.md', `---\ntitle: "${'A '.repeat(n / 2)}"\ndate: 2024-05-04\n---\n${STORY}`],
  'lines of capitals': (n) => ['t.txt', `${STORY}${'MINISTER FOR FOREIGN AFFAIRS\n'.repeat(Math.ceil(n / 29))}${STORY}`],
  'speaker labels': (n) => ['t.txt', `${STORY}${'MR KIM: Yes.\n\n'.repeat(Math.ceil(n / 14))}${STORY}`],
};

/** CPU milliseconds to clean and annotate the text as the file `name`, and the stage that took longest. */
function cost(name: string, text: string): { ms: number; stage: string; failed: string } {
  const read = readDocuments({ source: name, sourceName: name, bytes: Buffer.from(text) }, { maxBytes: 64 << 20, hints: {}, stdin: () => Buffer.alloc(0) });
  takeStageTimes();
  const t0 = process.cpuUsage();
  const out = read.docs.map((raw) => processDocument(raw, { entities: true, events: true, quotes: true }));
  const t = process.cpuUsage(t0);
  const stages = Object.entries(takeStageTimes()).sort((a, b) => b[1] - a[1]);
  const failed = out.flatMap((p) => p.failed.map((f) => `${f.stage}: ${f.message}`)).join('; ');
  return { ms: (t.user + t.system) / 1000, stage: stages[0] ? `${stages[0][0]} ${stages[0][1].toFixed(0)} ms` : '-', failed };
}

const n = Number(values.size);
cost('warm.txt', STORY.repeat(20));
console.log(`shape (N = ${n} characters)`.padEnd(28), 'ms N'.padStart(8), 'ms 4N'.padStart(8), 'ms/MB'.padStart(8), 'ratio'.padStart(6), '  slowest stage at 4N');
let worst = { shape: '-', perMb: 0 };
for (const [shape, make] of Object.entries(SHAPES)) {
  if (values.only && !shape.includes(values.only)) continue;
  const [file, small] = make(n);
  const [, large] = make(4 * n);
  const a = cost(file, small);
  const b = cost(file, large);
  const perMb = (b.ms * 1024 * 1024) / Buffer.byteLength(large);
  if (perMb > worst.perMb) worst = { shape, perMb };
  console.log(shape.padEnd(28), a.ms.toFixed(0).padStart(8), b.ms.toFixed(0).padStart(8), perMb.toFixed(0).padStart(8), (b.ms / Math.max(a.ms, 1)).toFixed(1).padStart(6), ` ${b.stage}${b.failed ? ` (failed: ${b.failed})` : ''}`);
}
console.log(`costliest per MB: ${worst.shape}, ${worst.perMb.toFixed(0)} ms/MB`);
