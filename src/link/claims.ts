// Claims a document makes about the record ("the first dialogue … since 2009", "had never met",
// "the last time they met was in 2015"): what kind of happening, between which two states, held by
// which office, in which period none took place. A pure function of one annotated document; the
// conflicts stage checks each against the events of the store.
import { spanFromMain } from '../clean/main-text.js';
import {
  CLAIM_OFFICES, CLAIM_SORTS, FIRST_BOUND, FIRST_EVER, FIRST_OPENING, FOR_THE_FIRST_TIME, LAST_TIME, NEVER, NOT_OFFICE_HOLDER, NUMBER_WORDS, OCCASION_DAYS, TO_PLACE,
  type ClaimOffice,
} from '../lexicons/en/claims.js';
import { CAPITALS, COUNTRY_ALIASES, DEMONYMS } from '../lexicons/en/country-aliases.js';
import { MONTHS } from '../lexicons/en/date-words.js';
import type { Claim } from '../store/conflicts.js';
import type { CleanDocument, DocAnnotations, Range } from '../types.js';

const re = (source: string, flags = 'gi') => new RegExp(source, flags);
const SORTS = Object.entries(CLAIM_SORTS);

/** Every claim of a document that can be checked: a date to count back from and two states to check. */
export function findClaims(doc: CleanDocument, ann: DocAnnotations): Claim[] {
  if (!doc.published) return []; // "since 2009" up to when? The claim's occasion is unknown.
  const text = doc.main.text;
  const before = shiftDays(startOfPeriod(doc.published.value), -OCCASION_DAYS);
  const docYear = Number(doc.published.value.slice(0, 4));
  const out: Claim[] = [];
  for (const s of sentences(text)) {
    const sentence = text.slice(s.start, s.end);
    for (const c of claimsIn(sentence, docYear)) {
      const states = pairOf(doc, ann, s, s.start + c.start, s.start + c.end, c.phrase);
      if (!states) continue;
      const span = spanFromMain(doc, s.start + c.start, s.start + c.end);
      const sentenceRange = spanFromMain(doc, s.start, s.end);
      const destination = c.sort === 'visit' ? destinationOf(ann, c.phrase, s.start + c.start) : null;
      out.push({
        span, sentence: { start: sentenceRange.start, end: sentenceRange.end }, states: [...states].sort() as [string, string], sort: c.sort,
        office: c.office?.office.name ?? null, bothHold: c.office?.plural ?? false, destination: destination && states.includes(destination) ? destination : null,
        since: c.since, before, says: c.says,
      });
    }
  }
  return out;
}

interface RawClaim {
  start: number;
  end: number;
  phrase: string;
  sort: string;
  office: { office: ClaimOffice; plural: boolean } | null;
  since: string | null;
  says: string;
}

/** The claims in one sentence, with offsets in it. */
function claimsIn(sentence: string, docYear: number): RawClaim[] {
  const found: RawClaim[] = [];
  // "the first <happening> … since 2009 / in five years / ever"
  for (const m of sentence.matchAll(re(`${FIRST_OPENING}((?:[^\\s.;:!?]+\\s+){0,14}?)(?:${FIRST_BOUND})`))) {
    const sort = sortOfNoun(m[1]);
    const period = periodOf(m.groups ?? {}, docYear);
    if (sort && period) found.push({ start: m.index!, end: m.index! + m[0].length, phrase: m[0], sort, office: officeIn(m[1]), ...period, says: `the first ${sort} ${period.bound}` });
  }
  // "the first-ever visit"
  for (const m of sentence.matchAll(re(FIRST_EVER))) {
    const rest = sentence.slice(m.index! + m[0].length);
    const noun = firstNoun(rest);
    if (!noun || noun.at > 0) continue;
    const end = m.index! + m[0].length + noun.end;
    found.push({ start: m.index!, end, phrase: sentence.slice(m.index!, end), sort: noun.sort, office: officeIn(sentence.slice(m.index!, end)), since: null, says: `the first ${noun.sort} ever` });
  }
  // "… met in Seoul for the first time (since 2009)"
  for (const m of sentence.matchAll(re(FOR_THE_FIRST_TIME))) {
    const clauseStart = clauseStartBefore(sentence, m.index!);
    const clause = sentence.slice(clauseStart, m.index!);
    const sort = sortOfVerb(clause);
    const period = periodOf(m.groups ?? {}, docYear) ?? { since: null, bound: 'ever' };
    if (!sort) continue;
    const end = m.index! + m[0].length;
    found.push({ start: clauseStart, end, phrase: sentence.slice(clauseStart, end), sort, office: officeIn(clause), since: period.since, says: `the first ${sort} ${period.bound}` });
  }
  // "X and Y had never met (before)"
  for (const m of sentence.matchAll(re(NEVER))) {
    const sort = sortOfVerb(m.groups!.verb);
    if (!sort) continue;
    const clauseStart = clauseStartBefore(sentence, m.index!);
    const phrase = sentence.slice(clauseStart, m.index! + m[0].length);
    found.push({ start: clauseStart, end: m.index! + m[0].length, phrase, sort, office: officeIn(phrase), since: null, says: `never a ${sort} before` });
  }
  // "the last time they met was in 2015", "they last met in 2019"
  for (const source of LAST_TIME) {
    for (const m of sentence.matchAll(re(source))) {
      const g = m.groups!;
      const sort = sortOfVerb(g.clause) ?? sortOfNoun(g.clause);
      if (!sort) continue;
      const since = periodOf(g, docYear)!.since;
      const clauseStart = /^\W*the last time/i.test(m[0]) ? m.index! : clauseStartBefore(sentence, m.index!);
      const phrase = sentence.slice(clauseStart, m.index! + m[0].length);
      found.push({ start: clauseStart, end: m.index! + m[0].length, phrase, sort, office: officeIn(phrase), since, says: `no ${sort} since ${since}` });
    }
  }
  return found;
}

/** The period of a "first" claim's bound: since a year (or month), in N years, or ever (since null). */
function periodOf(g: Record<string, string | undefined>, docYear: number): { since: string | null; bound: string } | null {
  if (g.year) return { since: g.month ? `${g.year}-${String(MONTHS.indexOf(g.month.toLowerCase()) + 1).padStart(2, '0')}` : g.year, bound: `since ${g.month ? g.month + ' ' : ''}${g.year}` };
  if (g.count && g.unit) {
    const n = (NUMBER_WORDS[g.count.toLowerCase()] ?? Number(g.count)) * (/^decade/i.test(g.unit) ? 10 : 1);
    // none in the last n years: an event in a later year than (the document's year - n) says otherwise
    return n ? { since: String(docYear - n), bound: `in ${g.count} ${g.unit}` } : null;
  }
  return g.ever ? { since: null, bound: 'ever' } : null;
}

/** The happening named first in some words, and where. */
function firstNoun(words: string): { sort: string; at: number; end: number } | null {
  let best: { sort: string; at: number; end: number } | null = null;
  for (const [name, s] of SORTS) {
    const m = re(`\\b(?:${s.nouns})\\b`, 'i').exec(words);
    if (m && (!best || m.index < best.at)) best = { sort: name, at: m.index, end: m.index + m[0].length };
  }
  return best;
}

const sortOfNoun = (words: string) => firstNoun(words)?.sort ?? null;

function sortOfVerb(words: string): string | null {
  for (const [name, s] of SORTS) if (re(`^(?:[a-z]+ )?(?:${s.verbs})\\b|\\b(?:${s.verbs})\\b`, 'i').test(words)) return name;
  return null;
}

function officeIn(words: string): { office: ClaimOffice; plural: boolean } | null {
  for (const office of CLAIM_OFFICES) {
    const m = re(`\\b(?:${office.words})\\b`, 'i').exec(words);
    if (m) return { office, plural: /s$|ies$/i.test(m[0]) || /\b(?:two|both)\s+$/i.test(words.slice(0, m.index)) || /\bheads of\b/i.test(m[0]) };
  }
  return null;
}

/** Whether a role title holds an office ("Foreign Minister" yes, "Deputy Foreign Minister" no). */
export function holdsOffice(title: string, office: string): boolean {
  const o = CLAIM_OFFICES.find((x) => x.name === office);
  return !!o && re(`\\b(?:${o.titles})\\b`, 'i').test(title) && !re(NOT_OFFICE_HOLDER, 'i').test(title);
}

/** The state after "to" in a visit claim ("the first trip to China"): the entity named there, or a name the lexicons know. */
function destinationOf(ann: DocAnnotations, phrase: string, at: number): string | null {
  const m = re(TO_PLACE, '').exec(phrase);
  if (!m) return null;
  const from = at + m.index + m[0].length - m.groups!.place.length;
  const named = ann.entities.find((e) => e.country && e.type !== 'organization' && e.type !== 'person' && e.mentions.some((x) => x.cleanStart === from));
  return named?.country ?? stateOfName(m.groups!.place);
}

function stateOfName(name: string): string | null {
  return COUNTRY_ALIASES[name] ?? CAPITALS[name] ?? DEMONYMS[name] ?? null;
}

/** The start of the clause a "never"/"last" claim sits in (after the last comma or semicolon before it, or the sentence start). */
function clauseStartBefore(sentence: string, at: number): number {
  const head = sentence.slice(0, at);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '));
  return cut < 0 ? 0 : cut + 2;
}

/**
 * The two states a claim is about: those named in the claim; one named there and one more in its
 * sentence; else (as in "the two nations") those of the event the claim's own words report (its
 * trigger inside the claim), else the two the document is about. Null unless exactly two.
 */
function pairOf(doc: CleanDocument, ann: DocAnnotations, sentence: Range, start: number, end: number, phrase: string): [string, string] | null {
  const inClaim = statesIn(ann, start, end, phrase);
  if (inClaim.size === 2) return [...inClaim] as [string, string];
  if (inClaim.size > 2) return null;
  if (inClaim.size === 1) {
    const inSentence = statesIn(ann, sentence.start, sentence.end, doc.main.text.slice(sentence.start, sentence.end));
    return inSentence.size === 2 ? ([...inSentence] as [string, string]) : null;
  }
  const claim = spanFromMain(doc, start, end);
  const told = new Set<string>();
  for (const e of ann.events) {
    if ((e.triggers ?? []).some((t) => t.doc === doc.id && t.start >= claim.start && t.end <= claim.end)) for (const c of e.countries) told.add(c);
  }
  if (told.size === 2) return [...told] as [string, string];
  return told.size ? null : mainPair(ann);
}

/** States named between two main-text offsets: by the entities mentioned there and by demonyms. */
function statesIn(ann: DocAnnotations, start: number, end: number, words: string): Set<string> {
  const states = new Set<string>();
  for (const e of ann.entities) {
    if (!e.country || e.type === 'organization') continue;
    if (e.mentions.some((m) => m.cleanStart >= start && m.cleanEnd <= end)) states.add(e.country);
  }
  for (const m of words.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b/g)) {
    const s = stateOfName(m[0]);
    if (s) states.add(s);
  }
  return states;
}

/**
 * The two states a document is about, when it is clearly about two: each named at least twice as
 * often as any other.
 */
function mainPair(ann: DocAnnotations): [string, string] | null {
  const counts = new Map<string, number>();
  for (const e of ann.entities) {
    if (!e.country || (e.type !== 'country' && e.type !== 'person')) continue;
    counts.set(e.country, (counts.get(e.country) ?? 0) + e.mentions.length);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2) return null;
  const third = ranked[2]?.[1] ?? 0;
  if (ranked[1][1] < 2 * third) return null;
  return [ranked[0][0], ranked[1][0]];
}

/** Sentences of main text: ends at . ! ? followed by white space and a capital or a quote, or at a blank line. */
function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const end = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n/g;
  for (const m of text.matchAll(end)) {
    const stop = m.index! + (m[0].startsWith('\n') ? 0 : m[0].length);
    if (stop > start) out.push({ start, end: stop });
    start = m.index! + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.map((r) => trim(text, r)).filter((r) => r.end > r.start);
}

function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The first day of an ISO date's period ("2021" → "2021-01-01"). */
function startOfPeriod(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function shiftDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
