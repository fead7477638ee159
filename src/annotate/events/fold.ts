// One event per happening within a document: undated mentions join the dated report of the same
// happening, the rest take the date of the happening the document reports, and reports of the same
// type, day and people become one event.
import type { DateValue, LocalEvent, ParticipantRole, Span } from '../../types.js';
import { traitsOf } from '../../lexicons/en/event-verbs.js';

/** An event while the annotator builds it. */
export interface Draft {
  type: string;
  mode: string | null;
  cameo: string | null;
  quadClass: number | null;
  status: 'occurred' | 'planned';
  date: DateValue | null;
  dateEvidence: Span | null;
  location: string | null;
  participants: Map<string, ParticipantRole>;
  countries: Set<string>;
  evidence: Span[];
  triggers: Span[];
  /** Told as history (past perfect, "since …", a participle): does not take the document's date. */
  background: boolean;
  /** An earlier happening named by its date alone ("the first … since 2017"): undated mentions are not it. */
  echo?: boolean;
  /** Told as an earlier episode ("the previous talks held this year"): a mention not so told is another happening. */
  earlier?: boolean;
  /** Answers another act ("In response, X expelled …"): not the same happening as an earlier act of its kind. */
  response?: boolean;
  /** Its place follows its verb ("spent time with him in Jerusalem"): where it was held, whatever a dateline says. */
  ownPlace?: boolean;
  /** Announces the act told before it: takes that act's type (see EventTrigger.anaphoric). */
  anaphoric?: boolean;
  /** A noun pointing back to a happening told before ("these talks"): an undated mention of it, whatever its day. */
  pointsBack?: boolean;
  order: number;
  names: Map<string, string>;
  /** Participants that are people or organisations (states are compared through `countries`). */
  actors: Set<string>;
  labels: string[];
}


export interface MainDate {
  date: DateValue;
  evidence: Span | null;
  place: string | null;
  fromDateline: boolean;
  /** The document is a news story: its occasion is the day the story reports, after which what it tells as planned comes. */
  news?: boolean;
  /** The day the document is dated, where the page gives it: when an undated counter-act was done at the latest. */
  issued: { date: DateValue; evidence: Span | null } | null;
}

const overlaps = <T>(a: Iterable<T>, b: Set<T>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Could two reports be about the same happening, as far as who took part goes? */
export function compatible(a: Draft, b: Draft, sameMode = false): boolean {
  if (a.type !== b.type || a.status !== b.status) return false;
  if (sameMode && a.mode && b.mode && a.mode !== b.mode) return false;
  // (talks in Tokyo are not the visit to Beijing, whoever held them)
  if (a.location && b.location && a.location !== b.location) return false;
  const people = !a.actors.size || !b.actors.size || overlaps(a.actors, b.actors);
  const states = !a.countries.size || !b.countries.size || overlaps(a.countries, b.countries);
  return people && states;
}

export function mergeInto(into: Draft, from: Draft) {
  into.mode ??= from.mode;
  if (!into.date && from.date) [into.date, into.dateEvidence] = [from.date, from.dateEvidence];
  // (a place told of as history, "Earlier on this visit I attended the Expo in Shanghai", is not where the day's event was)
  if (!from.background || into.background) into.location ??= from.location;
  for (const [id, role] of from.participants) if (!into.participants.has(id)) into.participants.set(id, role);
  for (const c of from.countries) into.countries.add(c);
  for (const [id, n] of from.names) into.names.set(id, n);
  for (const a of from.actors) into.actors.add(a);
  for (const l of from.labels) if (!into.labels.includes(l)) into.labels.push(l);
  for (const e of from.evidence) if (!into.evidence.some((x) => x.start === e.start && x.doc === e.doc)) into.evidence.push(e);
  into.triggers.push(...from.triggers);
  into.background &&= from.background;
  if (!from.earlier) delete into.earlier;
}

/**
 * `ref`: the document's date (null when undated). An event dated only to another year ("the first Prime
 * Minister to visit China, in 1973"), or to a month long before ("The first such meeting was held in
 * April 2022"), is history: undated mentions are not about it.
 */
export function foldDocumentEvents(drafts: Draft[], main: MainDate | null, ref: DateValue | null = null): LocalEvent[] {
  // 1. an undated mention of a kind of event the document dates elsewhere is that event ("its nuclear test")
  let live = joinUndated(drafts, main, ref);
  // 2. the rest happened at the occasion the document reports (a planned one was announced then)
  // (a release announcing a dated plan announces the rest of its plans with it: "X will meet Y on Monday … This
  // meeting will precede the ministers' talks" are the same days' plans, not the release's own day)
  const plan = main && !main.news ? live.find((d) => d.status === 'planned' && d.date?.precision === 'day' && !d.background && !d.echo && (!main.issued || d.date.value > main.issued.date.value)) : null;
  if (main)
    for (const d of live) {
      // (a counter-act is not done on the day of the act it answers, which the occasion may be: by the document's day it was)
      // (a news story's plans come after the day it reports: "said: 'Next time in Moscow'" is no meeting on that day)
      if (!d.date && !d.background && d.status === 'planned' && plan) [d.date, d.dateEvidence] = [plan.date, plan.dateEvidence];
      else if (!d.date && !d.background && !(d.status === 'planned' && main.news)) [d.date, d.dateEvidence] = d.response && main.issued ? [main.issued.date, main.issued.evidence] : [main.date, main.evidence];
      // a transcript's dateline names where its talks were held, whatever else the sentences mention
      if (d.status === 'occurred' && d.date?.value === main.date.value && traitsOf(d.type).meeting && main.place)
        // (but a visit named with its own destination went there, "the visit of President Xi to Moscow", and a meeting
        // placed by its verb was held there, "I met him in Jerusalem before coming here")
        d.location = main.fromDateline && !((d.mode === 'visit' || d.ownPlace) && d.location) ? main.place : d.location ?? main.place;
    }
  live = joinUndated(live, main, ref);
  // 3. same type, status, date and people: one event
  // (again until nothing changes: a merge can make two others compatible)
  live.sort((a, b) => a.order - b.order);
  for (let n = -1; n !== live.length; ) {
    n = live.length;
    const out: Draft[] = [];
    for (const d of live) {
      const same = out.find((o) => (o.date?.value ?? null) === (d.date?.value ?? null) && compatible(o, d) && !answers(d, o));
      if (same) mergeInto(same, d);
      else out.push(d);
    }
    live = out;
  }
  live = live.filter((d) => d.participants.size || d.countries.size);
  return live.map(toLocalEvent);
}

/** Undated drafts folded into the dated draft they most likely repeat; the others kept. */
function joinUndated(drafts: Draft[], main: MainDate | null, ref: DateValue | null): Draft[] {
  const refYear = ref?.value.slice(0, 4) ?? null;
  const refMonth = ref && ref.precision !== 'year' ? monthNumber(ref.value) : null;
  // (a mention told as history itself may be about an event long before: "had shared the view at their summit talks")
  const history = (c: Draft, d: Draft) =>
    c.date!.precision === 'year' ? c.date!.value !== refYear : !d.background && refMonth !== null && refMonth - monthNumber(c.date!.value) > HISTORY_MONTHS;
  return drafts.filter((d) => {
    if (d.date) return true;
    // ("I visited X from 20 to 22 December … These talks …", "will meet Y … Z will also attend these talks"):
    // a noun pointing back is the happening of its kind told last before it, whoever it names
    // (history told on the way is not it: "the first visit since 2017 … Li Peng visited in 1988 … earlier on this visit")
    const back = d.pointsBack ? drafts.filter((c) => c.date && !c.echo && !c.background && !!c.earlier === !!d.earlier && c.order < d.order && !answers(d, c) && !history(c, d) && c.type === d.type && c.status === d.status && !(c.location && d.location && c.location !== d.location)).pop() : undefined;
    if (back) {
      mergeInto(back, d);
      return false;
    }
    // an undated mention joins an event of another day only if it names the same kind ("its nuclear test");
    // (one told as an earlier episode is not the occasion's, nor the occasion's an earlier one)
    // a bare "we discussed" belongs to the occasion the document reports
    const candidates = drafts.filter(
      (c) => c.date && c !== d && !c.echo && !!c.earlier === !!d.earlier && !answers(d, c) && !history(c, d) && compatible(c, d, true) && !otherCounterparts(c, d) && (!main || c.date.value === main.date.value || (!!d.mode && c.mode === d.mode)),
    );
    if (!candidates.length) return true;
    const rank = (c: Draft) => (d.mode && c.mode === d.mode ? 4 : 0) + (main && c.date!.value === main.date.value ? 2 : 0);
    const target = candidates.reduce((best, c) => (rank(c) > rank(best) ? c : best));
    mergeInto(target, d);
    return false;
  });
}

/**
 * Two pairs with one party in common ("X will meet Y on Sunday" and "X expects to speak with Z soon"): two
 * counterparts, two happenings. (Larger groups, where a bystander named in passing is common, are left to merge.)
 */
function otherCounterparts(a: Draft, b: Draft): boolean {
  if (a.actors.size !== 2 || b.actors.size !== 2) return false;
  const only = (x: Draft, y: Draft) => [...x.actors].some((id) => !y.actors.has(id));
  return only(a, b) && only(b, a);
}

/** Months before the document's date beyond which a dated event is history to an undated mention. */
const HISTORY_MONTHS = 3;

/** A date's month counted from year 0 ("2024-03-05" and "2024-03" alike). */
function monthNumber(value: string): number {
  return Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;
}

/** `d` answers `c`, an act told before it: a counter-act of its kind is another happening (another part of the counter-act is not). */
function answers(d: Draft, c: Draft): boolean {
  return !!d.response && !c.response && c.order < d.order;
}

function toLocalEvent(d: Draft): LocalEvent {
  // people and organisations say who acted; states only when nobody is named
  const ids = [...d.participants.keys()];
  const who = (d.actors.size ? ids.filter((id) => d.actors.has(id)) : ids).map((id) => d.names.get(id) ?? id);
  const labels = d.labels.slice(0, 3);
  const whoText = who.length ? who.slice(0, 4).join(', ') : [...d.countries].join('–');
  const summary = `${whoText}: ${labels.join('; ')}${d.location ? ` (${d.location})` : ''}${d.status === 'planned' ? ' [planned]' : ''}`;
  return {
    type: d.type,
    mode: d.mode,
    cameo: d.cameo,
    quadClass: d.quadClass,
    status: d.status,
    date: d.date,
    dateEvidence: d.dateEvidence,
    location: d.location,
    participants: [...d.participants].map(([localId, role]) => ({ localId, role })),
    countries: [...d.countries].sort(),
    summary,
    evidence: d.evidence,
    triggers: d.triggers,
  };
}
