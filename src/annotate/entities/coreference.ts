// Short references resolved to the people of the document, in text order so that "the minister"
// means the one named last: "Minister Chung" (the Chung whose title fits), "Lavrov", "the
// Russian foreign minister", "his Russian counterpart", and groups ("the two leaders", "the
// foreign ministers of Russia and South Korea") which become a mention of each person.
import { knownState, knownSurnameState } from './officials.js';
import { DISTINCT_OFFICES, GROUP_NOUNS, LEADER_OFFICE_OF_STATE, LEADER_TITLES } from '../../lexicons/en/titles.js';
import { SURNAME_FIRST } from '../../lexicons/en/names.js';
import { nameAt } from './grammar.js';
import { foldWord, nameKeys, personParts, withoutArticle } from './names.js';
import type { PendingRef } from './refs.js';
import { codeOf, countryAfterOf, type SegmentView } from './view.js';
import type { EntityRecord, Registry } from './registry.js';
import { globalPos, type Segment } from './segments.js';
import { PhraseTrie } from './trie.js';

const DISTINCT = new Set(DISTINCT_OFFICES);
const SURNAME_FIRST_SET = new Set(SURNAME_FIRST);
/** How many times more the person a text is about must be named than an office's holder to take a bare office. */
const ABOUT_MARGIN = 1.5;

/** How well an office named in a reference fits an office held: 3 same, 2 a kind of it, 0 no. */
export function titleFit(ref: string, held: string): number {
  const r = ref.toLowerCase(), h = held.toLowerCase();
  if (r === '*') return 1;
  if (r === h) return 3;
  if (DISTINCT.has(h)) return 0;
  if (h.endsWith(' ' + r)) return 2;
  return 0;
}

function fitOf(titles: string[], rec: EntityRecord): number {
  const wanted = titles.length ? titles : LEADER_TITLES;
  let best = 0;
  for (const role of rec.roles) for (const t of wanted) best = Math.max(best, titleFit(t, role.title));
  return best;
}

function holdsFor(rec: EntityRecord, code: string | null): boolean {
  if (!code) return true;
  return rec.country === code || rec.roles.some((r) => r.country === code);
}

/** The words of a person's name a bare reference may use: the surname (first in East Asian order). */
function surnames(rec: EntityRecord): string[] {
  const p = rec.parts;
  if (p.length === 1) return [foldWord(p[0])];
  const last = p[p.length - 1];
  // "Chung Eui-yong": a hyphenated given name comes after the surname (not "al-Assad": an article)
  const bare = withoutArticle(last);
  if (SURNAME_FIRST_SET.has(p[0]) || (last.includes('-') && bare === last)) return [foldWord(p[0])];
  const inner = p.length >= 4 ? p.slice(1, -1).filter((x) => x.length > 3).map(foldWord) : [];
  // "President Sisi" for "Abdel Fattah El-Sisi", "Assad" for "Bashar al-Assad"
  return [foldWord(last), ...(bare !== last ? [foldWord(bare)] : []), ...inner];
}

function namesWord(rec: EntityRecord, word: string): boolean {
  const w = foldWord(word);
  const p = rec.parts;
  if (p.length > 0 && (foldWord(p[0]) === w || foldWord(p[p.length - 1]) === w || foldWord(withoutArticle(p[p.length - 1])) === w)) return true;
  // "Lula" for "Luiz Inácio Lula da Silva": long Iberian names are called by an inner name too
  return p.length >= 4 && p.slice(1, -1).some((x) => x.length > 3 && foldWord(x) === w);
}

/** A person's state as known so far: given by the text, by a role, or (not placed yet) by the lexicon of well-known officials. */
function stateOf(rec: EntityRecord): string | null {
  return rec.country ?? rec.roles.find((r) => r.country)?.country ?? (rec.parts.length > 1 ? knownState(rec.name) : knownSurnameState(rec.name));
}

export class Coreference {
  constructor(
    private reg: Registry,
    private speaker: EntityRecord | null,
    /** The state of the ministry or office publishing the text: its "the Prime Minister" is its own. */
    private home: string | null = null,
    /** The document's title: the person it names is the one the text is about. */
    private title: string | null = null,
  ) {}

  /**
   * "the prime minister" in a report about someone whose office the text never gives (a leader
   * named in the title and all through) while a foreign holder of that office is named in passing:
   * the person the text is about, when that is their state's leader office and they are named
   * clearly more often so far; else null.
   */
  private aboutPerson(office: string, holders: EntityRecord[], pos: number): EntityRecord | null {
    const words = new Set((this.title ?? '').split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map((w) => foldWord(w.replace(/['’]s$/, ''))));
    if (!words.size) return null;
    const inTitle = (r: EntityRecord) => r.parts.length >= 2 && surnames(r).some((w) => words.has(w));
    // (their state's leader office only, and held by nobody of their state named here)
    const leads = (p: EntityRecord) => {
      const c = stateOf(p);
      return !!c && LEADER_OFFICE_OF_STATE[c] === office && !holders.some((h) => stateOf(h) === c);
    };
    const about = this.reg.persons.filter((p) => !p.roles.length && !p.relative && inTitle(p) && leads(p) && this.reg.lastBefore(p, pos) > -Infinity);
    const ranked = [...about, ...holders].map((r) => ({ r, n: this.reg.countBefore(r, pos) })).sort((a, b) => b.n - a.n);
    if (!ranked.length || !about.includes(ranked[0].r)) return null;
    return !ranked[1] || ranked[0].n >= ABOUT_MARGIN * ranked[1].n ? ranked[0].r : null;
  }

  /**
   * The best person for a reference at `pos`: best fitting title, then (for an office named alone,
   * `salient`) the publisher's own office holder (an Indian ministry's "the Prime Minister" is
   * India's), then the one the text has been about, named more often ("the Prime Minister" after a
   * sentence recalling a predecessor is still the one the release is about), then the most recently
   * mentioned ("Dr. Biden" right after "Dr. Jill Biden").
   */
  private pick(cands: EntityRecord[], pos: number, score: (r: EntityRecord) => number, needPrior = true, salient = false): EntityRecord | null {
    let best: EntityRecord | null = null;
    let bestScore = -1, bestHome = -1, bestCount = -1, bestAt = -Infinity;
    for (const c of cands) {
      const at = this.reg.lastBefore(c, pos);
      if (needPrior && at === -Infinity) continue;
      const s = score(c);
      const home = salient && this.home && stateOf(c) === this.home ? 1 : 0;
      const n = salient ? this.reg.countBefore(c, pos) : 0;
      const better = s !== bestScore ? s > bestScore : home !== bestHome ? home > bestHome : n !== bestCount ? n > bestCount : at > bestAt;
      if (better) (best = c), (bestScore = s), (bestHome = home), (bestCount = n), (bestAt = at);
    }
    return best;
  }

  private excludeSpeaker(seg: Segment, tok: number, list: EntityRecord[]): EntityRecord[] {
    // in the speaker's own first-person sentences, "the Foreign Minister" is somebody else
    if (!this.speaker || !seg.firstPerson[seg.sentence[tok]]) return list;
    return list.filter((r) => r !== this.speaker);
  }

  resolve(ref: PendingRef): void {
    const pos = globalPos(ref.seg, ref.start);
    if (ref.kind === 'titled') {
      let cands = this.reg.persons.filter((p) => p.parts.length > 1 && namesWord(p, ref.surname));
      if (!cands.length) cands = this.reg.persons.filter((p) => p.parts.length === 1 && foldWord(p.parts[0]) === foldWord(ref.surname));
      const fitting = ref.title ? cands.filter((c) => fitOf([ref.title!.toLowerCase()], c) > 0) : [];
      const pool = fitting.length ? fitting : cands;
      let rec = this.pick(pool, pos, (r) => (ref.title ? fitOf([ref.title.toLowerCase()], r) : 0), false);
      if (!rec && ref.mayCreate) rec = this.reg.person(ref.surname);
      if (!rec) return;
      if (ref.title && !rec.roles.length) this.reg.addRole(rec, { title: ref.title, country: ref.code });
      this.reg.mention(rec, ref.seg, ref.start, ref.end);
      return;
    }
    if (ref.counterpartOf) return this.counterpart(ref, pos);
    const fit = (r: EntityRecord) => Math.max(fitOf(ref.titles, r), ref.noun && r.nouns.has(ref.noun) ? 3 : 0);
    const fitting = this.excludeSpeaker(ref.seg, ref.start, this.reg.persons.filter((p) => fit(p) > 0));
    let cands = fitting.filter((p) => holdsFor(p, ref.code));
    // "China’s top diplomat" when the text never said which state the one foreign minister serves
    if (!cands.length && ref.code) {
      // (not one known to serve another state: "the Russian president" is not a Ukrainian leader whose country is placed later)
      const unplaced = fitting.filter((p) => !p.country && this.reg.lastBefore(p, pos) > -Infinity && (stateOf(p) ?? ref.code) === ref.code);
      if (unplaced.length === 1) cands = unplaced;
    }
    // an office named alone, no state: the person the text is about may hold it though the text never says so
    const about = !ref.code && !ref.noun && ref.titles.length === 1 ? this.aboutPerson(ref.titles[0], this.excludeSpeaker(ref.seg, ref.start, cands), pos) : null;
    const rec = about ?? this.pick(cands, pos, fit, true, true);
    if (rec) this.reg.mention(rec, ref.seg, ref.start, ref.end);
  }

  /** "my Egyptian counterpart": who holds the owner's office for another state (the owner is the speaker or the last person named). */
  private counterpart(ref: PendingRef & { kind: 'description' }, pos: number): void {
    let owner: EntityRecord | null = ref.counterpartOf === 'speaker' ? this.speaker : null;
    if (!owner) owner = this.pick(this.reg.persons.filter((p) => !ref.code || !holdsFor(p, ref.code)), pos, () => 0);
    const titles = owner ? owner.roles.map((r) => r.title.toLowerCase()) : [];
    const cands = this.reg.persons.filter((p) => p !== owner && holdsFor(p, ref.code) && (!owner?.country || p.country !== owner.country));
    const rec = this.pick(cands, pos, (r) => (titles.length ? fitOf(titles, r) : 0));
    if (rec) this.reg.mention(rec, ref.seg, ref.start, ref.end);
  }

  /** Bare surnames of people already named ("Lavrov further mentioned…"). */
  /**
   * "Mr Blair" and, where no cue found a person, "Jane Blair" elsewhere: a person known by the
   * surname alone takes the one full name the text writes with it (two such names: neither).
   */
  completeSurnames(views: SegmentView[]): void {
    const single = new Map<string, EntityRecord>();
    for (const p of this.reg.persons) if (p.parts.length === 1 && p.mentions.length) single.set(foldWord(p.parts[0]), p);
    if (!single.size) return;
    const found = new Map<EntityRecord, { v: SegmentView; start: number; end: number; text: string }[]>();
    for (const v of views)
      for (let i = 0; i < v.seg.toks.length; i++) {
        if (!v.seg.toks[i].cap || v.blocked[i]) continue;
        const run = nameAt(v.seg, i, v.blocked);
        if (!run) continue;
        i = run.end - 1;
        if (run.parts.length < 2 || run.parts.length > 3) continue;
        const rec = single.get(foldWord(v.seg.toks[run.parts[run.parts.length - 1]].value));
        if (rec) found.set(rec, [...(found.get(rec) ?? []), { v, start: run.start, end: run.end, text: run.text }]);
      }
    for (const [rec, runs] of found) {
      if (new Set(runs.map((r) => nameKeys(r.text)[0])).size !== 1) continue;
      rec.aliases.add(rec.name);
      rec.name = runs[0].text;
      rec.parts = personParts(rec.name).map((p) => p.toLowerCase());
      for (const k of nameKeys(rec.name)) this.reg.alias(rec, k);
      for (const r of runs) {
        this.reg.mention(rec, r.v.seg, r.start, r.end);
        r.v.blocked.fill(1, r.start, r.end);
      }
    }
  }

  bareSurnames(v: SegmentView): void {
    const index = new Map<string, EntityRecord[]>();
    for (const p of this.reg.persons) for (const s of surnames(p)) index.set(s, [...(index.get(s) ?? []), p]);
    const { seg } = v;
    for (let i = 0; i < seg.toks.length; i++) {
      const t = seg.toks[i];
      if (!t.cap || v.blocked[i]) continue;
      const list = index.get(foldWord(t.value));
      if (!list) continue;
      const run = nameAt(seg, i, v.blocked);
      if (!run || run.parts.length !== 1) continue;
      // several people of this surname: the one who holds an office here (the leader, not the
      // leader's wife), and nobody when that does not decide it
      const pool = list.length > 1 ? list.filter((p) => p.roles.length) : list;
      const rec = pool.length === 1 ? pool[0] : null;
      if (rec) {
        this.reg.mention(rec, seg, run.start, run.end);
        v.blocked.fill(1, run.start, run.end);
      }
      i = run.end - 1;
    }
  }

  /** "the two leaders", "both ministers", "the foreign ministers of Russia and South Korea". */
  groups(v: SegmentView): void {
    const { seg } = v;
    const toks = seg.toks;
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i].lower;
      let nounAt = -1;
      if (w === 'the' && toks[i + 1]?.lower === 'two') nounAt = i + 2;
      else if (w === 'both' && toks[i + 1]?.isWord) nounAt = toks[i + 1].lower === 'the' ? i + 2 : i + 1;
      else if (w === 'the') nounAt = i + 1;
      if (nounAt < 0) continue;
      const m = groupTrie().longest(toks, nounAt);
      if (!m) continue;
      const titles = m.values[0];
      const pos = globalPos(seg, i);
      const of = w === 'the' && nounAt === i + 1 ? twoCountries(v, m.end) : null;
      const end = of ? of.end : m.end;
      const people: EntityRecord[] = [];
      const pool = this.reg.persons.filter((p) => fitOf(titles, p) > 0);
      // a bare "the leaders" is a group only when the text has named exactly two such people so far
      if (nounAt === i + 1 && w === 'the' && !of && pool.filter((p) => this.reg.lastBefore(p, pos) > -Infinity).length !== 2) continue;
      if (of) {
        for (const code of of.codes) {
          let r = this.pick(pool.filter((p) => p.country && holdsFor(p, code) && !people.includes(p)), pos, (x) => fitOf(titles, x));
          // "the prime ministers of Australia and New Zealand" also says which state an unplaced one serves
          if (!r) r = this.pick(pool.filter((p) => !p.country && !people.includes(p)), pos, (x) => fitOf(titles, x));
          if (!r) break;
          people.push(r);
        }
        // the order of the states says nothing about the order of the people: only when one of the
        // two is known to serve one state does the other get the other state
        const placed = people.filter((p) => p.country && of.codes.includes(p.country));
        const unplaced = people.filter((p) => !p.country);
        if (people.length === 2 && placed.length === 1 && unplaced.length === 1) {
          const code = of.codes.find((c) => c !== placed[0].country)!;
          this.reg.readState(unplaced[0], code, 'pairing');
          for (const role of unplaced[0].roles) role.country ??= code;
        }
      } else {
        // the two the text is about (most often named, then most recently), from different states where states are known
        const ordered = pool
          .map((p) => ({ p, at: this.reg.lastBefore(p, pos), n: this.reg.countBefore(p, pos) }))
          .filter((x) => x.at > -Infinity)
          .sort((a, b) => b.n - a.n || b.at - a.at);
        for (const { p } of ordered) {
          if (people.length === 2) break;
          if (people.some((q) => q.country && p.country && q.country === p.country)) continue;
          people.push(p);
        }
      }
      if (people.length !== 2) continue;
      for (const p of people) this.reg.mention(p, seg, i, end);
      i = end - 1;
    }
  }
}

/** "of Russia and South Korea", "of the ROK and Russia" at token i. */
function twoCountries(v: SegmentView, i: number): { codes: string[]; end: number } | null {
  const first = countryAfterOf(v, i);
  if (!first) return null;
  let k = first.end;
  if (v.seg.toks[k]?.lower !== 'and') return null;
  k++;
  if (v.seg.toks[k]?.lower === 'the') k++;
  const h = v.hitAt.get(k);
  const code = codeOf(h);
  if (!h || !code || (h.kind !== 'country' && h.kind !== 'capital')) return null;
  return { codes: [first.code, code], end: h.end };
}

let groupNouns: PhraseTrie<string[]> | null = null;
function groupTrie(): PhraseTrie<string[]> {
  if (groupNouns) return groupNouns;
  groupNouns = new PhraseTrie<string[]>();
  for (const [noun, titles] of Object.entries(GROUP_NOUNS)) groupNouns.add(noun, titles);
  return groupNouns;
}
