// People named in full: after a title ("Foreign Minister of the Republic of Korea Chung Eui-yong",
// "Russian foreign minister Sergei Lavrov", "Korea’s Minister for Trade, Yoo Myung-hee"), with a
// title in apposition ("Yun Byung-se, the Foreign Minister of Korea,"), as a document's speaker
// ("Sergey Lavrov’s remarks at…"), before a verb of saying ("Wang Yi said"), after an honorific,
// or as a transcript's "Name:" line. Later repetitions of a known full name are mentions too.
import { GIVEN_NAMES } from '../../lexicons/en/names.js';
import { COMPANION_CUES, OCCUPATION_DESCRIPTORS, DESCRIBED_STAFF, KIN_NOUNS, LEADER_TITLES, PERSON_DESCRIPTORS, PERSON_PRONOUN_FORMS, PERSON_VERBS, SURNAME_SPEECH_VERBS, PORTFOLIO_ENDS, SPEAKER_LEADS, SPEAKER_NOUNS, WEAK_PERSON_VERBS } from '../../lexicons/en/titles.js';
import { titleOf } from './gazetteer.js';
import { afterHonorifics, honorificBefore, nameAt, type NameRun } from './grammar.js';
import { nameKeys } from './names.js';
import { capsNames } from './labels.js';
import { partyBefore } from './styles.js';
import { nationalsOf } from './nationals.js';
import type { EntityRecord, Registry } from './registry.js';
import type { PendingRef } from './refs.js';
import type { Hit } from './scan.js';
import { globalPos, type Segment } from './segments.js';
import { possessiveAt, tokenize } from './tokens.js';
import { codeOf, countryAfterOf, countryBefore, intlOrgBefore, orgAfterOf, wordsAt, type SegmentView } from './view.js';

const SPEAKER_NOUN = SPEAKER_NOUNS.map((n) => tokenize(n).map((t) => t.lower));
const SPEAKER_LEAD = SPEAKER_LEADS.map((n) => tokenize(n).map((t) => t.lower));
const PERSON_VERB = new Set(PERSON_VERBS);
const WEAK_PERSON_VERB = new Set(WEAK_PERSON_VERBS);
const SURNAME_SPEECH_VERB = new Set(SURNAME_SPEECH_VERBS);
const PERSON_PRONOUN = new Set(PERSON_PRONOUN_FORMS);
const GIVEN_NAME = new Set(GIVEN_NAMES);
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** A run that looks like a person's name: a known given name first, or a Korean-style given name ("Jae-in"). */
function personLike(seg: Segment, run: NameRun): boolean {
  if (GIVEN_NAME.has(seg.toks[run.start].lower)) return true;
  return run.parts.length <= 3 && run.text.split(/\s+/).slice(1).some((p) => KOREAN_GIVEN.test(p));
}
const KIN = new Set(KIN_NOUNS.map((n) => n.split(' ').pop()!));

/** "his wife, Iriana Widodo", "the President's wife Kim Keon-hee": a relative named before the name at i. */
function kinBefore(seg: Segment, i: number): boolean {
  let k = i - 1;
  if (seg.toks[k]?.value === ',') k--;
  else if (seg.toks[k]?.lower === 'of') k--; // "the son of Benazir Bhutto"
  return !!seg.toks[k] && !seg.toks[k].cap && KIN.has(seg.toks[k].lower);
}
const DESCRIPTOR = new Set(PERSON_DESCRIPTORS);

/** "Australian citizen Cheng Lei", "journalists A and B": a word for what a person is, right before the name at i. */
function describedBefore(seg: Segment, i: number): boolean {
  const t = seg.toks[i - 1];
  return !!t && !t.cap && seg.toks[i].space > 0 && DESCRIPTOR.has(t.lower);
}
/** "two Canadians, Michael Spavor and …", "Britons Name": the state of a plural of its people right before the name at i. */
function nationalsBefore(seg: Segment, i: number): string | null {
  const t = seg.toks[seg.toks[i - 1]?.value === ',' ? i - 2 : i - 1];
  return t?.cap ? nationalsOf(t.value) : null;
}
const COMPANION_CUE = COMPANION_CUES.map((c) => c.split(' '));
const SAID_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'explained']);
const NOT_BEFORE_NAME = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'from', 'in', 'on']);

/** What follows a title: "of <country>" or "of <organisation>", then "to <country>" (a posting). */
function afterTitle(v: SegmentView, h: Hit, codeBefore: string | null): { role: { title: string; code: string | null }; end: number; intl: boolean } {
  const title = h.entry?.kind === 'title' ? h.entry.title : '';
  let code = codeBefore;
  let k = h.end;
  // an office of an organisation of no one state ("U.N. Secretary-General", "Secretary-General of
  // NATO"): its holder serves no state the text could give them
  let intl = !codeBefore && intlOrgBefore(v, h.start);
  const of = countryAfterOf(v, k);
  if (of) {
    code = of.code;
    k = of.end;
  } else {
    // "Secretary-General of the Shanghai Cooperation Organisation Zhang Ming"
    const org = orgAfterOf(v, k);
    if (org) {
      code ??= org.code;
      intl ||= !code && !org.code;
      k = org.end;
    }
  }
  // "Ambassador of the Republic of Korea to Russia Lee Sok-bae", "Israel's ambassador to the United
  // Nations, Gilad Erdan": the posting is not the role's state
  // ("its ambassador in Washington, Ebrahim Rasool": the posting by its city)
  const word = v.seg.toks[k]?.lower;
  const to = word === 'to' || word === 'in' ? countryAfterOf(v, k, word) ?? (word === 'to' ? orgAfterOf(v, k, 'to') : null) : null;
  if (to) k = to.end;
  // "South Africa … its ambassador": the state the sentence opens with
  if (!code && v.seg.toks[h.start - 1]?.lower === 'its') code = sentenceSubjectState(v, h.start);
  return { role: { title, code }, end: k, intl };
}

/** The first state a sentence names before token `before`, its subject ("[Dateline -] South Africa on Saturday called … its …"). */
function sentenceSubjectState(v: SegmentView, before: number): string | null {
  const { seg } = v;
  let start = before;
  while (start > 0 && seg.sentence[start - 1] === seg.sentence[before]) start--;
  for (let i = start; i < before; i++) {
    const h = v.hitAt.get(i);
    if (h?.kind === 'country') return codeOf(h);
  }
  return null;
}

const PORTFOLIO_END = new Set(PORTFOLIO_ENDS);
const LEADERS = new Set(LEADER_TITLES);

/**
 * "for North American Affairs", "and Finance": a portfolio between a title and the name, ending
 * in a portfolio word right before a name of two or more words (honorifics may come first: "…
 * Foreign Affairs, Mr Jean-Noël Barrot"). Where the portfolio ends, or `k`.
 */
function portfolioEnd(v: SegmentView, k: number): number {
  const nameFrom = (at: number) => (nameAt(v.seg, afterHonorifics(v.seg, at), v.blocked)?.parts.length ?? 0) >= 2;
  // ("Secretary of Foreign Affairs of the Philippines Enrique A. Manalo": the state may come between)
  return portfolioPhraseEnd(v, k, (at) => nameFrom(at) || nameFrom(countryAfterOf(v, at)?.end ?? -1));
}

/** The end of a portfolio phrase after a title ("of National Defense"), whatever follows it; `k` if none. */
function portfolioPhraseEnd(v: SegmentView, k: number, before: (at: number) => boolean = () => true): number {
  const toks = v.seg.toks;
  // ("Economic Secretary to the Treasury Jane Doe": a posting-like portfolio)
  if (!['for', 'of', 'and', 'on', 'to'].includes(toks[k]?.lower ?? '')) return k;
  let best = k;
  for (let j = k + 1; j < toks.length && j < k + 12 && !toks[j].nl; j++) {
    const t = toks[j];
    if (!(t.cap || ['and', 'of', 'the', 'for', 'on', '-', ','].includes(t.lower))) break;
    // the name right after, or after a comma ("Minister of International Development, Anne Beathe Tvinnereim,")
    const at = toks[j + 1]?.value === ',' ? j + 2 : j + 1;
    if (PORTFOLIO_END.has(t.lower) && before(at)) best = j + 1;
  }
  return best;
}

/**
 * The title written from token `start` to `end` with its portfolio ("Secretary of National Defense"),
 * canonical; `base` when the office has a canonical name of its own ("Minister of Foreign Affairs
 * and International Cooperation" stays "Foreign Minister").
 */
function titleWithPortfolio(v: SegmentView, start: number, end: number, base: string): string {
  const title = titleOf(v.seg.text.slice(v.seg.toks[start].start, v.seg.toks[end - 1].end));
  return title.toLowerCase().startsWith(base.toLowerCase()) ? title : base;
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

/**
 * An apposition that says what someone is: ", an Australian citizen", ", a Chinese diplomat", ", a
 * lecturer at …": the noun, and the state it names (null when it names none).
 */
function describedAfter(v: SegmentView, end: number): { noun: string; code: string | null } | null {
  const { seg } = v;
  if (DASHES.has(seg.toks[end]?.value ?? '')) return dashDescribed(v, end + 1);
  if (seg.toks[end]?.value !== ',') return null;
  let k = end + 1;
  const article = ['a', 'an'].includes(seg.toks[k]?.lower ?? '');
  if (article) k++;
  const demonym = v.hitAt.get(k);
  if (demonym?.kind === 'demonym') k = demonym.end;
  const noun = seg.toks[k];
  if (!noun || noun.cap || !(DESCRIPTOR.has(noun.lower) || STAFF.has(noun.lower))) return null;
  if (demonym?.kind === 'demonym') return article ? { noun: noun.lower, code: codeOf(demonym) } : null;
  // ", a diplomat at the Chinese consulate", ", consul at the Canadian Consulate General in Shanghai"
  const at = ['at', 'of', 'with'].includes(seg.toks[k + 1]?.lower ?? '');
  const place = at && seg.toks[k + 2]?.lower === 'the' ? v.hitAt.get(k + 3) : undefined;
  if (!place || !['demonym', 'country', 'org'].includes(place.kind)) {
    // ", a lecturer at Kanda University": a person, of no state the apposition names
    return article && at && OCCUPATION.has(noun.lower) ? { noun: noun.lower, code: null } : null;
  }
  // a name the scan put together ("Canadian Consulate General") carries the states named in it
  return { noun: noun.lower, code: codeOf(place) ?? (place.codes?.length === 1 ? place.codes[0] : null) };
}
const OCCUPATION = new Set(OCCUPATION_DESCRIPTORS);
const DASHES = new Set(['-', '–', '—']);

/**
 * "Jane Doe – the Ruritanian pro-democracy media tycoon –": an apposition between dashes, its
 * article first and a word for a person last; its state is a state named in it.
 */
function dashDescribed(v: SegmentView, k: number): { noun: string; code: string | null } | null {
  const toks = v.seg.toks;
  if (!['a', 'an', 'the'].includes(toks[k]?.lower ?? '')) return null;
  let code: string | null = null;
  for (let j = k + 1; j < toks.length && j <= k + 7; j++) {
    const t = toks[j];
    const h = v.hitAt.get(j);
    if (h && (h.kind === 'country' || h.kind === 'demonym')) code ??= codeOf(h);
    if (!t.isWord && t.value !== '-') return null;
    if (!t.cap && DESCRIPTOR.has(t.lower) && (DASHES.has(toks[j + 1]?.value ?? '') || [',', '.', undefined].includes(toks[j + 1]?.value))) return { noun: t.lower, code };
  }
  return null;
}
const STAFF = new Set(DESCRIBED_STAFF);

/** Only "and" or a comma between the end of one name and the start of the next ("A, B and C"). */
function listedAfter(seg: Segment, end: number, start: number): boolean {
  if (start <= end || start - end > 2) return false;
  for (let k = end; k < start; k++) if (seg.toks[k].value !== ',' && seg.toks[k].lower !== 'and') return false;
  return true;
}

/** "Sergey Lavrov’s remarks at…", or "Remarks by [title] Name" with the lead ending at `leadEnd`. */
function isSpeakerCue(v: SegmentView, run: NameRun, leadEnd: number): boolean {
  const { seg } = v;
  // "X’s remarks", "X’s Regular Press Conference", "X’s annual news conference"
  if (possessiveAt(seg.toks, run.end) && SPEAKER_NOUN.some((w) => wordsAt(seg, run.end + 2, w) || (seg.toks[run.end + 2]?.isWord && wordsAt(seg, run.end + 3, w)))) return true;
  return SPEAKER_LEAD.some((w) => leadEnd - w.length >= 0 && wordsAt(seg, leadEnd - w.length, w));
}


export class PersonFinder {
  readonly refs: PendingRef[] = [];
  /** The states a party named before someone's title or name may mean ("Tory leader X"). */
  readonly parties = new Map<EntityRecord, string[]>();
  /**
   * "Ruritanian President A, Foreign Minister B and …": the state a leader's demonym gives, for the
   * ministers listed right after with no state of their own (weaker than anything else that places them).
   */
  readonly listed = new Map<EntityRecord, string>();
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
    // "Foreign Minister Sergey Lavrov of Russia", "Chairman Kim Jong Un of the State Affairs
    // Commission of the Democratic People's Republic of Korea"
    const org = orgAfterOf(v, run.end);
    const after = countryAfterOf(v, run.end) ?? (org ? countryAfterOf(v, org.end) : null);
    if (after) this.reg.readState(rec, after.code, 'title');
    // "Yang Hengjun, an Australian citizen", "Zhao Wei, a Chinese diplomat"
    const described = describedAfter(v, run.end);
    if (described?.code) this.reg.readState(rec, described.code, 'described');
    if (described && OCCUPATION.has(described.noun)) this.reg.addRole(rec, { title: described.noun, country: null });
    if (after && role && !role.code) {
      const r = rec.roles.find((x) => x.title === role.title);
      if (r && !r.country) r.country = after.code;
    }
    return rec;
  }

  /** Names in capitals: a transcript's "PRIME MINISTER BROWN:" / "JANE DOE (DAILY NEWS):" turns, a heading's titled name. */
  capitals(v: SegmentView): void {
    const { seg } = v;
    for (const c of capsNames(seg, v.hitAt)) {
      if (v.blocked.subarray(c.nameStart, c.end).some(Boolean)) continue;
      const title = c.title?.entry?.kind === 'title' ? c.title.entry.title : null;
      const code = codeOf(c.state ?? undefined);
      if (c.words.length >= 2) {
        const rec = this.reg.person(c.words.join(' '));
        this.reg.mention(rec, seg, c.start, c.end);
        v.blocked.fill(1, c.nameStart, c.end);
        if (title) this.reg.addRole(rec, { title, country: code });
        else if (code) this.reg.readState(rec, code, 'title');
        continue;
      }
      // "PRESIDENT BIDEN:": a titled surname, resolved with the other short references
      this.refs.push({ kind: 'titled', seg, start: c.start, end: c.end, surname: c.words[0], title, code, mayCreate: true });
      v.blocked.fill(1, c.nameStart, c.end);
    }
  }

  /** Persons introduced by a title of office before them (or a chain: "Deputy Prime Minister and Minister of Finance X"). */
  titled(v: SegmentView): void {
    const { seg } = v;
    const chained = new Set<Hit>();
    /** The last leader named with a state before the title: where the name ended, and the state. */
    let lastLeader: { end: number; code: string } | null = null;
    for (const h of v.hits) {
      if (h.kind !== 'title' || !h.entry || h.entry.kind !== 'title' || chained.has(h)) continue;
      const cb = countryBefore(v, h.start);
      const first = afterTitle(v, h, cb?.code ?? null);
      const roles = [first.role];
      let k = first.end;
      let lastTitle = h.start;
      // "… and Minister of Economy X": one person holding both offices
      // (not two heads of state or government: "Prime Minister and President Macron" are two people)
      const twoLeaders = (next: Hit) => LEADERS.has(first.role.title.toLowerCase()) && next.entry?.kind === 'title' && LEADERS.has(next.entry.title.toLowerCase());
      for (let next = v.hitAt.get(k + 1); seg.toks[k]?.lower === 'and' && next?.kind === 'title' && next.entry?.kind === 'title' && !twoLeaders(next); next = v.hitAt.get(k + 1)) {
        chained.add(next);
        const more = afterTitle(v, next, cb?.code ?? null);
        roles.push(more.role);
        lastTitle = next.start;
        k = more.end;
      }
      const portfolio = portfolioEnd(v, k);
      // "Minister of Economy and Finance", "Director-General for North American Affairs": the office as written
      // (then the state: "Secretary of National Defense of the Philippines Gilberto C. Teodoro, Jr.")
      const stateAfter = portfolio > k ? countryAfterOf(v, portfolio) : null;
      if (portfolio > k) {
        const last = roles[roles.length - 1];
        roles[roles.length - 1] = { ...last, title: titleWithPortfolio(v, lastTitle, portfolio, last.title), code: stateAfter?.code ?? last.code };
      }
      k = stateAfter?.end ?? portfolio;
      // "President His Highness Sheikh Khalifa bin Zayed Al Nahyan"
      const named = afterHonorifics(seg, k);
      if (named > k && nameAt(seg, named, v.blocked)?.parts.length! >= 2) k = named;
      // "Minister for Trade, Yoo Myung-hee", "South Korea's foreign minister, Chung Eui-yong,"; but in
      // "We, Kishida Fumio, Prime Minister of Japan, Yoon Suk Yeol, President of …" the title after a
      // name and a comma is that name's apposition, not a title of the name after it
      const lead = cb?.start ?? h.start;
      const appositive = seg.toks[lead - 1]?.value === ',' && !!seg.toks[lead - 2]?.cap;
      // ("the Ambassador of France to Algeria, Mr Stéphane Romatet": honorifics may open the name)
      if (seg.toks[k]?.value === ',' && !appositive && (seg.toks[h.start].cap || cb || seg.toks[h.start - 1]?.lower === 'its')) {
        const name = afterHonorifics(seg, k + 1);
        if (nameAt(seg, name, v.blocked)?.parts.length! >= 2) k = name;
      }
      const run = nameAt(seg, k, v.blocked);
      if (run && run.parts.length >= 2) {
        const rec = this.addPerson(v, run, roles[0]);
        const party = cb ? null : partyBefore(v, h.start);
        if (party) this.parties.set(rec, party);
        const leader = LEADERS.has(first.role.title.toLowerCase());
        if (!cb && !leader && lastLeader && listedAfter(seg, lastLeader.end, h.start)) this.listed.set(rec, lastLeader.code);
        lastLeader = leader && cb ? { end: run.end, code: cb.code } : null;
        if (first.intl) rec.international = true;
        if (seg.toks[(cb?.start ?? h.start) - 1]?.lower === 'our') rec.ours = true;
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
    /** Where the last name accepted after a descriptor ended: "citizens A and B" makes B one too. */
    let describedEnd = -1;
    let describedCountry: string | null = null;
    for (const run of nameRuns(v)) {
      let described = false;
      const i = run.start;
      const n = run.parts.length;
      const next = seg.toks[run.end];
      const startsLine = i === 0 || seg.toks[i].nl;
      let accept = false;
      let role: { title: string; code: string | null } | null = null;
      let relative = false;
      if (n >= 2 && isSpeakerCue(v, run, run.start)) accept = true;
      // "The Doobie Brothers announced", "the Office of Emergency Services said": names of things
      else if (n >= 2 && next && next.space > 0 && PERSON_VERB.has(next.lower) && !seg.isTitle && !NOT_BEFORE_NAME.has(seg.toks[i - 1]?.lower ?? '')) accept = true;
      else if (n >= 2 && next && next.space > 0 && WEAK_PERSON_VERB.has(next.lower) && !seg.isTitle && personLike(seg, run)) accept = true;
      // "…,” said John Smith." / "according to John Smith"
      else if (n >= 2 && !seg.isTitle && (SAID_BEFORE.has(seg.toks[i - 1]?.lower ?? '') || (seg.toks[i - 1]?.lower === 'to' && seg.toks[i - 2]?.lower === 'according'))) accept = true;
      else if (n >= 2 && kinBefore(seg, i)) accept = relative = true;
      // the name signing a statement ("The Hon Anthony Albanese MP")
      else if (n >= 2 && seg.signatureRange) accept = true;
      // "Zhao Wei, a Chinese diplomat in Toronto,"
      else if (n >= 2 && n <= 4 && !seg.isTitle && describedAfter(v, run.end)) accept = true;
      else if (n >= 2 && n <= 4 && !seg.isTitle && (describedBefore(seg, i) || nationalsBefore(seg, i) || (describedEnd >= 0 && listedAfter(seg, describedEnd, i)))) {
        accept = true;
        // "Australian citizens Cheng Lei and Yang Hengjun", "two Canadians, A and B": the state of the description is theirs
        if (describedBefore(seg, i)) describedCountry = countryBefore(v, i - 1)?.code ?? null;
        else if (nationalsBefore(seg, i)) describedCountry = nationalsBefore(seg, i);
        describedEnd = run.end;
        described = true;
      }
      // "accompanied by Jane Doe, …": the people travelling with someone
      else if (n >= 2 && n <= 4 && !seg.isTitle && COMPANION_CUE.some((w) => wordsAt(seg, i - w.length, w))) accept = true;
      // "the death of John Smith, who …": only people are "who"
      else if (n >= 2 && n <= 3 && !seg.isTitle && (next?.lower === 'who' || (next?.value === ',' && seg.toks[run.end + 1]?.lower === 'who'))) accept = true;
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
      // "Shri Arindam Bagchi, Official Spokesperson:": an apposition gives the role of a name found otherwise too
      if (n >= 2) {
        const apposed = this.apposition(v, run.end);
        accept ||= !!apposed;
        // (else "pollster Frank Luntz", "our China correspondent Laura Bicker": what they do is their role)
        role = apposed ?? (n <= 4 && describedBefore(seg, i) && OCCUPATION.has(seg.toks[i - 1].lower) ? { title: seg.toks[i - 1].lower, code: null } : null);
      }
      // "political rival Joe Biden": a known given name and a surname, not at the head of a thing's name
      if (!accept && n >= 2 && n <= 3 && !seg.isTitle && GIVEN_NAME.has(seg.toks[i].lower) && !NOT_BEFORE_NAME.has(seg.toks[i - 1]?.lower ?? '')) accept = true;
      if (!accept) continue;
      // "Tory leader X", "opposition leader X"; "Republican pollster X": the party may say the state
      const leads = seg.toks[i - 1]?.lower === 'leader' && seg.toks[i - 1].space > 0;
      const party = partyBefore(v, i - 1);
      if (!role && leads && (party || seg.toks[i - 2]?.lower === 'opposition')) role = { title: 'leader', code: null };
      const rec = this.addPerson(v, run, role);
      if (party && (leads || describedBefore(seg, i))) this.parties.set(rec, party);
      if (relative) rec.relative = true;
      if (described && describedCountry) this.reg.readState(rec, describedCountry, 'described');
      this.markSpeaker(v, run, rec, run.start);
    }
  }

  /**
   * "Okafor warned that the plan would fail until his government …": a lone capitalised word that
   * opens a sentence as the subject of a verb of saying, with "he" or "she" for someone in what
   * follows, is a person the text calls by surname only (run after every other name is placed, so
   * that known people's surnames and lexicon words are taken already); each lone use of it is them.
   */
  soleSurnames(v: SegmentView): void {
    const { seg } = v;
    const toks = seg.toks;
    for (let i = 0; i < toks.length - 1; i++) {
      const t = toks[i];
      if (!t.cap || v.blocked[i] || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.value) || seg.isTitle) continue;
      if (!(i === 0 || t.nl || seg.sentence[i - 1] !== seg.sentence[i])) continue;
      if (!SURNAME_SPEECH_VERB.has(toks[i + 1].lower) || toks[i + 1].space === 0) continue;
      const run = nameAt(seg, i, v.blocked);
      if (!run || run.end !== i + 1) continue;
      // "he"/"his" in the same sentence, or opening the next one
      let k = i + 2;
      while (k < toks.length && seg.sentence[k] === seg.sentence[i] && !PERSON_PRONOUN.has(toks[k].lower)) k++;
      if (k >= toks.length || !PERSON_PRONOUN.has(toks[k].lower)) continue;
      const rec = this.reg.person(t.value);
      for (let j = 0; j < toks.length; j++) {
        if (toks[j].value !== t.value || v.blocked[j]) continue;
        const lone = nameAt(seg, j, v.blocked);
        if (!lone || lone.end !== j + 1) continue;
        this.reg.mention(rec, seg, j, j + 1);
        v.blocked[j] = 1;
      }
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
    // ", Secretary of National Defense of the Republic of the Philippines,"; not ", President of the United States"
    const portfolio = countryAfterOf(v, t.end) ? t.end : portfolioPhraseEnd(v, t.end);
    const of = countryAfterOf(v, portfolio);
    if (of) code = of.code;
    // ", Indian Prime Minister Narendra Modi", "…, H.E. Mr. Emmanuel Macron, Prime Minister Shri
    // Narendra Modi": the title belongs to the next name (honorifics may open it)
    const next = afterHonorifics(seg, of ? of.end : portfolio);
    if (nameAt(seg, next, v.blocked) || (v.blocked[next] && this.reg.persons.some((p) => p.positions.includes(globalPos(seg, next))))) return null;
    return { title: portfolio > t.end ? titleWithPortfolio(v, t.start, portfolio, t.entry.title) : t.entry.title, code };
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
