// chrono's strict English parser, trimmed to the parsers each caller can use. chrono runs every
// parser over the whole text; the time-of-day and relative parsers cost a third of it and give
// nothing a caller that wants a stated day (or a stated year and month) keeps.
import * as chrono from 'chrono-node';

/**
 * A parser whose readings count from the reference date and are never joined to a stated one
 * ("within two weeks"). The other relative parsers stay: chrono joins "a week after 24 February"
 * into one date (3 March), and "Wednesday, 20 December" into one too.
 */
const RELATIVE_ALONE = ['ENTimeUnitWithinFormatParser'];
/** Parsers that never read a day of the month ("10:30", "03/2021", "2021 March"). */
const NO_DAY = ['ENTimeExpressionParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser'];

function strictWithout(names: string[]): chrono.Chrono {
  const drop = new Set(names);
  const configuration = chrono.en.configuration.createConfiguration(true);
  // (a parser chrono renames in a later version is simply kept: slower, never wrong)
  configuration.parsers = configuration.parsers.filter((p) => !drop.has(p.constructor.name));
  return new chrono.Chrono(configuration);
}

/**
 * Dates with a stated day ("25 March 2021", "March 25", "2021-03-25", "25/03/2021"). Its certain
 * days are exactly chrono.strict's; a time after the date is no longer read into the date's words.
 */
export const dayDates = strictWithout([...RELATIVE_ALONE, ...NO_DAY]);

/** Dates with a stated year and month, a time after them read with them ("May 8, 2023 10:30 AM"). */
export const statedDates = strictWithout(RELATIVE_ALONE);
