// Finding event triggers in the main text: one pass of all lexicon patterns at once; where a match
// starts, the longest pattern there wins (earlier lexicon entries on ties); names ("East Asia
// Summit") are left out.
import { EVENT_TRIGGERS, type EventTrigger } from '../../lexicons/event-verbs.js';

export interface TriggerHit {
  start: number;
  end: number;
  trigger: EventTrigger;
}

/** Every pattern in one alternation, to find where some trigger starts in a single scan. */
const ANY = new RegExp(String.raw`\b(?:${EVENT_TRIGGERS.map((t) => t.pattern).join('|')})\b`, 'gi');
/** Each pattern alone, anchored where a scan stopped, to measure how far it reaches. */
const AT = EVENT_TRIGGERS.map((trigger) => ({ trigger, re: new RegExp(String.raw`\b(?:${trigger.pattern})\b`, 'iy') }));

/** A capitalised noun trigger inside a sentence is part of a name, not an event. */
function isNamePart(text: string, hit: TriggerHit, sentenceStart: (at: number) => number): boolean {
  if (!hit.trigger.noun || !/^[A-Z]/.test(text[hit.start])) return false;
  return hit.start !== sentenceStart(hit.start);
}

/** Trigger hits in text order, without overlaps. */
export function findTriggers(text: string, sentenceStart: (at: number) => number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
    let best: TriggerHit | null = null;
    for (const { trigger, re } of AT) {
      re.lastIndex = m.index;
      const own = re.exec(text);
      if (own && (!best || own[0].trimEnd().length > best.end - best.start)) best = { start: m.index, end: m.index + own[0].trimEnd().length, trigger };
    }
    if (!best) continue;
    ANY.lastIndex = Math.max(ANY.lastIndex, best.end);
    if (!isNamePart(text, best, sentenceStart)) hits.push(best);
  }
  return hits;
}
