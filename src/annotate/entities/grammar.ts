// Person-name runs: capitalised words (with hyphenated parts, particles and initials) that no
// lexicon claims and that the part-of-speech tagger does not call a verb, pronoun or the like.
import { CALENDAR_WORDS, MONTHS } from '../../lexicons/en/date-words.js';
import { GIVEN_NAMES, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_HEADS, NOT_NAME_WORDS, SURNAME_FIRST } from '../../lexicons/en/names.js';
import { ORG_HEADS } from '../../lexicons/en/organizations.js';
import { PLACE_HEADS } from '../../lexicons/en/places.js';
import { nationalPlurals } from './nationals.js';
import type { Segment } from './segments.js';

// (nor is a plural of a state's people: "Americans Paul Whelan and …")
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...nationalPlurals().map((w) => w.toLowerCase())]);
const MONTH = new Set(MONTHS);
const GIVEN = new Set(GIVEN_NAMES);
const PARTICLE = new Set(NAME_PARTICLES);
const SURNAME_FIRST_SET = new Set(SURNAME_FIRST);
const SUFFIX = new Set(NAME_SUFFIXES.map((x) => x.replace(/\.$/, '')));
const HONORIFIC = new Set(HONORIFICS.map((h) => h.replace(/\.$/, '')));
const NOT_HEAD = new Set([...NOT_NAME_HEADS, ...ORG_HEADS.map((w) => w.toLowerCase()), ...PLACE_HEADS.map((w) => w.toLowerCase())]);
// Function words are never names; a capitalised verb or adverb is one only inside a sentence
// (the tagger calls "Cook" in "CEO Tim Cook" a verb, and "Noting" opens a sentence).
const BAD_POS = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ']);
const OPENING_POS = new Set(['VERB', 'AUX', 'ADV']);
const OPENERS = new Set(['.', '!', '?', ':', ';', '“', '"', '‘', '(', '—', '–', '•']);

function opensSentence(seg: Segment, i: number): boolean {
  const prev = seg.toks[i - 1];
  return !prev || seg.toks[i].nl || OPENERS.has(prev.value) || seg.sentence[i - 1] !== seg.sentence[i];
}

export interface NameRun {
  start: number;
  end: number;
  /** Token index where each name part starts. */
  parts: number[];
  text: string;
}

/**
 * End (exclusive) of one name part starting at token i, or -1. `first` applies the calendar check;
 * `surname`: the slot after a given name and an initial ("Jeffrey J. Hall"), where a word that
 * ends names of things ("Hall", "Park") is a surname.
 */
function partEnd(seg: Segment, i: number, blocked: Uint8Array, first: boolean, surname = false): number {
  const t = seg.toks[i];
  if (!t || !t.isWord || !t.cap || blocked[i]) return -1;
  // an initial "J." (before the word checks: "A." is no article)
  if (t.value.length === 1) return seg.toks[i + 1]?.value === '.' && seg.toks[i + 1].space === 0 ? i + 2 : -1;
  // "KAMIKAWA Yoko", "Mr. KIHARA Minoru": a surname in capitals before a given name (Japanese style);
  // other words in capitals are acronyms
  if (t.upper && !(t.value.length >= 3 && seg.toks[i + 1]?.cap && !seg.toks[i + 1].upper && seg.toks[i + 1].space > 0 && !seg.toks[i + 1].nl)) return -1;
  // ("Theresa May": a month after a given name, with no day after it, is a surname)
  const surnameMonth = !first && MONTH.has(t.lower) && !/^\d/.test(seg.toks[i + 1]?.value ?? '');
  if ((NOT_NAME.has(t.lower) && !surnameMonth) || (first && CALENDAR_WORDS.has(t.lower)) || /\d/.test(t.value)) return -1;
  const pos = seg.pos[i] ?? '';
  if (BAD_POS.has(pos) || (first && OPENING_POS.has(pos) && opensSentence(seg, i))) return -1;
  // "Park Jin", "Song Min-soon": an East Asian surname that is also a word for a thing may open a name
  if (NOT_HEAD.has(t.lower) && !(first && SURNAME_FIRST_SET.has(t.lower)) && !surname) return -1;
  if (HONORIFIC.has(t.value)) return -1;
  // "Jr", "III" end a name, they never start one
  if (first && SUFFIX.has(t.value)) return -1;
  let j = i + 1;
  // hyphenated and apostrophe parts: Eui-yong, Al-Assad, O’Brien
  while (seg.toks[j] && seg.toks[j].space === 0 && (seg.toks[j].value === '-' || seg.toks[j].value === '’' || seg.toks[j].value === "'")) {
    const n = seg.toks[j + 1];
    if (!n || n.space > 0 || !n.isWord || !/^\p{L}/u.test(n.value)) break;
    if (seg.toks[j].value !== '-' && (n.lower === 's' || !n.cap)) break; // a possessive, not O’Brien
    j += 2;
  }
  // "Mr. Pre- —": a word broken off by the speaker or the page is no name
  if (seg.toks[j]?.value === '-' && seg.toks[j].space === 0 && !(seg.toks[j + 1]?.space === 0 && seg.toks[j + 1].isWord)) return -1;
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
    // "el-Sisi", "al-Assad": a particle joined to the name
    const dash = seg.toks[end + 1], joined = seg.toks[end + 2];
    if (PARTICLE.has(t.lower) && !t.cap && dash?.value === '-' && dash.space === 0 && joined?.space === 0 && joined.cap) {
      const e = partEnd(seg, end + 2, blocked, false);
      if (e < 0) break;
      parts.push(end);
      end = e;
      continue;
    }
    if (PARTICLE.has(t.lower) && !t.cap) {
      k = end + 1;
      // "von der Leyen", "de la Fuente": two particles in a row
      if (seg.toks[k] && PARTICLE.has(seg.toks[k].lower) && !seg.toks[k].cap && seg.toks[k].space > 0) k++;
      if (!seg.toks[k] || seg.toks[k].space === 0) break;
    }
    // "Jeffrey J Hall": an initial without its period, between a known given name and a surname
    const bare = seg.toks[k];
    if (parts.length === 1 && bare?.isWord && /^\p{Lu}$/u.test(bare.value) && GIVEN.has(seg.toks[i].lower) && seg.toks[k + 1]?.space && !seg.toks[k + 1].nl && partEnd(seg, k + 1, blocked, false, true) > 0 && !blocked[k]) {
      parts.push(k);
      end = k + 1;
      continue;
    }
    const afterInitial = parts.length === 2 && GIVEN.has(seg.toks[i].lower) && /^\p{Lu}$/u.test(seg.toks[parts[1]].value);
    const e = partEnd(seg, k, blocked, false, afterInitial);
    if (e < 0) break;
    parts.push(k);
    end = e;
  }
  // "Gilberto Teodoro Jr.": a suffix keeps its period
  if (parts.length > 1 && SUFFIX.has(seg.toks[end - 1].value) && seg.toks[end]?.value === '.' && seg.toks[end].space === 0) end++;
  // "Joseph R. Biden, Jr.": the suffix after a comma belongs to the name
  const comma = seg.toks[end], suffix = seg.toks[end + 1];
  if (comma?.value === ',' && comma.space === 0 && suffix && suffix.space > 0 && !suffix.nl && SUFFIX.has(suffix.value)) {
    end += 2;
    if (seg.toks[end]?.value === '.' && seg.toks[end].space === 0) end++;
  }
  // "Kotak Institutional Equities", "Premier Solution Partner": a run that goes on into a word for
  // a thing is part of that thing's name
  const after = seg.toks[end];
  if (after && after.cap && after.space > 0 && !after.nl && NOT_HEAD.has(after.lower)) return null;
  return { start: i, end, parts, text: seg.text.slice(seg.toks[i].start, seg.toks[end - 1].end) };
}

/** Where an honorific before the name at token i starts ("Mr Lavrov", "Ms. Wong"), or -1. */
export function honorificBefore(seg: Segment, i: number): number {
  let at = -1;
  // "H.E. Mr. Enrique A. Manalo": honorifics in a chain, each maybe with its period
  for (let k = i - 1; k >= 0 && k >= i - 6; ) {
    if (seg.toks[k]?.value === '.' && seg.toks[k].space === 0) k--;
    const t = seg.toks[k];
    if (t && HONORIFIC.has(t.value)) at = k--;
    else if (t?.value === 'E' && seg.toks[k - 1]?.value === '.' && seg.toks[k - 2]?.value === 'H') at = k -= 2, k--;
    else break;
  }
  return at;
}

/** Where the name after a chain of honorifics starting at token k begins ("His Highness Sheikh Khalifa", "H.E. Mr. Manalo"); k if none. */
export function afterHonorifics(seg: Segment, k: number): number {
  for (let n = 0; n < 6; n++) {
    const t = seg.toks[k];
    if (!t) break;
    if ((t.lower === 'his' || t.lower === 'her') && /^(?:highness|excellency|majesty|royal)$/i.test(seg.toks[k + 1]?.value ?? '')) {
      k += 2;
      if (seg.toks[k - 1].lower === 'royal' && seg.toks[k]?.lower === 'highness') k++;
    } else if (HONORIFIC.has(t.value)) {
      k++;
      if (seg.toks[k]?.value === '.' && seg.toks[k].space === 0) k++;
    } else if (/^[HE]$/.test(t.value) && seg.toks[k + 1]?.value === '.' && /^[HE]$/.test(seg.toks[k + 2]?.value ?? '') && seg.toks[k + 3]?.value === '.') {
      k += 4; // "H.H.", "H.E."
    } else break;
  }
  return k;
}
