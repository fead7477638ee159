// A person's own words: a transcript or statement whose title names them ("X’s remarks at …",
// "Statement by X", "Interview with X") and whose text speaks in the first person. Its sentences in
// that person's turns (not the questions, not the title) are their primary record.
import { FIRST_PERSON, OTHER_TURN_LABELS, PRIMARY_TITLE_WORDS } from '../../lexicons/quote-cues.js';
import type { LocalEntity, PrimaryPassage, Range } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import { alternation } from './patterns.js';

const TITLE_WORDS = alternation(PRIMARY_TITLE_WORDS);
/** "<name>’s remarks", "<name>'s opening statement" right after a mention. */
const AFTER_NAME = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${TITLE_WORDS})\\b`, 'iu');
/** "Remarks by <name>", "Interview of … with <name>" right before a mention. */
const BEFORE_NAME = new RegExp(`\\b(?:${TITLE_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:by|of|from|with)\\s+(?:[\\p{L}.-]+\\s+){0,5}$`, 'iu');
const FIRST_PERSON_RE = new RegExp(`\\b(?:${FIRST_PERSON.join('|')})\\b`, 'i');
const OTHER_LABELS = new Set(OTHER_TURN_LABELS);
/** How far into the main text a title may stand. */
const TITLE_ZONE = 600;
/** The share of first-person sentences that makes a text someone speaking. */
const MIN_FIRST_PERSON_SHARE = 0.1;

interface Turn extends Range {
  mine: boolean;
}

export function findPrimary(ctx: AnnotateContext, entities: LocalEntity[]): PrimaryPassage[] {
  const found = findSpeaker(ctx, entities);
  if (!found) return [];
  const { speaker, titleEnd } = found;
  const turns = turnsOf(ctx.text, speaker);
  const mine = (at: number) => {
    let owner = true; // before any label the text is the titled person's
    for (const t of turns) if (t.start <= at) owner = t.mine;
    return owner;
  };
  const passages: Range[] = [];
  let firstPerson = 0;
  let counted = 0;
  for (const s of ctx.sentences) {
    const first = s.start + (ctx.text.slice(s.start, s.end).length - ctx.text.slice(s.start, s.end).trimStart().length);
    if (s.end <= titleEnd || !mine(first)) continue;
    let start = Math.max(s.start, titleEnd);
    const label = turns.find((t) => t.start >= s.start && t.start < s.end && t.mine);
    if (label) start = Math.max(start, label.end);
    const text = ctx.text.slice(start, s.end);
    const trimmed = text.trim();
    if (!/[\p{L}]/u.test(trimmed)) continue;
    start += text.length - text.trimStart().length;
    const end = start + trimmed.length;
    counted++;
    if (FIRST_PERSON_RE.test(trimmed)) firstPerson++;
    passages.push({ start, end });
  }
  // a third-person account that merely has a person in its title is not their record
  if (firstPerson < 2 || firstPerson / Math.max(1, counted) < MIN_FIRST_PERSON_SHARE) return [];
  speaker.isSpeaker = true;
  return passages.map((r) => ({ speakerLocalId: speaker.localId, span: ctx.span(r.start, r.end) }));
}

/** The person (or organisation) the title gives the words to, and where a title in the main text ends. */
function findSpeaker(ctx: AnnotateContext, entities: LocalEntity[]): { speaker: LocalEntity; titleEnd: number } | null {
  const { text, doc } = ctx;
  const marked = entities.find((e) => e.isSpeaker);
  if (marked) return { speaker: marked, titleEnd: 0 };
  let best: { speaker: LocalEntity; titleEnd: number; at: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const m of e.mentions) {
      if (m.cleanStart < 0) {
        // a mention in the document's title, outside the main text (offsets into the original)
        const tr = doc.titleRange;
        if (!doc.title || !tr || m.start < tr.start || m.end > tr.end) continue;
        const at = m.start - tr.start, end = m.end - tr.start;
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
  return best ? { speaker: best.speaker, titleEnd: best.titleEnd } : null;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** Turn labels at line starts ("Question:", "Sergey Lavrov:"): whose words follow each. */
function turnsOf(text: string, speaker: LocalEntity): Turn[] {
  const names = new Set<string>();
  for (const n of [speaker.name, ...speaker.aliases, ...speaker.mentions.map((m) => m.text)]) {
    const last = n.trim().split(/\s+/).pop();
    if (last && last.length > 2) names.add(last.toLowerCase());
  }
  const turns: Turn[] = [];
  const re = /(^|\n)[ \t]*([\p{Lu}][^\n:]{0,60}?):[ \t]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const label = m[2].trim();
    const start = m.index + m[1].length;
    const words = label.toLowerCase().split(/[\s.]+/).filter(Boolean);
    if (OTHER_LABELS.has(label.toLowerCase())) turns.push({ start, end: m.index + m[0].length, mine: false });
    else if (words.some((w) => names.has(w))) turns.push({ start, end: m.index + m[0].length, mine: true });
    else if (/^(\p{Lu}[\p{L}.'’-]*\s*){2,4}$/u.test(label)) turns.push({ start, end: m.index + m[0].length, mine: false });
  }
  return turns;
}
