// People named in full: after a title ("Foreign Minister of the Republic of Korea Chung Eui-yong",
// "Russian foreign minister Sergei Lavrov", "Korea’s Minister for Trade, Yoo Myung-hee"), with a
// title in apposition ("Yun Byung-se, the Foreign Minister of Korea,"), as a document's speaker
// ("Sergey Lavrov’s remarks at…"), before a verb of saying ("Wang Yi said"), after an honorific,
// or as a transcript's "Name:" line. Later repetitions of a known full name are mentions too.
import { GIVEN_NAMES } from '../../lexicons/names.js';
import { DESCRIPTION_NOUNS, PERSON_VERBS, PORTFOLIO_ENDS, SPEAKER_LEADS, SPEAKER_NOUNS, WEAK_PERSON_VERBS } from '../../lexicons/titles.js';
import { PhraseTrie } from './trie.js';
import { honorificBefore, nameAt, type NameRun } from './grammar.js';
import { nameKeys } from './names.js';
import type { EntityRecord, Registry } from './registry.js';
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';
import { possessiveAt, tokenize } from './tokens.js';

const SPEAKER_NOUN = SPEAKER_NOUNS.map((n) => tokenize(n).map((t) => t.lower));
const SPEAKER_LEAD = SPEAKER_LEADS.map((n) => tokenize(n).map((t) => t.lower));
const PERSON_VERB = new Set(PERSON_VERBS);
const WEAK_PERSON_VERB = new Set(WEAK_PERSON_VERBS);
const GIVEN_NAME = new Set(GIVEN_NAMES);
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** A run that looks like a person's name: a known given name first, or a Korean-style given name ("Jae-in"). */
function personLike(seg: Segment, run: NameRun): boolean {
  if (GIVEN_NAME.has(seg.toks[run.start].lower)) return true;
  return run.parts.length <= 3 && run.text.split(/\s+/).slice(1).some((p) => KOREAN_GIVEN.test(p));
}
const SAID_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'explained']);
const NOT_BEFORE_NAME = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'from', 'in', 'on']);

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

function wordsAt(seg: Segment, i: number, words: string[]): boolean {
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

/** "of the World Trade Organization" at token i: where it ends and the organisation's state. */
function orgAfterOf(v: SegmentView, i: number): { code: string | null; end: number } | null {
  if (v.seg.toks[i]?.lower !== 'of') return null;
  let k = i + 1;
  if (v.seg.toks[k]?.lower === 'the') k++;
  const h = v.hitAt.get(k);
  return h && h.kind === 'org' ? { code: codeOf(h), end: h.end } : null;
}

/** What follows a title: "of <country>" or "of <organisation>", then "to <country>" (a posting). */
function afterTitle(v: SegmentView, h: Hit, codeBefore: string | null): { role: { title: string; code: string | null }; end: number } {
  const title = h.entry?.kind === 'title' ? h.entry.title : '';
  let code = codeBefore;
  let k = h.end;
  const of = countryAfterOf(v, k);
  if (of) {
    code = of.code;
    k = of.end;
  } else {
    // "Secretary-General of the Shanghai Cooperation Organisation Zhang Ming"
    const org = orgAfterOf(v, k);
    if (org) {
      code ??= org.code;
      k = org.end;
    }
  }
  // "Ambassador of the Republic of Korea to Russia Lee Sok-bae": the posting is not the role's state
  const to = v.seg.toks[k]?.lower === 'to' ? countryAfterOf(v, k, 'to') : null;
  if (to) k = to.end;
  return { role: { title, code }, end: k };
}

const PORTFOLIO_END = new Set(PORTFOLIO_ENDS);

/**
 * "for North American Affairs", "and Finance": a portfolio between a title and the name, ending
 * in a portfolio word right before a name of two or more words. Where the name starts, or `k`.
 */
function portfolioEnd(v: SegmentView, k: number): number {
  const toks = v.seg.toks;
  if (!['for', 'of', 'and', 'on'].includes(toks[k]?.lower ?? '')) return k;
  let best = k;
  for (let j = k + 1; j < toks.length && j < k + 12 && !toks[j].nl; j++) {
    const t = toks[j];
    if (!(t.cap || ['and', 'of', 'the', 'for', 'on', '-', ','].includes(t.lower))) break;
    if (PORTFOLIO_END.has(t.lower) && (nameAt(v.seg, j + 1, v.blocked)?.parts.length ?? 0) >= 2) best = j + 1;
  }
  return best;
}

/** Name runs of a segment, left to right, skipping what is blocked (also what the caller blocks meanwhile). */
function* nameRuns(v: SegmentView): Generator<NameRun> {
  for (let i = 0; i < v.seg.toks.length; i++) {
    if (v.blocked[i] || !v.seg.toks[i].cap) continue;
    const run = nameAt(v.seg, i, v.blocked);
    if (!run) continue;
    yield run;
    i = run.end - 1;
  }
}

/** "Sergey Lavrov’s remarks at…", or "Remarks by [title] Name" with the lead ending at `leadEnd`. */
function isSpeakerCue(v: SegmentView, run: NameRun, leadEnd: number): boolean {
  const { seg } = v;
  // "X’s remarks", "X’s Regular Press Conference", "X’s annual news conference"
  if (possessiveAt(seg.toks, run.end) && SPEAKER_NOUN.some((w) => wordsAt(seg, run.end + 2, w) || (seg.toks[run.end + 2]?.isWord && wordsAt(seg, run.end + 3, w)))) return true;
  return SPEAKER_LEAD.some((w) => leadEnd - w.length >= 0 && wordsAt(seg, leadEnd - w.length, w));
}

export interface TitledRef {
  kind: 'titled';
  seg: Segment;
  /** Token range of the whole reference ("Minister Chung"). */
  start: number;
  end: number;
  surname: string;
  title: string | null;
  code: string | null;
  /** May create a person when nobody in the document has this surname. */
  mayCreate: boolean;
}

export interface Description {
  kind: 'description';
  seg: Segment;
  start: number;
  end: number;
  titles: string[];
  code: string | null;
  /** "my counterpart" (the speaker's) / "his counterpart" (the last person named): same office, other state. */
  counterpartOf?: 'speaker' | 'recent';
  /** The common noun used ("leader"): people the text called so fit too. */
  noun?: string;
}

export type PendingRef = TitledRef | Description;

export class PersonFinder {
  readonly refs: PendingRef[] = [];
  constructor(
    private reg: Registry,
    /** Transcripts have "Name:" turns (a document whose title names its speaker is one too). */
    public transcript: boolean,
  ) {}

  private addPerson(v: SegmentView, run: NameRun, role: { title: string; code: string | null } | null): EntityRecord {
    const rec = this.reg.person(run.text);
    this.reg.mention(rec, v.seg, run.start, run.end);
    v.blocked.fill(1, run.start, run.end);
    if (role) this.reg.addRole(rec, { title: role.title, country: role.code });
    // "Foreign Minister Sergey Lavrov of Russia"
    const after = countryAfterOf(v, run.end);
    if (after && !rec.country) rec.country = after.code;
    if (after && role && !role.code) {
      const r = rec.roles.find((x) => x.title === role.title);
      if (r && !r.country) r.country = after.code;
    }
    return rec;
  }

  /** Persons introduced by a title of office before them (or a chain: "Deputy Prime Minister and Minister of Finance X"). */
  titled(v: SegmentView): void {
    const { seg } = v;
    const chained = new Set<Hit>();
    for (const h of v.hits) {
      if (h.kind !== 'title' || !h.entry || h.entry.kind !== 'title' || chained.has(h)) continue;
      const cb = countryBefore(v, h.start);
      const first = afterTitle(v, h, cb?.code ?? null);
      const roles = [first.role];
      let k = first.end;
      // "… and Minister of Economy X": one person holding both offices
      for (let next = v.hitAt.get(k + 1); seg.toks[k]?.lower === 'and' && next?.kind === 'title' && next.entry?.kind === 'title'; next = v.hitAt.get(k + 1)) {
        chained.add(next);
        const more = afterTitle(v, next, cb?.code ?? null);
        roles.push(more.role);
        k = more.end;
      }
      k = portfolioEnd(v, k);
      // "Minister for Trade, Yoo Myung-hee", "South Korea's foreign minister, Chung Eui-yong,"
      if (seg.toks[k]?.value === ',' && (seg.toks[h.start].cap || cb) && nameAt(seg, k + 1, v.blocked)?.parts.length! >= 2) k++;
      const run = nameAt(seg, k, v.blocked);
      if (run && run.parts.length >= 2) {
        const rec = this.addPerson(v, run, roles[0]);
        for (const r of roles.slice(1)) this.reg.addRole(rec, { title: r.title, country: r.code });
        this.markSpeaker(v, run, rec, cb?.start ?? h.start);
        continue;
      }
      const { title, code } = roles[roles.length - 1];
      if (run && run.parts.length === 1 && seg.toks[k].space > 0) {
        this.refs.push({ kind: 'titled', seg, start: h.start, end: run.end, surname: run.text, title, code, mayCreate: seg.toks[h.start].cap });
        v.blocked.fill(1, run.start, run.end);
        continue;
      }
      // a description: "the Russian foreign minister", "Korea’s Minister for Trade", "the President of Russia"
      const det = seg.toks[(cb?.start ?? h.start) - 1];
      const determined = !!det && ['the', 'his', 'her'].includes(det.lower);
      if (determined || (cb && possessiveAt(seg.toks, h.start - 2))) {
        const start = determined ? (cb?.start ?? h.start) - 1 : cb!.start;
        this.refs.push({ kind: 'description', seg, start, end: first.end, titles: [title.toLowerCase()], code });
      }
    }
  }

  /** Full names found by the cues that do not need a title before them. */
  cued(v: SegmentView): void {
    const { seg } = v;
    for (const run of nameRuns(v)) {
      const i = run.start;
      const n = run.parts.length;
      const next = seg.toks[run.end];
      const startsLine = i === 0 || seg.toks[i].nl;
      let accept = false;
      let role: { title: string; code: string | null } | null = null;
      if (n >= 2 && isSpeakerCue(v, run, run.start)) accept = true;
      // "The Doobie Brothers announced", "the Office of Emergency Services said": names of things
      else if (n >= 2 && next && next.space > 0 && PERSON_VERB.has(next.lower) && !seg.isTitle && !NOT_BEFORE_NAME.has(seg.toks[i - 1]?.lower ?? '')) accept = true;
      else if (n >= 2 && next && next.space > 0 && WEAK_PERSON_VERB.has(next.lower) && !seg.isTitle && personLike(seg, run)) accept = true;
      // "…,” said John Smith." / "according to John Smith"
      else if (n >= 2 && !seg.isTitle && (SAID_BEFORE.has(seg.toks[i - 1]?.lower ?? '') || (seg.toks[i - 1]?.lower === 'to' && seg.toks[i - 2]?.lower === 'according'))) accept = true;
      // a transcript's "Sergey Lavrov:" turn
      else if (n >= 2 && startsLine && next?.value === ':' && !seg.isTitle && this.transcript) accept = true;
      else if (honorificBefore(seg, i) >= 0) {
        accept = n >= 2;
        // "Mr Lavrov": a short reference, resolved in text order with the others
        if (n === 1) {
          this.refs.push({ kind: 'titled', seg, start: honorificBefore(seg, i), end: run.end, surname: run.text, title: null, code: null, mayCreate: true });
          v.blocked.fill(1, run.start, run.end);
        }
      }
      if (n >= 2 && !accept) {
        role = this.apposition(v, run.end);
        accept = !!role;
      }
      if (!accept) continue;
      this.markSpeaker(v, run, this.addPerson(v, run, role), run.start);
    }
  }

  /** The speaker of the document: a speaker cue in the title line, or at the very top of the main text. */
  private markSpeaker(v: SegmentView, run: NameRun, rec: EntityRecord, leadEnd: number): void {
    if ((v.seg.isTitle || v.seg.toks[run.start].start < 200) && isSpeakerCue(v, run, leadEnd)) rec.isSpeaker = true;
  }

  /** ", the Foreign Minister of Korea," / ", Russia’s foreign minister," after a name: the role. */
  private apposition(v: SegmentView, end: number): { title: string; code: string | null } | null {
    const { seg } = v;
    if (seg.toks[end]?.value !== ',') return null;
    let k = end + 1;
    if (['the', 'a', 'an'].includes(seg.toks[k]?.lower ?? '')) k++;
    let code: string | null = null;
    const c = v.hitAt.get(k);
    if (c && (c.kind === 'demonym' || c.kind === 'country')) {
      code = codeOf(c);
      k = c.end;
      if (possessiveAt(seg.toks, k)) k += 2;
    }
    const t = v.hitAt.get(k);
    if (!t || t.kind !== 'title' || !t.entry || t.entry.kind !== 'title') return null;
    const of = countryAfterOf(v, t.end);
    if (of) code = of.code;
    // ", Indian Prime Minister Narendra Modi": the title belongs to the next name
    if (nameAt(seg, of ? of.end : t.end, v.blocked)) return null;
    return { title: t.entry.title, code };
  }

  /**
   * Every occurrence of a known full name (any spelling with the same key), and full names that
   * share a known person's surname ("Joe Biden" beside "Hunter Biden"): a namesake, so that
   * "Biden" alone is not taken for the one person the cues happened to find.
   */
  repeats(v: SegmentView): void {
    const { seg } = v;
    const surnames = new Set(this.reg.persons.filter((p) => p.parts.length >= 2).map((p) => p.parts[p.parts.length - 1]));
    for (const run of nameRuns(v)) {
      if (run.parts.length < 2 || run.parts.length > 3) continue;
      let rec = nameKeys(run.text).map((k) => this.reg.find('person', k)).find(Boolean);
      if (!rec && surnames.has(seg.toks[run.parts[run.parts.length - 1]].lower) && personLike(seg, run)) rec = this.reg.person(run.text);
      if (!rec) continue;
      this.reg.mention(rec, seg, run.start, run.end);
      if (run.text !== rec.name) rec.aliases.add(run.text);
      v.blocked.fill(1, run.start, run.end);
    }
  }
}

/** "his South Korean counterpart Chung Eui-yong" / "his Russian counterpart": the role of the person met. */
export function counterparts(v: SegmentView, reg: Registry, finder: PersonFinder): void {
  const { seg } = v;
  for (let i = 0; i < seg.toks.length; i++) {
    const t = seg.toks[i];
    if (t.lower !== 'counterpart' && t.lower !== 'counterparts') continue;
    const cb = countryBefore(v, i);
    const detAt = (cb?.start ?? i) - 1;
    const det = seg.toks[detAt];
    if (!det || !['his', 'her', 'their', 'its', 'my', 'our', 'your'].includes(det.lower)) continue;
    const code = cb?.code ?? null;
    const run = t.lower === 'counterpart' ? nameAt(seg, i + 1, v.blocked) : null;
    if (run && run.parts.length >= 2) {
      // the counterpart holds the office of the person last named with one
      const pos = seg.index * 1e9 + t.start;
      let best: EntityRecord | null = null;
      let bestAt = -Infinity;
      for (const p of reg.persons) {
        if (!p.roles.length) continue;
        const at = reg.lastBefore(p, pos);
        if (at > bestAt) (best = p), (bestAt = at);
      }
      const rec = reg.person(run.text);
      reg.mention(rec, seg, run.start, run.end);
      v.blocked.fill(1, run.start, run.end);
      if (best && best !== rec) reg.addRole(rec, { title: best.roles[0].title, country: code });
      else if (code && !rec.country) rec.country = code;
      i = run.end - 1;
      continue;
    }
    if (t.lower === 'counterpart')
      finder.refs.push({ kind: 'description', seg, start: detAt, end: i + 1, titles: ['*'], code, counterpartOf: ['my', 'our'].includes(det.lower) ? 'speaker' : 'recent' });
  }
}

let descriptionTrie: PhraseTrie<string[]> | null = null;

/** "the Chinese leader", "Russia’s top diplomat": offices named by a common noun; a name after it is that person. */
export function descriptionNouns(v: SegmentView, reg: Registry, finder: PersonFinder): void {
  if (!descriptionTrie) {
    descriptionTrie = new PhraseTrie<string[]>();
    for (const [noun, titles] of Object.entries(DESCRIPTION_NOUNS)) descriptionTrie.add(noun, titles);
  }
  const { seg } = v;
  for (let i = 0; i < seg.toks.length; i++) {
    if (v.blocked[i] || !seg.toks[i].isWord) continue;
    const m = descriptionTrie.longest(seg.toks, i);
    if (!m) continue;
    const cb = countryBefore(v, i);
    const det = seg.toks[(cb?.start ?? i) - 1];
    const run = nameAt(seg, m.end, v.blocked);
    if (run && run.parts.length >= 2 && cb) {
      // "Russian leader Vladimir Putin": a person of that state, office not said
      const rec = reg.person(run.text);
      reg.mention(rec, seg, run.start, run.end);
      v.blocked.fill(1, run.start, run.end);
      if (!rec.country) rec.country = cb.code;
      rec.nouns.add(seg.toks.slice(i, m.end).map((t) => t.lower).join(' '));
    } else if (!run) {
      const determined = !!det && ['the', 'his', 'her'].includes(det.lower);
      const possessed = !!cb && possessiveAt(seg.toks, i - 2);
      if (!determined && !possessed) continue;
      const noun = seg.toks.slice(i, m.end).map((t) => t.lower).join(' ');
      const start = determined ? (cb?.start ?? i) - 1 : cb!.start;
      finder.refs.push({ kind: 'description', seg, start, end: m.end, titles: m.values[0], code: cb?.code ?? null, noun });
    }
    i = m.end - 1;
  }
}
