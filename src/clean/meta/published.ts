// The publication date of scraped plain text, read only where a page states it: a labelled date
// line, a date line beside the headline, or the dateline in the title. Never the body, never a clock.
import { WEEKDAYS, capitalised } from '../../lexicons/en/date-words.js';
import { CLOCK_LINE } from '../../lexicons/en/debris.js';
import type { DateValue, Range } from '../../types.js';
import { metaFields, stripBullet, type ClassifiedLine } from '../text/classify.js';
import { findExplicitDates, type FoundDate } from './dates.js';

export interface PublishedDate {
  date: DateValue;
  evidence: Range;
}

/** "10-13", "10 to 13": a span of days. */
const DAY_SPAN = /\d\s*(?:[-–]|to|until)\s*\d/;
/** The fields of a header line: "Press release | Date: 22/05/2024 | Ministry of Foreign Affairs". */
const FIELDS = /[^|•·]+/g;
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
/** How many lines at the end of a page can be its footer. */
const FOOTER_LINES = 12;
const LABELLED = /^(date|published|posted|released|issued|updated|publication date|date of publication)\b\s*[:：]?/i;

export function findPublished(lines: ClassifiedLine[], title: ClassifiedLine | null, bodyStart: number, bodyEnd = -1): PublishedDate | null {
  const headerEnd = bodyStart < 0 ? Math.min(lines.length, 30) : Math.min(lines.length, bodyStart + 12);
  const anchor = title?.index ?? bodyStart;

  // 0. The dateline a transcript or statement carries in its title ("…, Seoul, March 25, 2021").
  if (title) {
    const found = findExplicitDates(title.text).filter((f) => f.precision === 'day');
    const last = found[found.length - 1];
    // (not a span of days, "(February 10-13, 2025)": that is when a visit runs, not the day of writing)
    if (last && title.text.slice(last.index + last.length).trim().length <= 2 && !DAY_SPAN.test(title.text.slice(last.index, last.index + last.length))) {
      return publishedAt(last, title.start);
    }
  }

  // 1. A labelled date ("Date : 2016-06-13 22:00:00") in the page header, on its own line or as a
  // field of one ("Press release | Date: 22/05/2024 | Ministry of Foreign Affairs").
  for (let i = 0; i < headerEnd; i++) {
    const text = stripBullet(lines[i].text);
    const lead = lines[i].text.length - text.length;
    for (const field of text.matchAll(FIELDS)) {
      const f = field[0].trimStart();
      if (!LABELLED.test(f)) continue;
      const found = findExplicitDates(f)[0];
      if (!found) continue;
      return publishedAt(found, lines[i].start + lead + (field.index ?? 0) + (field[0].length - f.length));
    }
  }

  // 1b. A meta line of the page's own fields, in its header or at its foot: "By U.S. Embassy Tokyo |
  // 11 April, 2024 | Topics: Official Statements".
  const footer = Math.max(headerEnd, lines.length - FOOTER_LINES);
  for (const i of [...range(0, headerEnd), ...range(footer, lines.length)]) {
    const text = stripBullet(lines[i].text);
    const lead = lines[i].text.length - text.length;
    for (const field of metaFields(text) ?? []) {
      const found = field.isDate ? findExplicitDates(field.text)[0] : undefined;
      if (found) return publishedAt(found, lines[i].start + lead + field.index);
    }
  }

  // 2. A date standing alone on a line, nearest the headline; not one beside a clock (a page widget).
  let best: { hit: PublishedDate; distance: number } | null = null;
  for (let i = 0; i < headerEnd; i++) {
    const l = lines[i];
    if (l.cls !== 'date' || besideClock(lines, i)) continue;
    const hit = dateIn(l, stripBullet(l.text));
    if (!hit) continue;
    const distance = Math.abs(i - anchor);
    if (!best || distance < best.distance) best = { hit, distance };
  }
  if (best && best.distance <= 6) return best.hit;

  // 3. A news dateline opening the first paragraphs: "BEIJING, April 9, 2024. /TASS/.", "PARIS, 21
  // September 2023 (AFP) -": the agency's own date, when it gives the year.
  const from = title ? title.index + 1 : Math.max(0, bodyStart);
  for (let i = from, seen = 0; i < lines.length && seen < 3; i++) {
    const l = lines[i];
    if (!l.text.trim()) continue;
    seen++;
    const m = DATELINE.exec(l.text);
    if (!m) continue;
    const head = l.text.slice(m[0].length, m[0].length + 40);
    const found = findExplicitDates(head)[0];
    if (!found || found.index !== 0 || !/^\s*(?:[.,(/—–-]|$)/.test(head.slice(found.length))) continue;
    return publishedAt(found, l.start + m[0].length);
  }

  // 4. A date alone on a line right under the text, as releases close ("14 December 2010" over the place).
  for (let i = bodyEnd + 1, seen = 0; bodyEnd >= 0 && i < lines.length && seen < 2; i++) {
    const l = lines[i];
    if (l.cls === 'blank') continue;
    seen++;
    if (l.cls === 'date' && !besideClock(lines, i)) return dateIn(l, stripBullet(l.text));
  }
  return null;
}

/** The place of a dateline: up to four capitalised words (often in capitals, "BEIJING/SYDNEY") and a comma; not a weekday. */
const WEEKDAY_FORMS = [...WEEKDAYS.map((d) => d.toUpperCase()), ...WEEKDAYS.map(capitalised)].join('|');
const DATELINE = new RegExp(String.raw`^\s*(?!(?:${WEEKDAY_FORMS})\b)\p{Lu}[\p{L}.'’-]*(?:[ /-]\p{Lu}[\p{L}.'’-]*){0,3},\s+`, 'u');

function dateIn(line: ClassifiedLine, text: string): PublishedDate | null {
  const found = findExplicitDates(text)[0];
  if (!found) return null;
  return publishedAt(found, line.start + (line.text.length - text.length));
}

/** The date found in a text that starts at offset `at` of the original, with its evidence there. */
function publishedAt(found: FoundDate, at: number): PublishedDate {
  const start = at + found.index;
  return { date: { value: found.value, precision: found.precision }, evidence: { start, end: start + found.length } };
}

function besideClock(lines: ClassifiedLine[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
    if (j !== i && CLOCK_LINE.test(lines[j].text)) return true;
  }
  return false;
}
