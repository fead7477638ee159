// Finding event triggers in the main text: one pass of all lexicon patterns at once; where a match
// starts, the longest pattern there wins (earlier lexicon entries on ties); names ("East Asia
// Summit") are left out.
import { EVENT_TRIGGERS, type EventTrigger } from '../../lexicons/en/event-verbs.js';

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
/**
 * A pattern's spaces made to match a run of spaces ("President Mahmoud  Abbas" in text unwrapped from
 * fixed-width lines): a space outside a character class becomes " +" (grouped before a quantifier).
 */
export function spacesFlexible(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ') out += '?*+{'.includes(source[i + 1] ?? '') ? '(?: +)' : ' +';
    else out += c;
  }
  return out;
}
const PATTERNS = EVENT_TRIGGERS.map((t) => spacesFlexible(t.pattern));
const ANY_SOURCE = String.raw`\b(?:${PATTERNS.map((p) => `(${p})`).join('|')})\b`;
const ANY = { lower: new RegExp(ANY_SOURCE, 'g'), folded: new RegExp(ANY_SOURCE, 'gi') };
/** Each pattern alone, anchored where a scan stopped, to measure how far it reaches. */
const AT = {
  lower: EVENT_TRIGGERS.map((trigger, k) => ({ trigger, re: new RegExp(String.raw`\b(?:${PATTERNS[k]})\b`, 'y') })),
  folded: EVENT_TRIGGERS.map((trigger, k) => ({ trigger, re: new RegExp(String.raw`\b(?:${PATTERNS[k]})\b`, 'iy') })),
};

/**
 * The characters a pattern's match can begin with, read from its source (null when the source begins
 * with something this reading does not follow: a class, an escape, a look-ahead). A hit is measured
 * only with the patterns that can begin with its first character.
 */
export function firstChars(source: string): Set<string> | null {
  const out = new Set<string>();
  // the alternatives of a stretch of source at depth 0 (a group's content, or the whole)
  const alternatives = (src: string): string[] => {
    const parts: string[] = [];
    let depth = 0, from = 0;
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) (parts.push(src.slice(from, i)), (from = i + 1));
    }
    parts.push(src.slice(from));
    return parts;
  };
  const closing = (src: string, open: number): number => {
    let depth = 0;
    for (let i = open; i < src.length; i++) {
      if (src[i] === '\\') i++;
      else if (src[i] === '(') depth++;
      else if (src[i] === ')' && --depth === 0) return i;
    }
    return -1;
  };
  // adds the first characters of a sequence; false when it cannot tell
  const sequence = (src: string): boolean => {
    if (!src.length) return false;
    const c = src[0];
    if (/[a-z0-9 ]/.test(c)) {
      out.add(c);
      return src[1] === '?' || src[1] === '*' ? sequence(src.slice(2)) : true;
    }
    if (src.startsWith('(?:')) {
      const end = closing(src, 0);
      if (end < 0 || !alternatives(src.slice(3, end)).every(sequence)) return false;
      const q = src[end + 1];
      return q === '?' || q === '*' || src.startsWith('{0', end + 1) ? sequence(src.slice(end + (q === '{' ? src.indexOf('}', end) - end + 1 : 2))) : true;
    }
    return false;
  };
  return alternatives(source).every(sequence) ? out : null;
}
const FIRST = EVENT_TRIGGERS.map((t) => firstChars(t.pattern));
/** For each first character, the patterns that can begin with it (those whose first characters we cannot tell, always). */
const ALWAYS = EVENT_TRIGGERS.map((_, k) => k).filter((k) => !FIRST[k]);
const BY_FIRST = new Map<string, number[]>();
for (const chars of FIRST) for (const c of chars ?? []) BY_FIRST.set(c, EVENT_TRIGGERS.map((_, k) => k).filter((k) => !FIRST[k] || FIRST[k]!.has(c)));

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
    const c = scan[m.index].toLowerCase();
    for (const k of BY_FIRST.get(c) ?? ALWAYS) {
      if (k < first - 1) continue;
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
