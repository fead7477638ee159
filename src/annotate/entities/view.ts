// A segment's scan indexed for the person grammar, and the small readers of what stands around a
// title or a name: a country before it ("Russian", "Korea’s"), "of <country>", "of <organisation>".
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';
import { possessiveAt } from './tokens.js';

/** What a segment's scan found, indexed for the person grammar. */
export interface SegmentView {
  seg: Segment;
  hits: Hit[];
  hitAt: Map<number, Hit>;
  /** The hit covering each token, if any. */
  hitOver: (Hit | undefined)[];
  /** Tokens no name may use (lexicon hits, mentions made). */
  blocked: Uint8Array;
}

export function viewOf(seg: Segment, hits: Hit[]): SegmentView {
  const hitAt = new Map<number, Hit>();
  const hitOver: (Hit | undefined)[] = new Array(seg.toks.length);
  const blocked = new Uint8Array(seg.toks.length);
  for (const h of hits) {
    hitAt.set(h.start, h);
    for (let k = h.start; k < h.end; k++) hitOver[k] = h;
    blocked.fill(1, h.start, h.end);
  }
  return { seg, hits, hitAt, hitOver, blocked };
}

export function codeOf(h: Hit | undefined): string | null {
  if (h?.entry?.kind === 'org') return h.entry.org.country ?? null;
  return h?.entry && 'code' in h.entry ? h.entry.code : null;
}

export function wordsAt(seg: Segment, i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (seg.toks[i + k]?.lower !== words[k]) return false;
  return true;
}

/** A country named just before token i: "Russian ___", "Korea’s ___", "ROK ___". */
export function countryBefore(v: SegmentView, i: number): { code: string; start: number } | null {
  const prev = v.hitOver[i - 1];
  // "Russian ___", "ROK ___", "Kremlin spokesman ___" (an organisation of one state)
  if (prev && prev.end === i && (prev.kind === 'demonym' || prev.kind === 'country' || prev.kind === 'org')) {
    const code = codeOf(prev);
    return code ? { code, start: prev.start } : null;
  }
  // "Korea’s ___": the possessive is two tokens (’ s)
  const poss = v.hitOver[i - 3];
  if (poss && poss.end === i - 2 && possessiveAt(v.seg.toks, i - 2) && (poss.kind === 'country' || poss.kind === 'capital')) {
    const code = codeOf(poss);
    return code ? { code, start: poss.start } : null;
  }
  return null;
}

/** "of (the) Russia", "of the Republic of Korea" at token i: the country and where it ends. */
export function countryAfterOf(v: SegmentView, i: number, word = 'of'): { code: string; end: number } | null {
  if (v.seg.toks[i]?.lower !== word) return null;
  let k = i + 1;
  if (v.seg.toks[k]?.lower === 'the') k++;
  const h = v.hitAt.get(k);
  if (!h || (h.kind !== 'country' && h.kind !== 'capital')) return null;
  const code = codeOf(h);
  return code ? { code, end: h.end } : null;
}

/** "U.N. Secretary-General": an organisation of no one state right before token i. */
export function intlOrgBefore(v: SegmentView, i: number): boolean {
  const prev = v.hitOver[i - 1];
  return !!prev && prev.end === i && prev.kind === 'org' && !codeOf(prev);
}

/** "of the World Trade Organization" at token i: where it ends and the organisation's state. */
export function orgAfterOf(v: SegmentView, i: number, word = 'of'): { code: string | null; end: number } | null {
  if (v.seg.toks[i]?.lower !== word) return null;
  let k = i + 1;
  if (v.seg.toks[k]?.lower === 'the') k++;
  const h = v.hitAt.get(k);
  return h && h.kind === 'org' ? { code: codeOf(h), end: h.end } : null;
}

