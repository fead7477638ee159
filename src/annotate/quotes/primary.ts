// A person's own words: a transcript or statement whose title names them ("X’s remarks at …",
// "Statement by X", "Interview with X") and whose text speaks in the first person. Its sentences in
// that person's turns (not the questions, not the title) are their primary record; in a joint news
// conference, the turns labelled with another person's name are that person's record.
import { FIRST_PERSON, OTHER_TURN_LABELS, PRIMARY_TITLE_WORDS } from '../../lexicons/en/quote-cues.js';
import type { LocalEntity, PrimaryPassage, Range } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import type { Voice } from './index.js';
import { alternation } from './patterns.js';
import { titleOffset, titlePlacement } from '../entities/segments.js';

const TITLE_WORDS = alternation(PRIMARY_TITLE_WORDS);
/** "<name>’s remarks", "<name>'s opening statement" right after a mention. */
const AFTER_NAME = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${TITLE_WORDS})\\b`, 'iu');
/** "Remarks by <name>", "Interview of … with <name>" right before a mention. */
const BEFORE_NAME = new RegExp(`\\b(?:${TITLE_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:by|of|from|with)\\s+(?:[\\p{L}.'’-]+\\s+){0,5}$`, 'iu');
const FIRST_PERSON_RE = new RegExp(`\\b(?:${FIRST_PERSON.join('|')})\\b`, 'i');
const OTHER_LABELS = new Set(OTHER_TURN_LABELS);
/** How far into the main text a title may stand. */
const TITLE_ZONE = 600;
/** The share of first-person sentences that makes a text someone speaking. */
const MIN_FIRST_PERSON_SHARE = 0.1;

interface Turn extends Range {
  /** Whose words follow the label; null for questions and people the document does not name. */
  owner: LocalEntity | null;
}

/** Turns labelled with people's names that make a text a transcript even when its title names nobody. */
const MIN_NAMED_TURNS = 2;

/** `turns`, when given, receives each passage's clean range and speaker (the turns of a transcript). */
export function findPrimary(ctx: AnnotateContext, entities: LocalEntity[], turns?: Voice[]): PrimaryPassage[] {
  const found = findSpeaker(ctx, entities);
  const speaker = found?.speaker ?? null;
  const titleEnd = found?.titleEnd ?? 0;
  const labels = turnsOf(ctx.text, speaker, entities);
  // no titled speaker: a dialogue of named turns ("Vladimir Putin: …", "Shinzo Abe (retranslated): …")
  if (!speaker && labels.filter((t) => t.owner).length < MIN_NAMED_TURNS) return [];
  const passages: { range: Range; owner: LocalEntity }[] = [];
  let firstPerson = 0;
  // sentences and labels are both in text order: one pass over each (a transcript of thousands of
  // turns would cost turns × sentences looked up afresh)
  let owner: LocalEntity | null = speaker; // before any label the text is the titled person's
  let [passed, inside] = [0, 0];
  for (const s of ctx.sentences) {
    const first = s.start + (ctx.text.slice(s.start, s.end).length - ctx.text.slice(s.start, s.end).trimStart().length);
    for (; passed < labels.length && labels[passed].start <= first; passed++) owner = labels[passed].owner;
    while (inside < labels.length && labels[inside].start < s.start) inside++;
    if (s.end <= titleEnd || !owner) continue;
    let start = Math.max(s.start, titleEnd);
    let label: Turn | undefined;
    for (let k = inside; !label && k < labels.length && labels[k].start < s.end; k++) if (labels[k].owner === owner) label = labels[k];
    if (label) start = Math.max(start, label.end);
    const text = ctx.text.slice(start, s.end);
    const trimmed = text.trim();
    if (!/[\p{L}]/u.test(trimmed)) continue;
    start += text.length - text.trimStart().length;
    if (FIRST_PERSON_RE.test(trimmed)) firstPerson++;
    passages.push({ range: { start, end: start + trimmed.length }, owner });
  }
  // a third-person account that merely has a person in its title is not their record; an
  // organisation's statement speaks of itself in the third person ("The Ministry condemns …")
  const speaks = firstPerson >= 2 && firstPerson / Math.max(1, passages.length) >= MIN_FIRST_PERSON_SHARE;
  if (!speaks && speaker?.type !== 'organization') return [];
  for (const p of passages) p.owner.isSpeaker = true;
  if (turns) for (const p of passages) turns.push({ start: p.range.start, end: p.range.end, speakerLocalId: p.owner.localId });
  return passages.map((p) => ({ speakerLocalId: p.owner.localId, span: ctx.span(p.range.start, p.range.end) }));
}

/** The person (or organisation) the title gives the words to, and where a title in the main text ends. */
function findSpeaker(ctx: AnnotateContext, entities: LocalEntity[]): { speaker: LocalEntity; titleEnd: number } | null {
  const { text, doc } = ctx;
  const marked = entities.find((e) => e.isSpeaker);
  let best: { speaker: LocalEntity; titleEnd: number; at: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const m of e.mentions) {
      if (m.cleanStart < 0) {
        // a mention in the document's title, outside the main text (offsets into the original)
        const tp = titlePlacement(doc);
        if (!doc.title || !tp || m.start < tp.range.start || m.end > tp.range.end) continue;
        const at = titleOffset(tp, m.start), end = titleOffset(tp, m.end);
        if (at < 0 || end < 0) continue;
        if (!AFTER_NAME.test(doc.title.slice(end, end + 80)) && !BEFORE_NAME.test(doc.title.slice(Math.max(0, at - 120), at))) continue;
        if (!best || best.at >= 0) best = { speaker: e, titleEnd: 0, at: -1 };
        continue;
      }
      if (m.cleanStart > TITLE_ZONE) continue;
      const after = text.slice(m.cleanEnd, m.cleanEnd + 80);
      const before = text.slice(Math.max(0, m.cleanStart - 120), m.cleanStart);
      if (!AFTER_NAME.test(after) && !BEFORE_NAME.test(before)) continue;
      if (!best || m.cleanStart < best.at) best = { speaker: e, titleEnd: lineEnd(text, m.cleanEnd), at: m.cleanStart };
    }
  }
  // the entities layer may already know the speaker; the title found here still tells where it ends
  if (marked) return { speaker: marked, titleEnd: best?.speaker === marked ? best.titleEnd : 0 };
  return best ? { speaker: best.speaker, titleEnd: best.titleEnd } : null;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** Name words (surnames, given names) of a person, lower case, for matching turn labels. */
function nameWords(e: LocalEntity): Set<string> {
  const words = new Set<string>();
  for (const n of [e.name, ...e.aliases])
    for (const w of n.toLowerCase().split(/[\s.]+/)) if (w.length > 2 && !/^(the|of|and)$/.test(w)) words.add(w);
  return words;
}

/** Turn labels ("Question:", "Sergey Lavrov:", "Wang Yi (retranslated from Chinese):"): whose words follow each. */
function turnsOf(text: string, speaker: LocalEntity | null, entities: LocalEntity[]): Turn[] {
  const people = [...(speaker ? [speaker] : []), ...entities.filter((e) => e.type === 'person' && e !== speaker)].map((e) => ({ e, words: nameWords(e) }));
  const turns: Turn[] = [];
  // labels open a line, or follow a sentence inside one ("… with gratitude? Sergey Lavrov: Indeed, …")
  const re = /(^|\n|[.?!]["”’]?[ \t]+)[ \t]*([\p{Lu}][^\n:.?!]{0,60}?):[ \t\u00a0]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const label = m[2].trim();
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    const inline = m[1].length > 1 || /[.?!]/.test(m[1]);
    // "(retranslated from Chinese)"; and an office after the name ("Shri Arindam Bagchi, Official Spokesperson")
    const [name, office = ''] = label.replace(/\s*\(.*\)\s*$/, '').split(/\s*,\s*/);
    const words = name.toLowerCase().split(/[\s.]+/).filter(Boolean);
    // the person sharing most words with the label ("Wang Yi" over a namesake "Wang")
    let person: LocalEntity | undefined;
    let shared = 0;
    for (const p of words.length <= 4 ? people : []) {
      const n = words.filter((w) => p.words.has(w)).length;
      if (n > shared) (person = p.e), (shared = n);
    }
    // a label that is an office only ("Official Spokesperson:"): the one person holding it here
    if (!person && !office) {
      const holders = people.filter((p) => p.e.roles.some((r) => r.title.toLowerCase() === name.toLowerCase()));
      if (holders.length === 1) person = holders[0].e;
    }
    // "Question:", "Question (retranslated from Japanese):", "Question to both ministers:"
    if (OTHER_LABELS.has(words[0] ?? '')) turns.push({ start, end, owner: null });
    else if (person) turns.push({ start, end, owner: person });
    else if (!inline && /^(\p{Lu}[\p{L}.'’-]*\s*){2,4}$/u.test(name)) turns.push({ start, end, owner: null });
    // a label ending a sentence leaves its full stop to that sentence: search on from the label's end
    re.lastIndex = end;
  }
  return turns;
}
