// npm run golden            — show how the golden corpus's output differs from test/golden/expected.json
// npm run golden -- --update — accept the current output as expected (after reviewing the diff)
// It also grades the run against the hand-made reference (reference.json) with ../shared/tools/score.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHARED } from '../paths.js';
import { CORPUS, EXPECTED, GOLDEN_DIR, runGolden } from './run.js';

const update = process.argv.includes('--update');
const { exp, digest } = await runGolden();
const expected = fs.existsSync(EXPECTED) ? (JSON.parse(fs.readFileSync(EXPECTED, 'utf8')) as typeof digest) : {};
let changed = 0;
for (const name of new Set([...Object.keys(expected), ...Object.keys(digest)])) {
  const was = expected[name] as unknown as Record<string, unknown> | undefined;
  const now = digest[name] as unknown as Record<string, unknown> | undefined;
  for (const field of new Set([...Object.keys(was ?? {}), ...Object.keys(now ?? {})])) {
    const a = JSON.stringify(was?.[field] ?? null), b = JSON.stringify(now?.[field] ?? null);
    if (a === b) continue;
    changed++;
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : [JSON.stringify(v)]);
    const before = new Set(list(was?.[field])), after = new Set(list(now?.[field]));
    console.log(`${name} ${field}:`);
    for (const x of before) if (!after.has(x)) console.log(`  - ${x}`);
    for (const x of after) if (!before.has(x)) console.log(`  + ${x}`);
  }
}
console.log(changed ? `${changed} field(s) differ from ${path.relative(process.cwd(), EXPECTED)}` : 'golden output unchanged');

const scorer = path.join(SHARED, 'tools', 'score');
if (fs.existsSync(scorer)) {
  const tmp = path.join(os.tmpdir(), `attache-golden-${process.pid}.json`);
  fs.writeFileSync(tmp, JSON.stringify(exp));
  const out = execFileSync(process.execPath, [scorer, tmp, path.join(GOLDEN_DIR, 'reference.json'), CORPUS], { encoding: 'utf8' });
  console.log('against reference.json: ' + out.trim().split('\n').pop());
  fs.rmSync(tmp);
}
if (update) {
  fs.writeFileSync(EXPECTED, JSON.stringify(digest, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), EXPECTED)}`);
}
