// Names written in capitals where a transcript or a release writes them so: speaker labels
// ("PRIME MINISTER BROWN:", "SECRETARY BLINKEN:", "DR MALKI:", "JANE DOE (THE DAILY NEWS):") and
// headings that end in a titled name ("JOINT PRESS CONFERENCE WITH PALESTINIAN FOREIGN MINISTER
// RIAD MALKI"). Ordinary name grammar reads capitals as acronyms; these lines say otherwise.
import { HONORIFICS } from '../../lexicons/en/names.js';
import { STOPWORDS } from '../../lexicons/en/stopwords.js';
import type { Segment } from './segments.js';
import type { Hit } from './scan.js';

export interface CapsName {
  /** Token range of the whole label or titled name ("PRIME MINISTER BROWN"). */
  start: number;
  end: number;
  /** Where the name itself starts (after the state, the title and honorifics). */
  nameStart: number;
  /** Words of the name, written as a name ("Brown", "Jason Koutsoukis"). */
  words: string[];
  title: Hit | null;
  state: Hit | null;
}

const HONORIFIC = new Set(HONORIFICS.map((h) => h.replace(/\.$/, '').toLowerCase()));
const STOP = new Set(STOPWORDS);

const capsWord = (seg: Segment, i: number) => {
  const t = seg.toks[i];
  return !!t && t.isWord && (t.upper || (t.value.length === 1 && /\p{Lu}/u.test(t.value)));
};
const asName = (w: string) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

/** The capitals tokens [from, to) read as: [state] [title] [honorifics] name words; null when some word is not a name's. */
function readCaps(seg: Segment, hitAt: Map<number, Hit>, from: number, to: number): CapsName | null {
  let k = from;
  let state: Hit | null = null;
  let title: Hit | null = null;
  const h0 = hitAt.get(k);
  if (h0 && (h0.kind === 'demonym' || h0.kind === 'country') && h0.end < to) {
    state = h0;
    k = h0.end;
  }
  const h1 = hitAt.get(k);
  if (h1?.kind === 'title' && h1.entry?.kind === 'title' && h1.end < to) {
    title = h1;
    k = h1.end;
  }
  let honorific = false;
  while (k < to && HONORIFIC.has(seg.toks[k].lower)) {
    honorific = true;
    k++;
    if (seg.toks[k]?.value === '.') k++;
  }
  const words: string[] = [];
  for (let i = k; i < to; i++) {
    const t = seg.toks[i];
    if (t.value === '.' && words.length) continue; // an initial's period
    if (!t.isWord || STOP.has(t.lower) || hitAt.has(i) || /\d/.test(t.value)) return null;
    words.push(asName(t.value));
  }
  // one word is a name only after a title or an honorific ("PRESIDENT BIDEN", "DR MALKI"); "MODERATOR" is none
  if (!words.length || words.length > 4 || (words.length === 1 && !title && !honorific)) return null;
  return { start: from, end: to, nameStart: k, words, title, state };
}

/**
 * Speaker labels opening a line in capitals, before a colon (an outlet in brackets may come between:
 * "JANE DOE (DAILY NEWS):"), and titled names closing a line written all in capitals.
 */
export function capsNames(seg: Segment, hitAt: Map<number, Hit>): CapsName[] {
  const toks = seg.toks;
  const out: CapsName[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && !toks[i].nl) continue;
    let j = i;
    while (j < toks.length && j - i < 10 && (j === i || !toks[j].nl) && (capsWord(seg, j) || (toks[j].value === '.' && toks[j].space === 0))) j++;
    if (j === i) continue;
    let k = j;
    if (toks[k]?.value === '(' && !toks[k].nl) {
      while (k < toks.length && k - j < 8 && !toks[k].nl && toks[k].value !== ')') k++;
      if (toks[k]?.value === ')') k++;
    }
    if (toks[k]?.value === ':' && !toks[k].nl) {
      const label = readCaps(seg, hitAt, i, j);
      if (label) out.push(label);
      continue;
    }
    // a heading in capitals: a titled name at its end
    if (j - i >= 3 && (j === toks.length || toks[j].nl)) {
      for (let s = i; s < j; s++) {
        const h = hitAt.get(s);
        if (h?.kind !== 'title' || h.end >= j) continue;
        let from = s;
        for (let b = s - 1; b >= i && from === s; b--) {
          const before = hitAt.get(b);
          if (before?.end === s && (before.kind === 'demonym' || before.kind === 'country')) from = b;
        }
        const named = readCaps(seg, hitAt, from, j);
        if (named?.title && named.words.length >= 2) out.push(named);
        break;
      }
    }
  }
  return out;
}
