// Where an event took place: a place named after "in", "at" or "to" near its trigger, or the
// dateline of a transcript's title ("…, Seoul, March 25, 2021") for the talks it reports.
import { dayDates } from '../../clean/meta/chrono-parsers.js';
import type { AnnotateContext } from '../context.js';
import type { DateValue, LocalEntity, Span } from '../../types.js';
import { countryCode } from '../entities/gazetteer.js';

interface Place {
  start: number;
  end: number;
  name: string;
}

const PLACE_CUE = /\b(?:in|at|to|visit(?:ed|ing)?)\s+(?:the\s+)?$/i;

/** Between a meeting noun and a state: "talks in Fiji" were held there. */
const IN_STATE = /^\s+in\s+(?:the\s+)?/i;

export class LocationFinder {
  private places: Place[] = [];
  /** States, by where each mention starts. */
  private states = new Map<number, Place>();

  constructor(entities: LocalEntity[]) {
    // Only places below the level of a state: "a visit to Russia" does not say where the talks were.
    for (const e of entities) if (e.type === 'location') for (const m of e.mentions) this.places.push({ start: m.cleanStart, end: m.cleanEnd, name: e.name });
    // (by its name: "talks in the Indian capital" name no state as the place)
    for (const e of entities) if (e.type === 'country') for (const m of e.mentions) if (countryCode(m.text, false)) this.states.set(m.cleanStart, { start: m.cleanStart, end: m.cleanEnd, name: e.name });
    this.places.sort((a, b) => a.start - b.start);
  }

  /** A state named right after a meeting noun ending at `atEnd` ("our gathering in Samoa"): where it was held. */
  stateRightAfter(text: string, atEnd: number): string | null {
    const gap = IN_STATE.exec(text.slice(atEnd, atEnd + 12));
    return gap ? this.states.get(atEnd + gap[0].length)?.name ?? null : null;
  }

  /** The place introduced by a cue word in [from, to), nearest to `at`. */
  find(text: string, from: number, to: number, at: number): string | null {
    let best: Place | null = null;
    let lo = 0, hi = this.places.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.places[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.places.length && this.places[i].start < to; i++) {
      const p = this.places[i];
      if (!PLACE_CUE.test(text.slice(Math.max(from, p.start - 12), p.start))) continue;
      if (!best || Math.abs(p.start - at) < Math.abs(best.start - at)) best = p;
    }
    return best?.name ?? null;
  }
}

export interface Dateline {
  place: string;
  date: DateValue;
  evidence: Span | null;
}

const MONTH_DATE = /,\s*([A-Z][\p{L} .'’-]{1,40}?),\s*((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}?,?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$/u;

/** A wire dateline opening the text: "BRUSSELS (April 4, 2023) — …", "Nairobi, 1 March 2024 - …". */
const OPENING_DATELINE = /^\s*[A-Z][\p{L} .'’-]{1,40}?\s*(?:\(|,)\s*((?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+)\s+\d{4})\)?\s*[-—–:]/u;

/**
 * The day a text's opening dateline gives, for a document whose publication date was not found:
 * the reference its relative dates ("on Tuesday") are read against.
 */
export function openingDatelineDate(text: string): DateValue | null {
  const m = OPENING_DATELINE.exec(text.slice(0, 160));
  if (!m) return null;
  return statedDay(m[1]);
}

/** The day a date written in full gives ("April 4, 2023", "1 March 2024"), or null. */
function statedDay(words: string): DateValue | null {
  const c = dayDates.parse(words, new Date(Date.UTC(2000, 0, 1)))[0]?.start;
  if (!c || !c.isCertain('year') || !c.isCertain('day')) return null;
  return { value: `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`, precision: 'day' };
}

/** "Press statements by … in Brasília on 30 January 2023": the place and day a title ends with, told in words. */
const IN_PLACE_ON_DATE = /\bin\s+([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,2}),?\s+on\s+((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}?,?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$/u;

/** "Transcript of joint press conference: Canberra: 5 May 2010: trade; climate": the place and day between a title's colons. */
const COLON_PLACE_DATE = /:\s*([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,2})\s*:\s*((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}?,?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*(?::|$)/u;

/** The place and date a transcript's title ends with (or sets between colons), and where in the original they are. */
export function datelineOf(ctx: AnnotateContext): Dateline | null {
  const { title, titleRange } = ctx.doc;
  if (!title) return null;
  const m = title.match(MONTH_DATE) ?? title.match(IN_PLACE_ON_DATE) ?? title.match(COLON_PLACE_DATE);
  if (!m) return null;
  const date = statedDay(m[2]);
  if (!date) return null;
  let evidence: Span | null = null;
  if (titleRange && ctx.doc.format === 'text' && ctx.doc.original.slice(titleRange.start, titleRange.end) === title) {
    const start = titleRange.start + m.index! + m[0].indexOf(m[2]);
    evidence = { doc: ctx.doc.id, start, end: start + m[2].length, text: m[2] };
  }
  return { place: m[1].trim(), date, evidence };
}
