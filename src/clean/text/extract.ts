// Main text of scraped plain text: find the article's run of prose, cut lists of other stories,
// drop debris lines inside it, and read the title from the lines just above it.
import type { Range } from '../../types.js';
import { classifyLine, stripBullet, type ClassifiedLine } from './classify.js';
import { markCaptions, storyEnd } from './furniture.js';
import { splitLines } from './lines.js';

export interface TextExtraction {
  lines: ClassifiedLine[];
  body: Range[];
  title: ClassifiedLine | null;
  /** Index of the first and last line of the article region (inclusive), or -1 when none. */
  first: number;
  last: number;
}

const normTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * normTitle(text) === key, where key holds keyChars characters other than spaces. Normalising
 * keeps every ASCII letter and digit of a text, so a line with more of them than that is not the
 * title: most lines are told apart after a few dozen characters, without being normalised.
 */
function isTitleLine(text: string, key: string, keyChars: number): boolean {
  let alnum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return normTitle(text) === key;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) if (++alnum > keyChars) return false;
  }
  return alnum === keyChars && normTitle(text) === key;
}

export function extractPlainText(original: string): TextExtraction {
  const lines = splitLines(original).map(classifyLine);
  markListingSummaries(lines);
  markCaptions(lines);
  const first = findBodyStart(lines);
  if (first < 0) return { lines, body: [], title: null, first: -1, last: -1 };
  const cut = storyEnd(lines, first, findCut(lines, first));
  let last = cut - 1;
  while (last > first && !isArticleLine(lines[last])) last--;
  const title = findTitle(lines, first);
  const titleKey = title ? normTitle(title.text) : null;
  const titleChars = titleKey ? titleKey.replace(/ /g, '').length : 0;
  const body: Range[] = [];
  for (let i = first; i <= last; i++) {
    const l = lines[i];
    if (!keepInBody(l)) continue;
    if (titleKey && isTitleLine(l.text, titleKey, titleChars)) continue; // a headline repeated under the dateline
    body.push({ start: l.start, end: l.end });
  }
  return { lines, body, title, first, last };
}

function isArticleLine(l: ClassifiedLine): boolean {
  return l.cls === 'prose' || l.cls === 'short';
}

function keepInBody(l: ClassifiedLine): boolean {
  return l.cls === 'prose' || l.cls === 'short' || l.cls === 'heading';
}

/**
 * A story list gives each item a date line and a summary paragraph; those summaries are prose
 * but belong to other stories, so they are marked as list items too.
 */
function markListingSummaries(lines: ClassifiedLine[]): void {
  const items = lines.filter((l) => l.cls === 'story-item').map((l) => l.index);
  // one dated line above the first prose is the page's dateline ("May 8, 2023 - Ottawa, Ontario -
  // Global Affairs Canada"), not a list of other stories, which has several
  const firstProse = lines.findIndex((l) => l.cls === 'prose');
  if (items.length === 1 && firstProse > items[0]) {
    lines[items[0]].cls = 'date';
    return;
  }
  // each item's own summary only: a summary marked as an item does not mark the paragraph after it
  for (const i of items) {
    let j = i + 1;
    while (j < lines.length && lines[j].cls === 'blank') j++;
    if (j < lines.length && (lines[j].cls === 'prose' || lines[j].cls === 'short')) lines[j].cls = 'story-item';
  }
}

/** The first prose line, extended back over salutations and lead-in lines ("Ladies and gentlemen,", "… issued the following statement:"). */
function findBodyStart(lines: ClassifiedLine[]): number {
  let first = lines.findIndex((l) => l.cls === 'prose');
  if (first < 0) first = lines.findIndex((l) => l.cls === 'short');
  if (first < 0) return -1;
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.cls === 'blank') continue;
    // "Ladies and gentlemen,"; "The Minister of Foreign Affairs today issued the following statement:"
    if (l.cls === 'short' && ((/[,:;.]$/.test(l.text) && l.words <= 12) || (/:$/.test(l.text) && l.words <= 40))) first = i;
    else break;
  }
  return first;
}

/** Where the article ends: the first header of other stories or story-list item after the start. */
function findCut(lines: ClassifiedLine[], first: number): number {
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i].cls === 'other-header' || lines[i].cls === 'story-item') return i;
  }
  return lines.length;
}

/** The nearest headline-shaped line above the body (at least three words, not a menu or a date). */
function findTitle(lines: ClassifiedLine[], first: number): ClassifiedLine | null {
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.cls !== 'heading' || l.words < 3) continue;
    const text = stripBullet(l.text);
    if (FIELD_LABEL.test(text)) continue; // "From: Global Affairs Canada"
    if (text === text.toUpperCase() && /\p{Lu}/u.test(text)) continue; // a section label in capitals
    if (latinShare(text) < 0.5 && latinShare(lines[first].text) > 0.8) continue; // site chrome in another script
    return l;
  }
  return null;
}

/** A labelled field of the page, not a headline. */
const FIELD_LABEL = /^(?:from|by|source|author|posted by|published by|issued by|department|contacts?|media contact)\s*:/i;

/** Share of the letters of a text that are Latin script. */
function latinShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters ? (text.match(/\p{Script=Latin}/gu)?.length ?? 0) / letters : 0;
}
