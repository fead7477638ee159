// Option values checked where they are read, so a wrong one is a one-line usage error instead of
// a silently different answer ("--from 2021-13") or a database error ("--limit abc").
import { InvalidArgumentError, type Command } from 'commander';
import countries from 'i18n-iso-countries';
import { countryCode } from '../annotate/entities/gazetteer.js';
import { EVENT_TYPES } from '../lexicons/en/event-verbs.js';
import { KINDS } from '../ingest/sidecar.js';
import type { RecordFilter } from '../views/filters.js';
import { suggestion } from '../views/suggest.js';

/** A calendar date as YYYY, YYYY-MM or YYYY-MM-DD that exists (no month 13, no 30 February). */
export function parseIsoDate(v: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v.trim());
  const bad = () => new InvalidArgumentError('a date such as 2021, 2021-03 or 2021-03-25');
  if (!m) throw bad();
  const [, y, mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) throw bad();
  if (d) {
    const day = new Date(Date.UTC(+y, +mo - 1, +d));
    if (day.getUTCMonth() !== +mo - 1 || day.getUTCDate() !== +d) throw bad();
  }
  return v.trim();
}

/** A whole number of at least 1. */
export function parseCount(v: string): number {
  if (!/^\s*\d+\s*$/.test(v) || +v < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return +v;
}

/** An ISO 3166-1 alpha-3 code, or a country's name or demonym as the gazetteer knows them ("Russia", "Korean"). */
export function countryOf(v: string): string | null {
  if (/^[A-Za-z]{3}$/.test(v) && countries.isValid(v.toUpperCase())) return v.toUpperCase();
  return countryCode(v);
}

export function parseCountry(v: string): string {
  const code = countryOf(v);
  if (!code) throw new InvalidArgumentError('a country: an ISO 3166-1 alpha-3 code (KOR), a name (South Korea) or a demonym (Korean)');
  return code;
}

const PLOVER = EVENT_TYPES;

/** A PLOVER event type, in any case. */
export function parseEventType(v: string): string {
  const t = v.trim().toUpperCase();
  if (!(t in PLOVER)) throw new InvalidArgumentError(`a PLOVER event type (${Object.keys(PLOVER).join(', ')})${suggestion(t, Object.keys(PLOVER))}`);
  return t;
}

/** Repeatable options collect their values. */
export function collect<T>(parse: (v: string) => T): (v: string, all?: T[]) => T[] {
  return (v, all = []) => [...all, parse(v)];
}

/** What the shared filters mean on one list (the dates and kinds are always the documents'). */
export interface FilterWording {
  dates: string;
  country: string;
  person: string;
  kind: string;
}

/**
 * The record filters the lists share (timeline, docs, search, quotes, entities), each value checked
 * as it is read: --from/--to, --country (repeatable), --person (repeatable), --kind (repeatable).
 */
export function withRecordFilters(cmd: Command, wording: FilterWording): Command {
  return cmd
    .option('--from <date>', `${wording.dates} from this date (YYYY, YYYY-MM or YYYY-MM-DD)`, parseIsoDate)
    .option('--to <date>', 'up to this date, inclusive', parseIsoDate)
    .option('--country <state>', `${wording.country}: ISO 3166-1 alpha-3 code, name or demonym (repeatable)`, collect(parseCountry))
    .option('--person <name>', `${wording.person} (repeatable)`, collect(String))
    .option('--kind <kind>', `${wording.kind}: ${KINDS.join(', ')} (repeatable)`, collect(parseKind));
}

export interface RecordFilterOptions {
  from?: string;
  to?: string;
  country?: string[];
  person?: string[];
  kind?: string[];
}

export function recordFilter(opts: RecordFilterOptions): RecordFilter {
  return { from: opts.from, to: opts.to, countries: opts.country, persons: opts.person, kinds: opts.kind };
}

/** A document kind (news, readout, …). */
export function parseKind(v: string): string {
  const k = v.trim().toLowerCase().replace(/[- ]/g, '_');
  if (!(KINDS as readonly string[]).includes(k)) throw new InvalidArgumentError(`a document kind (${KINDS.join(', ')})${suggestion(k, KINDS)}`);
  return k;
}
