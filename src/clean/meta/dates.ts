// Explicit calendar dates in a piece of text (year stated), with where they stand.
import { MONTH_ABBR, MONTH_ABBR_LONG, MONTHS as MONTH_NAMES } from '../../lexicons/en/date-words.js';
import { statedDates } from './chrono-parsers.js';
import type { DateValue } from '../../types.js';

export interface FoundDate extends DateValue {
  index: number;
  length: number;
}

const MONTHS = [...new Set([...MONTH_NAMES, ...MONTH_ABBR, ...MONTH_ABBR_LONG])].join('|');
const MONTH_YEAR = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{4})\\b`, 'gi');
const MONTH_INDEX: { [k: string]: number } = {};
MONTHS.split('|').forEach((m) => (MONTH_INDEX[m] = 0));
MONTH_ABBR.forEach((m, i) => {
  for (const k of Object.keys(MONTH_INDEX)) if (k.startsWith(m)) MONTH_INDEX[k] = i + 1;
});

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "25.03.2021": dotted numeric dates are day-first wherever they are written (chrono reads them US-style). */
const DOTTED_DMY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
/** "22/05/2024": a slashed date whose first number cannot be a month is day-first (chrono reads none). */
const SLASH_DMY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
/** "December 6, 20229:14 AM": scraped pages glue the year to the time that follows it. */
const GLUED_YEAR = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?=\\d{1,2}:\\d{2})`, 'gi');

/**
 * Text with none of these cannot hold a date with its month and year stated: a month is a month
 * name (every spelling chrono and the patterns below read starts with one of these three letters)
 * or a number joined to another as in "25.03", "3/2021", "2021-03" or chrono's "2021 3 25"
 * (chrono's other reading, from a time unit as in "two days ago", is relative to today: never
 * taken). Most lines of a page fail this test and skip the parser (tens of microseconds a call).
 */
const MAY_HOLD_DATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[/.-]\d|\d{4}\s\d/i;

const overlaps = (found: FoundDate[], idx: number, len: number) => found.some((f) => idx < f.index + f.length && f.index < idx + len);

/** Dates whose year, month and day the text states (chrono's strict mode), then month-and-year ones. */
export function findExplicitDates(text: string): readonly FoundDate[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  // the same line is asked about by several readers (a date line? a dateline? furniture? the date
  // published?) one after another: the last few answers are kept (frozen, as they are shared)
  let found = recent.get(text);
  if (!found) {
    found = Object.freeze(parseExplicitDates(text).map((f) => Object.freeze(f)));
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(text, found);
  }
  return found;
}
const RECENT = 8;
const recent = new Map<string, readonly FoundDate[]>();

/** findExplicitDates without the screen: every parser runs (the tests check the screen drops no date). */
export function parseExplicitDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DOTTED_DMY)) {
    const d = +m[1], mo = +m[2];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) found.push({ value: isoDay(+m[3], mo, d), precision: 'day', index: m.index ?? 0, length: m[0].length });
  }
  for (const m of text.matchAll(SLASH_DMY)) {
    const d = +m[1], mo = +m[2];
    if (d > 12 && d <= 31 && mo >= 1 && mo <= 12) found.push({ value: isoDay(+m[3], mo, d), precision: 'day', index: m.index ?? 0, length: m[0].length });
  }
  for (const m of text.matchAll(GLUED_YEAR)) {
    const mo = MONTH_INDEX[m[1].toLowerCase()], d = +m[2];
    if (mo && d >= 1 && d <= 31) found.push({ value: isoDay(+m[3], mo, d), precision: 'day', index: m.index ?? 0, length: m[0].length });
  }
  for (const r of statedDates.parse(text)) {
    // "3 days ago", "in a week": counted from today, which says nothing about the text
    if (r.tags().has('result/relativeDate')) continue;
    if (overlaps(found, r.index, r.text.length)) continue;
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month')) continue;
    const y = s.get('year')!, m = s.get('month')!;
    if (s.isCertain('day')) found.push({ value: isoDay(y, m, s.get('day')!), precision: 'day', index: r.index, length: r.text.length });
    else found.push({ value: `${y}-${pad(m)}`, precision: 'month', index: r.index, length: r.text.length });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const idx = m.index ?? 0;
    if (overlaps(found, idx, m[0].length)) continue;
    found.push({ value: `${m[2]}-${pad(MONTH_INDEX[m[1].toLowerCase()])}`, precision: 'month', index: idx, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A date the user gave (flag, sidecar, crawler record): ISO forms or anything chrono reads with a year. */
export function parseGivenDate(value: string): DateValue | null {
  const v = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([T ].*)?$/.exec(v);
  if (iso) {
    const [, y, m, d, time] = iso;
    if (m && (+m < 1 || +m > 12)) return null;
    // (a calendar day: 2021-02-30 is no date, as Date would silently make it 2 March)
    if (d && (+d < 1 || +d > new Date(Date.UTC(+y, +m, 0)).getUTCDate())) return null;
    const clock = time && /^[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(time);
    if (clock && (+clock[1] > 23 || +clock[2] > 59 || +(clock[3] ?? 0) > 60)) return null;
    if (d) return { value: `${y}-${m}-${d}`, precision: 'day' };
    if (m) return { value: `${y}-${m}`, precision: 'month' };
    return { value: y, precision: 'year' };
  }
  const found = findExplicitDates(v);
  return found.length ? { value: found[0].value, precision: found[0].precision } : null;
}
