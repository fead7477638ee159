// Date expressions in a stretch of text and their resolution. Absolute dates come from chrono's
// strict parser (day precision) and our patterns (month + year, year); relative ones ("yesterday",
// "on Thursday", "last November", "this autumn") resolve only against the document's own date —
// with none they stay unresolved. Nothing here ever looks at today's clock.
import { dayDates } from '../../clean/meta/chrono-parsers.js';
import { DAY_OFFSETS, MONTHS, MONTH_ABBR, MONTH_NAMED_EVENT, NOT_EVENT_DATE_BEFORE, NUMBER_WORDS, SAME_DAY, SEASON_END, VAGUE_TIMES, WEEKDAYS, WEEK_OFFSETS, WEEK_SIDE, YEARS_LATER, YEAR_NAMED } from '../../lexicons/en/date-words.js';
import type { DateValue, Range } from '../../types.js';

export interface DateMention {
  /** Clean offsets of the words the date is read from. */
  start: number;
  end: number;
  /** The date; `future` says which way an incomplete date points (a planned event looks ahead). */
  resolve(ref: DateValue | null, future: boolean): DateValue | null;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayValue = (t: Ymd): DateValue => ({ value: `${t.y}-${pad(t.m)}-${pad(t.d)}`, precision: 'day' });
const monthValue = (y: number, m: number): DateValue => ({ value: `${y}-${pad(m)}`, precision: 'month' });
const yearValue = (y: number): DateValue => ({ value: String(y), precision: 'year' });

// (one document's dates all resolve against the same reference: it is read once)
let lastRef: DateValue | null = null;
let lastParsed: Partial<Ymd> | null = null;

function parseRef(ref: DateValue | null): Readonly<Partial<Ymd>> | null {
  if (!ref) return null;
  if (ref === lastRef) return lastParsed;
  const [y, m, d] = ref.value.split('-').map(Number);
  lastParsed = { y, m: ref.precision === 'year' ? undefined : m, d: ref.precision === 'day' ? d : undefined };
  lastRef = ref;
  return lastParsed;
}

function shiftDays(t: Ymd, days: number): Ymd {
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + days));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

const fixed = (v: DateValue) => () => v;
const MONTH_RE = [...MONTHS, ...MONTH_ABBR.map((m) => m + '\\.?')].join('|');
const WEEKDAY_RE = WEEKDAYS.join('|');
const monthIndex = (w: string) => {
  const k = w.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(k);
  return (i >= 0 ? i : MONTH_ABBR.indexOf(k.slice(0, 3))) + 1;
};

/** A month (and maybe day) without a year: the nearest such date on the side the event lies. */
function resolveMonthDay(month: number, day: number | null) {
  return (ref: DateValue | null, future: boolean): DateValue | null => {
    const r = parseRef(ref);
    if (!r || r.m === undefined) return null;
    const key = (m: number, d: number) => m * 100 + d;
    const refKey = key(r.m, day !== null ? r.d ?? (future ? 0 : 99) : 0);
    const here = key(month, day ?? 0);
    let y = r.y!;
    if (!future && here > refKey) y -= 1;
    if (future && here < refKey) y += 1;
    return day !== null ? dayValue({ y, m: month, d: day }) : monthValue(y, month);
  };
}

const MONTH_EVENT = new RegExp(MONTH_NAMED_EVENT, 'i');

/** A month without a year that no tense places: the one nearest the document's month (ahead on a tie). */
function nearestMonth(month: number) {
  return (ref: DateValue | null): DateValue | null => {
    const r = parseRef(ref);
    if (!r || r.m === undefined) return null;
    const ahead = (month - r.m + 12) % 12;
    return monthValue(ahead <= 6 ? r.y! + (month < r.m ? 1 : 0) : r.y! - (month > r.m ? 1 : 0), month);
  };
}

/** A capitalised word inside a sentence right before a month: "Theresa May" is a name, not a date. */
const SURNAME_BEFORE = /[^\s.!?:;"“(]\s+[A-Z][a-z]+\s+$/;

/**
 * A pattern, its resolver, an optional check of the match ("may" the verb is no month), and the kinds
 * of word (FAMILY bits) one of which a sentence must hold for the pattern to be worth a scan.
 */
type Pattern = [RegExp, (m: RegExpExecArray) => DateMention['resolve'], ((m: RegExpExecArray) => boolean) | undefined, number];

/** Kinds of date word, found in one scan of a sentence: a digit, a month, a day word, year or month, a season, a vague time. */
const FAMILY = new RegExp(String.raw`(\d)|(${MONTH_ABBR.join('|')})|(day|night|now|morning|afternoon|evening|week|tomorrow)|(year|month)|(spring|summer|autumn|fall|winter)|(recent|ago|coming|soon)`, 'gi');
const DIGIT = 1, MONTH = 2, DAY_WORD = 4, YEAR_WORD = 8, SEASON = 16, VAGUE = 32, ALL = 63;

function familiesIn(slice: string): number {
  let bits = 0;
  FAMILY.lastIndex = 0;
  for (let m = FAMILY.exec(slice); m && bits !== ALL; m = FAMILY.exec(slice)) {
    let g = 1;
    while (m[g] === undefined) g++;
    bits |= 1 << (g - 1);
  }
  return bits;
}

// Our patterns, tried after chrono; each resolver gets the match.
const PATTERNS: Pattern[] = [
  // "in May this year": the month of a year named relative to the document's
  [new RegExp(String.raw`\b(${MONTH_RE})\s+(?:of\s+)?(last|this|next)\s+year\b`, 'gi'), (m) => (ref) => {
    const r = parseRef(ref);
    return r ? monthValue(r.y! + { last: -1, this: 0, next: 1 }[m[2].toLowerCase() as 'last' | 'this' | 'next'], monthIndex(m[1])) : null;
  }, (m) => /^[A-Z]/.test(m[1]), MONTH],
  // "yesterday"; "last week": a month only when the whole week lies in one ("last week" from Tuesday 4 October spans two)
  // (this week's part is the days up to the report for what happened, the days after it for what is to come:
  // a visit "this week" told on Friday 30 January is in January, though the week ends in February)
  [new RegExp(String.raw`\b(${[...Object.keys(DAY_OFFSETS), ...Object.keys(WEEK_OFFSETS)].join('|')})\b`, 'gi'), (m) => (ref, future) => {
    const r = parseRef(ref);
    if (!r || r.d === undefined) return null;
    const key = m[1].toLowerCase();
    if (key in DAY_OFFSETS) return dayValue(shiftDays(r as Ymd, DAY_OFFSETS[key]));
    const weekday = (new Date(Date.UTC(r.y!, r.m! - 1, r.d)).getUTCDay() + 6) % 7; // Monday 0
    let first = shiftDays(r as Ymd, -weekday + 7 * WEEK_OFFSETS[key]);
    let last = shiftDays(first, 6);
    if (WEEK_OFFSETS[key] === 0) {
      const side = WEEK_SIDE[key] ?? (future ? 1 : -1);
      if (side < 0) last = r as Ymd;
      else first = r as Ymd;
    }
    return first.y === last.y && first.m === last.m ? monthValue(first.y, first.m) : null;
  }, undefined, DAY_WORD],
  [new RegExp(String.raw`\b(?:(last|this|next|on|past)\s+)?(${WEEKDAY_RE})\b`, 'gi'), (m) => (ref, future) => {
    const r = parseRef(ref);
    if (!r || r.d === undefined) return null;
    const target = WEEKDAYS.indexOf(m[2].toLowerCase());
    const refDay = new Date(Date.UTC(r.y!, r.m! - 1, r.d)).getUTCDay();
    const which = (m[1] ?? '').toLowerCase();
    const ahead = which === 'next' || (which !== 'last' && which !== 'past' && future);
    const diff = ahead ? (target - refDay + 7) % 7 || (which === 'next' ? 7 : 0) : -((refDay - target + 7) % 7);
    return dayValue(shiftDays(r as Ymd, diff));
  }, undefined, DAY_WORD],
  [/\b(last|this|next)\s+(year|month)(?:['’]s)?\b/gi, (m) => (ref) => {
    const r = parseRef(ref);
    if (!r) return null;
    const step = { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as 'last' | 'this' | 'next'];
    if (m[2].toLowerCase() === 'year') return yearValue(r.y! + step);
    if (r.m === undefined) return null;
    const months = r.y! * 12 + (r.m - 1) + step;
    return monthValue(Math.floor(months / 12), (months % 12) + 1);
  }, undefined, YEAR_WORD],
  [new RegExp(String.raw`\b(last|this|next)\s+(spring|summer|autumn|fall|winter)\b`, 'gi'), (m) => (ref) => {
    const r = parseRef(ref);
    if (!r) return null;
    const which = m[1].toLowerCase();
    if (which === 'this') return yearValue(r.y!);
    if (r.m === undefined) return null;
    const end = SEASON_END[m[2].toLowerCase()];
    if (which === 'last') return yearValue(r.m > end ? r.y! : r.y! - 1);
    return yearValue(r.m < end ? r.y! : r.y! + 1);
  }, undefined, SEASON],
  [new RegExp(String.raw`\b(?:(last|this|next)\s+|(?:early|mid|late|the (?:beginning|end|middle) of)[\s-]+)?(${MONTH_RE})(?:,?\s+((?:19|20)\d{2}))?\b(?![\s-]*\d)(?!-\p{L})`, 'giu'), (m) => {
    const month = monthIndex(m[2]);
    if (m[3]) return fixed(monthValue(Number(m[3]), month));
    const which = (m[1] ?? '').toLowerCase();
    // ("Biden's June trip" told in May: the coming June, whatever the sentence's tense)
    if (!which && MONTH_EVENT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20))) return nearestMonth(month);
    return (ref, future) => resolveMonthDay(month, null)(ref, which === 'next' ? true : which === 'last' ? false : future);
  }, (m) => /^[A-Z]/.test(m[2]) && (!!m[1] || !SURNAME_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))), MONTH],
  [new RegExp(VAGUE_TIMES, 'gi'), () => () => null, undefined, VAGUE],
  // "two years ago" (a year), "two days ago" (a day)
  [/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (years?|days) ago\b/gi, (m) => (ref) => {
    const r = parseRef(ref);
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    if (m[2].toLowerCase() !== 'days') return r ? yearValue(r.y! - n) : null;
    return r && r.d !== undefined ? dayValue(shiftDays(r as Ymd, -n)) : null;
  }, undefined, VAGUE],
  // ("the 2050 Strategy", "the 2030 Agenda": a year in a name is no date)
  [new RegExp(String.raw`\b(?:(?:early|mid|late|the (?:beginning|end|middle|summer|spring|autumn|fall|winter) of)[\s-]+)?((?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d|s\b)(?!\s+(?:${YEAR_NAMED}))`, 'gi'), (m) => fixed(yearValue(Number(m[1]))), undefined, DIGIT],
];

/** Only text with a month name next to a number, or a numeric date, is worth chrono's time. */
// (a span without its year, "from 20 to 22 December", "from 27 January to 8 February", is read like the
// month-first one chrono reads, "July 18 to 20": from its first day, the year read against the document's date)
const RANGES = [
  new RegExp(String.raw`\b(?:from\s+)?(?<month>${MONTH_RE})\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|until)\s*(?:(?:${MONTH_RE})\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b`, 'gi'),
  new RegExp(String.raw`\b(?:from\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?<first>${MONTH_RE}))?\s*(?:to|-|–|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?<month>${MONTH_RE})(?:,?\s+(?<year>(?:19|20)\d{2}))?\b`, 'gi'),
];
/** A span of days ("12-15 April", "April 12 to 15", "12 April to 15 May"): a number, maybe a month, then a dash or "to". */
const RANGE_HINT = /\d(?:st|nd|rd|th)?(?:\s+[A-Za-z]+\.?)?\s*(?:-|–|to\b|until\b)/;
const CHRONO_HINT = new RegExp(String.raw`\b(?:${MONTH_RE})\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_RE})\b|\d[./-]\d`, 'i');
/** chrono also reads "the second" as a day: a date we take has digits and a month name or a numeric form. */
const CHRONO_DATE_TEXT = new RegExp(String.raw`\d(?=[\s\S]*\b(?:${MONTH_RE}))|\b(?:${MONTH_RE})\b[\s\S]*\d|\d[./-]\d`, 'i');
const NOT_EVENT_DATE = new RegExp(NOT_EVENT_DATE_BEFORE, 'i');
const SINCE_BEFORE = /\bsince\s*$/i;
// chrono's results must not depend on the clock: a fixed reference, and we keep only what it was certain of.
const CHRONO_REF = new Date(Date.UTC(2000, 0, 1));

/** Date expressions in text[from, to) that could be an event's date (bounds like "since 2009" left out). */
export function findDates(text: string, from: number, to: number, since?: DateMention[]): DateMention[] {
  const slice = text.slice(from, to);
  const families = familiesIn(slice);
  if (!families) return [];
  const found: DateMention[] = [];
  // a date left out as a bound ("since September 2017") keeps its words: "2017" inside it is no date either
  const skipped: Range[] = [];
  const taken = (s: number, e: number) => [...found, ...skipped].some((f) => s < f.end && f.start < e);
  const add = (s: number, e: number, resolve: DateMention['resolve']) => {
    if (taken(s, e)) return;
    const before = text.slice(Math.max(0, s - 24), s);
    // ("2000 and 2007" is a span of years; "June 2000 and October 2007" two dates)
    if (NOT_EVENT_DATE.test(before) && !(/\d{4}\s+and\s*$/.test(before) && /[A-Za-z]/.test(text[s]))) {
      skipped.push({ start: s, end: e });
      // ("the first … since September 2017": the caller may want to know when the last one was)
      if (since && SINCE_BEFORE.test(before)) since.push({ start: s, end: e, resolve });
    }
    else found.push({ start: s, end: e, resolve });
  };
  // a span of days ("from April 12 to 15, 2023", "12-15 April 2023"): the month it lies in, before chrono takes its first day
  for (const re of families & DIGIT && RANGE_HINT.test(slice) ? RANGES : []) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const g = m.groups!;
      const resolve = g.year ? fixed(monthValue(Number(g.year), monthIndex(g.month))) : resolveMonthDay(monthIndex(g.first ?? g.month), Number(g.day));
      add(from + m.index, from + m.index + m[0].length, resolve);
    }
  }
  if (families & DIGIT && CHRONO_HINT.test(slice)) {
    for (const r of dayDates.parse(slice, CHRONO_REF)) {
      const c = r.start;
      if (!c.isCertain('month') || !c.isCertain('day') || !CHRONO_DATE_TEXT.test(r.text)) continue;
      const s = from + r.index + (r.text.match(/^(?:on|in)\s+/i)?.[0].length ?? 0);
      const t = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
      add(s, from + r.index + r.text.length, c.isCertain('year') ? fixed(dayValue(t)) : resolveMonthDay(t.m, t.d));
    }
  }
  for (const [re, make, accept, needs] of PATTERNS) {
    if (!(families & needs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) if (!accept || accept(m)) add(from + m.index, from + m.index + m[0].length, make(m));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when `value` lies after the reference date at the precision both share. */
export function isAfter(value: DateValue, ref: DateValue | null): boolean {
  if (!ref) return false;
  const n = Math.min(value.value.length, ref.value.length);
  return value.value.slice(0, n) > ref.value.slice(0, n);
}

const SAME_DAY_RE = new RegExp(SAME_DAY, 'gi');
const YEARS_LATER_RE = new RegExp(YEARS_LATER, 'gi');
/** Only a sentence with one of these words can count a date from another. */
const COUNTED_HINT = /\b(?:same|later)\b/i;

/**
 * Dates told by reference to the one named before them: "the same day" is that day, "two years later"
 * that year plus two. The date before is the nearest one earlier in the sentence, else `prior` (the
 * last date the document told before the sentence); with neither, nothing is read.
 */
export function countedDates(text: string, from: number, to: number, dates: DateMention[], prior: DateMention | null): DateMention[] {
  const slice = text.slice(from, to);
  if (!COUNTED_HINT.test(slice)) return [];
  const out: DateMention[] = [];
  const before = (at: number) => [...dates].reverse().find((d) => d.end <= at) ?? prior;
  for (const [re, years] of [[SAME_DAY_RE, false], [YEARS_LATER_RE, true]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = from + m.index;
      const base = before(start);
      if (!base) continue;
      const n = years ? NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]) : 0;
      out.push({
        start,
        end: start + m[0].length,
        resolve(ref, future) {
          const v = base.resolve(ref, future);
          if (!v || !years) return v;
          return yearValue(Number(v.value.slice(0, 4)) + n);
        },
      });
    }
  }
  return out;
}
