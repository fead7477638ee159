// Option values checked where they are read, so a wrong one is a one-line usage error instead of
// a silently different answer ("--from 2021-13") or a database error ("--limit abc").
import { InvalidArgumentError } from 'commander';
import countries from 'i18n-iso-countries';
import { countryCode } from '../annotate/entities/gazetteer.js';
import type { PloverType } from '../lexicons/event-verbs.js';
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

const PLOVER: { [type in PloverType]: true } = {
  AGREE: true, CONSULT: true, SUPPORT: true, CONCEDE: true, COOPERATE: true, AID: true, RETREAT: true, REQUEST: true,
  ACCUSE: true, REJECT: true, THREATEN: true, PROTEST: true, SANCTION: true, MOBILIZE: true, COERCE: true, ASSAULT: true,
};

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
