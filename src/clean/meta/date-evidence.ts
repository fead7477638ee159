// The publication date of a text when several witnesses speak to it: the front matter a crawler or
// a blog wrote, a date in the document's own address, the date the text states in its header, a
// wire dateline without its year ("MOSCOW, Feb 10 (Reuters) -") and the weekday its lead names
// ("said on Monday"). Crawlers get dates wrong (a file photo's date, the day of the crawl), so when
// the witnesses disagree, the date most of them support wins, or none does.
import { MONTH_ABBR, WEEKDAYS } from '../../lexicons/en/date-words.js';
import { LEAD_WEEKDAY, YEARLESS_DATELINE } from '../../lexicons/en/datelines.js';
import type { DateValue, Range } from '../../types.js';

export interface Witness {
  date: DateValue;
  /** Where the date is written in the original; null when it came from outside the text. */
  evidence: Range | null;
  source: 'front-matter' | 'url' | 'text';
}

/** A month and day without a year, as wire datelines give them. */
export interface MonthDay {
  month: number;
  day: number;
  evidence: Range;
}

export interface DateEvidence {
  witnesses: Witness[];
  dateline: MonthDay | null;
  /** The weekday (0 Sunday … 6 Saturday) the lead names, or null. */
  weekday: number | null;
  /** When a crawler fetched the text: no publication date, but the year of a dateline just before it. */
  crawled: DateValue | null;
}

/** How much each witness weighs: an address is written once, when the story is published. */
const WEIGHT = { url: 1.5, 'front-matter': 1, text: 1 } as const;
/** Support a date needs to win over a disagreeing one. */
const MIN_SUPPORT = 2;
/** Days a dateline may stand before the crawl that fetched it and still take the crawl's year. */
const CRAWL_WINDOW_DAYS = 3;

export function weighDates(e: DateEvidence): Witness | null {
  const ws = e.witnesses.filter((w) => w.date.precision === 'day' || w.date.precision === 'month');
  if (!ws.length) return fromDatelineAndCrawl(e);
  const values = [...new Set(ws.map((w) => w.date.value))];
  // one value, or values one day apart (a time zone between the crawler and the page): no dispute
  if (values.length === 1 || (values.length === 2 && ws.every((w) => w.date.precision === 'day') && daysApart(values[0], values[1]) <= 1 && !datelinePicks(e, values))) {
    const best = ws.find((w) => w.source === 'front-matter') ?? ws.find((w) => w.source === 'text') ?? ws[0];
    if (!e.dateline || best.date.precision !== 'day') return best;
    // the dateline is the story's own day: a witness a day later (filed late, or another time zone) gives its year
    const day = datelineDay(best.date.value, e.dateline);
    if (!day) return null;
    return day === best.date.value ? best : { date: { value: day, precision: 'day' }, evidence: e.dateline.evidence, source: 'text' };
  }
  const scored = values.map((value) => {
    const own = ws.filter((w) => w.date.value === value);
    let support = own.reduce((s, w) => s + WEIGHT[w.source], 0);
    if (e.dateline && sameMonthDay(value, e.dateline)) support++;
    if (e.weekday !== null && value.length === 10 && weekdayOf(value) === e.weekday) support++;
    return { value, support, witness: own.find((w) => w.source === 'front-matter') ?? own.find((w) => w.evidence) ?? own[0] };
  });
  scored.sort((a, b) => b.support - a.support);
  const [first, second] = scored;
  if (first.support < MIN_SUPPORT || (second && second.support >= first.support)) return null;
  return first.witness;
}

/** A dateline that names one of two neighbouring days settles which. */
function datelinePicks(e: DateEvidence, values: string[]): boolean {
  return !!e.dateline && values.some((v) => sameMonthDay(v, e.dateline!));
}

/** The dateline's day on or the day before `value` (in its year or the year before), or null. */
function datelineDay(value: string, md: MonthDay): string | null {
  const year = +value.slice(0, 4);
  for (const y of [year, year - 1]) {
    const day = iso(y, md.month, md.day);
    const d = daysBetween(day, value);
    if (d >= 0 && d <= 1) return day;
  }
  return null;
}

/** A yearless dateline takes its year from a crawl made within days of it. */
function fromDatelineAndCrawl(e: DateEvidence): Witness | null {
  if (!e.dateline || !e.crawled || e.crawled.precision !== 'day') return null;
  const year = +e.crawled.value.slice(0, 4);
  for (const y of [year, year - 1]) {
    const value = iso(y, e.dateline.month, e.dateline.day);
    const d = daysBetween(value, e.crawled.value);
    if (d >= 0 && d <= CRAWL_WINDOW_DAYS) return { date: { value, precision: 'day' }, evidence: e.dateline.evidence, source: 'text' };
  }
  return null;
}

/** "MOSCOW, Feb 10 (Reuters) -", "SEOUL, Dec. 30 (Yonhap) --": a wire dateline that gives no year. */
export function yearlessDateline(text: string, at: number): MonthDay | null {
  const m = YEARLESS_DATELINE.exec(text);
  if (!m) return null;
  const month = MONTH_ABBR.findIndex((n) => m[2].toLowerCase().startsWith(n)) + 1;
  const day = +m[3];
  if (month < 1 || day < 1 || day > 31) return null;
  const start = at + m.index! + m[1].length;
  const end = at + m.index! + m[0].indexOf(m[3], m[1].length + m[2].length) + m[3].length;
  return { month, day, evidence: { start, end } };
}

/** The weekday a lead sentence names for what it reports ("said on Monday"), or null. */
export function leadWeekday(text: string): number | null {
  const m = LEAD_WEEKDAY.exec(text);
  return m ? WEEKDAYS.indexOf(m[1].toLowerCase()) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const toTime = (v: string) => Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +(v.slice(8, 10) || 1));
const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / 86400000);
const daysApart = (a: string, b: string) => Math.abs(daysBetween(a, b));
const sameMonthDay = (value: string, md: MonthDay) => value.length === 10 && +value.slice(5, 7) === md.month && +value.slice(8, 10) === md.day;
const weekdayOf = (value: string) => new Date(toTime(value)).getUTCDay();
