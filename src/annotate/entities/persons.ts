// People named in full: after a title ("Foreign Minister of the Republic of Korea Chung Eui-yong",
// "Russian foreign minister Sergei Lavrov", "Korea’s Minister for Trade, Yoo Myung-hee"), with a
// title in apposition ("Yun Byung-se, the Foreign Minister of Korea,"), as a document's speaker
// ("Sergey Lavrov’s remarks at…"), before a verb of saying ("Wang Yi said"), after an honorific,
// or as a transcript's "Name:" line. Later repetitions of a known full name are mentions too.
import { PERSON_VERBS, SPEAKER_LEADS, SPEAKER_NOUNS } from '../../lexicons/titles.js';
import { nameAt, type NameRun } from './grammar.js';
import { nameKeys } from './names.js';
import type { EntityRecord, Registry } from './registry.js';
import type { Hit } from './scan.js';
import type { Segment } from './segments.js';
import { possessiveAt, tokenize } from './tokens.js';

const SPEAKER_NOUN = SPEAKER_NOUNS.map((n) => tokenize(n).map((t) => t.lower));
const SPEAKER_LEAD = SPEAKER_LEADS.map((n) => tokenize(n).map((t) => t.lower));
const PERSON_VERB = new Set(PERSON_VERBS);

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
  return h?.entry && 'code' in h.entry ? h.entry.code : null;
}

function wordsAt(seg: Segment, i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (seg.toks[i + k]?.lower !== words[k]) return false;
  return true;
}

/** A country named just before token i: "Russian ___", "Korea’s ___", "ROK ___". */
export function countryBefore(v: SegmentView, i: number): { code: string; start: number } | null {
  const prev = v.hitOver[i - 1];
  if (prev && prev.end === i && (prev.kind === 'demonym' || prev.kind === 'country')) {
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
export function countryAfterOf(v: SegmentView, i: number): { code: string; end: number } | null {
  if (v.seg.toks[i]?.lower !== 'of') return null;
  let k = i + 1;
  if (v.seg.toks[k]?.lower === 'the') k++;
  const h = v.hitAt.get(k);
  if (!h || (h.kind !== 'country' && h.kind !== 'capital')) return null;
  const code = codeOf(h);
  return code ? { code, end: h.end } : null;
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
}

export type PendingRef = TitledRef | Description;

export class PersonFinder {
  readonly refs: PendingRef[] = [];
  constructor(private reg: Registry) {}

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

  /** Persons introduced by a title of office before them. */
  titled(v: SegmentView): void {
    const { seg } = v;
    for (const h of v.hits) {
      if (h.kind !== 'title' || !h.entry || h.entry.kind !== 'title') continue;
      const title = h.entry.title;
      let code = countryBefore(v, h.start)?.code ?? null;
      let k = h.end;
      const of = countryAfterOf(v, k);
      if (of) {
        code = of.code;
        k = of.end;
      }
      // "Minister for Trade, Yoo Myung-hee"
      if (seg.toks[k]?.value === ',' && nameAt(seg, k + 1, v.blocked)?.parts.length! >= 2) k++;
      const run = nameAt(seg, k, v.blocked);
      if (run && run.parts.length >= 2) {
        this.addPerson(v, run, { title, code });
        this.speakerCue(v, run);
        continue;
      }
      if (run && run.parts.length === 1 && seg.toks[k].space > 0) {
        this.refs.push({ kind: 'titled', seg, start: h.start, end: run.end, surname: run.text, title, code, mayCreate: seg.toks[h.start].cap });
        v.blocked.fill(1, run.start, run.end);
        continue;
      }
      // a description: "the Russian foreign minister", "Korea’s Minister for Trade", "the President of Russia"
      const cb = countryBefore(v, h.start);
      const det = seg.toks[(cb?.start ?? h.start) - 1];
      if ((det && (det.lower === 'the' || det.lower === 'his' || det.lower === 'her')) || (cb && possessiveAt(seg.toks, cb.start + 1))) {
        const start = det && (det.lower === 'the' || det.lower === 'his' || det.lower === 'her') ? (cb?.start ?? h.start) - 1 : (cb?.start ?? h.start);
        this.refs.push({ kind: 'description', seg, start, end: k, titles: [title.toLowerCase()], code });
      }
    }
  }

  /** "Sergey Lavrov’s remarks at…" / "Remarks by …": the document's speaker, when in its title line. */
  private speakerCue(v: SegmentView, run: NameRun): boolean {
    const { seg } = v;
    let isCue = false;
    if (possessiveAt(seg.toks, run.end)) isCue = SPEAKER_NOUN.some((w) => wordsAt(seg, run.end + 2, w));
    if (!isCue) {
      // "Remarks by [title] Name"
      for (let back = run.start - 1; back >= Math.max(0, run.start - 6) && !isCue; back--)
        isCue = SPEAKER_LEAD.some((w) => back + w.length <= run.start && wordsAt(seg, back, w) && (back + w.length === run.start || v.hitOver[back + w.length]?.kind === 'title'));
    }
    if (!isCue) return false;
    // the speaker of the document: a cue in the title line, or at the very top of the main text
    const rec = this.reg.person(run.text);
    if (seg.isTitle || seg.toks[run.start].start < 200) rec.isSpeaker = true;
    return true;
  }

  /** Full names found by the cues that do not need a title before them. */
  cued(v: SegmentView): void {
    const { seg } = v;
    for (let i = 0; i < seg.toks.length; i++) {
      if (v.blocked[i] || !seg.toks[i].cap) continue;
      const run = nameAt(seg, i, v.blocked);
      if (!run) continue;
      const n = run.parts.length;
      const next = seg.toks[run.end];
      const prev = seg.toks[i - 1];
      const startsLine = i === 0 || seg.toks[i].nl;
      let accept = false;
      let role: { title: string; code: string | null } | null = null;
      if (n >= 2 && this.isSpeakerCue(v, run)) accept = true;
      else if (n >= 2 && next && next.space > 0 && PERSON_VERB.has(next.lower) && !seg.isTitle) accept = true;
      else if (n >= 2 && startsLine && next?.value === ':' && !seg.isTitle) accept = true;
      else if (prev && /^(Mr|Mrs|Ms|Dr|Sir|Dame|Madam)$/.test(prev.value.replace(/\.$/, ''))) accept = n >= 2;
      if (n >= 2 && !accept) {
        role = this.apposition(v, run.end);
        accept = !!role;
      }
      if (!accept) {
        i = run.end - 1;
        continue;
      }
      const rec = this.addPerson(v, run, role);
      if (this.isSpeakerCue(v, run) && (seg.isTitle || seg.toks[run.start].start < 200)) rec.isSpeaker = true;
      i = run.end - 1;
    }
  }

  private isSpeakerCue(v: SegmentView, run: NameRun): boolean {
    const { seg } = v;
    if (possessiveAt(seg.toks, run.end) && SPEAKER_NOUN.some((w) => wordsAt(seg, run.end + 2, w))) return true;
    for (const w of SPEAKER_LEAD) if (run.start - w.length >= 0 && wordsAt(seg, run.start - w.length, w)) return true;
    return false;
  }

  /** ", the Foreign Minister of Korea," / ", Russia’s foreign minister," after a name: the role. */
  private apposition(v: SegmentView, end: number): { title: string; code: string | null } | null {
    const { seg } = v;
    if (seg.toks[end]?.value !== ',') return null;
    let k = end + 1;
    if (seg.toks[k]?.lower === 'the') k++;
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
    return { title: t.entry.title, code };
  }

  /** Every later occurrence of a known full name (any spelling with the same key). */
  repeats(v: SegmentView): void {
    const { seg } = v;
    for (let i = 0; i < seg.toks.length; i++) {
      if (v.blocked[i] || !seg.toks[i].cap) continue;
      const run = nameAt(seg, i, v.blocked);
      if (!run) continue;
      if (run.parts.length >= 2) {
        const rec = nameKeys(run.text).map((k) => this.reg.find('person', k)).find(Boolean);
        if (rec) {
          this.reg.mention(rec, seg, run.start, run.end);
          if (run.text !== rec.name) rec.aliases.add(run.text);
          v.blocked.fill(1, run.start, run.end);
        }
      }
      i = run.end - 1;
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
    if (!det || !['his', 'her', 'their', 'its'].includes(det.lower)) continue;
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
    if (t.lower === 'counterpart') finder.refs.push({ kind: 'description', seg, start: detAt, end: i + 1, titles: ['*'], code });
  }
}
