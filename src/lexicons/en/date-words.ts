// Words of dates that chrono's strict parser leaves to us: months, weekdays, seasons, and the
// words before a date that make it something other than the date of an event ("since 2009").

// Month and weekday names come from the runtime's locale data (Intl, CLDR) for English, lower-cased.
const namesOf = (count: number, option: Intl.DateTimeFormatOptions, day: (i: number) => Date) => {
  const format = new Intl.DateTimeFormat('en', { ...option, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(day(i)).toLowerCase());
};
/** January … December. */
export const MONTHS = namesOf(12, { month: 'long' }, (m) => new Date(Date.UTC(2001, m, 1)));
/** Their three-letter forms ("sep", not CLDR's "sept" of some locales): matched with or without a full stop. */
export const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));
/** Sunday … Saturday (index as Date.getUTCDay; 7 January 2001 was a Sunday). */
export const WEEKDAYS = namesOf(7, { weekday: 'long' }, (d) => new Date(Date.UTC(2001, 0, 7 + d)));
/** Abbreviations longer than three letters that texts use ("Sept. 30"). */
export const MONTH_ABBR_LONG = ['sept'];
/** Month and weekday names: words of the calendar, not of names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
/** A word with its first letter in capitals ("monday" → "Monday"). */
export const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** Last month of each season (northern hemisphere), to tell "last autumn" from this one. */
export const SEASON_END: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 };

/** Relative day words and their offset from the reference day. */
export const DAY_OFFSETS: Record<string, number> = {
  today: 0, tonight: 0, 'just now': 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'earlier today': 0,
  yesterday: -1, 'the day before yesterday': -2, 'last night': -1, tomorrow: 1, 'the day after tomorrow': 2,
};

/**
 * A date right after these words is a bound, a period or another thing's date, not when the event
 * took place: "since 2009", "for 2021-2022", "until next year", "which falls on September 30".
 */
export const NOT_EVENT_DATE_BEFORE = String.raw`(?:since|until|till|through|throughout|by|starting(?: on| from)?|beginning(?: on| from)?|for(?: the(?: years?| period)?)?|from|over|ahead of|before|after|prior to|up to|falls on|fell on|falling on|\d{4}\s*(?:and|to|-|–)|resolution|no\.)\s*$`;

/**
 * Times too vague for a date ("last week", "recently"): they give an event no date, and keep it from
 * taking the date of the occasion the document reports.
 */
/** Weeks relative to the reference day ("last week"): their month, when the whole week lies in one. */
export const WEEK_OFFSETS: Record<string, number> = { 'last week': -1, 'earlier this week': 0, 'this week': 0, 'later this week': 0, 'next week': 1 };
/** Which part of this week a phrase names: the days before the report (-1) or after it (1); unnamed, the event's status tells. */
export const WEEK_SIDE: Record<string, number> = { 'earlier this week': -1, 'later this week': 1 };

/** Days counted back from the reference day ("two days ago"). */
export const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

export const VAGUE_TIMES = String.raw`\b(?:recently|in recent (?:days|weeks|months|years)|(?:a few|several|some) days ago|(?:a few|several|some|\d+|two|three|four|five|six) (?:weeks|months) ago|a (?:week|month) ago|in the coming (?:days|weeks|months)|soon)\b`;

/** A day told as the one named before it ("On the same day, X met Y"): it takes that date. */
export const SAME_DAY = String.raw`\b(?:the same day|that same day|later (?:that|the same) day|the same date)\b`;

/** A time counted in years from the date named before it ("in 2013 …, and two years later X visited"). */
export const YEARS_LATER = String.raw`\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? later\b`;

/** Nouns after a year that make it part of a name, not a date ("the 2050 Strategy", "the 2030 Agenda"). */
export const YEAR_NAMED = String.raw`strategy|agenda|vision|goals|targets|framework|roadmap|implementation plan\b`;

/**
 * Event nouns a bare month may stand before as a name of its time ("the June trip", "their November
 * summit"): no tense tells which June, so it is the nearest one to the document's date.
 */
export const MONTH_NAMED_EVENT = String.raw`^\s+(?:trip|visit|summit|meeting|talks|conference|tour|election|elections|vote|deadline)\b`;
