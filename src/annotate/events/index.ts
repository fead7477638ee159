// Political events of one document in the PLOVER vocabulary: triggers per sentence, their status,
// date, place and participants, then the document's own reports of one happening folded together.
import type { DateValue, LocalEntity, LocalEvent, Range, Span } from '../../types.js';
import { spanFromOriginal } from '../../clean/main-text.js';
import type { AnnotateContext } from '../context.js';
import type { Voice } from '../quotes/index.js';
import { countedDates, findDates, isAfter, type DateMention } from './dates.js';
import { Clauses, type Clause } from './clauses.js';
import { datelineOf, LocationFinder, openingDatelineDate, type Dateline } from './location.js';
import { ParticipantFinder } from './participants.js';
import { toldAsEarlier, triggerStatus, type TriggerStatus } from './status.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import { CLASS_AGENT_WORDS, NATURAL_CAUSE_BEFORE, ONGOING_BEFORE, REFERENCE_BEFORE } from '../../lexicons/en/event-status.js';
import { placedMode, traitsOf } from '../../lexicons/en/event-verbs.js';
import { ABSORB_BREAK_WORDS, APART_NOUN_GAP, POINTS_BACK_BEFORE, RESPONSE_BEFORE, SAME_OCCASION_OPENER } from '../../lexicons/en/event-clauses.js';
import { foldDocumentEvents, mergeInto, type Draft, type MainDate } from './fold.js';
import { speakersMeeting } from './speakers.js';
import { spend } from '../../budget.js';
import { capitalCode, countryCode } from '../entities/gazetteer.js';

/** Longer than this (characters), a sentence is read in pieces this long. */
const MAX_SENTENCE = 3000;
/** Openers of a relative clause: it tells of the name right before it. */
const RELATIVE = new Set(['who', 'which', 'whose']);
/** How far before a noun trigger (characters) its own modifiers may begin. */
const NOUN_PHRASE = 40;
/** How far from its trigger (characters) a place can be and still be where the event happened. */
const PLACE_BEFORE = 30;
const PLACE_AFTER = 70;
/** "since the bilateral summit talks": an earlier event named as a reference point. */
const SINCE = /\bsince\s+(?:\S+\s+){0,3}$/i;
const REFERENCE = new RegExp(REFERENCE_BEFORE, 'i');
const NATURAL_CAUSE = new RegExp(NATURAL_CAUSE_BEFORE, 'i');
const ONGOING = new RegExp(ONGOING_BEFORE, 'i');
const RESPONSE = new RegExp(RESPONSE_BEFORE, 'i');
const ALSO = /\balso\b/i;
/** A colon that opens a list or an explanation (not one in a time, "9:30"). */
const LIST_COLON = /(?<!\d):(?!\d)/;
/** How far into a story (characters) its lead runs: the sentences that date the story's occasion. */
const LEAD_CHARS = 1200;
/** Right after a dateline's date: the agency's credit and a dash ("Feb 10 (Reuters) -", "Dec 6 -"). */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?[-—–]/;
/** How many opening sentences of a news story make its lead, when the lead's date outranks a meeting's. */
const LEAD_SENTENCES = 1;
/** A document's occasion is at most this many days before its date (a readout the next day, news of the weekend). */
const OCCASION_DAYS = 3;
/** A question ("Will Premier Li meet the Chancellor?") asks whether something happens; it reports nothing. */
const QUESTION = /\?["”’)]*\s*$/;
/** Farther than this from its trigger (characters), a date in the sentence is about something else. */
const MAX_DATE_DISTANCE = 160;
/** What may stand before a date that opens its sentence ("1. On 8 July 2024, …", "Today in Beijing …"). */
const LEAD = /^[\s\W]*(?:\d+\.\s*)?(?:(?:on|in|at|early|late|earlier|later)\s+)?$/i;
/** "the first time …", "the first held since 2018": the sentence compares with the last one. */
const FIRST = /\b(?:first|first time|first such)\b/i;
/** "following those of June 2000": a date standing for an earlier one of the trigger's kind. */
const THOSE_OF = /\b(?:those|that|the ones?|the one)\s+(?:of|in|held in|on)\s+$/i;
/** "the first visit by a foreign minister since 2015": done by one of a kind, not by the one the sentence names. */
const CLASS_AGENT = new RegExp(CLASS_AGENT_WORDS, 'i');
const AND_BEFORE = /(?:\band|,)\s*$/;
/** How far after a directed act's trigger (characters) a people's adjective names a party ("… to Palestinian students"). */
const DEMONYM_REACH = 60;
/** Right after a directed act: a capitalised name, its object. */
const OBJECT_CAPITAL = /^\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b/u;
const PREPOSITION_END = /\b(?:to|in|at|from|into|on|onto|for|of|with|towards?|over|across|near|outside)\s*$/i;
const CAPITALISED = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\b/gu;
/** Statuses of a trigger that reports no event. */
const DROPPED = new Set<TriggerStatus>(['negated', 'hypothetical', 'state']);
/** Between two triggers of a type: the second is an instance of the first ("an assault, including a shelling"). */
const INCLUDING = /^[^.;]{0,3},\s*(?:including|notably|such as|among them)\s+(?:[\w-]+\s+){0,3}$/i;
/** "… days later": a time counted from the date told before it. */
const LATER = /^[^.;,]*?\b(?:(?:a few|several|two|three|\d+) )?(?:hours|days|weeks) later\b/i;
const LATER_REACH = 60;
/** How far after a detention verb (characters) a "since" date may stand and be when it began. */
const DETAINED_SINCE = 30;
const ABSORB_BREAK = new RegExp(ABSORB_BREAK_WORDS, 'i');
/** Right before a noun trigger: the occasion the clause's act followed ("following talks", "after their meeting"). */
const OCCASION_AFTER = new RegExp(String.raw`${ABSORB_BREAK_WORDS}\s+(?:the\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$`, 'i');
const SAME_OCCASION = new RegExp(String.raw`^(?:${SAME_OCCASION_OPENER})$`, 'i');
const APART_NOUN = new RegExp(APART_NOUN_GAP, 'i');
/** "these talks", "that meeting": a noun pointing back to a happening told before. */
const POINTS_BACK = new RegExp(POINTS_BACK_BEFORE, 'i');
/** Right after a date: a possessive ("next week's polls"), and how far after it (characters) the noun it qualifies begins. */
const POSSESSIVE_AFTER = /^['’]s\b/;
const POSSESSED_NOUN = 24;
/** A sentence that opens by adding to someone's words ("Putin added that …", "She went on to say"), and a sentence that reports words. */
const ADDED = /^\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:[Hh]e|[Ss]he|[Tt]hey)\s+)(?:added|continued|went on to say)\b/u;
const SAID = /\b(?:said|says|told|stated|declared|announced|wrote)\b/;
/** How far (characters) before a "when" clause the date it refers to may end. */
const WHEN_REACH = 12;
/** Events told as history: "had shared the view at their summit", "since the talks in 2015". */
const PAST_PERFECT = /\bhad\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\b/i;
/** How far after a noun trigger (characters) its own verb may stand ("the talks had broken down"). */
const PERFECT_AFTER_NOUN = 40;
/** Between an event noun and the verb it is the subject of: auxiliaries and adverbs only ("the visit had also secured"). */
const NOUN_SUBJECT_GAP = /^\s*(?:(?:has|have|had|also|already|now|just|so far|thus far|reportedly)\s+)*$/i;
/** "the agreement signed between A and B": a participle describing a thing, not the day's act. */
const PARTICIPLE_OF = /\b(?:agreement|accord|deal|treaty|plan|memorandum|document|declaration|act|contract|protocol|statement|communiqu[ée])\s+$/i;

interface Head {
  hit: TriggerHit;
  absorbed: TriggerHit[];
  status: TriggerStatus;
  date: DateMention | null;
}

/** `voices` (from the quotes layer) say who speaks each quotation and transcript turn: who "I" and "we" are. */
export function annotateEvents(ctx: AnnotateContext, entities: LocalEntity[], voices?: { turns: Voice[]; quoted: Voice[] }): LocalEvent[] {
  const text = ctx.text;
  const sentenceOf = (at: number) => ctx.sentenceAt(at);
  const hits = findTriggers(text, (at) => ctx.sentences[sentenceOf(at)]?.start ?? 0);
  if (!hits.length && !voices?.turns.length) return [];
  const people = new ParticipantFinder(ctx, entities, voices);
  const places = new LocationFinder(entities);
  // (an undated page that opens with a wire dateline is dated by it)
  const ref = ctx.doc.published ?? openingDatelineDate(text);

  const drafts: Draft[] = [];
  // (a "sentence" longer than MAX_SENTENCE, a page without full stops, is read in pieces that long:
  // the work per trigger looks back over its sentence, and must stay bounded)
  const pieceOf = (si: number, at: number) => (si >= 0 ? Math.floor((at - ctx.sentences[si].start) / MAX_SENTENCE) : 0);
  for (let i = 0; i < hits.length; ) {
    spend();
    const si = sentenceOf(hits[i].start);
    const pi = pieceOf(si, hits[i].start);
    let j = i;
    while (j < hits.length && sentenceOf(hits[j].start) === si && pieceOf(si, hits[j].start) === pi) j++;
    const whole = si >= 0 ? ctx.sentences[si] : { start: hits[i].start, end: hits[j - 1].end };
    const from = whole.start + pi * MAX_SENTENCE;
    const sentence = whole.end - whole.start <= MAX_SENTENCE ? whole : { start: from, end: Math.min(whole.end, Math.max(from + MAX_SENTENCE, hits[j - 1].end)) };
    drafts.push(...sentenceEvents(ctx, sentence, hits.slice(i, j), ref, people, places, lastDate(drafts), !!drafts[drafts.length - 1]?.response));
    i = j;
  }
  let acts = announcedActs(drafts);
  const main = mainDate(ctx, acts);
  if (voices?.turns.length) {
    const day = main ?? issuedDay(ctx);
    // (the journalists putting questions at a press conference hold no meeting with the speaker)
    const speaking = voices.turns.filter((t) => !people.isMedia(t.speakerLocalId));
    acts = speakersMeeting(ctx, acts, day, main?.place ?? null, speaking, new Map(entities.map((e) => [e.localId, e])));
  }
  return foldDocumentEvents(acts, main, ref);
}

/** The events of one sentence: absorbed triggers join their head, same-type heads one event. */
function sentenceEvents(ctx: AnnotateContext, sentence: Range, hits: TriggerHit[], ref: DateValue | null, people: ParticipantFinder, places: LocationFinder, prior: DateValue | null, answering: boolean): Draft[] {
  const text = ctx.text;
  if (QUESTION.test(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end))) return [];
  const heads: Head[] = [];
  for (const hit of hits) {
    const last = heads[heads.length - 1];
    // ("invited X to visit the UK following talks in Tokyo": the talks are an occasion of their own)
    // (a known happening named in it, "… as Ukraine defends itself from Russia's war", is not what was agreed)
    if (last?.hit.trigger.absorbs && !hit.trigger.reference && !ABSORB_BREAK.test(text.slice(last.hit.end, hit.start))) last.absorbed.push(hit);
    else heads.push({ hit, absorbed: [], status: 'occurred', date: null });
  }
  heads.forEach((h, k) => {
    const floor = k ? heads[k - 1].hit.end : sentence.start;
    const ceiling = heads[k + 1]?.hit.start ?? sentence.end;
    h.status = triggerStatus(text, h.hit.start, h.hit.end, floor, ceiling, { noun: !!h.hit.trigger.noun, planned: !!h.hit.trigger.planned, absorbs: !!h.hit.trigger.absorbs });
  });
  const clauses = new Clauses(text, sentence.start, sentence.end);
  // "would travel to Moscow for talks": a noun after a planned trigger of its clause is planned with it
  heads.forEach((h, k) => {
    const prev = heads[k - 1];
    if (prev?.status === 'planned' && h.status === 'occurred' && h.hit.trigger.noun && clauses.at(prev.hit.start).id === clauses.at(h.hit.start).id && !ABSORB_BREAK.test(text.slice(prev.hit.end, h.hit.start))) h.status = 'planned';
  });
  const since: DateMention[] = [];
  let all = findDates(text, sentence.start, sentence.end, since);
  // ("On the same day, …", "two years later …": counted from the date told before)
  const counted = countedDates(text, sentence.start, sentence.end, all, prior && { start: sentence.start, end: sentence.start, resolve: () => prior });
  if (counted.length) all = [...all, ...counted].sort((a, b) => a.start - b.start);
  const those = standIns(text, sentence.start, all);
  assignDates(text, sentence.start, those.length ? all.filter((d) => !those.includes(d)) : all, heads, clauses, since);
  // ("On Saturday, X said …. X added that …": what is added was said when the words it adds to were)
  if (!all.length && ADDED.test(text.slice(sentence.start, heads[0]?.hit.start ?? sentence.start))) {
    const said = saidOn(ctx, sentence.start);
    if (said) for (const h of heads) if (!h.date && clauses.at(h.hit.start).kind !== 'sub') h.date = said;
  }
  // ("our summit last year in this building and our gathering in Port Moresby": a noun with its own phrase after
  // the first one's is another happening of the kind)
  const apart = new Set(heads.filter((h, k) => {
    const prev = heads.slice(0, k).reverse().find((o) => o.hit.trigger.type === h.hit.trigger.type);
    return !!h.hit.trigger.noun && !!prev && APART_NOUN.test(text.slice(prev.hit.end, h.hit.start));
  }));
  // "met … on the sidelines of the meeting in November": one date for the same kind of event in a clause
  for (const h of heads) {
    if (apart.has(h)) continue;
    const own = clauses.at(h.hit.start).id;
    h.date ??= heads.find((o) => o.date && o.hit.trigger.type === h.hit.trigger.type && o.status === h.status && clauses.at(o.hit.start).id === own)?.date ?? null;
  }

  const evidence = ctx.span(sentence.start, trimEnd(text, sentence.start, sentence.end));

  const out: Draft[] = [];
  const clauseOf = new Map<Draft, Clause>();
  const nounOf = new Map<Draft, boolean>();
  const topicOf = new Map<Draft, boolean>();
  const endOf = new Map<Draft, number>();
  const floors = new Map<Head, number>();
  heads.forEach((h, k) => {
    if (h.status === 'negated' || h.status === 'hypothetical' || h.status === 'state') return;
    const t = h.hit.trigger;
    // ("the earthquakes that struck Türkiye": no party attacked)
    if (traitsOf(t.type).natural && NATURAL_CAUSE.test(text.slice(Math.max(sentence.start, h.hit.start - 40), h.hit.start))) return;
    // the words between two triggers are the first one's object, except a name right before the second (its subject)
    const gapStart = k ? heads[k - 1].hit.end : sentence.start;
    // (a noun trigger keeps its own modifiers: "the Australia–Indonesia summit", "North Korea's nuclear test")
    let floor = k ? people.subjectStart(h.hit.start, gapStart) ?? (t.noun ? Math.max(gapStart, h.hit.start - NOUN_PHRASE) : h.hit.start) : sentence.start;
    // ("the China visit had also secured £2bn in deals": a verb whose subject is the event noun before it has that noun's parties)
    if (k && !t.noun && heads[k - 1].hit.trigger.noun && NOUN_SUBJECT_GAP.test(text.slice(gapStart, h.hit.start))) floor = Math.min(floor, floors.get(heads[k - 1]) ?? floor);
    floors.set(h, floor);
    // ("In order to provide relief …, Japan has decided to offer …": words after a trigger that reports nothing are the next one's)
    if (k && DROPPED.has(heads[k - 1].status)) floor = Math.min(floor, gapStart);
    // ("X invited Y to visit the UK following talks in Tokyo": the talks the clause's parties held)
    if (k && t.noun && OCCASION_AFTER.test(text.slice(Math.max(sentence.start, h.hit.start - 30), h.hit.start))) floor = sentence.start;
    let ceiling = heads[k + 1] ? people.subjectStart(heads[k + 1].hit.start, h.hit.end) ?? heads[k + 1].hit.start : sentence.end;
    // a trigger in a subordinate clause has its parties there ("after Australia and China established relations, …")
    const own = clauses.at(h.hit.start);
    // a trigger in another clause than the one before it has its subject in its own clause ("…, the two countries signed")
    if (k && clauses.at(heads[k - 1].hit.start) !== own) floor = Math.max(gapStart, Math.min(floor, clauses.startOf(h.hit.start)));
    if (own.kind === 'sub') {
      // (a relative clause's subject is the name it follows: "President Cyril Ramaphosa, who hosted the summit")
      const antecedent = RELATIVE.has(own.opener ?? '') ? people.subjectStart(own.start, gapStart) : null;
      floor = Math.max(gapStart, antecedent ?? own.start);
      ceiling = Math.min(ceiling, clauses.endOf(h.hit.start, sentence.end));
    } else ceiling = Math.min(ceiling, clauses.nextSub(h.hit.end, sentence.end));
    // (a known happening named by a noun has its parties in its own phrase: "… as Ukraine defends itself from Russia's war")
    if (t.reference && t.noun) floor = Math.max(floor, h.hit.start - NOUN_PHRASE);
    const participle = PARTICIPLE_OF.test(text.slice(Math.max(sentence.start, h.hit.start - 30), h.hit.start));
    const who = people.find({
      sentenceStart: sentence.start, gapStart, from: floor, to: ceiling, at: h.hit.start, atEnd: h.hit.end,
      directional: traitsOf(t.type).directional, objectOnly: participle, phraseOnly: !!t.reference && !!t.noun, subjectOnly: !!t.subjectOnly, announced: traitsOf(t.type).announced,
      speakerParty: h.status === 'planned' && traitsOf(t.type).meeting,
      elsewhere: (at) => {
        const c = clauses.at(at);
        return c.kind === 'sub' && c !== own;
      },
    });
    // (a known happening is under way whatever the clause plans about it: "will continue consultations on Russia's war")
    let status: 'planned' | 'occurred' = h.status === 'planned' && !t.reference ? 'planned' : 'occurred';
    const date = h.date?.resolve(ref, status === 'planned') ?? null;
    if (date && isAfter(date, ref)) status = 'planned'; // after its own report, it has not happened yet
    const location = placeOf(text, h, places, gapStart, ceiling, sentence.end);
    const draft: Draft = {
      type: t.type,
      mode: t.mode ?? h.absorbed.find((a) => a.trigger.type === t.type && a.trigger.mode)?.trigger.mode ?? null,
      cameo: t.cameo,
      quadClass: t.quadClass,
      status,
      date,
      dateEvidence: date && h.date ? ctx.span(h.date.start, h.date.end) : null,
      location,
      // (the envoy a state expels or recalls is its target, even named before the verb: "informed Ambassador X that he has been declared …")
      participants: new Map(who.participants.map((p) => [p.localId, traitsOf(t.type).envoyTarget && people.isEnvoy(p.localId) ? 'target' : p.role])),
      countries: new Set([...who.countries, ...(traitsOf(t.type).directional ? statesNamedIn(text, h.hit.start, Math.min(ceiling, h.hit.end + DEMONYM_REACH), h.hit.end) : [])]),
      evidence: [evidence],
      triggers: [ctx.span(h.hit.start, h.hit.end)],
      // a time the text gives but we cannot resolve ("yesterday" in an undated text, "last week") is no licence to borrow another date
      background: ongoing(text, sentence.start, h.hit.start, !!t.noun) || pastPerfect(text, clauses, h.hit.start, h.hit.end, !!t.noun, sentence.end) || participle || !!t.reference || (!!h.date && !date) || toldAsHistory(text, sentence.start, h.hit.start) || clauses.isHistory(h.hit.start, !!t.noun),
      ...(toldAsEarlier(text, sentence.start, h.hit.start) ? { earlier: true } : {}),
      order: h.hit.start,
      // ("In response, X expelled … He also recalled …": "also" goes on with the counter-act; a reply in words to a
      // question or a call, "In response, X said talks would resume", is no counter-act)
      response: t.quadClass >= 3 && (RESPONSE.test(text.slice(sentence.start, h.hit.start)) || (answering && ALSO.test(text.slice(sentence.start, h.hit.start)))),
      anaphoric: !!t.anaphoric,
      ...(t.noun && POINTS_BACK.test(text.slice(Math.max(sentence.start, h.hit.start - NOUN_PHRASE), h.hit.start)) ? { pointsBack: true } : {}),
      ...(location && !t.noun && !t.subjectOnly && traitsOf(t.type).gathering ? { ownPlace: true } : {}),
      names: new Map(entitiesOf(who.participants, people)),
      actors: new Set(who.participants.filter((p) => people.isActor(p.localId)).map((p) => p.localId)),
      labels: [labelOf(text.slice(h.hit.start, h.hit.end), t.label)],
    };
    // one event per type and status in a sentence ("visited Moscow and held talks"), unless their dates differ;
    // an undated noun in another clause is not the dated one ("My visit comes … and follows the meeting in Bali
    // last month"), an undated verb in a main clause is ("The meeting was held on March 2, and X attended it")
    const clause = clauses.at(h.hit.start);
    const joins = (d: Draft) => {
      const other = clauseOf.get(d)!;
      // ("a horrific assault, including a tragic shelling last week": the instance told of the act before it)
      if (INCLUDING.test(text.slice(endOf.get(d)!, h.hit.start))) return true;
      // ("discussed the visit of President Xi to Moscow": the visit is a topic, an event of its own)
      if (t.noun && topicOf.get(d)) return false;
      if (other.id === clause.id) return true;
      if (other.kind === 'sub' || clause.kind === 'sub') return false;
      if (!!d.date === !!draft.date) return true;
      const undated = d.date ? { noun: !!t.noun, clause } : { noun: nounOf.get(d)!, clause: other };
      return !undated.noun;
    };
    // (an earlier happening named by its date alone, "those of June 2000", is no report a later trigger of the sentence continues)
    const same = apart.has(h) ? undefined : out.find((d) => !d.echo && d.type === draft.type && d.status === draft.status && (!d.date || !draft.date || d.date.value === draft.date.value) && joins(d));
    if (same) mergeInto(same, draft);
    else {
      out.push(draft);
      clauseOf.set(draft, clause);
      nounOf.set(draft, !!t.noun);
      topicOf.set(draft, !!t.subjectOnly);
    }
    endOf.set(same ?? draft, h.hit.end);
    for (const d of earlierOnes(text, sentence, h, heads[k + 1], since, those)) {
      const value = d.resolve(ref, false);
      if (!value) continue;
      // ("the first trip by a British prime minister since 2018": the last one was another's; only the states stay)
      const others = CLASS_AGENT.test(text.slice(h.hit.end, d.start));
      const participants = new Map([...draft.participants].filter(([id]) => !others || !draft.actors.has(id)));
      out.push({ ...draft, date: value, dateEvidence: ctx.span(d.start, d.end), background: true, echo: true, status: 'occurred', participants, countries: new Set(draft.countries), names: new Map(draft.names), actors: others ? new Set() : new Set(draft.actors), evidence: [evidence], triggers: [...draft.triggers], labels: [...draft.labels], location: null });
    }
  });
  return out;
}

/**
 * States a directed act names by their people's adjective in its own words or right after them ("sent
 * scholarships to Palestinian students", "expelled Russian diplomats"): the state is a party even where no
 * entity stands for it.
 */
function statesNamedIn(text: string, from: number, to: number, actEnd = from): string[] {
  const out: string[] = [];
  // (the act's object, a capital for its government: "… angered Beijing", "accused Moscow of …")
  // (not a place after a preposition: "an invitation to Moscow")
  const object = PREPOSITION_END.test(text.slice(from, actEnd)) ? null : OBJECT_CAPITAL.exec(text.slice(actEnd, to))?.[1];
  const capital = object ? capitalCode(object) : null;
  if (capital) out.push(capital);
  const words = text.slice(from, to);
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(words); m; m = CAPITALISED.exec(words)) {
    const code = countryCode(m[0]) ?? (m[0].includes(' ') ? countryCode(m[0].split(' ')[0]) : null);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/** The one date of the sentence before `at`, when that sentence reports someone's words ("On Saturday, X said …"). */
function saidOn(ctx: AnnotateContext, at: number): DateMention | null {
  const prev = ctx.sentences[ctx.sentenceAt(at) - 1];
  if (!prev || !SAID.test(ctx.text.slice(prev.start, prev.end))) return null;
  const dates = findDates(ctx.text, prev.start, prev.end);
  return dates.length === 1 ? dates[0] : null;
}

/** The date of the last report told so far (an earlier happening named by its date alone is no such report). */
function lastDate(drafts: Draft[]): DateValue | null {
  for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].date && !drafts[i].echo) return drafts[i].date;
  return null;
}

/**
 * "Norway will recognise Palestine on 28 May. The decision was announced by X on Wednesday": the
 * announcement is an act of the kind told before it, done when and by whom it was announced. With no
 * act before it, it is no event.
 */
function announcedActs(drafts: Draft[]): Draft[] {
  let last: Draft | null = null;
  return drafts.filter((d) => {
    if (!d.anaphoric) {
      last = d;
      return true;
    }
    if (!last) return false;
    [d.type, d.mode, d.cameo, d.quadClass] = [last.type, last.mode, last.cameo, last.quadClass];
    for (const c of last.countries) d.countries.add(c);
    return true;
  });
}

/**
 * Earlier happenings of the same kind a sentence names by their dates alone: "the first time North Korea
 * has fired a missile since September 2017" (the last one was then), "the third summit, following
 * those of June 2000 and October 2007".
 */
function earlierOnes(text: string, sentence: Range, h: Head, next: Head | undefined, since: DateMention[], those: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  if (since.length && FIRST.test(text.slice(sentence.start, h.hit.start + 40)))
    for (const d of since) if (d.start >= h.hit.end && !/[;,]/.test(text.slice(h.hit.end, d.start))) out.push(d);
  // (stand-in dates go to the nearest trigger before them)
  for (const d of those) if (d.start >= h.hit.end && (!next || d.start < next.hit.start)) out.push(d);
  return out;
}

/** Dates that stand for an earlier happening of the kind named before them: "those of June 2000 and October 2007". */
function standIns(text: string, sentenceStart: number, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  dates.forEach((d, i) => {
    const before = text.slice(Math.max(sentenceStart, d.start - 24), d.start);
    if (THOSE_OF.test(before) || (AND_BEFORE.test(before) && i > 0 && out.includes(dates[i - 1]) && d.start - dates[i - 1].end < 8)) out.push(d);
  });
  return out;
}

/** Where it happened: a place cued near the trigger (an invitation: near what it invites to). */
function placeOf(text: string, h: Head, places: LocationFinder, from: number, to: number, sentenceEnd: number): string | null {
  const t = h.hit.trigger;
  if (!placedMode(t.type, t.mode)) return null;
  // ("discussed the situation in the Taiwan Strait": a place after a topic verb is the topic's)
  const after = t.subjectOnly ? h.hit.end : Math.min(to, h.hit.end + PLACE_AFTER);
  const near = places.find(text, Math.max(from, h.hit.start - PLACE_BEFORE), after, h.hit.start) ?? (t.noun && traitsOf(t.type).meeting ? places.stateRightAfter(text, h.hit.end) : null);
  if (near || !t.planned) return near;
  const last = h.absorbed[h.absorbed.length - 1] ?? h.hit;
  return places.find(text, h.hit.end, Math.min(sentenceEnd, last.end + PLACE_AFTER), last.start);
}

/**
 * Told in the past perfect in the trigger's own clause, up to the trigger ("the leaders had agreed …"),
 * or right after a noun ("the talks had broken down"); a relative clause about something else ("…, which
 * had been suspended") or a reason given after the verb ("expelled …, saying police had gathered evidence")
 * leaves the trigger the day's news.
 */
function pastPerfect(text: string, clauses: Clauses, at: number, atEnd: number, noun: boolean, sentenceEnd: number): boolean {
  const end = noun ? Math.min(clauses.endOf(at, sentenceEnd), atEnd + PERFECT_AFTER_NOUN) : atEnd;
  return PAST_PERFECT.test(text.slice(clauses.startOf(at), end));
}

/** "the ongoing discussions between A and B": talks under way, not the day's act (they take no date of the occasion). */
function ongoing(text: string, sentenceStart: number, at: number, noun: boolean): boolean {
  return noun && ONGOING.test(text.slice(Math.max(sentenceStart, at - 30), at));
}

/** "Earlier, …", "since the summit talks …": an episode before the occasion the document reports. */
function toldAsHistory(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - 40), at);
  return toldAsEarlier(text, sentenceStart, at) || SINCE.test(before) || REFERENCE.test(before);
}

/** The trigger's own words when short ("held talks"), else the lexicon's label. */
function labelOf(words: string, label: string): string {
  const w = words.replace(/\s+/g, ' ').toLowerCase();
  return w.length <= 32 ? w : label;
}

function entitiesOf(ps: { localId: string }[], people: ParticipantFinder): [string, string][] {
  return ps.map((p) => [p.localId, people.nameOf(p.localId)]);
}

/**
 * Each date goes to the nearest trigger of its own clause; a head takes its own nearest (an invitation
 * also its invitee's). A date that opens the sentence ("On 25 June, the leaders held talks and signed …")
 * is the date of every main-clause head; a "when" clause takes the date right before it ("in January
 * 2018, when they signed …").
 */
function assignDates(text: string, sentenceStart: number, dates: DateMention[], heads: Head[], clauses: Clauses, since: DateMention[]) {
  const best = new Map<Head, { d: DateMention; dist: number }>();
  for (const d of dates) {
    const clause = clauses.at(d.start).id;
    let owner: Head | null = null, ownDist = Infinity, viaHead = false;
    for (const h of heads)
      for (const hit of [h.hit, ...h.absorbed]) {
        if (clauses.at(hit.start).id !== clause) continue;
        // ("directed two attacks: the arson attack … in October 2024": a date after a colon is the list's)
        if (d.start >= hit.end && LIST_COLON.test(text.slice(hit.end, d.start))) continue;
        // ("On Sunday, X told reporters he would meet Y": the day is the telling's, not the plan's)
        if (h.status === 'planned' && d.end <= hit.start && SAID.test(text.slice(d.end, hit.start))) continue;
        const dist = d.start >= hit.end ? d.start - hit.end : hit.start - d.end;
        const weighted = dist < 0 ? 0 : d.start >= hit.end ? dist : dist * 1.5; // dates follow their verb more often than not
        if (weighted < ownDist) [owner, ownDist, viaHead] = [h, weighted, hit === h.hit];
      }
    if (!owner || ownDist > MAX_DATE_DISTANCE) continue;
    // ("… angered Beijing, but should help her in next week's polls": a date in the possessive names another thing's time, unless the trigger's own noun follows it, "Monday's talks")
    if (POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 3)) && !(owner.hit.trigger.noun && owner.hit.start >= d.end && owner.hit.start - d.end <= POSSESSED_NOUN)) continue;
    // "agreed to meet in August": August is the meeting's, not the agreement's
    const t = owner.hit.trigger;
    if ((!viaHead || (t.absorbs && traitsOf(t.type).datesWhatFollows && d.start >= owner.hit.end)) && !t.planned) continue;
    const prev = best.get(owner);
    if (!prev || ownDist < prev.dist) best.set(owner, { d, dist: ownDist });
  }
  for (const [h, { d }] of best) h.date = d;
  const lead = dates.find((d) => LEAD.test(text.slice(sentenceStart, d.start)));
  for (const h of heads) {
    if (h.date) continue;
    const c = clauses.at(h.hit.start);
    // ("On Sunday, X told reporters he would meet Y": the day is the telling's, the meeting has none)
    if (lead && c.kind !== 'sub' && !h.absorbed.length) h.date = h.status === 'planned' && SAID.test(text.slice(lead.end, h.hit.start)) ? null : lead;
    // ("strained since late 2018, when Canada arrested …": the bound is when it happened)
    else if (c.opener === 'when') h.date = [...dates, ...since].sort((a, b) => b.end - a.end).find((d) => d.end <= c.start && c.start - d.end < WHEN_REACH) ?? null;
    // ("ratified it last month, shortly after X travelled to Budapest": the same time as the clause it hangs on)
    // ("travelled to Algiers nine days ago, where he was received by …": where the visit went, then)
    else if (c.kind === 'sub' && c.opener && (SAME_OCCASION.test(c.opener) || c.opener === 'where')) h.date = [...dates].reverse().find((d) => d.end <= c.start && d.start >= clauses.startOf(c.start - 1)) ?? null;
    // ("approved the bid in January, and X signed the ratification days later": the month of the date before)
    else if (LATER.test(text.slice(h.hit.end, h.hit.end + LATER_REACH))) h.date = monthOf([...dates].reverse().find((d) => d.end <= h.hit.start) ?? null);
    // ("a citizen detained in China since 2019": held from then on)
    else if (traitsOf(h.hit.trigger.type).lasting) h.date = since.find((d) => d.start >= h.hit.end && d.start - h.hit.end < DETAINED_SINCE && !/[,;]/.test(text.slice(h.hit.end, d.start))) ?? null;
  }
}

/** A date read at month precision at most ("days later" than 12 January is some day in January, or just after). */
function monthOf(d: DateMention | null): DateMention | null {
  if (!d) return null;
  return {
    start: d.start,
    end: d.end,
    resolve(ref, future) {
      const v = d.resolve(ref, future);
      return v && v.precision === 'day' ? { value: v.value.slice(0, 7), precision: 'month' } : v;
    },
  };
}

/** The date of the happening a document reports: a transcript's dateline, or its first dated meeting or act. */
function mainDate(ctx: AnnotateContext, drafts: Draft[]): MainDate | null {
  const doc = ctx.doc;
  const issued = issuedDay(ctx);
  const dl: Dateline | null = datelineOf(ctx);
  if (dl) return { date: dl.date, evidence: dl.evidence, place: dl.place, fromDateline: true, issued, news: doc.kind === 'news' };
  // (a meeting first; else any event the text dates to the day, such as a launch "today")
  // ("Only nine days ago, X travelled to Algiers" in a statement of the 15th: an earlier episode)
  const ref = doc.published;
  const recent = (v: DateValue) => ref?.precision !== 'day' || daysBetween(v.value, ref.value) <= OCCASION_DAYS;
  const dated = (d: Draft) => d.status === 'occurred' && d.date?.precision === 'day' && !d.background && recent(d.date);
  // (a transcript records the remarks of the day it is dated: a meeting "last night" in it is the evening before)
  const onItsDay = (d: Draft) => dated(d) && (doc.kind !== 'transcript' || !issued || d.date!.value === issued.date.value);
  // (a news story's lead dates the occasion it reports: "X said in remarks published on Monday, …"; a meeting
  // dated further down is often what someone else said on another day)
  const newsLead = doc.kind === 'news' && ref?.precision === 'day' ? leadDate(ctx, ref, LEAD_SENTENCES) : null;
  if (newsLead) return { ...newsLead, place: null, fromDateline: false, issued, news: doc.kind === 'news' };
  const first = drafts.find((d) => traitsOf(d.type).gathering && onItsDay(d)) ?? drafts.find(onItsDay);
  if (first) return { date: first.date!, evidence: first.dateEvidence, place: first.location, fromDateline: false, issued, news: doc.kind === 'news' };
  // A dated readout, release or statement reports the day's occasion: what it tells without a date
  // of its own happened on the day it is dated.
  if ((OCCASION_KINDS.has(doc.kind) || doc.kind === 'transcript') && issued) return { ...issued, place: null, fromDateline: false, issued, news: doc.kind === 'news' };
  // A news story reports the occasion its lead dates ("When X landed in Alaska on Friday, …"): what it
  // tells without a date of its own happened then.
  const lead = ref?.precision === 'day' ? leadDate(ctx, ref) : null;
  return lead && { ...lead, place: null, fromDateline: false, issued, news: doc.kind === 'news' };
}

/** The first day a story's opening sentences name, within a few days before the story's date. */
function leadDate(ctx: AnnotateContext, ref: DateValue, sentences = Infinity): { date: DateValue; evidence: Span } | null {
  for (const [k, s] of ctx.sentences.entries()) {
    if (s.start > LEAD_CHARS || k >= sentences) break;
    for (const d of findDates(ctx.text, s.start, s.end)) {
      // (in the lead sentence alone, the wire's dateline "Dec 6 -" dates the filing, the lead's "on Monday" the happening)
      if (sentences !== Infinity && DATELINE_AFTER.test(ctx.text.slice(d.end, d.end + 40))) continue;
      const v = d.resolve(ref, false);
      if (v?.precision === 'day' && !isAfter(v, ref) && daysBetween(v.value, ref.value) <= OCCASION_DAYS) return { date: v, evidence: ctx.span(d.start, d.end) };
    }
  }
  return null;
}

/** The day the document is dated, where the page gives it (the evidence is that date). */
function issuedDay(ctx: AnnotateContext): { date: DateValue; evidence: Span | null } | null {
  const doc = ctx.doc;
  return doc.published?.precision === 'day' ? { date: doc.published, evidence: doc.publishedEvidence ? spanFromOriginal(doc, doc.publishedEvidence) : null } : null;
}

/** Days from one day's date (YYYY-MM-DD) to another's. */
function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** Kinds of document that report one day's occasion (news tells of several days). */
const OCCASION_KINDS = new Set(['readout', 'press_release', 'joint_statement', 'statement']);

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

