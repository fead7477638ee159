// The shapes of wire datelines and of the weekday a news lead names, read when weighing a text's date.
import { MONTHS, MONTH_ABBR_LONG, WEEKDAYS } from './date-words.js';
import { NEWS_AGENCIES } from './kinds.js';

// a month in full or cut short: "feb", "february", "sept"
const MONTH = `(${[...MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`), ...MONTH_ABBR_LONG].join('|')})`;
const AGENCY = `(?:\\((?:${NEWS_AGENCIES.join('|')})\\)|/(?:${NEWS_AGENCIES.join('|')})/)`;

/**
 * A dateline with month and day and no year, before the agency's credit and a dash: "MOSCOW, Feb
 * 10 (Reuters) -", "SEOUL, Dec. 30 (Yonhap) --", "Feb 10 (Reuters) -". Groups: the place with its
 * comma (may be empty), the month, the day.
 */
export const YEARLESS_DATELINE = new RegExp(`^(\\s*(?:\\p{Lu}[\\p{L}.'’-]*(?:[ /-]\\p{Lu}[\\p{L}.'’-]*){0,3},\\s+)?)${MONTH}\\.?\\s+(\\d{1,2})\\s*${AGENCY}\\s*[-—–]`, 'iu');

/** The weekday a lead gives what it reports: "said on Monday", "on Tuesday announced". */
export const LEAD_WEEKDAY = new RegExp(`\\bon (${WEEKDAYS.join('|')})\\b`, 'i');
