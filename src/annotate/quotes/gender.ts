// The grammatical gender a document gives each person, so that "he said" never goes to someone the
// text calls "she". Evidence: a form of address or gendered office before a mention ("Ms Wong",
// "spokeswoman Mao Ning"), a given name borne by one sex only, and pronouns outside quotations whose only possible antecedent is that
// person (the one person named earlier in the pronoun's sentence, or else in the sentence before),
// leaving out the pronouns of attributions themselves.
import { FEMALE_GIVEN_NAMES, GENDER_ADDRESS, GENDER_PRONOUNS, MALE_GIVEN_NAMES, type Gender } from '../../lexicons/en/gender.js';
import { SPEECH_VERBS } from '../../lexicons/en/quote-cues.js';
import type { LocalEntity, Range } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import { alternation } from './patterns.js';

const PRONOUN_RE = new RegExp(`\\b(?:${alternation(Object.keys(GENDER_PRONOUNS))})\\b`, 'gi');
/** "He said: “…”": a pronoun that is the subject of a cue opening a quotation. */
const CUE_THEN_QUOTE = new RegExp(`^\\s+(?:${alternation(SPEECH_VERBS)})(?:\\s+\\p{L}+)?[:,]?\\s*[“"‘'«]`, 'iu');
const ADDRESS_RE = new RegExp(`\\b(${alternation(Object.keys(GENDER_ADDRESS))})\\.?\\s+$`, 'i');
const GIVEN = new Map<string, Gender>([...FEMALE_GIVEN_NAMES.map((n) => [n, 'f'] as const), ...MALE_GIVEN_NAMES.map((n) => [n, 'm'] as const)]);
/** "her" before these is an object ("told her that"), not a possessive ("her government"). */
const AFTER_OBJECT = /^\s*(?:[^\p{L}\s]|$|(?:that|to|the|a|an|and|or|in|on|at|about|for|with|from|by|of|as|if|whether|again|directly|personally)\b)/iu;
/** Votes of one gender needed for each vote of the other before the document is taken to say. */
const MARGIN = 2;

export type Genders = Map<string, Gender>;

export function pronounGender(word: string): Gender | null {
  return GENDER_PRONOUNS[word.toLowerCase()] ?? null;
}

export function gendersOf(ctx: AnnotateContext, persons: LocalEntity[], insideQuote: (r: Range) => boolean): Genders {
  const text = ctx.text;
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (e: LocalEntity, g: Gender, n = 1) => {
    const v = votes.get(e.localId) ?? votes.set(e.localId, { m: 0, f: 0 }).get(e.localId)!;
    v[g] += n;
  };
  for (const e of persons) {
    // a given name borne by one sex only: weaker than a form of address, a pronoun may overrule it
    const given = new Set([e.name, ...e.aliases].flatMap((n) => n.split(/\s+/)).map((w) => GIVEN.get(w)).filter((g): g is Gender => !!g));
    if (given.size === 1) vote(e, [...given][0], MARGIN);
    for (const m of e.mentions) {
      const a = ADDRESS_RE.exec(text.slice(Math.max(0, m.cleanStart - 20), m.cleanStart));
      // a form of address is strong evidence: it outweighs a stray pronoun
      if (a) vote(e, GENDER_ADDRESS[a[1].toLowerCase().replace(/\s+/g, ' ')], MARGIN * 2);
      // or inside the mention itself: "Ms Ardern", "Foreign Ministry spokeswoman Mao Ning"
      const inside = m.text.split(/\s+/).slice(0, -1).map((w) => GENDER_ADDRESS[w.toLowerCase().replace(/\.$/, '')]).find(Boolean);
      if (inside) vote(e, inside, MARGIN * 2);
    }
  }
  const mentionsIn = (from: number, to: number) =>
    // names only: a reference ("The prime minister") is itself a guess at who is meant
    new Set(persons.filter((e) => e.mentions.some((m) => m.cleanStart >= from && m.cleanEnd <= to && /^\p{Lu}/u.test(m.text) && !/^(?:the|this|that|his|her|its|their)\s/i.test(m.text))).map((e) => e.localId));
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(text); m; m = PRONOUN_RE.exec(text)) {
    const r = { start: m.index, end: m.index + m[0].length };
    if (insideQuote(r)) continue;
    // an object pronoun is someone other than the subject before it ("Macron told her")
    const word = m[0].toLowerCase();
    if (word === 'him' || (word === 'her' && AFTER_OBJECT.test(text.slice(r.end, r.end + 12)))) continue;
    // the pronoun of an attribution ("“…,” he said", "She said: “…”") is what is being resolved: no evidence
    if (/[”"’'»]\s*$/.test(text.slice(Math.max(0, r.start - 4), r.start)) || CUE_THEN_QUOTE.test(text.slice(r.end, r.end + 40))) continue;
    const si = ctx.sentenceAt(r.start);
    if (si < 0) continue;
    let ids = mentionsIn(ctx.sentences[si].start, r.start);
    if (!ids.size && si > 0) ids = mentionsIn(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end);
    if (ids.size !== 1) continue;
    const e = persons.find((p) => ids.has(p.localId));
    if (e) vote(e, pronounGender(m[0])!);
  }
  const out: Genders = new Map();
  for (const [id, v] of votes) {
    if (v.m >= MARGIN * v.f && v.m > 0) out.set(id, 'm');
    else if (v.f >= MARGIN * v.m && v.f > 0) out.set(id, 'f');
  }
  return out;
}
