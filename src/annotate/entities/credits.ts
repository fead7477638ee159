// A wire story's credit in its dateline ("SEOUL, March 16 (Yonhap) --", "BEIJING, April 9. /TASS/.")
// names who wrote the story, not anyone acting in it: no mention is made of it there.
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';

/** How far into its line a dateline's credit stands, in tokens. */
const DATELINE_TOKENS = 16;

export function withoutDatelineCredits(seg: Segment, hits: Hit[]): Hit[] {
  return hits.filter((h) => !(h.kind === 'org' && isCredit(seg, h)));
}

function isCredit(seg: Segment, h: Hit): boolean {
  const open = seg.toks[h.start - 1]?.value, close = seg.toks[h.end]?.value;
  if (!((open === '(' && close === ')') || (open === '/' && close === '/'))) return false;
  // a dash or the sentence going on after the credit: "(Yonhap) --", "/TASS/. Russian …"
  const after = seg.toks[h.end + 1]?.value ?? '';
  if (!/^[-—–.]$/.test(after)) return false;
  let lineStart = h.start - 1;
  while (lineStart > 0 && !seg.toks[lineStart].nl) lineStart--;
  return h.start - lineStart <= DATELINE_TOKENS;
}
