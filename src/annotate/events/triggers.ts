// Finding event triggers in the main text: one pass of all lexicon patterns at once; where a match
// starts, the longest pattern there wins (earlier lexicon entries on ties); names ("East Asia
// Summit") are left out.
import { EVENT_TRIGGERS, type EventTrigger } from '../../lexicons/event-verbs.js';

export interface TriggerHit {
  start: number;
  end: number;
  trigger: EventTrigger;
}

/**
 * Every pattern in one alternation, to find where some trigger starts in a single scan. The patterns
 * are lower case: matched against the lower-cased text they need no case folding, which is slower
 * (the case-insensitive forms serve a text whose lower case changes its length).
 */
// (each pattern in a group of its own: the first that matched tells where to start measuring, for the
// patterns before it cannot match there; the patterns have no groups of their own)
const ANY_SOURCE = String.raw`\b(?:${EVENT_TRIGGERS.map((t) => `(${t.pattern})`).join('|')})\b`;
const ANY = { lower: new RegExp(ANY_SOURCE, 'g'), folded: new RegExp(ANY_SOURCE, 'gi') };
/** Each pattern alone, anchored where a scan stopped, to measure how far it reaches. */
const AT = {
  lower: EVENT_TRIGGERS.map((trigger) => ({ trigger, re: new RegExp(String.raw`\b(?:${trigger.pattern})\b`, 'y') })),
  folded: EVENT_TRIGGERS.map((trigger) => ({ trigger, re: new RegExp(String.raw`\b(?:${trigger.pattern})\b`, 'iy') })),
};

/** "As agreed at their meeting", "as discussed": a verb after "as" points at an earlier act, it does not report one. */
const AS_BEFORE = /\b[Aa]s\s+$/;

/** A capitalised noun trigger inside a sentence is part of a name, not an event. */
function isNamePart(text: string, hit: TriggerHit, sentenceStart: (at: number) => number): boolean {
  if (!hit.trigger.noun || !/^[A-Z]/.test(text[hit.start])) return false;
  return hit.start !== sentenceStart(hit.start);
}

/** Trigger hits in text order, without overlaps. */
export function findTriggers(text: string, sentenceStart: (at: number) => number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const low = text.toLowerCase();
  const [scan, any, at] = low.length === text.length ? [low, ANY.lower, AT.lower] : [text, ANY.folded, AT.folded];
  any.lastIndex = 0;
  for (let m = any.exec(scan); m; m = any.exec(scan)) {
    let best: TriggerHit | null = null;
    let first = 1;
    while (m[first] === undefined) first++;
    for (let k = first - 1; k < at.length; k++) {
      const { trigger, re } = at[k];
      re.lastIndex = m.index;
      const own = re.exec(scan);
      if (own && (!best || own[0].trimEnd().length > best.end - best.start)) best = { start: m.index, end: m.index + own[0].trimEnd().length, trigger };
    }
    if (!best) continue;
    any.lastIndex = Math.max(any.lastIndex, best.end);
    if (!isNamePart(text, best, sentenceStart) && !(best.trigger.noun !== true && AS_BEFORE.test(text.slice(Math.max(0, best.start - 4), best.start)))) hits.push(best);
  }
  return hits;
}
