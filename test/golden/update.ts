// npm run golden            — show how the golden documents' output differs from what each folder's
//                             expected.json (and cross-document.json for links between documents) says
// npm run golden -- --update — accept the current output as expected (after reviewing the diff)
// It also grades the run against the hand-made references (each folder's reference.json with the
// cross-document ones) with ../shared/tools/score.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHARED } from '../paths.js';
import { assembleReference, expectedDigest, goldenDocs, writeExpected } from './docs.js';
import { runGolden } from './run.js';

const update = process.argv.includes('--update');
const { exp, digest } = await runGolden();
const expected = expectedDigest();
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
console.log(changed ? `${changed} field(s) differ from the expected output` : 'golden output unchanged');

const scorer = path.join(SHARED, 'tools', 'score');
if (fs.existsSync(scorer)) {
  // the scorer reads the references as one file and the originals from one folder, by document name
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-golden-score-'));
  const corpus = path.join(tmp, 'corpus');
  fs.mkdirSync(corpus);
  for (const d of goldenDocs()) fs.symlinkSync(d.source, path.join(corpus, d.name));
  fs.writeFileSync(path.join(tmp, 'export.json'), JSON.stringify(exp));
  fs.writeFileSync(path.join(tmp, 'reference.json'), JSON.stringify(assembleReference()));
  const out = execFileSync(process.execPath, [scorer, path.join(tmp, 'export.json'), path.join(tmp, 'reference.json'), corpus], { encoding: 'utf8' });
  console.log('against the references: ' + out.trim().split('\n').pop());
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (update) {
  writeExpected(digest);
  console.log('wrote each folder\'s expected.json and the links in cross-document.json');
}
