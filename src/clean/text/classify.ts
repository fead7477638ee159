// What each line of scraped plain text looks like: prose, a heading, a date, a story-list item, debris.
import {
  CLOCK_LINE,
  COUNTER_BANNER,
  EMAIL_OR_URL_LINE,
  FOREIGN_UI_WORDS,
  OTHER_STORIES_HEADERS,
  PHONE_LINE,
  UI_LINES,
} from '../../lexicons/debris.js';
import { findExplicitDates } from '../meta/dates.js';
import type { Line } from './lines.js';

export type LineClass = 'blank' | 'debris' | 'date' | 'story-item' | 'other-header' | 'prose' | 'heading' | 'short';

export interface ClassifiedLine extends Line {
  cls: LineClass;
  words: number;
}

const BULLET = /^([•·▪◦*°►»\-–—]|\d{1,2}[.)])\s+/;
const TERMINAL = /[.!?…:;,"”’»)\]]$/;
/** Wide runs of spaces are layout (tickers, table cells), not typed prose. */
const LAYOUT_GAP = /[ \u00a0]{8,}/;
const DATE_PREFIX_ITEM = /^(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4})\s*[-–—|]\s+\S/u;

export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** The whole line is a date (optionally with a time and a weekday): a dateline, a clock, a list date. */
export function isDateLine(text: string): boolean {
  // A date with its year stated has digits: lines without any skip the date parser.
  if (text.length > 60 || !/\d/.test(text)) return false;
  const found = findExplicitDates(text);
  if (!found.length) return false;
  const rest = (text.slice(0, found[0].index) + text.slice(found[0].index + found[0].length))
    .replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(updated|published|posted|on|at|am|pm|gmt|utc|kst|msk|\d{1,2}:\d{2}(:\d{2})?)\b/gi, '')
    .replace(/[\s,.:|()\-–—•·]/g, '');
  return rest.length === 0;
}

export function classifyLine(line: Line): ClassifiedLine {
  const raw = line.text;
  const words = wordCount(raw);
  const make = (cls: LineClass): ClassifiedLine => ({ ...line, cls, words });
  if (!raw) return make('blank');
  const text = stripBullet(raw);
  if (OTHER_STORIES_HEADERS.some((re) => re.test(text))) return make('other-header');
  if (DATE_PREFIX_ITEM.test(text)) return make('story-item');
  if (isDateLine(text)) return make('date');
  if (
    UI_LINES.some((re) => re.test(text)) ||
    FOREIGN_UI_WORDS.test(text) ||
    CLOCK_LINE.test(text) ||
    PHONE_LINE.test(text) ||
    EMAIL_OR_URL_LINE.test(text) ||
    COUNTER_BANNER.test(text) ||
    LAYOUT_GAP.test(raw) ||
    isMenuItem(raw, words)
  )
    return make('debris');
  const terminal = TERMINAL.test(text);
  if (terminal && (words >= 8 || text.length >= 50) && /[.!?…"”’»]$/.test(text)) return make('prose');
  if (!terminal && words <= 30 && text.length <= 300) return make('heading');
  return make('short');
}

/** "1. HOME", "2. Press": a numbered or bulleted entry of one to three words. */
function isMenuItem(raw: string, words: number): boolean {
  return BULLET.test(raw) && words <= 3 && !TERMINAL.test(raw);
}
