// The lexicons compiled once into one phrase trie: countries (names from i18n-iso-countries plus
// our diplomatic aliases), demonyms, capitals, places, organisations and titles of office.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { CANONICAL_COUNTRY_NAMES, CAPITALS, COUNTRY_ALIASES, DEMONYMS } from '../../lexicons/en/country-aliases.js';
import { ORGANIZATIONS, type OrgEntry } from '../../lexicons/en/organizations.js';
import { PLACES } from '../../lexicons/en/places.js';
import { PORTFOLIOS, TITLE_MODIFIERS, TITLE_SYNONYMS, TITLE_WORDS_IN_LOWER_CASE, TITLES } from '../../lexicons/en/titles.js';
import { PhraseTrie } from './trie.js';
import { tokenize, type Tok } from './tokens.js';

export type Entry =
  | { kind: 'country'; code: string; phrase: string }
  | { kind: 'demonym'; code: string; phrase: string }
  | { kind: 'capital'; code: string; phrase: string }
  | { kind: 'place'; phrase: string }
  | { kind: 'org'; org: OrgEntry; phrase: string }
  | { kind: 'title'; title: string; phrase: string };

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Canonical English name of a country by alpha-3. */
export function countryName(code: string): string {
  if (CANONICAL_COUNTRY_NAMES[code]) return CANONICAL_COUNTRY_NAMES[code];
  const a2 = countries.alpha3ToAlpha2(code);
  if (!a2) return code;
  const alias = countries.getName(a2, 'en', { select: 'alias' });
  if (alias && !alias.includes(',') && alias !== alias.toUpperCase()) return alias;
  const official = countries.getName(a2, 'en', { select: 'official' });
  if (!official) return code;
  // (a catalogue's inverted name as texts write it: "Micronesia, Federated States of" → "Federated States of Micronesia")
  const inverted = INVERTED.exec(official);
  return inverted ? `${inverted[2]} ${inverted[1]}` : official;
}

/** "Micronesia, Federated States of": a catalogue's name with its head first. */
const INVERTED = /^([^,]+), (?:the )?(.+ of(?: the)?)$/;

// Lower-case titles in running text are common nouns ("the head of", "in general") unless they hold
// one of the offices news style writes in lower case ("Russian foreign minister Sergei Lavrov").
const LOWERCASE_OK = new RegExp(TITLE_WORDS_IN_LOWER_CASE.join('|'));

// Titles written as acronyms ("CEO") keep their capitals
const ACRONYM_TITLES = new Map(TITLES.filter((t) => /^[A-Z]{2,}$/.test(t)).map((t) => [t.toLowerCase(), t]));

function titleCase(phrase: string): string {
  if (ACRONYM_TITLES.has(phrase)) return ACRONYM_TITLES.get(phrase)!;
  return phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/\b(Of|For|And|The|At|To)\b/g, (w) => w.toLowerCase());
}

/** The canonical title for a title phrase as written ("minister of foreign affairs" → "Foreign Minister"). */
export function canonicalTitle(phrase: string): string {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').replace(/[’']/g, '’');
  if (TITLE_SYNONYMS[lower]) return TITLE_SYNONYMS[lower];
  for (const m of TITLE_MODIFIERS) {
    const ml = m.toLowerCase();
    for (const sep of [' ', '-'])
      if (lower.startsWith(ml + sep)) {
        const rest = lower.slice(ml.length + 1);
        return `${m} ${TITLE_SYNONYMS[rest] ?? titleCase(rest)}`;
      }
  }
  return titleCase(lower);
}

let compiled: PhraseTrie<Entry> | null = null;
let lowerStarts: Set<string> | null = null;

/** First words (lower case) of the phrases that may be written in lower case: titles of office. */
export function lowerCaseStarts(): Set<string> {
  gazetteer();
  return lowerStarts!;
}

export function gazetteer(): PhraseTrie<Entry> {
  if (compiled) return compiled;
  const trie = new PhraseTrie<Entry>();
  const codes = countries.getAlpha3Codes() as Record<string, string>;
  const names = countries.getNames('en', { select: 'all' });
  for (const a3 of Object.keys(codes)) {
    const a2 = codes[a3];
    for (const listed of names[a2] ?? []) {
      // a catalogue's inverted name, "Micronesia, Federated States of", as the text writes it: "Federated States of Micronesia", "Micronesia"
      const inverted = INVERTED.exec(listed);
      if (listed.includes(',') && !inverted) continue;
      const forms = inverted ? [`${inverted[2]} ${inverted[1]}`, ...(Object.values(names).flat().some((n) => n !== listed && n.startsWith(inverted[1] + ',')) ? [] : [inverted[1]])] : [listed];
      for (const name of forms) {
        trie.add(name, { kind: 'country', code: a3, phrase: name });
        if (/^the /i.test(name)) trie.add(name.slice(4), { kind: 'country', code: a3, phrase: name.slice(4) });
      }
    }
  }
  for (const [name, code] of Object.entries(COUNTRY_ALIASES)) trie.add(name.replace(/^the /, ''), { kind: 'country', code, phrase: name.replace(/^the /, '') });
  for (const [name, code] of Object.entries(DEMONYMS)) trie.add(name, { kind: 'demonym', code, phrase: name });
  for (const [name, code] of Object.entries(CAPITALS)) trie.add(name, { kind: 'capital', code, phrase: name });
  for (const name of PLACES) trie.add(name, { kind: 'place', phrase: name });
  for (const org of ORGANIZATIONS) for (const name of [org.name, ...(org.aliases ?? [])]) trie.add(name, { kind: 'org', org, phrase: name });
  const bases = new Set<string>(TITLES);
  for (const p of PORTFOLIOS) {
    bases.add(`${p} Minister`);
    bases.add(`Minister of ${p}`);
    bases.add(`Minister for ${p}`);
    // "Defense Secretary", "Business Secretary" (US and British cabinet style)
    bases.add(`${p} Secretary`);
    for (const s of ['Spokesperson', 'Spokesman', 'Spokeswoman']) bases.add(`${p} Ministry ${s}`);
  }
  // modifiers ("Deputy", "First Vice") are joined by the scan, not multiplied into the trie
  lowerStarts = new Set();
  for (const b of bases) {
    trie.add(b, { kind: 'title', title: canonicalTitle(b), phrase: b });
    if (LOWERCASE_OK.test(b.toLowerCase())) lowerStarts.add(b.split(/[\s-]/)[0].toLowerCase());
  }
  compiled = trie;
  return trie;
}

const MODIFIER_WORDS = TITLE_MODIFIERS.map((m) => m.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);

/**
 * Where a title that starts at token i really starts once the modifiers written before it are
 * counted ("First Deputy Foreign Minister", "Vice-President"), or i.
 */
export function modifiedStart(toks: Tok[], i: number): number {
  for (const words of MODIFIER_WORDS) {
    let k = i - 1;
    // "Vice-President": the hyphen touches both words
    if (toks[k]?.value === '-' && toks[k].space === 0 && toks[i].space === 0) k--;
    let ok = true;
    for (let w = words.length - 1; w >= 0 && ok; w--, k--) ok = toks[k]?.lower === words[w];
    if (ok) return k + 1;
  }
  return i;
}

const titleCache = new Map<string, string>();

/** The canonical title for a title phrase as written, remembered. */
export function titleOf(phrase: string): string {
  let t = titleCache.get(phrase);
  if (t === undefined) {
    if (titleCache.size > 10_000) titleCache.clear();
    titleCache.set(phrase, (t = canonicalTitle(phrase)));
  }
  return t;
}

interface CaseRule {
  /** Titles that news style writes in lower case. */
  anyCase: boolean;
  /** Acronyms and short names must match as written ("US" is not "us", "WHO" is not "who"). */
  acronym: boolean;
  /** Words of the phrase written in lower case in the lexicon ("of", "the", "de"). */
  lowerWords: Set<string>;
}

const caseRules = new WeakMap<Entry, CaseRule>();

function caseRule(e: Entry): CaseRule {
  let r = caseRules.get(e);
  if (!r) {
    const letters = e.phrase.replace(/[^\p{L}]/gu, '');
    r = {
      anyCase: e.kind === 'title' && LOWERCASE_OK.test(e.phrase.toLowerCase()),
      acronym: e.kind !== 'title' && letters.length > 0 && letters === letters.toUpperCase(),
      lowerWords: new Set(['of', 'the', 'and', 'de', 'da', 'for', 'on', 'la', 'le', ...e.phrase.split(/[\s-]+/).filter((w) => /^\p{Ll}/u.test(w))]),
    };
    caseRules.set(e, r);
  }
  return r;
}

/** Does the text at tokens [start, end) have the case an entry needs? */
export function caseFits(e: Entry, toks: Tok[], start: number, end: number): boolean {
  const rule = caseRule(e);
  if (e.kind === 'title') return toks[start].cap || rule.anyCase;
  if (rule.acronym) {
    for (let i = start; i < end; i++) if (toks[i].isWord && toks[i].value !== toks[i].value.toUpperCase()) return false;
    return true;
  }
  // proper names: every significant word capitalised as in the lexicon
  for (let i = start; i < end; i++) {
    const t = toks[i];
    // the "s" of "People's" is its own token
    const possessive = t.lower === 's' && (toks[i - 1]?.value === "'" || toks[i - 1]?.value === '’');
    if (t.isWord && !t.cap && !possessive && !rule.lowerWords.has(t.lower) && !/^\d/.test(t.value)) return false;
  }
  return true;
}

/** The ISO alpha-3 code a whole phrase names ("South Korea", "ROK", "Russian"; with `demonyms` false, not "Russian"), or null. */
/** The state whose capital a phrase is ("Beijing" → CHN), null for anything else. */
export function capitalCode(phrase: string): string | null {
  const toks = tokenize(phrase.trim());
  const m = toks.length ? gazetteer().longest(toks, 0, (e) => e.kind === 'capital') : null;
  const e = m && m.end === toks.length ? m.values[0] : null;
  return e && 'code' in e ? e.code : null;
}

export function countryCode(phrase: string, demonyms = true): string | null {
  const toks = tokenize(phrase.trim());
  if (!toks.length) return null;
  const m = gazetteer().longest(toks, 0, (e) => e.kind === 'country' || (demonyms && e.kind === 'demonym'));
  if (!m || m.end !== toks.length) return null;
  const e = m.values[0];
  return 'code' in e ? e.code : null;
}
