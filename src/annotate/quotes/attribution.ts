// Who said the quoted words: the cue ("said", "cautioned against", "according to") nearest to the
// quotation in its sentence, and the subject of that cue — a person named there, a short reference
// ("the minister", "he") resolved to an earlier person, or a group ("the leaders"). Quotations with
// no cue that run on from an attributed one (same sentence, or a whole quoted sentence right after)
// carry its speaker. Everything in clean (main-text) offsets.
import {
  ADDRESS_FORMS, CUE_PARTICLES, GROUP_NOUNS, LEADER_ADDRESS, LEADER_OFFICES, NAMING_VERBS, NOUN_LIKE_SPEECH_VERBS, OFFICE_ABBREVIATIONS, ORGANIZATION_NOUNS, PERSON_PRONOUNS, ROLE_NOUNS, SHORT_COUNTRY_FORMS, SOURCE_PHRASES,
  SPEECH_NOUNS, SPEECH_VERBS,
} from '../../lexicons/en/quote-cues.js';
import { DEMONYMS } from '../../lexicons/en/country-aliases.js';
import { countryCode } from '../entities/gazetteer.js';
import type { LocalEntity, Range } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import { mentionsIn } from '../entities/lookup.js';
import { bareNameAfter, bareNameBefore, bareNameBeforeAside, personNamed } from './bare-names.js';
import { gendersOf, pronounGender, type Genders } from './gender.js';
import type { Voice } from './index.js';
import type { QuotePiece } from './marks.js';
import { afterDeterminer, endsInNameHead, isNameInQuotes } from './names.js';
import { alternation } from './patterns.js';
import { spend } from '../../budget.js';
import { escapeRegExp } from '../../regex.js';

export interface Attribution {
  piece: QuotePiece;
  speakerLocalId: string | null;
  cue: Range | null;
}

const CUE_RE = new RegExp(`\\b(?:${alternation(SPEECH_VERBS)})(?:\\s+(?:${alternation(CUE_PARTICLES)}))?\\b`, 'gi');
const NOUN_LIKE_CUE_RE = new RegExp(`\\b(?:${alternation(NOUN_LIKE_SPEECH_VERBS)})\\b`, 'gi');
const SPEECH_NOUN_RE = new RegExp(`\\b(?:${alternation(SPEECH_NOUNS)})\\b`, 'gi');
/** Naming verbs take the object before the quoted words into the cue: "called Russia a “…”". */
const NAMING_RE = new RegExp(`^(?:${alternation(NAMING_VERBS)})$`, 'i');
const SOURCE_RE = new RegExp(`\\b(?:${alternation(SOURCE_PHRASES)})\\b`, 'gi');
// "the minister", "Japan's leader" (a country's possessive before the office)
const ROLE_RE = new RegExp(`(?:\\b(?:the|this|that|our|their)|\\b\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${alternation(ROLE_NOUNS)})\\b`, 'giu');
// "the ministry", "China's foreign ministry"
const ORG_RE = new RegExp(`(?:\\bthe|\\b\\p{L}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${alternation(ORGANIZATION_NOUNS)})\\b`, 'giu');
// a bare "they" is left out: it may stand for anyone, and a wrong speaker is worse than none
const SPOKESBODY_RE = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation([...ORGANIZATION_NOUNS, ...ROLE_NOUNS, 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'aide', 'aides', 'camp', 'team', 'party'])})\\b`, 'iu');
const GROUP_RE = new RegExp(`\\b(?:the|both)\\s+(?:two\\s+)?(?:top\\s+)?(?:${alternation(GROUP_NOUNS)})\\b`, 'gi');
const PRONOUN_RE = new RegExp(`\\b(?:${alternation(PERSON_PRONOUNS)})\\b`, 'gi');
/** Quotations that start a sentence this close to a speech quote's end carry its speaker. */
const CARRY_DISTANCE = 400;
/** A pronoun this close after a quotation refers to its speaker. */
const PRONOUN_REACH = 600;
/** An unattributed quotation this long that holds a verb is speech with an unknown speaker. */
const CLAUSE_WORDS = 6;
/** How far (characters) from its quotation a cue or its subject may stand: bounds the work per quotation. */
const REACH = 1000;

type Subject =
  | { kind: 'entity'; range: Range; entity: LocalEntity; text: string }
  | { kind: 'role' | 'pronoun' | 'organization'; range: Range; noun: string }
  /** Several people at once ("the leaders", "the foreign ministers of A and B"); members when the entities layer knows them. */
  | { kind: 'group'; range: Range; noun: string; members: LocalEntity[] }
  /** A bare name next to the cue that no entity mention covers ("“…,” Lula said"). */
  | { kind: 'name'; range: Range; name: string };

/** What resolving a reference needs to know of the document and the quotation being attributed. */
interface DocView {
  ctx: AnnotateContext;
  /** A transcript's turns: who is speaking where ("you" is the other one). */
  turns: Voice[];
  /** The countries of the text: "the Chinese government" speaks for one. */
  states: LocalEntity[];
  genders: Genders;
  insideQuote: (r: Range) => boolean;
  quoteStart: number;
}

interface Cue extends Range {
  source: boolean;
  /** A noun for what was said, right after the quotation ("“…” quip") or right before it ("slogan: “…”"). */
  noun?: 'after' | 'before';
}

const SPEAKER_TYPES = new Set(['person', 'organization']);

export function attribute(ctx: AnnotateContext, entities: LocalEntity[], pieces: QuotePiece[], turns: Voice[] = []): Attribution[] {
  const text = ctx.text;
  const insideQuote = (r: Range) => overlapsPiece(pieces, r);
  const speakers = entities.filter((e) => SPEAKER_TYPES.has(e.type));
  const states = entities.filter((e) => e.type === 'country');
  const out: Attribution[] = [];
  const byPiece = new Map<QuotePiece, Attribution>();
  const paragraphs = paragraphStarts(text);
  let last = null as { attribution: Attribution; window: Range } | null;
  const genders = gendersOf(ctx, speakers.filter((e) => e.type === 'person'), insideQuote);

  for (const piece of pieces) {
    spend();
    const window = windowOf(ctx, piece, paragraphs);
    const doc: DocView = { ctx, genders, insideQuote, quoteStart: piece.outerStart, turns, states };
    if (isNameInQuotes(text, piece.start, piece.end, piece.outerEnd) || coinedName(ctx, piece)) continue;
    const isCue = (r: Range) => !insideQuote(r) && !inName(text, r);
    const cues = findCues(ctx, window, piece, isCue);
    const continued = piece.continues >= 0 ? byPiece.get(pieces[piece.continues]) : undefined;
    let result: Attribution | null = null;

    if (continued) result = { piece, speakerLocalId: continued.speakerLocalId, cue: continued.cue };
    else if (cues.length) {
      const { cue, subject } = chooseCue(text, window, cues, piece, speakers, insideQuote);
      // "what he calls a “special military operation”": a naming verb before a phrase ending in a head noun gives a name
      if (NAMING_RE.test(text.slice(cue.start, cue.end)) && cue.end <= piece.outerStart && endsInNameHead(text.slice(piece.start, piece.end))) continue;
      result = { piece, speakerLocalId: resolve(subject, speakers, last?.attribution ?? null, doc), cue: extendNaming(text, cue, piece) };
      // "X said “…”, according to TASS": the speaker named before the quotation, not the channel after it
      if (cue.source && cue.start >= piece.outerEnd) {
        const direct = cues.filter((c) => !c.source && c.end <= piece.outerStart);
        if (direct.length) {
          const other = chooseCue(text, window, direct, piece, speakers, insideQuote);
          const id = resolve(other.subject, speakers, last?.attribution ?? null, doc);
          if (id) result = { piece, speakerLocalId: id, cue: extendNaming(text, other.cue, piece) };
        }
      }
    } else if (startsWithVerb(ctx, piece)) {
      // the quoted words are the predicate: "the leaders “spoke at length” about …"
      const subject = subjectBefore(text, window.start, piece.outerStart, speakers, insideQuote);
      if (subject && subject.range.end >= piece.outerStart - 2) result = { piece, speakerLocalId: resolve(subject, speakers, last?.attribution ?? null, doc), cue: null };
    }
    if (!result && last && (runsOn(text, last, window, piece) || nextParagraph(ctx, last, piece))) result = { piece, speakerLocalId: last.attribution.speakerLocalId, cue: last.attribution.cue };
    if (!result && isClause(ctx, piece) && !afterDeterminer(text, piece.outerStart)) result = { piece, speakerLocalId: null, cue: null };
    if (!result) continue; // a term in quotation marks, nobody's speech
    out.push(result);
    byPiece.set(piece, result);
    last = { attribution: result, window };
  }
  return out;
}

/** Whether r overlaps a piece's marks (pieces are in text order and do not overlap: a binary search). */
function overlapsPiece(pieces: QuotePiece[], r: Range): boolean {
  let lo = 0, hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].outerEnd <= r.start) lo = mid + 1;
    else if (pieces[mid].outerStart >= r.end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Offsets where paragraphs begin (after each blank line), in order, and the last one before `at`. */
function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) starts.push(i);
  return starts;
}
/** The first blank line at or after `at` (sorted breaks), or -1; with `before`, the last one starting at or before it. */
function breakNear(breaks: number[], at: number, before: boolean): number {
  let lo = 0, hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < at + (before ? 1 : 0)) lo = mid + 1;
    else hi = mid;
  }
  const i = before ? lo - 1 : lo;
  return i >= 0 && i < breaks.length ? breaks[i] : -1;
}

/** The sentences the quotation stands in, kept inside its paragraph and within REACH of it. */
function windowOf(ctx: AnnotateContext, piece: QuotePiece, breaks: number[]): Range {
  let start = piece.outerStart;
  let end = piece.outerEnd;
  const first = ctx.sentenceAt(piece.outerStart);
  for (let k = Math.max(0, first < 0 ? sentenceAfter(ctx, piece.outerStart) : first); k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    if (s.start >= piece.outerEnd) break;
    if (s.end <= piece.outerStart) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  // a closing mark can fall just after the sentence splitter's end: take the rest of the clause
  const si = ctx.sentenceAt(piece.outerEnd);
  if (si >= 0) end = Math.max(end, ctx.sentences[si].end);
  const text = ctx.text;
  const paraStart = breakNear(breaks, piece.outerStart, true);
  const paraEnd = breakNear(breaks, piece.outerEnd, false);
  start = Math.max(start, paraStart < 0 ? 0 : paraStart + 2, piece.outerStart - REACH);
  end = Math.min(end, paraEnd < 0 ? text.length : paraEnd, piece.outerEnd + REACH);
  // a paragraph that opens with the quotation after one ending in a colon ("Lavrov said:") takes that sentence in
  let leadEnd = paraStart < 0 ? 0 : paraStart;
  while (leadEnd > 0 && /\s/.test(text[leadEnd - 1])) leadEnd--;
  if (paraStart >= 0 && !text.slice(paraStart, piece.outerStart).trim() && text[leadEnd - 1] === ':') {
    const si = ctx.sentenceAt(leadEnd - 1);
    const prevPara = breakNear(breaks, leadEnd - 1, true);
    start = Math.max(si >= 0 ? ctx.sentences[si].start : leadEnd - 1, prevPara < 0 ? 0 : prevPara + 2, piece.outerStart - REACH);
  }
  return { start, end };
}

/** The index of the first sentence starting after `at`. */
function sentenceAfter(ctx: AnnotateContext, at: number): number {
  let lo = 0, hi = ctx.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentences[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A capitalised word inside a sentence is part of a name ("the United States"), not a cue. */
function inName(text: string, r: Range): boolean {
  if (!/^\p{Lu}/u.test(text[r.start])) return false;
  const before = text.slice(Math.max(0, r.start - 3), r.start).trimEnd();
  return before !== '' && !/[.!?:;"'“”«»‘’(—-]$/.test(before);
}

function findAll(text: string, window: Range, re: RegExp, keep: (r: Range) => boolean): Range[] {
  const found: Range[] = [];
  const slice = text.slice(window.start, window.end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const r = { start: window.start + m.index, end: window.start + m.index + m[0].length };
    if (keep(r)) found.push(r);
  }
  return found;
}

/**
 * The cue that attributes the quotation: the nearest one whose subject the sentence names
 * (“…,” and cautioned against — no subject — yields to the "X said" before it), else the nearest.
 */
function chooseCue(text: string, window: Range, cues: Cue[], piece: QuotePiece, speakers: LocalEntity[], insideQuote: (r: Range) => boolean): { cue: Cue; subject: Subject | null } {
  const distance = (c: Cue) => (c.end <= piece.outerStart ? piece.outerStart - c.end : c.start - piece.outerEnd);
  // a verb after the quotation in a clause of what was said ("“…” and that Iran condemns …") attributes nothing
  // ("the “…” that Trump threatened": "that" opening a relative clause on the quoted words names their speaker)
  const reported = (c: Cue) => c.start >= piece.outerEnd && THAT_CLAUSE.test(text.slice(piece.outerEnd, c.start)) && !RELATIVE_SPEAKER.test(text.slice(piece.outerEnd, c.start));
  const sorted = [...cues].filter((c) => !reported(c)).sort((a, b) => distance(a) - distance(b));
  for (const cue of sorted) {
    const subject = subjectOf(text, window, cue, piece, speakers, insideQuote);
    if (subject) return { cue, subject };
  }
  // no cue names its subject: a bare "and cautioned against" still belongs to the clause's subject
  return { cue: sorted[0] ?? cues[0], subject: subjectBefore(text, window.start, piece.outerStart, speakers, insideQuote) };
}

function extendNaming(text: string, cue: Cue, piece: QuotePiece): Range {
  const verb = text.slice(cue.start, cue.end);
  const gap = text.slice(cue.end, piece.outerStart);
  if (cue.end <= piece.outerStart && NAMING_RE.test(verb) && gap.length <= 40 && /^[\s\p{L}\p{N}'’-]*$/u.test(gap)) return { start: cue.start, end: cue.start + verb.length + gap.trimEnd().length };
  return { start: cue.start, end: cue.end };
}

function subjectsIn(text: string, from: number, to: number, speakers: LocalEntity[], insideQuote: (r: Range) => boolean): Subject[] {
  const found: Subject[] = [];
  if (to <= from) return found;
  for (const hit of mentionsIn(speakers, from, to)) {
    const range = { start: hit.mention.cleanStart, end: hit.mention.cleanEnd };
    // "Erdogan's office said", "Putin's spokesman said": someone speaking for the person, not the person
    if (hit.entity.type === 'person' && SPOKESBODY_RE.test(text.slice(range.end, range.end + 40))) continue;
    if (SPEAKS_FOR.test(text.slice(Math.max(0, range.start - 40), range.start))) continue;
    if (!insideQuote(range)) found.push({ kind: 'entity', range, entity: hit.entity, text: hit.mention.text });
  }
  const window = { start: from, end: to };
  // "the IDF" for the Israel Defence Forces named before: an acronym of an organisation's name
  for (const r of findAll(text, window, ACRONYM_RE, (x) => !insideQuote(x))) {
    if (found.some((f) => f.range.start < r.end && f.range.end > r.start)) continue;
    const word = text.slice(r.start, r.end);
    const org = speakers.find((e) => e.type === 'organization' && acronymOf(e.name) === word);
    if (org) found.push({ kind: 'entity', range: r, entity: org, text: word });
  }
  // one mention standing for several entities is a group of them
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.kind !== 'entity') continue;
    const same = found.filter((g): g is Extract<Subject, { kind: 'entity' }> => g.kind === 'entity' && g.range.start === f.range.start && g.range.end === f.range.end);
    if (same.length > 1) {
      found.splice(i, 1, { kind: 'group', range: f.range, noun: f.text.toLowerCase(), members: same.map((g) => g.entity) });
      for (const g of same.slice(1)) found.splice(found.indexOf(g), 1);
    }
  }
  const add = (re: RegExp, kind: 'role' | 'pronoun' | 'group' | 'organization') => {
    for (const r of findAll(text, window, re, (x) => !insideQuote(x))) {
      // a reference inside or across an entity's own mention ("Foreign Minister Sergey Lavrov", "The White House") is that entity
      if (found.some((f) => f.range.start < r.end && f.range.end > r.start)) continue;
      const noun = text.slice(r.start, r.end).toLowerCase();
      if (SPEAKS_FOR.test(text.slice(Math.max(0, r.start - 40), r.start))) continue;
      // "the prime minister's official spokesman told us": not the prime minister
      if (kind === 'role' && SPOKESBODY_RE.test(text.slice(r.end, r.end + 40))) continue;
      // "as I told you", "thank you": "you" after a verb or a preposition is no subject
      if (noun === 'you' && OBJECT_YOU.test(text.slice(Math.max(0, r.start - 20), r.start))) continue;
      found.push(kind === 'group' ? { kind, range: r, noun, members: [] } : { kind, range: r, noun });
    }
  };
  add(ROLE_RE, 'role');
  add(ORG_RE, 'organization');
  add(PRONOUN_RE, 'pronoun');
  add(GROUP_RE, 'group');
  return found.sort((a, b) => a.range.end - b.range.end);
}

function subjectBefore(text: string, from: number, to: number, speakers: LocalEntity[], insideQuote: (r: Range) => boolean): Subject | null {
  const all = subjectsIn(text, from, to, speakers, insideQuote);
  return all.length ? all[all.length - 1] : null;
}

function subjectAfter(text: string, from: number, to: number, speakers: LocalEntity[], insideQuote: (r: Range) => boolean): Subject | null {
  const all = subjectsIn(text, from, to, speakers, insideQuote).sort((a, b) => a.range.start - b.range.start);
  return all[0] ?? null;
}

/** Right before a cue: "and" or a comma (a participle, "…, calling it"; "…,” declaring"), so the cue is a second verb of its clause. */
// (or a dash: "X told Y that “…” - adding that …")
const SHARED_SUBJECT = /(?:\band|,["”’]?|\s[-–—])\s+$/;
/** Between a quotation and a later verb: "that" opens a clause of what was said. */
const THAT_CLAUSE = /\bthat\b/i;

/** The one who speaks through `cue`: "X said …", "“…,” X said", "“…,” said X", "according to X". */
function subjectOf(text: string, window: Range, cue: Cue, piece: QuotePiece, speakers: LocalEntity[], insideQuote: (r: Range) => boolean): Subject | null {
  const after = (from: number, span: number) => subjectAfter(text, from, Math.min(window.end, from + span), speakers, insideQuote);
  if (cue.source) return after(cue.end, 80) ?? nameAfter(text, cue, window);
  if (cue.noun) {
    // "Putin's “…” quip", "his words: “…”": the possessor; "you used a slogan: “…”": the clause's subject
    const owner = possessor(text, window.start, cue.noun === 'after' ? piece.outerStart : cue.start, speakers, insideQuote);
    if (owner) return owner;
    return cue.noun === 'before' ? subjectBefore(text, window.start, cue.start, speakers, insideQuote) : null;
  }
  // “…,” the minister said / “…,” said Lavrov / “…,” Lula said (a name no mention covers)
  if (cue.start >= piece.outerEnd) {
    // "“…” ahead of his meeting with Trump, adding that …": a participle after a comma shares the clause's subject
    const gap = text.slice(piece.outerEnd, cue.start);
    if (/ing$/i.test(text.slice(cue.start, cue.end).split(/\s/)[0]) && /\S/.test(gap) && /,\s*$/.test(gap)) {
      const first = subjectsIn(text, window.start, piece.outerStart, speakers, insideQuote).sort((a, b) => a.range.start - b.range.start)[0];
      if (first) return first;
    }
    const between = subjectAfter(text, piece.outerEnd, cue.start, speakers, insideQuote);
    if (between) return between;
    const bare = bareNameBefore(text, piece.outerEnd, cue.start);
    if (bare) return { kind: 'name', ...bare };
    return after(cue.end, 40) ?? nameAfter(text, cue, window);
  }
  // "Jeffrey Hall, a lecturer at Kanda University, said", "General X, who sent …, wrote": the subject
  // before an aside in commas, not a name inside the aside
  const aside = ASIDE_BEFORE_CUE.exec(text.slice(window.start, cue.start));
  if (aside) {
    const comma = window.start + aside.index;
    const owner = subjectsIn(text, window.start, comma, speakers, insideQuote).filter((x) => x.range.end >= comma - 1);
    if (owner.length) return owner[owner.length - 1];
    const bare = bareNameBefore(text, window.start, comma);
    if (bare && !insideQuote(bare.range)) return { kind: 'name', ...bare };
  }
  // "He called X "…" and said …", "The ministry declared X persona non grata, calling it …": a verb
  // joined to the clause's first one shares its subject, whoever was named in between
  if (SHARED_SUBJECT.test(text.slice(Math.max(window.start, cue.start - 6), cue.start))) {
    const first = subjectsIn(text, window.start, cue.start, speakers, insideQuote).sort((a, b) => a.range.start - b.range.start)[0];
    if (first) return first;
  }
  const before = subjectBefore(text, window.start, cue.start, speakers, insideQuote);
  // "Lula, speaking at the Casa Rosada, said:": the name before an aside set off by commas
  const bare = bareNameBefore(text, window.start, cue.start) ?? (before ? null : bareNameBeforeAside(text, window.start, cue.start));
  // a name right before the cue is its subject, whoever was named earlier in the sentence
  // (a country is no person's name: "the leaders of the UK and Japan said")
  if (bare && !(before && before.range.end >= bare.range.start) && !insideQuote(bare.range) && !countryCode(bare.name)) return { kind: 'name', ...bare };
  return before ?? after(cue.end, 40);
}

/** Bodies that speak for a whole state ("the Chinese government said"). */
const STATE_BODIES = new Set(['government', 'administration', 'authorities', 'cabinet']);
const ACRONYM_RE = /\b\p{Lu}{2,6}\b/gu;
/** The initials of a name's capitalised words ("Israel Defence Forces" → "IDF"). */
const acronymOf = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** "A spokesman for the former leader said": someone speaking for the one named after it. */
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person)|aides?|advisers?|advisors?|representatives?|lawyers?|sources?)\s+(?:for|of|to|close to)\s+$/i;
const OBJECT_YOU = new RegExp(`\\b(?:${alternation([...SPEECH_VERBS, 'thank', 'to', 'with', 'for', 'of', 'at', 'from', 'by', 'about', 'than', 'tell', 'ask', 'see', 'met', 'meet', 'join', 'invite', 'invited', 'welcome', 'welcomed'])})\\s+$`, 'i');

/** An aside in commas right before a cue: ", a lecturer at …,", ", who sent …,". */
const ASIDE_BEFORE_CUE = /,\s+(?:who|which|a|an|the|one|his|her|its|their|himself|herself)\s[^,;:“”"«»]{1,120},\s*$/iu;
/** Between a quotation and a cue after it: a relative clause with its subject ("“…” that Trump threatened"). */
const RELATIVE_SPEAKER = /^\s*(?:that|which)\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:he|she)\s+|the\s+(?:[\p{L}-]+\s+){1,3})$/u;

/** The owner named right before `at`: "Putin's" (a mention before 's, and adjectives), "his"/"her". */
function possessor(text: string, from: number, at: number, speakers: LocalEntity[], insideQuote: (r: Range) => boolean): Subject | null {
  const m = /(?:(['’]s)|\b(his|her))\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(from, at));
  if (!m) return null;
  const start = from + m.index;
  if (m[2]) return { kind: 'pronoun', range: { start, end: start + m[2].length }, noun: m[2].toLowerCase() === 'his' ? 'he' : 'she' };
  const owner = subjectsIn(text, from, start, speakers, insideQuote).filter((x) => x.range.end === start);
  if (owner.length) return owner[owner.length - 1];
  const bare = bareNameBefore(text, from, start);
  return bare ? { kind: 'name', ...bare } : null;
}

/** Cues in the window: verbs of saying (noun-like ones only where tagged as verbs), "according to", and speech nouns next to the quotation. */
function findCues(ctx: AnnotateContext, window: Range, piece: QuotePiece, isCue: (r: Range) => boolean): Cue[] {
  const text = ctx.text;
  const verbs: Cue[] = findAll(text, window, CUE_RE, isCue)
    .concat(findAll(text, window, NOUN_LIKE_CUE_RE, isCue).filter((r) => isVerb(ctx, r.start)))
    .map((r) => ({ ...r, source: false }));
  const sources: Cue[] = findAll(text, window, SOURCE_RE, isCue).map((r) => ({ ...r, source: true }));
  const nouns: Cue[] = [];
  for (const r of findAll(text, window, SPEECH_NOUN_RE, isCue)) {
    if (verbs.some((v) => v.start < r.end && r.start < v.end)) continue;
    if (r.start >= piece.outerEnd && !text.slice(piece.outerEnd, r.start).trim()) nouns.push({ ...r, source: false, noun: 'after' });
    else if (r.end <= piece.outerStart && /^\s*:?\s*$/.test(text.slice(r.end, piece.outerStart))) nouns.push({ ...r, source: false, noun: 'before' });
  }
  return [...verbs, ...sources, ...nouns];
}

function isVerb(ctx: AnnotateContext, at: number): boolean {
  const i = tokenAt(ctx, at);
  return i >= 0 && ctx.tokens[i].start === at && ctx.tokens[i].pos === 'VERB';
}

/**
 * A paragraph that opens with a further quotation, right after the paragraph of an attributed one:
 * the same voice goes on (news gives a long statement a paragraph per quotation, attributed once).
 */
function nextParagraph(ctx: AnnotateContext, last: { attribution: Attribution; window: Range }, piece: QuotePiece): boolean {
  const text = ctx.text;
  const prev = last.attribution.piece;
  if (!last.attribution.speakerLocalId || !isClause(ctx, prev) || !isClause(ctx, piece)) return false;
  const paraStart = text.lastIndexOf('\n\n', piece.outerStart);
  if (paraStart < 0 || text.slice(paraStart, piece.outerStart).trim()) return false;
  // the attributed quotation stands in the paragraph right before
  const prevStart = text.lastIndexOf('\n\n', paraStart - 1);
  return prev.outerStart > prevStart && prev.outerEnd <= paraStart;
}

/** "said Albanese": a bare name right after the cue, when the quotation stands before it. */
function nameAfter(text: string, cue: Cue, window: Range): Subject | null {
  const bare = bareNameAfter(text, cue.end, window.end);
  return bare ? { kind: 'name', ...bare } : null;
}

/** The local entity a subject stands for; null when the text does not say. */
function resolve(subject: Subject | null, speakers: LocalEntity[], last: Attribution | null, doc: DocView): string | null {
  if (!subject) return null;
  if (subject.kind === 'name') return personNamed(subject.name, speakers);
  if (subject.kind === 'entity') {
    // "Kim said" with Kim Jong Un and Kim Yo Jong in the text: the text does not say which
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(subject.text) && subject.entity.type === 'person' && personNamed(subject.text, speakers) !== subject.entity.localId) return null;
    // "the minister said" while one minister is being quoted goes on with that speaker (while the text is still near their words)
    const m = /^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)$/iu.exec(subject.text);
    const current = last?.speakerLocalId ? speakers.find((e) => e.localId === last.speakerLocalId) : undefined;
    const country = m ? countryBefore(subject.text.replace(/^\S+\s+/, '')) : null;
    if (m && current && current !== subject.entity && holds(current, m[1]) && (!country || countriesOf(current).has(country)) && subject.range.start - last!.piece.outerEnd <= PRONOUN_REACH) return current.localId;
    // "the Russian president" taken for someone of another country: the office and country say who
    const reference = officeOf(subject.text);
    const own = countriesOf(subject.entity);
    if (reference?.country && own.size && !own.has(reference.country)) return resolveOffice(subject.text, subject.range, speakers.filter((e) => e.type === 'person'), last, doc);
    // "Russia's foreign minister" taken for the deputy foreign minister: the one holding just that office
    if (reference && !holdsExactly(subject.entity, reference.office)) {
      const alt = resolveOffice(subject.text, subject.range, speakers.filter((e) => e.type === 'person'), last, doc);
      const person = alt ? speakers.find((e) => e.localId === alt) : undefined;
      if (person && holdsExactly(person, reference.office)) return person.localId;
    }
    // "the prime minister": the officeholder the text is about, when clearly one
    if (reference && !reference.country && OFFICES.includes(reference.office)) {
      const home = ownOfficeholder(reference.office, speakers.filter((e) => e.type === 'person'), doc);
      if (home) return home;
    }
    return subject.entity.localId;
  }
  if (subject.kind === 'organization') {
    // "the ministry said": the latest organisation named before whose name has that word
    const head = subject.noun.split(/\s+/).pop() ?? subject.noun;
    const orgs = speakers
      .filter((e) => e.type === 'organization' && [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(head)))
      .map((e) => ({ e, at: e.mentions.filter((m) => m.cleanEnd <= subject.range.start).reduce((a, m) => Math.max(a, m.cleanEnd), -1) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => b.at - a.at);
    if (orgs.length) return orgs[0].e.localId;
    // "the Chinese government said", "Russia's government": the state, when no such body is named
    const state = STATE_BODIES.has(head) ? officeOf(doc.ctx.text.slice(subject.range.start, subject.range.end))?.country : null;
    return (state && doc.states.find((e) => e.country === state)?.localId) || null;
  }
  const persons = speakers.filter((e) => e.type === 'person');
  const before = (e: LocalEntity) => e.mentions.filter((m) => m.cleanEnd <= subject.range.start).reduce((a, m) => Math.max(a, m.cleanEnd), -1);
  const byRecency = persons.map((e) => ({ e, at: before(e) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at);
  if (subject.kind === 'group') {
    // one of several people: the one being quoted, if they are among them; otherwise the text does not say
    const current = last?.speakerLocalId ?? null;
    if (current && (!subject.members.length || subject.members.some((e) => e.localId === current))) return current;
    // two named together ("the leaders of A and B said", a joint statement): either is right, the one named most
    if (subject.members.length === 2) return pickOne(subject.members);
    return subject.members.length ? null : groupOfCountries(doc.ctx.text, subject, persons);
  }
  if (subject.kind === 'pronoun') return resolvePronoun(subject.noun, subject.range, persons, last, doc);
  return resolveOffice(doc.ctx.text.slice(subject.range.start, subject.range.end), subject.range, persons, last, doc);
}

/** The office and the country of a reference: "the German minister", "Japan's leader", "the US president". */
function officeOf(phrase: string): { office: string; country: string | null } | null {
  const m = /^(\S+)\s+(.+)$/u.exec(phrase.trim());
  if (!m || !/^(?:the|this|that|our|their)$/i.test(m[1]) && !/['’]s$/.test(m[1])) return null;
  const country = /['’]s$/.test(m[1]) ? countryCode(m[1].replace(/['’]s$/, '')) : countryBefore(m[2]);
  // the office without its nationality: "the South Korean foreign minister" → "foreign minister"
  const words = m[2].split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && (DEMONYMS[words.slice(k, k + 2).join(' ')] || DEMONYMS[words[k]] || SHORT_COUNTRY_FORMS[words[k].replace(/\.$/, '')])) k += DEMONYMS[words.slice(k, k + 2).join(' ')] ? 2 : 1;
  return { office: words.slice(k).join(' ').toLowerCase(), country };
}

/**
 * "the minister": the person being quoted if they hold that office, else the latest person named
 * holding it; none named, the text does not say. With a country ("the US president", "Russia's
 * foreign minister") only a person of that country, named before or after: the one holding the
 * office, else the only person of that country whose office the text does not give.
 */
function resolveOffice(phrase: string, at: Range, persons: LocalEntity[], last: Attribution | null, doc: DocView): string | null {
  const ref = officeOf(phrase);
  if (!ref) return null;
  const { office, country } = ref;
  const fits = (e: LocalEntity) => holds(e, office, !!country) && (!country || countriesOf(e).has(country));
  const current = last?.speakerLocalId ? persons.find((e) => e.localId === last.speakerLocalId) : undefined;
  // the one being quoted goes on, while the text is still near their words
  if (current && fits(current) && at.start - last!.piece.outerEnd <= PRONOUN_REACH) return current.localId;
  if (!country) {
    const own = ownOfficeholder(office, persons, doc);
    if (own) return own;
  }
  const before = (e: LocalEntity) => e.mentions.filter((m) => m.cleanEnd <= at.start).reduce((a, m) => Math.max(a, m.cleanEnd), -1);
  const byRecency = persons.map((e) => ({ e, at: before(e) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at);
  // "foreign minister": the Foreign Minister before the Deputy Foreign Minister
  const exactly = (e: LocalEntity) => holdsExactly(e, office);
  const exactHolders = country ? persons.filter((e) => fits(e) && exactly(e)) : [];
  if (exactHolders.length === 1) return exactHolders[0].localId;
  const named = byRecency.find((x) => fits(x.e) && exactly(x.e)) ?? byRecency.find((x) => fits(x.e));
  if (named || !country) return named?.e.localId ?? null;
  const holders = persons.filter(fits);
  const exact = holders.filter(exactly);
  if (exact.length === 1) return exact[0].localId;
  if (holders.length) return holders.length === 1 ? holders[0].localId : null;
  const ofCountry = persons.filter((e) => countriesOf(e).has(country));
  return ofCountry.length === 1 && !ofCountry[0].roles.length ? ofCountry[0].localId : null;
}

/**
 * A bare office ("the prime minister", "the president") is the officeholder the text is about: of
 * the people holding that office (or named in the title with no office given), the one named most
 * by name — when clearly so; else the text does not say.
 */
function ownOfficeholder(office: string, persons: LocalEntity[], doc: DocView): string | null {
  const title = doc.ctx.doc.title ?? '';
  const named = (e: LocalEntity) => e.mentions.filter((m) => isName(m.text)).length;
  const eligible = persons
    .filter((e) => (holds(e, office) || (!e.roles.length && nameWords(e).some((w) => new RegExp(`\\b${w}\\b`).test(title)))))
    .map((e) => ({ e, n: named(e) }))
    .sort((a, b) => b.n - a.n);
  if (eligible.length && (eligible.length === 1 || eligible[1].n * 1.5 < eligible[0].n)) return eligible[0].e.localId;
  // else the one person the text already calls so ("The president said …" read as Trump)
  const bare = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:the|this|that) /, '');
  const calledSo = persons.filter((e) => e.mentions.some((m) => /^(?:the|this|that)\s/i.test(m.text) && bare(m.text) === office));
  return calledSo.length === 1 ? calledSo[0].localId : null;
}

/** Surnames and given names of a person (words of three letters or more) as written. */
function nameWords(e: LocalEntity): string[] {
  // (a "word" of thousands of letters is damaged text, not a name: as a pattern it would be too large to compile)
  return [...new Set([e.name, ...e.aliases].flatMap((n) => n.split(/[\s-]+/)).filter((w) => /^\p{Lu}[\p{L}'’]{2,40}$/u.test(w)))].map((w) => escapeRegExp(w));
}

/** "The leaders of the UK and Japan said": either one (the one named most), as for a joint statement. */
function groupOfCountries(text: string, subject: Subject, persons: LocalEntity[]): string | null {
  const m = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)/u.exec(text.slice(subject.range.end, subject.range.end + 80));
  if (!m) return null;
  const codes = [m[1], m[2]].map((c) => countryCode(c) ?? countryCode(`the ${c}`)).filter((c): c is string => !!c);
  if (codes.length < 2) return null;
  const leaders = /leader/i.test(subject.kind === 'group' ? subject.noun : '');
  const members = persons.filter((e) => codes.some((c) => countriesOf(e).has(c)) && (!leaders || holds(e, 'leader', true)));
  return members.length ? pickOne(members) : null;
}

/** One of a pair who speak together: the one named most, else the one named first. */
function pickOne(members: LocalEntity[]): string {
  const first = (e: LocalEntity) => Math.min(...e.mentions.map((m) => (m.cleanStart < 0 ? Infinity : m.cleanStart)));
  return [...members].sort((a, b) => b.mentions.length - a.mentions.length || first(a) - first(b))[0].localId;
}

/** The country named by a demonym or short form among the words before an office ("German", "South African", "US"). */
function countryBefore(phrase: string): string | null {
  const words = phrase.split(/\s+/).slice(0, -1);
  for (let i = 0; i < words.length; i++) {
    const two = words.slice(i, i + 2).join(' ');
    const code = DEMONYMS[two] ?? DEMONYMS[words[i]] ?? SHORT_COUNTRY_FORMS[words[i].replace(/\.$/, '')];
    if (code) return code;
  }
  return null;
}

function countriesOf(e: LocalEntity): Set<string> {
  return new Set([e.country, ...e.roles.map((r) => r.country)].filter((c): c is string => !!c));
}

/**
 * "he said": a person the document does not call "she" (and the reverse). The one being quoted goes
 * on speaking unless someone else of that gender was named since; otherwise a person of that
 * gender named earlier in the pronoun's sentence, else the subject (first person named) of the
 * sentence before, else the latest one named.
 */
function resolvePronoun(pronoun: string, at: Range, persons: LocalEntity[], last: Attribution | null, doc: DocView): string | null {
  if (/^you$/i.test(pronoun)) return addressee(at, doc, persons);
  const g = pronounGender(pronoun);
  const fits = (e: LocalEntity) => !g || (doc.genders.get(e.localId) ?? g) === g;
  const candidates = persons.filter(fits);
  const namedIn = (from: number, to: number) =>
    candidates
      .map((e) => ({ e, m: e.mentions.filter((m) => m.cleanStart >= from && m.cleanEnd <= to && isName(m.text) && !doc.insideQuote({ start: m.cleanStart, end: m.cleanEnd })) }))
      .filter((x) => x.m.length)
      .map((x) => ({ e: x.e, first: Math.min(...x.m.map((m) => m.cleanStart)), last: Math.max(...x.m.map((m) => m.cleanEnd)) }));
  // "Trudeau said he …" with no Trudeau among the people found: a "he" after it is someone the
  // text does not let us name, neither the one quoted before nor whoever was named further back
  const unknownSpeakerIn = (from: number, to: number) =>
    [...doc.ctx.text.slice(from, to).matchAll(UNKNOWN_SPEAKER_RE)].some(
      (m) => !STOP_SUBJECTS.has(m[1].toLowerCase()) && !persons.some((e) => [e.name, ...e.aliases].some((n) => n.split(/\s+/).includes(m[1]))),
    );
  const current = last?.speakerLocalId ? candidates.find((e) => e.localId === last.speakerLocalId) : undefined;
  // the one just quoted is someone the text names but we could not place ("X, a lecturer at Y, said"): "he" is them still, unknown
  if (last && !last.speakerLocalId && last.cue && at.start - last.piece.outerEnd <= PRONOUN_REACH && !namedIn(last.piece.outerEnd, at.start).length) return null;
  if (current && last && at.start - last.piece.outerEnd <= PRONOUN_REACH) {
    const since = namedIn(last.piece.outerEnd, at.start).filter((x) => x.e !== current);
    if (unknownSpeakerIn(last.piece.outerEnd, at.start)) return null;
    if (!since.length) return current.localId;
  }
  const si = doc.ctx.sentenceAt(doc.quoteStart);
  if (si >= 0) {
    const here = namedIn(doc.ctx.sentences[si].start, at.start).sort((a, b) => b.last - a.last);
    // "the Russian president mentioned what he called": an office named in the sentence, after any name
    const office = officeIn(doc, doc.ctx.sentences[si].start, at.start, persons, last, fits);
    if (office && (!here.length || office.at > here[0].last)) return office.id;
    if (here.length) return here[0].e.localId;
    for (let k = si - 1, stop = si - 2; k >= Math.max(0, stop); k--) {
      const s = doc.ctx.sentences[k];
      // a sentence whose subject is this pronoun already ("She said she looked forward to Wang
      // visiting") goes on about the same person: who that is, the sentence before it says
      const opener = /^\W*(\p{L}+)/u.exec(doc.ctx.text.slice(s.start, s.end))?.[1];
      if (g && opener && pronounGender(opener) === g && /^(?:he|she)$/i.test(opener)) {
        stop--;
        continue;
      }
      const before = namedIn(s.start, s.end).sort((a, b) => a.first - b.first);
      // the sentence's subject may be an office ("the prime minister has now set out …")
      const office = officeIn(doc, s.start, s.end, persons, last, fits, 'first');
      if (office && (!before.length || office.at <= before[0].first)) return office.id;
      if (before.length) return before[0].e.localId;
      // "Trudeau said he …" with no Trudeau among the people found: the pronoun is someone the text
      // does not let us name, not whoever was named further back
      if (unknownSpeakerIn(s.start, s.end)) return null;
    }
  }
  const before = (e: LocalEntity) => e.mentions.filter((m) => m.cleanEnd <= at.start).reduce((a, m) => Math.max(a, m.cleanEnd), -1);
  const latest = candidates.map((e) => ({ e, at: before(e) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at)[0];
  return latest?.e.localId ?? null;
}

/** The latest (or first) office reference in [from, to) ("the Russian president") that resolves to a person who fits. */
function officeIn(doc: DocView, from: number, to: number, persons: LocalEntity[], last: Attribution | null, fits: (e: LocalEntity) => boolean, which: 'first' | 'last' = 'last'): { id: string; at: number } | null {
  const refs = findAll(doc.ctx.text, { start: from, end: to }, ROLE_RE, (r) => !doc.insideQuote(r));
  if (which === 'last') refs.reverse();
  for (const r of refs) {
    const id = resolveOffice(doc.ctx.text.slice(r.start, r.end), r, persons, last, doc);
    const e = id ? persons.find((p) => p.localId === id) : undefined;
    if (e && fits(e)) return { id: e.localId, at: which === 'last' ? r.end : r.start };
  }
  return null;
}

/**
 * "you" in a transcript's turn: the other one of a two-person conversation; with more people
 * speaking, the one the turn addresses ("Mr. President, you said …", "Excellency, you used …")
 * when one of the others holds that office; anywhere else, the text does not say.
 */
function addressee(at: Range, doc: DocView, persons: LocalEntity[]): string | null {
  const turn = doc.turns.find((t) => t.start <= at.start && at.start < t.end);
  if (!turn) return null;
  const owners = new Set(doc.turns.map((t) => t.speakerLocalId));
  owners.delete(turn.speakerLocalId);
  if (owners.size <= 1) return [...owners][0] ?? null;
  const others = persons.filter((e) => owners.has(e.localId));
  const text = doc.ctx.text;
  // the forms of address in the paragraph, up to the end of the sentence of "you": the latest before it, else the first after
  const si = doc.ctx.sentenceAt(at.start);
  const to = si >= 0 ? doc.ctx.sentences[si].end : at.end;
  const para = text.lastIndexOf('\n\n', at.start);
  const from = Math.max(para < 0 ? 0 : para, turn.start - REACH);
  const forms = [...text.slice(from, to).matchAll(ADDRESS_RE)].map((m) => ({ at: from + m.index, office: m[1] ?? null }));
  const form = forms.filter((f) => f.at < at.start).pop() ?? forms[0];
  if (!form) return null;
  const holders = others.filter((e) => (form.office ? holds(e, form.office) : holds(e, 'leader', true)));
  return holders.length === 1 ? holders[0].localId : null;
}

/** "Mr. President," / ", Madam Secretary." (group 1: the office) or "Excellency," set off as an address. */
const ADDRESS_RE = new RegExp(
  `(?:^|[,.;:!?—]\\s*|\\n\\s*)(?:(?:${alternation(ADDRESS_FORMS).replace(/\./g, "\\.")})\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2})|(?:${alternation(LEADER_ADDRESS)}))(?=\\s*[,.!?—])`,
  'gu',
);

/** A capitalised word as the subject of a verb of saying ("Trudeau said"). */
const UNKNOWN_SPEAKER_RE = /(?:^|[\s,;(])(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|added|stressed|insisted|argued|warned)\b/gu;
/** Capitalised words that stand as such subjects without naming a person. */
const STOP_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'who', 'officials', 'reuters', 'police']);

/** A proper name ("Manalo", "Lin Jian"), not a reference ("the minister", "he"). */
function isName(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !/^(?:the|this|that|he|she|his|her)\b/i.test(text);
}

/** Does the person hold an office named by `noun` ("minister", "foreign minister")? */
/** The person's office is just that one ("Foreign Minister", not "Deputy Foreign Minister"). */
function holdsExactly(e: LocalEntity, office: string): boolean {
  return e.roles.some((r) => r.title.toLowerCase() === office);
}

/** `ofState`: the office is a state's ("Japan's leader"), so "leader" is any head of state or government. */
function holds(e: LocalEntity, noun: string, ofState = false): boolean {
  const words = noun.toLowerCase().split(/\s+/).map((w) => OFFICE_ABBREVIATIONS[w] ?? w).join(' ');
  // the office is the role noun the phrase ends with: "japanese prime minister", "german minister"
  const office = OFFICES.find((o) => words === o || words.endsWith(` ${o}`)) ?? words.split(/\s+/).pop() ?? words;
  const titles = e.roles.map((r) => r.title.toLowerCase());
  if (ofState && (office === 'leader' || office === 'leaders')) return titles.some((t) => LEADER_OFFICES.some((o) => t.includes(o)) || t.includes('leader'));
  // "prime minister" is not any minister; other offices by their head word ("foreign minister" → minister)
  const head = office === 'prime minister' ? office : office.split(/\s+/).pop()!;
  return titles.some((t) => t.includes(head));
}

const OFFICES = [...new Set([...ROLE_NOUNS, ...Object.values(OFFICE_ABBREVIATIONS)])].sort((a, b) => b.length - a.length);

function tokenAt(ctx: AnnotateContext, at: number) {
  let lo = 0, hi = ctx.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = ctx.tokens[mid];
    if (t.end <= at) lo = mid + 1;
    else if (t.start > at) hi = mid - 1;
    else return mid;
  }
  return lo < ctx.tokens.length ? lo : -1;
}

/** A coined name is short: a proper noun and a common noun or two ("Greenland moment"). */
const COINED_WORDS = 3;

/** "the EU's “Greenland moment”": a proper noun opening a short phrase of lower-case nouns, no verb — a name coined for a thing. */
function coinedName(ctx: AnnotateContext, piece: QuotePiece): boolean {
  const text = ctx.text;
  const first = tokenAt(ctx, piece.start);
  if (first < 0 || ctx.tokens[first].pos !== 'PROPN') return false;
  let n = 0;
  for (let i = first; i < ctx.tokens.length && ctx.tokens[i].start < piece.end; i++) {
    const t = ctx.tokens[i];
    const word = text.slice(t.start, t.end);
    if (!/[\p{L}\p{N}]/u.test(word)) return false;
    if (++n > COINED_WORDS) return false;
    if (i > first && (!/^\p{Ll}/u.test(word) || t.pos !== 'NOUN')) return false;
  }
  return n >= 2;
}

function startsWithVerb(ctx: AnnotateContext, piece: QuotePiece): boolean {
  const i = tokenAt(ctx, piece.start);
  return i >= 0 && ctx.tokens[i].start < piece.end && (ctx.tokens[i].pos === 'VERB' || ctx.tokens[i].pos === 'AUX');
}

function isClause(ctx: AnnotateContext, piece: QuotePiece): boolean {
  const words = ctx.text.slice(piece.start, piece.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < CLAUSE_WORDS) return false;
  for (let i = Math.max(0, tokenAt(ctx, piece.start)); i < ctx.tokens.length && ctx.tokens[i].start < piece.end; i++)
    if (ctx.tokens[i].pos === 'VERB' || ctx.tokens[i].pos === 'AUX') return true;
  return false;
}

/**
 * A quotation without a cue continues the previous attributed one when it is in the same sentence,
 * or opens its own sentence just after it in the same paragraph (“…,” he said. “…”).
 */
function runsOn(text: string, last: { attribution: Attribution; window: Range }, window: Range, piece: QuotePiece): boolean {
  const prev = last.attribution.piece;
  if (last.window.start === window.start) return true; // same sentence
  const between = text.slice(prev.outerEnd, piece.outerStart);
  if (between.includes('\n\n') || between.length > CARRY_DISTANCE) return false;
  // the quotation starts its sentence: nothing but spaces between the sentence start and the mark
  return !text.slice(window.start, piece.outerStart).trim();
}
