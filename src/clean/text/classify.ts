// What each line of scraped plain text looks like: prose, a heading, a date, a story-list item, debris.
import {
  CLOCK_LINE,
  COUNTER_BANNER,
  EMAIL_OR_URL_LINE,
  FOREIGN_UI_WORDS,
  META_FIELD,
  OTHER_STORIES_HEADERS,
  PHONE_LINE,
  UI_LINES,
} from '../../lexicons/en/debris.js';
import { findExplicitDates } from '../meta/dates.js';
import { furnitureShape } from './furniture.js';
import type { Line } from './lines.js';

/** 'caption': a photo caption or credit, furniture unless the whole text is one (a wire photo's caption is its story). */
export type LineClass = 'blank' | 'debris' | 'caption' | 'date' | 'story-item' | 'other-header' | 'prose' | 'heading' | 'short';

export interface ClassifiedLine extends Line {
  cls: LineClass;
  words: number;
}

/** Longer than this, a line ending on a quotation mark is prose, not a headline. */
const HEADLINE_WORDS = 20;
const BULLET = /^([•·▪◦*°►»\-–—]|\d{1,2}[.)])\s+/;
/** The marks opening a markdown heading. */
const HEADING_MARK = /^#{1,6}[ \t]+/;
const TERMINAL = /[.!?…:;,"”’»)\]]$/;
const SENTENCE_END = /[.!?…:;,]["”’»)\]]?$/;
/** A line of markdown links or images and nothing else: navigation, a related story, a picture. */
export const LINKS_ONLY = /^(?:[*+-]\s+)?(?:!?\[[^\]]*\]\([^)]*\)\s*)+$/;
/** Wide runs of spaces are layout (tickers, table cells), not typed prose. */
const LAYOUT_GAP = /[ \u00a0]{8,}/;
// a date, a dash, then a story's headline — but not a date followed only by its time ("29 June 2022 - 17:45")
const DATE_PREFIX_ITEM = /^(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4})\s*[-–—|]\s+(?!\d{1,2}[:.]\d{2}\s*(am|pm|[A-Z]{2,4})?\s*$)\S/u;
/** What may stand beside a date on a line that is only a date stamp: weekdays, times, zones, "updated …". */
const DATE_STAMP_WORDS =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d+\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b|\b(last modified|modified|updated|published|posted|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{1,3}[sd]t|kst|msk|jst|ist|cet|eet|\d{1,2}[:.]\d{2}([:.]\d{2})?)\b/gi;
/** "Cheong Wa Dae, April 27, 2018", "NEW DELHI, Dec 6": a place and a date, the dateline of a release. */
const DATELINE = /^(\p{Lu}[\p{L}'’.-]*)(\s+(\p{Lu}[\p{L}'’.-]*|of|de|la|am|upon)){0,4},\s*$/u;

export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit, filled on first sight: 1 letter or number, 2 joins a word ('’-), 3 other. */
const WORD_CLASS = new Uint8Array(65536);

/** The number of matches of WORD, counted in one pass without making them. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return (text.match(WORD) ?? []).length; // the regex reads astral letters whole
    let k = WORD_CLASS[c];
    if (!k) {
      const ch = String.fromCharCode(c);
      k = WORD_CLASS[c] = LETTER_OR_NUMBER.test(ch) ? 1 : ch === "'" || ch === '’' || ch === '-' ? 2 : 3;
    }
    if (k === 1) {
      if (!inWord) (n++, (inWord = true));
    } else if (k === 3) inWord = false;
  }
  return n;
}

/** The whole line is a date (optionally with a time and a weekday): a dateline, a clock, a list date. */
export function isDateLine(text: string): boolean {
  // A date with its year stated has digits: lines without any skip the date parser.
  if (text.length > 60 || !/\d/.test(text)) return false;
  const found = findExplicitDates(text);
  if (!found.length) return false;
  const rest = (text.slice(0, found[0].index) + text.slice(found[0].index + found[0].length))
    .replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ') // "GMTUpdated": scraped stamps lose their spaces
    .replace(DATE_STAMP_WORDS, '').replace(/[\s,.:|()\-–—•·]/g, '');
  return rest.length === 0;
}

/** A line that is a place followed by a date, and nothing else (the dateline under a headline). */
export function isDatelineLine(text: string): boolean {
  if (text.length > 80) return false;
  const found = findExplicitDates(text);
  if (found.length !== 1 || found[0].precision !== 'day') return false;
  const after = text.slice(found[0].index + found[0].length).replace(DATE_STAMP_WORDS, '').replace(/[\s,.:|()\-–—•·]/g, '');
  return after.length === 0 && DATELINE.test(text.slice(0, found[0].index));
}

/** Between the fields of a meta line: "By U.S. Embassy Tokyo | 11 April, 2024 | Topics: Official Statements". */
const META_SEPARATOR = /\s+[|•·]\s+/g;

export interface MetaField {
  text: string;
  /** Where the field starts in the line. */
  index: number;
  isDate: boolean;
}

/** The fields of a line of two or more fields about the story (its byline, date, topics) and nothing else; null for any other line. */
export function metaFields(text: string): MetaField[] | null {
  if (text.length > 400 || !/[|•·]/.test(text)) return null;
  const fields: MetaField[] = [];
  let at = 0;
  for (const sep of text.matchAll(META_SEPARATOR)) {
    fields.push({ text: text.slice(at, sep.index), index: at, isDate: false });
    at = sep.index! + sep[0].length;
  }
  fields.push({ text: text.slice(at), index: at, isDate: false });
  const isField = (f: MetaField) => META_FIELD.some((re) => re.test(f.text));
  // (the date parser only once the line has a field of its own: menus of links are many)
  if (fields.length < 2 || !fields.some(isField)) return null;
  for (const f of fields) f.isDate = isDateLine(f.text);
  return fields.every((f) => isField(f) || f.isDate) ? fields : null;
}

/** More words than this, and a line is not a line of site chrome, whatever words it holds. */
const MAX_UI_WORDS = 60;

export function classifyLine(line: Line): ClassifiedLine {
  const raw = line.text;
  const words = wordCount(raw);
  // fields listed, not spread: spreading is the slow way to copy four fields, once per line
  const make = (cls: LineClass): ClassifiedLine => ({ index: line.index, start: line.start, end: line.end, text: line.text, cls, words });
  if (!raw) return make('blank');
  const text = stripBullet(raw);
  // (a markdown heading's marks are no part of its words: "### Related:")
  if (OTHER_STORIES_HEADERS.some((re) => re.test(text.replace(HEADING_MARK, '')))) return make('other-header');
  if (DATE_PREFIX_ITEM.test(text)) return make('story-item');
  if (isDateLine(text) || isDatelineLine(text)) return make('date');
  if (
    UI_LINES.some((re) => re.test(text)) ||
    // (site chrome is a short line: a long one holding such a word or gap is a page run together on one line)
    (words <= MAX_UI_WORDS && (FOREIGN_UI_WORDS.test(text) || LAYOUT_GAP.test(raw))) ||
    CLOCK_LINE.test(text) ||
    PHONE_LINE.test(text) ||
    EMAIL_OR_URL_LINE.test(text) ||
    COUNTER_BANNER.test(text) ||
    isMenuItem(raw, words) ||
    metaFields(text) !== null ||
    (text.endsWith(')') && LINKS_ONLY.test(text))
  )
    return make('debris');
  const furniture = furnitureShape(text, words);
  if (furniture) return make(furniture === 'caption' ? 'caption' : 'debris');
  const terminal = TERMINAL.test(text);
  // (a headline may end on a quoted word: 'calls the decision "regrettable"'; prose closes its sentence first)
  if (terminal && (words >= 8 || text.length >= 50) && (/[.!?…]["”’»)\]]*$/.test(text) || (/["”’»]$/.test(text) && words > HEADLINE_WORDS))) return make('prose');
  // a headline may close with a bracket or a quotation mark, never with a sentence's own punctuation
  if (!SENTENCE_END.test(text) && words <= 30 && text.length <= 300) return make('heading');
  return make('short');
}

/** "1. HOME", "2. Press": a numbered or bulleted entry of one to three words. */
function isMenuItem(raw: string, words: number): boolean {
  return BULLET.test(raw) && words <= 3 && !TERMINAL.test(raw);
}
