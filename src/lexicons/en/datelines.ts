// The shapes of wire datelines and of the weekday a news lead names, read when weighing a text's date.
import { NEWS_AGENCIES } from './kinds.js';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const AGENCY = `(?:\\((?:${NEWS_AGENCIES.join('|')})\\)|/(?:${NEWS_AGENCIES.join('|')})/)`;

/**
 * A dateline with month and day and no year, before the agency's credit and a dash: "MOSCOW, Feb
 * 10 (Reuters) -", "SEOUL, Dec. 30 (Yonhap) --", "Feb 10 (Reuters) -". Groups: the place with its
 * comma (may be empty), the month, the day.
 */
export const YEARLESS_DATELINE = new RegExp(`^(\\s*(?:\\p{Lu}[\\p{L}.'’-]*(?:[ /-]\\p{Lu}[\\p{L}.'’-]*){0,3},\\s+)?)${MONTH}\\.?\\s+(\\d{1,2})\\s*${AGENCY}\\s*[-—–]`, 'iu');

/** The weekday a lead gives what it reports: "said on Monday", "on Tuesday announced". */
export const LEAD_WEEKDAY = /\bon (sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
