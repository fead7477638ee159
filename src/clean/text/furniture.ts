// Page furniture that looks like text: photo captions and their credits, promos, author notes, lists
// of other stories and what follows the end of a wire story. A line is furniture by its own shape
// (a credit, a call to subscribe) or by its place (a caption among the paragraphs of a story, a run
// of headlines after it, an author's note at its foot). Used for scraped text and HTML blocks alike.
import {
  AUTHOR_NOTE,
  CAPTION_OPENERS,
  CLOCK_TIME,
  CONTACT,
  GALLERY_COUNTER,
  PHOTO_CREDITS,
  PROMO_CALLS,
  PROMO_OFFERS,
  SECOND_PERSON,
  STAMP_WORDS,
  STORY_END,
} from '../../lexicons/en/debris.js';
import { findExplicitDates } from '../meta/dates.js';
import { type ClassifiedLine, LINKS_ONLY, stripBullet } from './classify.js';

/** 'notice': a copyright line, a byline with its time stamp. */
export type FurnitureShape = 'caption' | 'promo' | 'notice';

/** A caption longer than this is more likely a paragraph that names a photographer. */
const CAPTION_MAX_WORDS = 120;
const PROMO_MAX_WORDS = 60;

/** What a line is by its own shape, wherever it stands: a photo caption or credit, a promo; else null. */
export function furnitureShape(text: string, words: number): FurnitureShape | null {
  if (GALLERY_COUNTER.test(text)) return 'caption';
  if (words <= CAPTION_MAX_WORDS) {
    // (credits all hold a slash, a bracket or "via"/"for": lines without one skip the patterns)
    if (/[/(|]|\bvia\b|\bfor\b/.test(text) && PHOTO_CREDITS.some((re) => re.test(text))) return 'caption';
    if (CAPTION_OPENERS.some((re) => re.test(text))) return 'caption';
  }
  if (words <= PROMO_MAX_WORDS && isPromo(text)) return 'promo';
  if (words <= NOTICE_MAX_WORDS && text.includes('©')) return 'notice';
  if (words <= STAMP_MAX_WORDS && isStamp(text)) return 'notice';
  return null;
}

const NOTICE_MAX_WORDS = 40;
const STAMP_MAX_WORDS = 16;

/** "By Jane Doe - 11/18/19 11:04 PM EST", "The Agency Published Monday, November 18, 2019 8:22AM EST", "Updated at 1:23 p.m.": a byline or stamp, not a sentence. */
function isStamp(text: string): boolean {
  if (!STAMP_WORDS.test(text) || /[!?]$|[^.\s][^.]\.$/.test(text.replace(/\b[ap]\.m\.$/i, ''))) return false;
  return CLOCK_TIME.test(text) || findExplicitDates(text).length > 0;
}

/**
 * "Sign up for our newsletter …", "Follow us on …", "The X newsletter is your guide … Sign up here.":
 * a call to action opening the line, or a newsletter offered to "you". (A call closing a paragraph
 * of the story, "… Read our review here.", leaves the paragraph the story's.)
 */
function isPromo(text: string): boolean {
  const call = PROMO_CALLS.exec(text);
  if (!call || text.endsWith(':')) return false; // (a lead-in: what follows is the story's)
  if (call.index === 0) return PROMO_OFFERS.test(text) || SECOND_PERSON.test(text);
  return /\b(?:newsletter|podcast)s?\b/i.test(text) && SECOND_PERSON.test(text);
}

/** A note about the author: a job at a newsroom, or how to reach them. */
export function isAuthorNote(text: string): boolean {
  return AUTHOR_NOTE.some((re) => re.test(text)) || (CONTACT.test(text) && /\b(?:follow|e-?mail|reach|contact|tips?)\b/i.test(text));
}

/** The lines that close a story: a wire story's credits ("Reporting by …; Editing by …", "Our Standards: …"), the header of readers' comments. */
export function isStoryEnd(text: string): boolean {
  return STORY_END.some((re) => re.test(text));
}

/** A sentence ends inside the text: "… in Washington. Later, …". */
const INNER_SENTENCE_END = /[.!?…]["'”’)\]]*\s+["'“‘(]?\p{Lu}/u;
/** The text closes a sentence (or a lead-in, or a clause). */
const CLOSED = /[.!?…:;,]["'”’»)\]]*$/;

/**
 * A picture caption standing as a paragraph of its own (as news sites' copy keeps them): one long
 * sentence describing a picture, without the full stop every paragraph of the story has.
 */
export function isBareCaption(text: string, words: number): boolean {
  return words >= CAPTION_MIN_WORDS && words <= CAPTION_MAX_WORDS && !CLOSED.test(text) && /^[\p{Lu}\p{N}]/u.test(text) && !INNER_SENTENCE_END.test(text);
}

/** Shorter than this, a paragraph without a full stop is a heading rather than a caption. */
const CAPTION_MIN_WORDS = 12;

// ---- By place, over the classified lines of scraped text.

/** Paragraphs of this many words or more tell whether the story closes its paragraphs. */
const LONG_PARAGRAPH_WORDS = 12;

/**
 * Marks as debris the bare captions among a story's paragraphs: a long line without a full stop,
 * standing alone between blank lines, with the story's prose before and after it, in a text whose
 * long paragraphs do end with one (a page that never closes them has no such sign).
 */
export function markCaptions(lines: ClassifiedLine[]): void {
  markBareCaptions(lines);
  markSummaryBullets(lines);
  // a text that is nothing but a caption (a wire photo) is its own story
  if (!lines.some((l) => l.cls === 'prose')) for (const l of lines) if (l.cls === 'caption' && l.words >= LONG_PARAGRAPH_WORDS) l.cls = 'prose';
}

function markBareCaptions(lines: ClassifiedLine[]): void {
  let long = 0;
  let closed = 0;
  for (const l of lines) {
    if (l.words < LONG_PARAGRAPH_WORDS) continue;
    long++;
    if (CLOSED.test(l.text)) closed++;
  }
  if (closed < 4 || closed < 2 * (long - closed)) return;
  let proseBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.cls === 'prose') proseBefore = true;
    if ((l.cls !== 'heading' && l.cls !== 'short') || !proseBefore || !standsAlone(lines, i)) continue;
    if (/^[#>*+•-]/.test(l.text) || !isBareCaption(l.text, l.words)) continue;
    if (lines.some((m, j) => j > i && m.cls === 'prose')) l.cls = 'caption';
  }
}

/** Share of a summary bullet's words the story must repeat. */
const SUMMARY_REPEATED = 0.7;

/**
 * Marks as debris the summary bullets over a story (as news sites put them under the headline):
 * two or more bulleted lines just before the first paragraph of the story, each of whose words the
 * story repeats. A list the story does not repeat is its own content and stays.
 */
function markSummaryBullets(lines: ClassifiedLine[]): void {
  const isBullet = (l: ClassifiedLine) => l.words >= 6 && stripBullet(l.text) !== l.text;
  const first = lines.findIndex((l) => l.cls === 'prose' && !isBullet(l));
  if (first < 0) return;
  const bullets: ClassifiedLine[] = [];
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.cls === 'blank') continue;
    if (!isBullet(l)) break;
    bullets.push(l);
  }
  if (bullets.length < 2) return;
  const story = new Set<string>();
  for (let i = first; i < lines.length; i++) for (const w of contentWords(lines[i].text)) story.add(w);
  for (const b of bullets) {
    const words = contentWords(b.text);
    if (!words.length || words.filter((w) => story.has(w)).length < words.length * SUMMARY_REPEATED) return;
  }
  for (const b of bullets) b.cls = 'debris';
}

/** The longer words of a text, lower-cased and without a possessive: what a summary and its story share. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w));
}

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'were', 'will', 'would', 'their', 'they', 'there', 'which', 'after', 'about', 'said', 'says']);

/** Blank lines (or the text's edge) above and below. */
function standsAlone(lines: ClassifiedLine[], i: number): boolean {
  return (i === 0 || lines[i - 1].cls === 'blank') && (i === lines.length - 1 || lines[i + 1].cls === 'blank');
}

/** Story lines before a wire story's closing credit or a list of other stories can follow. */
const MIN_STORY_PROSE = 3;
/** A list of other stories holds at least this many headlines. */
const MIN_HEADLINES = 3;
/** After a list of other stories, a page holds no more than a teaser or two of prose (a list inside a story has the story after it). */
const MAX_PROSE_AFTER_LIST = 2;
/** Lines in a row without prose that end a story when little prose follows (menus, link lists, footers). */
const MENU_LINES = 8;

/**
 * Where the story ends, at or before `cut`: at a wire story's closing credit ("Reporting by …"), or
 * at a run of other stories' headlines with little prose after it. Author notes and promos at the
 * foot of what remains are marked as debris.
 */
export function storyEnd(lines: ClassifiedLine[], first: number, cut: number): number {
  let end = cut;
  let prose = 0;
  // prose lines from i to the cut, and the start of the current run of lines without prose
  const proseAfter = new Int32Array(cut - first + 1);
  for (let i = cut - 1; i >= first; i--) proseAfter[i - first] = proseAfter[i - first + 1] + (lines[i].cls === 'prose' ? 1 : 0);
  let runStart = -1;
  let runLines = 0;
  for (let i = first; i < cut; i++) {
    const l = lines[i];
    if (l.cls === 'prose') prose++, (runStart = -1), (runLines = 0);
    else if (l.cls !== 'blank') {
      if (runStart < 0) runStart = i;
      runLines++;
    }
    if (prose < MIN_STORY_PROSE) continue;
    // a page's menus and footer after the story: many lines in a row without a sentence among them,
    // and hardly any prose after them
    if (runLines === MENU_LINES && proseAfter[i - first] <= MAX_PROSE_AFTER_LIST) {
      end = runStart;
      break;
    }
    if (l.cls !== 'prose' && isStoryEnd(l.text)) {
      end = i;
      break;
    }
    if (isHeadline(l) && headlineRun(lines, i, cut) >= MIN_HEADLINES && proseBetween(lines, i, cut) <= MAX_PROSE_AFTER_LIST) {
      end = i;
      break;
    }
  }
  markFootNotes(lines, first, end);
  return end;
}

/** Lines that may stand between the headlines of a list: blanks, links, dates, other debris. */
function isListGlue(l: ClassifiedLine): boolean {
  return l.cls === 'blank' || l.cls === 'debris' || l.cls === 'caption' || l.cls === 'date' || l.cls === 'story-item' || l.cls === 'other-header';
}

/**
 * How many headline-shaped lines follow from `i` with nothing but list glue between them, when
 * something marks them as a list of links (a line of links, a date or a list header among them);
 * 0 after a lead-in ("… as follows:"), as that list belongs to the story.
 */
function headlineRun(lines: ClassifiedLine[], i: number, end: number): number {
  let marked = false;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j];
    if (!isListGlue(l)) {
      if (/:$/.test(l.text)) return 0;
      break;
    }
    marked ||= marksList(l);
  }
  let n = 0;
  for (let j = i; j < end; j++) {
    const l = lines[j];
    if (isHeadline(l)) n++;
    else if (isListGlue(l)) marked ||= marksList(l);
    else break;
  }
  return marked ? n : 0;
}

/** A line that shows the lines around it are a list of other stories: links, a date, a list header. */
function marksList(l: ClassifiedLine): boolean {
  return l.cls === 'date' || l.cls === 'story-item' || l.cls === 'other-header' || (l.cls === 'debris' && LINKS_ONLY.test(l.text));
}

/** Words a line of hard-wrapped prose may break after, and a headline never ends with. */
const CONTINUED = /\b(?:the|a|an|of|and|or|to|in|for|with|on|at|by|from|as|that|which|our|their|its|his|her|we|is|are|was|were|be|has|have|this|these|those|not)$/i;

/** A line shaped like another story's headline: a few words, a capital first, no closing stop, not a wrapped line of prose. */
function isHeadline(l: ClassifiedLine): boolean {
  return l.cls === 'heading' && l.words >= 3 && /^["'“‘]?[\p{Lu}\p{N}]/u.test(l.text) && !/:$/.test(l.text) && !CONTINUED.test(l.text);
}

function proseBetween(lines: ClassifiedLine[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (lines[i].cls === 'prose') n++;
  return n;
}

/** Author notes at the foot of the story (with the debris between them) are not the story. */
function markFootNotes(lines: ClassifiedLine[], first: number, end: number): void {
  for (let i = end - 1; i > first; i--) {
    const l = lines[i];
    if (l.cls === 'blank' || l.cls === 'debris' || l.cls === 'heading') continue;
    if (!isAuthorNote(l.text)) break;
    l.cls = 'debris';
  }
}
