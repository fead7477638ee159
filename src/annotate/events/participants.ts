// Who took part in an event: the entities named near its trigger, plus the people a group phrase
// ("the two Ministers", "both sides") or a transcript's "we" stands for.
import type { AnnotateContext } from '../context.js';
import { clauseBefore, firstClause } from './status.js';
import type { LocalEntity, ParticipantRole } from '../../types.js';
import type { Voice } from '../quotes/index.js';
import { ENVOY_TITLE } from '../../lexicons/en/event-verbs.js';
import { issuerOf } from '../entities/publisher.js';
import { countryCode } from '../entities/gazetteer.js';
import { mediaEntities } from './media.js';

export interface Participants {
  participants: { localId: string; role: ParticipantRole }[];
  countries: string[];
}

/** Where to look for a trigger's participants (clean offsets). */
export interface Window {
  sentenceStart: number;
  /** Where the words after the previous trigger of the sentence begin. */
  gapStart: number;
  from: number;
  to: number;
  at: number;
  atEnd: number;
  directional: boolean;
  objectOnly: boolean;
  /** A known happening named by a noun ("Russia's war against Ukraine"): its parties are in its own phrase, never the speaker or the clause's subject. */
  phraseOnly?: boolean;
  subjectOnly: boolean;
  /** The act is one an official announces for a state ("…, Foreign Minister X said"): the announcer is its source. */
  announced?: boolean;
  /** A planned meeting: who speaks of it in a quotation is a party to it ("'Next time in Moscow,' X said"). */
  speakerParty?: boolean;
  /** Is the name at this offset in a subordinate clause other than the trigger's ("India, which took over from Indonesia, …")? */
  elsewhere?: (offset: number) => boolean;
}

interface Named {
  start: number;
  end: number;
  entity: LocalEntity;
  /** What the words around the name say of it, read once: 1 an occasion ("on the margins of …"), 2 a passive's agent, 4 an announcer. */
  cues?: number;
}
const OCCASION = 1, AGENT = 2, ANNOUNCER_CUE = 4;

/** Phrases that stand for the two people (or states) named before. */
const GROUP = /\b(?:(?:the|our|these) (?:two|three|four) (?:leaders|ministers|foreign ministers|presidents|prime ministers|top diplomats|diplomats|heads of state|sides|parties|countries|nations|governments|states)|both (?:sides|parties|leaders|ministers|countries|governments)|the (?:foreign ministers|leaders|ministers|presidents|sides|countries|nations)(?! of)|they)\b/gi;
/** How far (characters) from its trigger a state, or the party of a directed act, is taken as a participant. */
const STATE_REACH = 60;
const ACTOR_REACH = 100;
/** The titles a group phrase's people hold ("the two foreign ministers": ministers and secretaries of state). */
const GROUP_ROLES: [RegExp, RegExp][] = [
  [/ministers|diplomats/i, /minister|secretary|chancellor|high representative/i],
  [/presidents/i, /president/i],
];
const roleOf = (phrase: string) => GROUP_ROLES.find(([p]) => p.test(phrase))?.[1] ?? null;
/** How many a group phrase stands for: "the three leaders" three, "both sides" or "they" two. */
const groupSize = (phrase: string) => (/three/i.test(phrase) ? 3 : /four/i.test(phrase) ? 4 : 2);
const STATES = /countries|nations|governments|states/i;
/** The words before a trigger end (or begin) with a conjunction, or with one and a verb ("… and witnessed the signing"): it shares the sentence's subject. */
const ENVOY = new RegExp(ENVOY_TITLE, 'i');
const OBJECT_PRONOUN = /^\s+(?:him|her)\b/i;
const COORDINATED = /^\s*(?:and|or|but|then)\b|\b(?:and|or|but|then)\s*$|\b(?:and|or|but|then)\s+[a-z]+\s+(?:the|a|an|their|its)\s+$/i;
/** A participle after a comma ("X recalled the envoy, accusing him of …"): its subject is the clause's it hangs on. */
const PARTICIPLE_AFTER_COMMA = /,["”’]?\s*$/;
const ING = /^[a-z]+ing\b/i;
/** "The leaders highlighted progress, including plans to pursue …": an example hung on the clause before shares its subject. */
const INCLUDING_AFTER_COMMA = /,\s*including\s+(?:[\w-]+\s+){0,3}$/i;
/** A title or opening that reports talks with someone ("… following talks with Foreign Minister X"). */
const TALKS_WITH = /\b(?:talks|meeting|negotiations|conversation|conference|consultations|visit|met)\b[^.\n]{0,80}?\bwith\b/i;
const FIRST_PERSON_GROUP = /\b(?:[Ww]e|[Oo]ur|us)\b/;
const FIRST_PERSON = /\bI\b|\b(?:[Mm]y|me)\b/;
const FIRST_PERSON_ALL = /\bI\b|\b(?:[Mm]y|me)\b/g;
/** The pronouns alone (a possessive counts only on the trigger's own phrase: see OWN_PHRASE). */
const WE_OR_US = /\b(?:[Ww]e|us)\b/;
const I_OR_ME = /\bI\b|\bme\b/;
const YOU = /\byou\b/i;
/** A trigger that ends with "with" ("spent some time with"): who follows is the other party. */
const WITH_END = /\bwith$/i;
/** Right after a trigger: "… relations between our two nations", a group phrase for the parties named before. */
const BETWEEN_GROUP = /^\s*between\s+(?:the|our|these)\s+(?:two|three|four)\s+(?:countries|nations|governments|states|sides|peoples)\b/i;
const BETWEEN_REACH = 50;
/** "… announce that the United States recognizes X … and will establish …": the reported clause names the subject. */
const THAT_CLAUSE = /\b(?:announce[sd]?|announcing|declare[sd]?|say|says|said|state[sd]?|confirm(?:s|ed)?|note[sd]?)\s+that\s+/gi;
/** Before a state that opens its clause ("the United States recognizes …"), and so is its subject. */
const CLAUSE_OPENING = /^[\s,]*(?:the\s+)?$/i;
/** "my visit", "our bilateral talks": a first-person possessive on the trigger's own noun phrase. */
const OWN_PHRASE = /\b([Mm]y|[Oo]ur)\s+(?:[\w-]+\s+){0,2}$/;
const NOUN_PHRASE_BEFORE = 30;
/** "… was announced by [Foreign Minister] X": the name after it did the act. */
const PASSIVE_AGENT = /\b(?:was|were|been|being)\s+\w+ed\s+by\s+(?:[A-Z][\w.-]*\s+){0,4}$/;
/** "…, Foreign Minister X said": the name before a reporting verb announced the act. */
const ANNOUNCER = /^\s*(?:said|says|announced|announces|stated|told)\b/;
/** "X announced [on Wednesday, …] that …": the reporting verb whose subject announces what follows. */
const REPORTED_THAT = /\b(?:announced|announces|declared|declares|said|says|stated|states)\b[^.;"“]*\bthat\b/;
/** "on the margins of the Antalya Diplomacy Forum": the name is the occasion, not a party. */
const OCCASION_OF = /\b(?:margins|margin|sidelines|sideline|occasion|framework) of (?:the )?["“]?$/i;
/** "…, who had spoken …": the name opens a relative clause and is the subject of its verb. */
const RELATIVE_AFTER = /^\s*,\s*(?:who|which)\b/;
/** Right before a name after the trigger: what the talks were about, not who held them ("discussions on Ukraine"). */
const TOPIC_BEFORE = /\b(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:(?:situation|war|crisis|conflict|issue)\s+in\s+)?$/i;
/** "held at the initiative of our President X": who proposed it, not a party to it. */
const INITIATIVE_OF = /\b[Ii]nitiative of (?:the |our |their |its |his |her )?(?:[A-Z][\w.-]*\s+){0,3}$/;
/** How long (characters) a sentence's opening words before a comma may be and still be an adverbial ("On 25 June 2023,"). */
const LEAD_ADVERBIAL = 40;
/** A mention that is a group phrase: we resolve it ourselves, against the clause it stands in. */
const GROUP_MENTION = /^(?:the|both)\s/i;
/** A sentence's subject that is a pronoun for one person ("He called …"). */
const HE_OR_SHE = /^\s*(?:(?:[Ww]hen|[Aa]fter|[Bb]efore|[Aa]s|[Ww]hile|[Oo]nce|[Ww]here)\s+)?(?:[Hh]e|[Ss]he)\b/;
/** "Shri Arindam Bagchi, Official Spokesperson: " opening a transcript turn. */
const TURN_LABEL = /^\s*[^\n:.!?]{1,80}:\s+/;
/** "the Prime Minister of Israel": a title and the state whose it is (the state checked against the gazetteer). */
const TITLE_OF_STATE = /\bthe ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) of (?:the )?([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3})/gu;
/** A year in a sentence: when it is not the document's own, the sentence tells of another time. */
const YEAR = /\b(?:19|20)\d{2}\b/g;

export class ParticipantFinder {
  private named: Named[];
  private speaker: LocalEntity | null;
  private counterpart: LocalEntity | null;
  private byId: Map<string, LocalEntity>;
  private refs: Named[];
  private history = new Map<number, boolean>();

  private turns: Voice[];
  private quoted: Voice[];
  /** The government the document speaks for (its masthead's or its address's): who "we" are where no guest speaks. */
  private issuer: string | null;
  /** Who reports or comments (the press, commentators): a party only when the act is done to them. */
  private media: Set<LocalEntity>;

  /** `voices`: who speaks each transcript turn and each quotation (they say who "I", "we", "he" are). */
  constructor(private ctx: AnnotateContext, entities: LocalEntity[], voices?: { turns: Voice[]; quoted: Voice[] }) {
    this.issuer = issuerOf(ctx.doc)?.code || null;
    this.turns = voices?.turns ?? [];
    this.quoted = voices?.quoted ?? [];
    this.named = [];
    this.byId = new Map(entities.map((e) => [e.localId, e]));
    for (const entity of entities)
      if (entity.type !== 'location')
        for (const m of entity.mentions) if (!isGroupMention(ctx.text, m.cleanStart, m.cleanEnd)) this.named.push({ start: m.cleanStart, end: m.cleanEnd, entity });
    this.named.sort((a, b) => a.start - b.start);
    this.media = mediaEntities(ctx, entities, this.turns);
    this.speaker = entities.find((e) => e.isSpeaker) ?? speakerFromTitle(ctx, entities);
    const sp = this.speaker;
    // what a group phrase can stand for: the names, and the speaker wherever they say "I"
    this.refs = this.named;
    if (sp) {
      const own: Named[] = [];
      for (const m of ctx.text.matchAll(FIRST_PERSON_ALL)) own.push({ start: m.index!, end: m.index! + m[0].length, entity: sp });
      if (own.length) this.refs = [...this.named, ...own].sort((a, b) => a.start - b.start);
    }
    // "we" is the speaker and a counterpart only when the document reports talks with someone
    const opening = `${ctx.doc.title ?? ''}\n${ctx.text.slice(0, 400)}`;
    this.counterpart = !TALKS_WITH.test(opening)
      ? null
      : this.named.find((n) => n.entity.type === 'person' && n.entity !== sp && (!sp?.country || n.entity.country !== sp.country))?.entity ?? null;
  }

  /** A person whose title is an envoy's ("Ambassador"): whom an expulsion or a recall is done to. */
  isEnvoy(localId: string): boolean {
    return this.byId.get(localId)?.roles.some((r) => ENVOY.test(r.title)) ?? false;
  }

  /** Does the entity report or comment rather than act (a correspondent, a news agency, a questioner)? */
  isMedia(localId: string): boolean {
    const e = this.byId.get(localId);
    return !!e && this.media.has(e);
  }

  /** A person or organisation (a state takes part through `countries`). */
  isActor(localId: string): boolean {
    const t = this.byId.get(localId)?.type;
    return t === 'person' || t === 'organization';
  }

  /**
   * Where the words that belong to a trigger at `at` begin: at a name right before it ("North Korea
   * tested"), which is its subject; null when no name stands right before it. Never before `floor`.
   */
  subjectStart(at: number, floor: number): number | null {
    const i = this.upperBound(at) - 1;
    const n = this.named[i];
    if (n && n.start >= floor && n.end <= at && /^\s*$/.test(this.ctx.text.slice(n.end, at))) return n.start;
    return null;
  }

  nameOf(localId: string): string {
    return this.byId.get(localId)?.name ?? localId;
  }

  /**
   * Does the clause [from, to) name its own subject: a person or organisation anywhere in it, or a
   * state at its start ("North Korea tested", but not "… between Australia and Indonesia and agreed")?
   */
  private hasSubject(from: number, to: number): boolean {
    const lead = this.ctx.text.slice(from, to).match(/^\s*(?:and\s+|the\s+)*/)![0].length;
    for (let i = this.upperBound(from); i < this.named.length && this.named[i].start < to; i++) {
      const n = this.named[i];
      if (n.entity.type !== 'country' || n.start <= from + lead) return true;
    }
    return false;
  }

  /**
   * The last two distinct people (or states) named before `at`, passing over those named only in
   * sentences about another year ("The last summit was held in 2018, when May and Macron signed …").
   */
  private namedBefore(at: number, states: boolean, size: number, role: RegExp | null): LocalEntity[] {
    const out: LocalEntity[] = [];
    const refs = states ? this.named : this.refs;
    const pick = (skipHistory: boolean, byRole: boolean) => {
      out.length = 0;
      for (let i = upperBound(refs, at) - 1; i >= 0 && out.length < size; i--) {
        const e = refs[i].entity;
        const fits = states ? e.type === 'country' : e.type === 'person';
        if (!fits || out.includes(e) || out.some((o) => o.country && o.country === e.country)) continue;
        if (skipHistory && this.onlyInHistory(e, at)) continue;
        if (byRole && role && !e.roles.some((r) => role.test(r.title))) continue;
        out.push(e);
      }
      return out.length === size;
    };
    // (those whose titles fit the phrase first: "the Ministers" are ministers, not the presidents named since)
    return pick(true, true) || pick(true, false) || pick(false, false) ? out : [];
  }

  /** Is every mention of `e` before `at` in a sentence that names a year other than the document's? */
  private onlyInHistory(e: LocalEntity, at: number): boolean {
    const year = this.ctx.doc.published?.value.slice(0, 4);
    if (!year) return false;
    for (const r of this.refs) {
      if (r.start >= at) break;
      if (r.entity !== e) continue;
      const si = this.ctx.sentenceAt(r.start);
      let past = this.history.get(si);
      if (past === undefined) {
        const sent = this.ctx.sentences[si];
        const years = sent ? this.ctx.text.slice(sent.start, sent.end).match(YEAR) ?? [] : [];
        past = years.length > 0 && years.every((y) => y !== year);
        this.history.set(si, past);
      }
      if (!past) return false;
    }
    return true;
  }

  private cuesOf(n: Named): number {
    if (n.cues === undefined) {
      const text = this.ctx.text;
      const before = text.slice(Math.max(0, n.start - 40), n.start);
      n.cues = (OCCASION_OF.test(before) || INITIATIVE_OF.test(before) ? OCCASION : 0) | (before.includes('by') && PASSIVE_AGENT.test(before) ? AGENT : 0) | (ANNOUNCER.test(text.slice(n.end, n.end + 12)) ? ANNOUNCER_CUE : 0);
    }
    return n.cues;
  }

  private upperBound(at: number): number {
    return upperBound(this.named, at);
  }

  /**
   * Participants named in the window [w.from, w.to) of a trigger at [w.at, w.atEnd). With
   * `directional`, those before the trigger are its source and those after its target. With
   * `objectOnly` (a participle: "the agreement signed between A and B"), only the words after the
   * trigger count; with `subjectOnly` ("discussed Ukraine"), only those before it.
   */
  find(w: Window): Participants {
    const roles = new Map<LocalEntity, ParticipantRole>();
    const add = (e: LocalEntity | null, before: boolean) => {
      if (!e || roles.has(e)) return false;
      roles.set(e, w.directional ? (before ? 'source' : 'target') : 'participant');
      return true;
    };
    const { at, atEnd } = w;
    // ("'… must be met in full,' X said": who speaks a quotation is the source of what it demands, rejects or threatens)
    const voice = w.directional || w.speakerParty ? voiceAt(this.quoted, at) : null;
    if (voice) add(this.byId.get(voice.speakerLocalId) ?? null, true);
    const start = w.objectOnly ? at : w.from;
    // after the trigger, a person or organisation is near enough when near the one before it ("with Minister … X
    // and Minister for Foreign Affairs of Ukraine Y": a list of long titles)
    let lastAfter = atEnd;
    for (let i = this.upperBound(start); i < this.named.length && this.named[i].start < w.to; i++) {
      const n = this.named[i];
      // a state named far from the trigger is usually a topic ("the North Korean nuclear issue"), not a party
      const reach = n.entity.type === 'country' ? STATE_REACH : w.directional ? ACTOR_REACH : Infinity;
      const from = n.entity.type === 'country' || w.directional ? atEnd : lastAfter;
      if (n.start - from > Math.min(reach, ACTOR_REACH) || at - n.end > reach || (w.subjectOnly && n.start >= atEnd)) continue;
      if (w.elsewhere?.(n.start)) continue;
      if (!w.directional && n.start >= atEnd && TOPIC_BEFORE.test(this.ctx.text.slice(Math.max(atEnd, n.start - 40), n.start))) continue;
      // (unless the trigger names it: "on the margins of the G20 summit")
      const cues = this.cuesOf(n);
      if (cues & OCCASION && !(n.end <= at && (at - n.end <= 2 || RELATIVE_AFTER.test(this.ctx.text.slice(n.end, n.end + 8))))) continue;
      if (n.start >= atEnd && n.entity.type !== 'country') lastAfter = n.end;
      // (the agent of a passive is its source: "the expulsion … was announced by Baerbock")
      // (and so is who announces it: "Germany expelled …, Foreign Minister X said")
      add(n.entity, n.start < at || !!(cues & AGENT) || (!!w.announced && !!(cues & ANNOUNCER_CUE)));
    }
    // ("discussions with the Prime Minister of Israel": the one person the text names with that title, of that state)
    const near = this.ctx.text.slice(Math.max(w.from, at - ACTOR_REACH), Math.min(w.to, atEnd + ACTOR_REACH));
    const nearStart = Math.max(w.from, at - ACTOR_REACH);
    for (const m of near.matchAll(TITLE_OF_STATE)) {
      const start = nearStart + m.index!;
      if (!(w.subjectOnly && start >= atEnd) && !w.elsewhere?.(start)) add(this.holderOf(m[1], m[2]), start < at);
    }
    if (w.objectOnly || w.phraseOnly) return this.result(roles);
    const text = this.ctx.text;
    // a group phrase stands for the trigger's subject only in its own clause ("the two Ministers agreed")
    const before = clauseBefore(text, start, at);
    const offset = at - before.length;
    let subjectWords = before;
    if (!this.groupsIn(offset, before, add) && !this.hasSubject(offset, at) && (COORDINATED.test(text.slice(w.gapStart, at)) || (PARTICIPLE_AFTER_COMMA.test(text.slice(w.gapStart, at)) && ING.test(text.slice(at, atEnd))) || INCLUDING_AFTER_COMMA.test(text.slice(w.gapStart, at)))) {
      // "X called Russia a partner, and asked for support": a coordinated verb shares the subject of the
      // clause it is coordinated with, or else the sentence's
      // (after a sentence's lead adverbial, "On 25 June 2023, the two leaders held talks … and signed", the clause that follows it)
      const lead = firstClause(text, w.sentenceStart, at);
      const starts = w.gapStart > w.sentenceStart ? [w.gapStart, w.sentenceStart] : [w.sentenceStart];
      if (lead.end < offset && lead.end - lead.start <= LEAD_ADVERBIAL) starts.push(lead.end);
      // (a clause reported after "… announce that" has its subject after "that", before the sentence's speaker)
      let reported = -1;
      THAT_CLAUSE.lastIndex = 0;
      for (let m = THAT_CLAUSE.exec(text.slice(w.sentenceStart, offset)); m; m = THAT_CLAUSE.exec(text.slice(w.sentenceStart, offset))) reported = w.sentenceStart + m.index + m[0].length;
      if (reported > w.sentenceStart && reported < offset && !starts.includes(reported)) starts.splice(1, 0, reported);
      for (const clauseStart of starts) {
        const first = firstClause(text, clauseStart, at);
        const end = Math.min(first.end, offset);
        if (first.start >= end) continue;
        const words = text.slice(first.start, end);
        let found = this.groupsIn(first.start, words, add);
        for (let i = this.upperBound(first.start); i < this.named.length && this.named[i].start < end; i++)
          if (this.named[i].entity.type !== 'country' || (clauseStart === reported && CLAUSE_OPENING.test(text.slice(first.start, this.named[i].start)))) found = add(this.named[i].entity, true) || found;
        if (found || FIRST_PERSON_GROUP.test(words) || FIRST_PERSON.test(words)) {
          subjectWords = words;
          break;
        }
      }
    }
    // ("… will establish diplomatic relations between our two nations": the two states named before)
    if (!w.directional && ![...roles.keys()].some((e) => e.type === 'country' && roles.size > 1)) {
      const between = BETWEEN_GROUP.exec(text.slice(atEnd, Math.min(w.to, atEnd + BETWEEN_REACH)));
      if (between) this.groupsIn(atEnd + between.index, between[0], add);
    }
    // "President X announced on Wednesday … that Colombia will break relations": who announces a state's act is its source
    if (w.announced && ![...roles.keys()].some((e) => e.type === 'person')) {
      const lead = REPORTED_THAT.exec(text.slice(w.sentenceStart, at));
      if (lead)
        for (let i = this.upperBound(w.sentenceStart); i < this.named.length && this.named[i].start < w.sentenceStart + lead.index; i++)
          if (this.named[i].entity.type === 'person') add(this.named[i].entity, true);
    }
    const speaker = this.speakerAt(at);
    // (a possessive counts only on the trigger's own phrase: "our talks", not "My visit … follows the meeting between A and B")
    const words = text.slice(w.from, w.to) + ' ' + subjectWords;
    const own = OWN_PHRASE.exec(text.slice(Math.max(w.from, at - NOUN_PHRASE_BEFORE), at))?.[1].toLowerCase();
    const we = WE_OR_US.test(words) || own === 'our';
    // ("we've been able to ban …" in a government's release or briefing: that government, unless a guest speaks)
    const states = we && this.issuer && (!speaker?.country || speaker.country === this.issuer) ? [this.issuer] : [];
    if (speaker) {
      if (we) {
        add(speaker, true);
        add(this.counterpartOf(speaker), true);
      } else if (I_OR_ME.test(words) || own === 'my') {
        add(speaker, true);
        // ("I look forward to seeing you in Tokyo", said to the other side of a transcript: they meet)
        if (YOU.test(words)) add(this.addresseeAt(at, speaker), true);
      }
    }
    // "He called X …": the person a quotation of the sentence is given to (the quotes layer resolved the pronoun)
    // (unless the clause already has its person: one named in this sentence before the trigger)
    if (HE_OR_SHE.test(subjectWords) && ![...roles.keys()].some((e) => e.type === 'person' && roles.get(e) !== 'target' && this.named.some((n) => n.entity === e && n.start >= w.sentenceStart && n.start < at))) {
      const si = this.ctx.sentenceAt(at);
      const sentence = this.ctx.sentences[si];
      const v = sentence && this.quoted.find((q) => q.start >= sentence.start && q.start < sentence.end);
      if (v) add(this.byId.get(v.speakerLocalId) ?? null, true);
      // (else the person the sentence names before the pronoun's clause, "The Prime Minister conveyed … when he met X",
      // a transcript turn's "Name, Title:" label aside; else the first person the sentence before names, "Jaishankar
      // spoke. He called …")
      else if (sentence) {
        const label = TURN_LABEL.exec(text.slice(sentence.start, at))?.[0].length ?? 0;
        const before = this.firstPersonIn({ start: sentence.start + label, end: sentence.end }, at - subjectWords.length);
        add(before ?? this.firstPersonIn(this.ctx.sentences[si - 1] ?? null, sentence.start), true);
      }
    }
    // ("Senator X is in town. I spent some time with him": who "with him" is, the last person named before other than the speaker)
    if (!w.directional && WITH_END.test(text.slice(at, atEnd)) && OBJECT_PRONOUN.test(text.slice(atEnd, atEnd + 6))) {
      const si = this.ctx.sentenceAt(at);
      const from = this.ctx.sentences[si - 1]?.start ?? w.sentenceStart;
      for (let i = this.upperBound(at) - 1; i >= 0 && this.named[i].start >= from; i--) {
        const e = this.named[i].entity;
        if (e.type === 'person' && !roles.has(e) && e !== speaker) {
          add(e, false);
          break;
        }
      }
    }
    // "X said that Y was no longer welcome, accusing him of …": an object pronoun right after the act is the last
    // person the sentence named before it other than the one it opens with (its subject)
    if (w.directional && OBJECT_PRONOUN.test(text.slice(atEnd, atEnd + 6)) && ![...roles].some(([e, r]) => r === 'target' && e.type === 'person')) {
      const subject = this.firstPersonIn({ start: w.sentenceStart, end: at }, at);
      for (let i = this.upperBound(at) - 1; i >= 0 && this.named[i].start >= w.sentenceStart; i--) {
        const e = this.named[i].entity;
        if (e.type === 'person' && e !== subject) {
          roles.set(e, 'target');
          break;
        }
      }
    }
    return this.result(roles, states);
  }

  /**
   * The person who holds `title` for the state `stateName` names: the one placed there, else the one
   * unplaced holder of the title other than the document's speaker ("Prime Minister Netanyahu", named
   * without a state a few lines on); null when the text names none or several.
   */
  private holderOf(title: string, stateName: string): LocalEntity | null {
    const code = countryCode(stateName, false);
    if (!code) return null;
    const t = title.toLowerCase();
    const holders = [...this.byId.values()].filter((e) => e.type === 'person' && e.roles.some((r) => r.title.toLowerCase() === t));
    const placed = holders.filter((e) => e.country === code);
    if (placed.length) return placed.length === 1 ? placed[0] : null;
    const open = holders.filter((e) => !e.country && e !== this.speaker);
    return open.length === 1 ? open[0] : null;
  }

  /** The first person named in a sentence (before `limit`). */
  private firstPersonIn(sentence: { start: number; end: number } | null, limit: number): LocalEntity | null {
    if (!sentence) return null;
    for (let i = this.upperBound(sentence.start); i < this.named.length && this.named[i].start < Math.min(sentence.end, limit); i++)
      if (this.named[i].entity.type === 'person') return this.named[i].entity;
    return null;
  }

  /** Who says "I" at `at`: the speaker of the quotation or transcript turn holding it, else the document's. */
  private speakerAt(at: number): LocalEntity | null {
    const v = voiceAt(this.quoted, at) ?? voiceAt(this.turns, at);
    return (v && this.byId.get(v.speakerLocalId)) || this.speaker;
  }

  /**
   * Whom a transcript turn's "you" addresses: the other person who speaks most (an aide who cuts in once
   * is not the counterpart), the nearest turn after this one first on a tie.
   */
  private addresseeAt(at: number, speaker: LocalEntity): LocalEntity | null {
    const k = this.turns.findIndex((t) => t.start <= at && at < t.end);
    if (k < 0) return null;
    const order = [...this.turns.slice(k + 1), ...this.turns.slice(0, k).reverse()].map((t) => this.byId.get(t.speakerLocalId));
    const others = order.filter((e): e is LocalEntity => !!e && e !== speaker && e.type === 'person');
    const turns = (e: LocalEntity) => others.filter((o) => o === e).length;
    return others.reduce<LocalEntity | null>((best, e) => (!best || turns(e) > turns(best) ? e : best), null);
  }

  /** Who "we" adds to a speaker: the other side of a joint appearance (another turn's speaker), or the document's counterpart. */
  private counterpartOf(speaker: LocalEntity): LocalEntity | null {
    for (const t of this.turns) {
      const e = this.byId.get(t.speakerLocalId);
      if (e && e !== speaker && e.type === 'person' && (!speaker.country || e.country !== speaker.country)) return e;
    }
    return this.counterpart === speaker ? null : this.counterpart;
  }

  /** Adds the people (or states) each group phrase in `words` (starting at `from`) stands for. */
  private groupsIn(from: number, words: string, add: (e: LocalEntity, before: boolean) => boolean): boolean {
    let found = false;
    GROUP.lastIndex = 0;
    for (let m = GROUP.exec(words); m; m = GROUP.exec(words))
      for (const e of this.namedBefore(from + m.index, STATES.test(m[0]), groupSize(m[0]), roleOf(m[0]))) found = add(e, true) || found;
    return found;
  }

  /** `states`: countries that take part without an entity of theirs (the issuing government "we" stands for). */
  private result(roles: Map<LocalEntity, ParticipantRole>, states: string[] = []): Participants {
    for (const [e, role] of roles) if (role !== 'target' && this.media.has(e)) roles.delete(e);
    const participants = [...roles].map(([e, role]) => ({ localId: e.localId, role }));
    const countries = [...new Set([...[...roles.keys()].map((e) => e.country).filter((c): c is string => !!c), ...states])];
    return { participants, countries };
  }
}

/** A transcript titled "Sergey Lavrov's remarks …" is spoken by the person its title opens with. */
function speakerFromTitle(ctx: AnnotateContext, entities: LocalEntity[]): LocalEntity | null {
  const title = ctx.doc.title;
  if (!title || !/transcript|statement/.test(ctx.doc.kind)) return null;
  const owner = title.match(/^(.+?)['’]s?\s+(?:remarks|speech|statement|address|interview|opening|comments|answers)/i)?.[1];
  if (!owner) return null;
  return entities.find((e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => owner.endsWith(n))) ?? null;
}

/** The voice whose stretch holds `at` (voices are few: a scan is enough). */
function voiceAt(voices: Voice[], at: number): Voice | null {
  for (const v of voices) if (v.start <= at && at < v.end) return v;
  return null;
}

/** The index of the first name starting at or after `at`. */
function upperBound(named: Named[], at: number): number {
  let lo = 0, hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "The two leaders", "both sides": a phrase the entities layer may have linked to names. */
function isGroupMention(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  if (!GROUP_MENTION.test(words)) return false;
  GROUP.lastIndex = 0;
  const m = GROUP.exec(words);
  return !!m && m.index === 0 && m[0].length === words.length;
}
