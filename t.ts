import { splitLines, joinWrappedLines, wrapWidth } from './src/clean/text/lines.ts';
import { readFrontMatter } from './src/clean/text/front-matter.ts';
import fs from 'node:fs';
for (const f of process.argv.slice(2)) {
  const s = fs.readFileSync(f,'utf8');
  const from = readFrontMatter(s)?.range.end ?? 0;
  const lines = splitLines(s).map(l => l.start < from ? { ...l, end: l.start, text: '' } : l);
  const j = joinWrappedLines(s, lines);
  console.log(f, wrapWidth(s, lines));
  for (const l of j) if (l.text) console.log('  |', JSON.stringify(l.text.slice(0, 100)), l.text.length);
}
