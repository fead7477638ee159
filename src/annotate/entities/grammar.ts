// Person-name runs: capitalised words (with hyphenated parts, particles and initials) that no
// lexicon claims and that the part-of-speech tagger does not call a verb, pronoun or the like.
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS } from '../../lexicons/names.js';
import type { Segment } from './segments.js';

const NOT_NAME = new Set(NOT_NAME_WORDS);
const CALENDAR = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const PARTICLE = new Set(NAME_PARTICLES);
const HONORIFIC = new Set(HONORIFICS.map((h) => h.replace(/\.$/, '')));
const BAD_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'ADV', 'PUNCT', 'SYM', 'INTJ']);

export interface NameRun {
  start: number;
  end: number;
  /** Token index where each name part starts. */
  parts: number[];
  text: string;
}

/** End (exclusive) of one name part starting at token i, or -1. `first` applies the calendar check. */
function partEnd(seg: Segment, i: number, blocked: Uint8Array, first: boolean): number {
  const t = seg.toks[i];
  if (!t || !t.isWord || !t.cap || blocked[i]) return -1;
  if (t.upper && t.value.length > 1) return -1;
  if (NOT_NAME.has(t.lower) || (first && CALENDAR.test(t.lower)) || /\d/.test(t.value)) return -1;
  if (BAD_POS.has(seg.pos[i] ?? '')) return -1;
  if (HONORIFIC.has(t.value)) return -1;
  let j = i + 1;
  // single-letter initial "J."
  if (t.value.length === 1) return seg.toks[j]?.value === '.' && seg.toks[j].space === 0 ? j + 1 : -1;
  // hyphenated and apostrophe parts: Eui-yong, Al-Assad, O’Brien
  while (seg.toks[j] && seg.toks[j].space === 0 && (seg.toks[j].value === '-' || seg.toks[j].value === '’' || seg.toks[j].value === "'")) {
    const n = seg.toks[j + 1];
    if (!n || n.space > 0 || !n.isWord || !/^\p{L}/u.test(n.value)) break;
    if (seg.toks[j].value !== '-' && (n.lower === 's' || !n.cap)) break; // a possessive, not O’Brien
    j += 2;
  }
  return j;
}

/** The name run starting at token i (up to four parts), or null. */
export function nameAt(seg: Segment, i: number, blocked: Uint8Array): NameRun | null {
  const e0 = partEnd(seg, i, blocked, true);
  if (e0 < 0) return null;
  const parts = [i];
  let end = e0;
  while (parts.length < 4) {
    const t = seg.toks[end];
    if (!t || t.nl || t.space === 0) break;
    let k = end;
    if (PARTICLE.has(t.lower) && !t.cap) {
      k = end + 1;
      if (!seg.toks[k] || seg.toks[k].space === 0) break;
    }
    const e = partEnd(seg, k, blocked, false);
    if (e < 0) break;
    parts.push(k);
    end = e;
  }
  return { start: i, end, parts, text: seg.text.slice(seg.toks[i].start, seg.toks[end - 1].end) };
}

export function isHonorific(seg: Segment, i: number): boolean {
  const t = seg.toks[i];
  return !!t && HONORIFIC.has(t.value);
}
