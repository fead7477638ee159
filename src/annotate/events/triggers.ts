// Finding event triggers in the main text: every lexicon pattern over the whole text once (linear),
// overlaps resolved in favour of the longer match, names ("East Asia Summit") left out.
import { EVENT_TRIGGERS, type EventTrigger } from '../../lexicons/event-verbs.js';

export interface TriggerHit {
  start: number;
  end: number;
  trigger: EventTrigger;
}

const COMPILED = EVENT_TRIGGERS.map((trigger) => ({ trigger, re: new RegExp(String.raw`\b(?:${trigger.pattern})\b`, 'gi') }));

/** A capitalised noun trigger inside a sentence is part of a name, not an event. */
function isNamePart(text: string, hit: TriggerHit, sentenceStart: (at: number) => number): boolean {
  if (!hit.trigger.noun || !/^[A-Z]/.test(text[hit.start])) return false;
  return hit.start !== sentenceStart(hit.start);
}

/** Trigger hits in text order, without overlaps. */
export function findTriggers(text: string, sentenceStart: (at: number) => number): TriggerHit[] {
  const all: TriggerHit[] = [];
  for (const { trigger, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) all.push({ start: m.index, end: m.index + m[0].trimEnd().length, trigger });
  }
  // longest first, then lexicon order: the earlier entry is the more specific
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (const h of all) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) if (taken[i]) free = false;
    if (!free || isNamePart(text, h, sentenceStart)) continue;
    for (let i = h.start; i < h.end; i++) taken[i] = 1;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
