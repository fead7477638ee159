// Word-level differences between a quote and the passage it is checked against (LCS over words),
// so the page can mark what the report added, dropped or changed.

export interface DiffPart {
  text: string;
  /** same: in both; added: only in the quote; dropped: only in the passage. */
  op: 'same' | 'added' | 'dropped';
}

const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Quadratic in words: callers pass a quote and one passage, each a sentence or a few. */
export function wordDiff(quote: string, passage: string, maxWords = 400): DiffPart[] {
  const a = quote.split(/\s+/).filter(Boolean).slice(0, maxWords);
  const b = passage.split(/\s+/).filter(Boolean).slice(0, maxWords);
  const an = a.map(norm);
  const bn = b.map(norm);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = an[i] === bn[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: DiffPart[] = [];
  const push = (text: string, op: DiffPart['op']) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ' ' + text;
    else parts.push({ text, op });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && an[i] === bn[j]) push(b[j++], 'same'), i++;
    else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) push(b[j++], 'dropped');
    else push(a[i++], 'added');
  }
  return parts;
}
