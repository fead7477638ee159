// Countries of people the text places by grouping rather than by title: "On the South Korean side,
// Chief of Staff Im Jong-seok and Director Suh Hoon attended" (each side's delegation), and
// relatives named beside a leader ("His wife, Iriana Widodo,"), who share the family's state, and
// office holders in a text about one state only ("President Ramaphosa" in a Johannesburg story).
import type { EntityRecord, Registry } from './registry.js';
import { officeClass } from './offices.js';
import type { Placing } from './placing.js';
import { globalPos } from './segments.js';
import { codeOf, wordsAt, type SegmentView } from './view.js';
import { COMPANION_CUES } from '../../lexicons/en/titles.js';

/** "On the Russian side, …": the people named in that sentence serve that state. */
export function delegationSides(v: SegmentView, reg: Registry, placing: Placing): void {
  const { seg } = v;
  const toks = seg.toks;
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i].lower !== 'on' && toks[i].lower !== 'from') continue;
    if (toks[i + 1].lower !== 'the') continue;
    const h = v.hitAt.get(i + 2);
    if (!h || (h.kind !== 'demonym' && h.kind !== 'country') || toks[h.end]?.lower !== 'side') continue;
    const code = codeOf(h);
    if (!code) continue;
    const s = seg.sentence[i];
    let end = h.end;
    while (end < toks.length && seg.sentence[end] === s) end++;
    const from = globalPos(seg, h.end), to = globalPos(seg, end - 1);
    for (const p of reg.persons) if (placing.open(p) && p.positions.some((x) => x > from && x <= to)) placing.propose(p, code, 'side');
  }
}

const COMPANION_CUE = COMPANION_CUES.map((c) => c.split(' '));
const COMPANION_FIRST = new Set(COMPANION_CUE.map((w) => w[0]));

/**
 * "President X, accompanied by A, B and Chief of Staff C, meets …": the people listed after the cue
 * (up to the sentence's next verb) travel with the person named last before it, and serve that
 * person's state when nothing else places them — or the one state those of them already placed serve.
 */
export function placeCompanions(v: SegmentView, reg: Registry, placing: Placing): void {
  const { seg } = v;
  const toks = seg.toks;
  for (let i = 1; i < toks.length; i++) {
    if (!COMPANION_FIRST.has(toks[i].lower)) continue;
    const cue = COMPANION_CUE.find((w) => wordsAt(seg, i, w));
    if (!cue) continue;
    const s = seg.sentence[i];
    let end = i + cue.length;
    while (end < toks.length && seg.sentence[end] === s && (v.blocked[end] || !OPENING_VERB.has(seg.pos[end] ?? ''))) end++;
    const at = globalPos(seg, i);
    let sentenceStart = i;
    while (sentenceStart > 0 && seg.sentence[sentenceStart - 1] === s) sentenceStart--;
    const from = globalPos(seg, sentenceStart);
    // the companion of the person named last before the cue, in that sentence
    let head: EntityRecord | null = null;
    let best = -Infinity;
    for (const p of reg.persons)
      for (const x of p.positions)
        if (x >= from && x < at && x > best) {
          best = x;
          head = p;
        }
    const to = globalPos(seg, end - 1);
    const listed = reg.persons.filter((p) => p.positions.some((x) => x > at && x <= to));
    // the list is one delegation: when those it already places all serve one state, that state is
    // the delegation's, whatever the head was given (a head's state can come from a stray word before
    // the title); else the head's
    const states = new Set(listed.filter((p) => p.country).map((p) => p.country!));
    const code = states.size === 1 ? [...states][0] : (head?.country ?? null);
    if (!code) continue;
    // (those the list already places are its evidence, not its guesses)
    for (const p of listed) if (!p.country && !p.international) placing.propose(p, code, 'companion');
  }
}
const OPENING_VERB = new Set(['VERB', 'AUX']);

/** Relatives found by "his wife, Name": the state of the one named person who shares the surname. */
export function placeRelatives(reg: Registry, placing: Placing): void {
  for (const p of reg.persons) {
    if (!p.relative || p.parts.length < 2 || !placing.open(p)) continue;
    const surname = p.parts[p.parts.length - 1];
    const kin = reg.persons.filter((q) => q !== p && q.country && q.parts.length >= 2 && q.parts[q.parts.length - 1] === surname);
    const codes = new Set(kin.map((q) => q.country!));
    if (codes.size === 1) placing.propose(p, [...codes][0], 'relative');
  }
}

/**
 * A text that names one state only and an office holder without a
 * state: the office is that state's. Two unplaced holders of one office could be anyone's: neither.
 */
export function placeBySoleState(reg: Registry, placing: Placing): void {
  const codes = new Set<string>();
  // named as a state: a visit's destination city alone says little about who holds office
  for (const r of reg.records) if (r.type === 'country' && r.country && r.mentions.length) codes.add(r.country);
  // people the text placed in another state: it is not about that state alone ("President Trump
  // … meets with Ukraine's President" names Ukraine only, and his aides are not Ukraine's)
  for (const p of reg.persons) if (p.country && p.mentions.length) codes.add(p.country);
  if (codes.size !== 1) return;
  const [code] = codes;
  const unplaced = reg.persons.filter((p) => !p.country && p.roles.length && !p.international);
  const count = new Map<string, number>();
  for (const p of unplaced) for (const r of p.roles) count.set(r.title, (count.get(r.title) ?? 0) + 1);
  // an office that state's own holder already fills here is a guest's ("External Affairs Minister X
  // met Foreign Minister of Australia Y")
  const filled = new Set(reg.persons.filter((p) => p.country === code).flatMap((p) => p.roles.map((r) => officeClass(r.title))));
  for (const p of unplaced) if (p.roles.every((r) => count.get(r.title) === 1 && !filled.has(officeClass(r.title)))) placing.propose(p, code, 'sole');
}

/**
 * "Iran's Foreign Ministry … Foreign Ministry Spokesman Esmaeil Baghaei": an unplaced holder of an
 * office in a ministry serves the state of the ministry of that name the text has placed, when
 * every such ministry it names is one state's.
 */
export function placeMinistryStaff(reg: Registry, placing: Placing): void {
  for (const p of reg.persons) {
    if (p.international || !placing.open(p)) continue;
    const ministry = p.roles.map((r) => MINISTRY_OFFICE.exec(r.title)?.[1]).find(Boolean);
    if (!ministry) continue;
    const codes = new Set(reg.records.filter((r) => r.type === 'organization' && r.country && r.name.toLowerCase().endsWith(ministry.toLowerCase())).map((r) => r.country!));
    if (codes.size === 1) placing.propose(p, [...codes][0], 'ministry');
  }
}

/** "Foreign Ministry Spokesman": the ministry an office belongs to. */
const MINISTRY_OFFICE = /^(?:.*\s)?((?:\p{L}+\s+)?Ministry)\s+\p{L}+/u;

/**
 * The two states a text is about: the two it names most, when each is named at least twice and
 * every other state less than half as often as the second ("Vietnam … the United States", with
 * China and India named once in passing). Null when no two stand out.
 */
export function mainPair(reg: Registry): [string, string] | null {
  const counts: [string, number][] = [];
  for (const r of reg.records) if (r.type === 'country' && r.country && r.mentions.length) counts.push([r.country, r.mentions.length]);
  counts.sort((a, b) => b[1] - a[1]);
  if (counts.length < 2 || counts[1][1] < 2 || (counts[2] && counts[2][1] * 2 >= counts[1][1])) return null;
  return [counts[0][0], counts[1][0]];
}

/** The other state of the pair, when `code` is one of them. */
export function otherOf(pair: [string, string] | null, code: string | null): string | null {
  if (!pair || !code || !pair.includes(code)) return null;
  return pair[0] === code ? pair[1] : pair[0];
}

/** "his counterpart, Mr X": in a text about two states, the counterpart serves the state the owner does not. */
export function placeCounterparts(reg: Registry, pair: [string, string] | null, placing: Placing): void {
  for (const p of reg.persons) {
    if (!p.counterpartOf || p.international || !placing.open(p)) continue;
    const code = otherOf(pair, p.counterpartOf.country);
    if (code) placing.propose(p, code, 'counterpart');
  }
}
