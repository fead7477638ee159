// One left-to-right pass over a segment's tokens: lexicon phrases (countries, demonyms, capitals,
// places, organisations, titles) by longest match, and organisations and places named by
// grammar (a capitalised run ending in "Fund", "Institute", "Island"…). Overlaps go to the longer.
import { AMBIGUOUS_COUNTRY_NAMES, DEMONYM_STATE_FORMS, STATE_FORMS } from '../../lexicons/en/country-aliases.js';
import { CALENDAR_WORDS } from '../../lexicons/en/date-words.js';
import { ORG_CONNECTORS, ORG_HEADS } from '../../lexicons/en/organizations.js';
import { PLACE_HEADS } from '../../lexicons/en/places.js';
import { TITLE_MODIFIERS } from '../../lexicons/en/titles.js';
import { caseFits, gazetteer, lowerCaseStarts, modifiedStart, titleOf, type Entry } from './gazetteer.js';
import type { Segment } from './segments.js';
import type { Tok } from './tokens.js';

export type HitKind = 'country' | 'demonym' | 'capital' | 'place' | 'org' | 'title';

export interface Hit {
  kind: HitKind;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Lexicon entry, when the hit came from the lexicon. */
  entry?: Entry;
  /** Countries named inside a pattern-found name ("Russian Direct Investment Fund" → RUS). */
  codes?: string[];
}

const ORG_HEAD = new Set(ORG_HEADS.map((w) => w.toLowerCase()));
const PLACE_HEAD = new Set(PLACE_HEADS.map((w) => w.toLowerCase()));
const CONNECTOR = new Set(ORG_CONNECTORS);
const MODIFIER_FIRST = new Set(TITLE_MODIFIERS.map((m) => m.split(' ')[0].toLowerCase()));
// Parts of speech that cannot start a name ("Noting the South Korean Government…")
const NOT_NAME_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'ADV']);
// Words that start a sentence or a headline and are not part of a name
const NOT_NAME_START = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'of', 'and', 'but', 'as', 'during', 'after', 'before', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'both', 'all', 'we', 'they', 'he', 'she', 'it', 'i']);

// each word split as the tokenizer splits it ("People’s" is three tokens), last word first
const STATE_FORM = STATE_FORMS.map((f) =>
  f
    .toLowerCase()
    .split(/\s+/)
    .reverse()
    .map((w) => w.split(/(?=[’'])|(?<=[’'])/)),
);

/** "Federal Republic of" before a country hit starting at i: the index the longer name starts at. */
function stateFormStart(toks: Tok[], i: number): number {
  if (toks[i - 1]?.lower !== 'of') return i;
  let best = i;
  for (const words of STATE_FORM) {
    let k = i - 2;
    let ok = true;
    for (const wt of words) {
      for (let x = wt.length - 1; x >= 0 && ok; x--, k--) ok = toks[k]?.lower === wt[x] && (toks[k].cap || !/\p{L}/u.test(toks[k].value) || toks[k].value === 's');
      if (!ok) break;
    }
    if (ok && k + 1 < best) best = k + 1;
  }
  return best;
}

const DEMONYM_FORMS = DEMONYM_STATE_FORMS.map((f) => f.toLowerCase().split(/\s+/));

/**
 * "the French Republic": where a state's style written after a demonym at [start, end) ends, or -1.
 * Not before "of" ("the Turkish Republic of Northern Cyprus") nor inside a longer name ("Russian
 * Federation Council").
 */
function demonymStateEnd(toks: Tok[], end: number): number {
  for (const words of DEMONYM_FORMS) {
    let k = end;
    while (k - end < words.length && toks[k]?.cap && toks[k].lower === words[k - end] && !toks[k].nl) k++;
    if (k - end < words.length) continue;
    const next = toks[k];
    if (next && !next.nl && (next.lower === 'of' || (next.cap && next.isWord))) return -1;
    return k;
  }
  return -1;
}

// prefer a country over a capital or place of the same name, a title over anything
const KIND_ORDER: HitKind[] = ['title', 'org', 'country', 'demonym', 'capital', 'place'];

/** The entry of the most preferred kind (the first of them when several share it). */
function preferred(values: Entry[]): Entry {
  let best = values[0];
  for (let k = 1; k < values.length; k++) if (KIND_ORDER.indexOf(values[k].kind) < KIND_ORDER.indexOf(best.kind)) best = values[k];
  return best;
}

/** Lexicon hits, longest first, left to right. */
function lexiconHits(toks: Tok[]): Hit[] {
  const trie = gazetteer();
  const hits: Hit[] = [];
  const lowerStarts = lowerCaseStarts();
  const fits = (e: Entry, s: number, e2: number) => caseFits(e, toks, s, e2);
  for (let i = 0; i < toks.length; i++) {
    // only capitalised words and the first words of titles written in lower case can start a phrase
    if (!toks[i].isWord || (!toks[i].cap && !lowerStarts.has(toks[i].lower))) continue;
    const m = trie.longest(toks, i, fits);
    if (!m) continue;
    const entry = preferred(m.values);
    let start = i;
    let hitEntry = entry;
    if (entry.kind === 'title') {
      start = modifiedStart(toks, i);
      // a modifier in lower case counts only before a title written in lower case, and the reverse
      if (start < i && toks[start].cap !== toks[i].cap) start = i;
      if (start < i) {
        const phrase = toks.slice(start, m.end).map((t) => (t.space && t !== toks[start] ? ' ' : '') + t.value).join('');
        hitEntry = { kind: 'title', title: titleOf(phrase), phrase };
      }
      while (start < i && hits.length && hits[hits.length - 1].end > start) hits.pop();
    }
    if (entry.kind === 'country') {
      // "the Federal Republic of Germany": the formal style is part of the name
      start = stateFormStart(toks, i);
      while (start < i && hits.length && hits[hits.length - 1].end > start) hits.pop();
    }
    let end = m.end;
    if (entry.kind === 'demonym') {
      const formEnd = demonymStateEnd(toks, end);
      if (formEnd > 0) {
        const phrase = toks.slice(start, formEnd).map((t, k) => (k && t.space ? ' ' : '') + t.value).join('');
        hitEntry = { kind: 'country', code: entry.code, phrase };
        end = formEnd;
      }
    }
    hits.push({ kind: hitEntry.kind, start, end, entry: hitEntry });
    i = end - 1;
  }
  return hits;
}

/** Capitalised runs ending in an organisation or place head word. */
function patternHits(toks: Tok[], lex: Hit[], pos: (string | undefined)[]): Hit[] {
  const out: Hit[] = [];
  const lexAt = new Map<number, Hit>();
  for (const h of lex) lexAt.set(h.start, h);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!(t.cap && t.isWord) || NOT_NAME_START.has(t.lower) || NOT_NAME_POS.has(pos[i] ?? '')) {
      i++;
      continue;
    }
    const lexHere = lexAt.get(i);
    if (lexHere?.kind === 'title') {
      i = lexHere.end;
      continue;
    }
    // a run of capitalised words, hyphen compounds, and connectors between capitalised words
    let j = i;
    let lastHead = -1;
    let headKind: HitKind | null = null;
    while (j < toks.length) {
      const u = toks[j];
      if (j > i && (u.nl || lexAt.get(j)?.kind === 'title')) break;
      if (u.isWord && (u.cap || /^\d/.test(u.value))) {
        const h = ORG_HEAD.has(u.lower) ? 'org' : PLACE_HEAD.has(u.lower) ? 'place' : null;
        if (h && j > i) {
          lastHead = j;
          headKind = h;
        }
        j++;
      } else if (u.value === '-' && u.space === 0 && toks[j + 1]?.space === 0 && toks[j + 1]?.isWord) j += 2;
      else if (u.isWord && CONNECTOR.has(u.lower) && toks[j + 1]?.cap && j > i) j++;
      else if (u.isWord && PLACE_HEAD.has(u.lower) && j > i && lexAt.get(i)?.kind === 'demonym') {
        // "the Korean peninsula": a place head in lower case after a demonym
        lastHead = j;
        headKind = 'place';
        j++;
        break;
      } else break;
    }
    if (lastHead < 0 || !headKind) {
      i = Math.max(i + 1, j);
      continue;
    }
    let end = lastHead + 1;
    // "First Vice Department Director Kim Yo Jong": a modified office's department, not an organisation
    if (headKind === 'org' && MODIFIER_FIRST.has(toks[i].lower) && lexAt.get(end)?.kind === 'title') {
      i = end;
      continue;
    }
    if (headKind === 'org') end = continuation(toks, end);
    // leading connectors are not part of the name
    const codes: string[] = [];
    for (const h of lex) if (h.start >= i && h.end <= end && (h.kind === 'country' || h.kind === 'demonym') && h.entry && 'code' in h.entry) codes.push(AMBIGUOUS_COUNTRY_NAMES[h.entry.phrase] ? '?' : h.entry.code);
    out.push({ kind: headKind, start: i, end, codes });
    i = end;
  }
  return out;
}

/** "Ministry of Foreign Affairs", "Commission on Economic, Scientific and Technical Cooperation". */
function continuation(toks: Tok[], end: number): number {
  const c = toks[end];
  if (!c || !['of', 'on', 'for'].includes(c.lower) || !toks[end + 1]?.cap || toks[end + 1].nl || CALENDAR_WORDS.has(toks[end + 1].lower)) return end;
  let j = end + 1;
  let last = end;
  while (j < toks.length && !toks[j].nl) {
    const u = toks[j];
    if (u.isWord && u.cap) last = j++;
    else if ((u.value === ',' || u.lower === 'and' || u.lower === 'the') && toks[j + 1]?.cap && !CALENDAR_WORDS.has(toks[j + 1].lower)) j++;
    else if (u.value === ',' && toks[j + 1]?.lower === 'and' && toks[j + 2]?.cap) j += 2;
    else break;
  }
  return last + 1;
}

/** Every hit of a segment, non-overlapping, sorted by start. */
export function scanSegment(seg: Segment): Hit[] {
  const lex = lexiconHits(seg.toks);
  const pat = patternHits(seg.toks, lex, seg.pos);
  const all = [...lex, ...pat].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Hit[] = [];
  for (const h of all) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      // keep the longer; a title wins over a pattern name of the same length
      if (h.end - h.start > prev.end - prev.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}
