// The lexicons compiled once into one phrase trie: countries (names from i18n-iso-countries plus
// our diplomatic aliases), demonyms, capitals, places, organisations and titles of office.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { CANONICAL_COUNTRY_NAMES, CAPITALS, COUNTRY_ALIASES, DEMONYMS } from '../../lexicons/country-aliases.js';
import { ORGANIZATIONS, type OrgEntry } from '../../lexicons/organizations.js';
import { PLACES } from '../../lexicons/places.js';
import { PORTFOLIOS, TITLE_MODIFIERS, TITLE_SYNONYMS, TITLES } from '../../lexicons/titles.js';
import { PhraseTrie } from './trie.js';
import type { Tok } from './tokens.js';

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
  return countries.getName(a2, 'en', { select: 'official' }) ?? code;
}

// Lower-case titles in running text are common nouns ("the head of", "in general") unless they are
// one of these offices, which news style writes in lower case ("Russian foreign minister Sergei Lavrov").
const LOWERCASE_OK = /minister|president|premier|chancellor|ambassador|spokes|secretary-general|envoy|secretary of state/;

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/\b(Of|For|And|The|At)\b/g, (w) => w.toLowerCase());
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
  for (const a3 of Object.keys(codes)) {
    const a2 = codes[a3];
    for (const name of countries.getNames('en', { select: 'all' })[a2] ?? []) {
      if (name.includes(',')) continue;
      trie.add(name, { kind: 'country', code: a3, phrase: name });
      if (/^the /i.test(name)) trie.add(name.slice(4), { kind: 'country', code: a3, phrase: name.slice(4) });
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
    for (const s of ['Spokesperson', 'Spokesman', 'Spokeswoman']) bases.add(`${p} Ministry ${s}`);
  }
  lowerStarts = new Set();
  for (const b of bases) {
    trie.add(b, { kind: 'title', title: canonicalTitle(b), phrase: b });
    if (LOWERCASE_OK.test(b.toLowerCase())) {
      lowerStarts.add(b.split(/[\s-]/)[0].toLowerCase());
      for (const m of TITLE_MODIFIERS) lowerStarts.add(m.split(' ')[0].toLowerCase());
    }
    for (const m of TITLE_MODIFIERS) {
      trie.add(`${m} ${b}`, { kind: 'title', title: canonicalTitle(`${m} ${b}`), phrase: `${m} ${b}` });
      trie.add(`${m}-${b}`, { kind: 'title', title: canonicalTitle(`${m} ${b}`), phrase: `${m}-${b}` });
    }
  }
  compiled = trie;
  return trie;
}

/** Does the text at tokens [start, end) have the case an entry needs? */
export function caseFits(e: Entry, toks: Tok[], start: number, end: number): boolean {
  const first = toks[start];
  if (e.kind === 'title') return first.cap || LOWERCASE_OK.test(e.phrase.toLowerCase());
  // acronyms and short names must match as written ("US" is not "us", "WHO" is not "who")
  const letters = e.phrase.replace(/[^\p{L}]/gu, '');
  if (letters.length && letters === letters.toUpperCase()) {
    for (let i = start; i < end; i++) if (toks[i].isWord && toks[i].value !== toks[i].value.toUpperCase()) return false;
    return true;
  }
  // proper names: every significant word capitalised as in the lexicon
  const words = toks.slice(start, end).filter((t) => t.isWord);
  return words.every((t) => t.cap || /^(of|the|and|de|da|for|on|la|le)$/.test(t.lower) || /^\p{Ll}/u.test(t.value) === /^\p{Ll}/u.test(phraseWord(e.phrase, t.lower)));
}

function phraseWord(phrase: string, lower: string): string {
  return phrase.split(/[\s-]+/).find((w) => w.toLowerCase() === lower) ?? lower.toUpperCase();
}
