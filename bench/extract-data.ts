// Where the shared article-extraction benchmark lives, for the extraction benchmarks: exits with
// one line when it is not there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ATTACHE_SHARED ?? path.resolve(repo, '..', 'shared');
export const htmlDir = path.join(shared, 'bench', 'article-extraction', 'html');
export const scorer = path.join(shared, 'tools', 'score-extraction');

if (!fs.existsSync(htmlDir) || !fs.existsSync(scorer)) {
  console.error(`benchmark data not found: expected ${htmlDir} and ${scorer} (set ATTACHE_SHARED to the shared folder)`);
  process.exit(1);
}
