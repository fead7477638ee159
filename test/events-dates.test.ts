// Event date expressions: absolute ones as written, relative ones against the document's date only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/annotate/events/dates.js';
import type { DateValue } from '../src/types.js';

const day = (value: string): DateValue => ({ value, precision: 'day' });

/** The date each expression in `text` resolves to, with the words it was read from. */
function read(text: string, ref: DateValue | null, future = false) {
  return findDates(text, 0, text.length).map((d) => ({ words: text.slice(d.start, d.end), date: d.resolve(ref, future)?.value ?? null }));
}

test('relative days and weekdays resolve against the publication date', () => {
  assert.deepEqual(read('Yesterday the envoys met.', day('2021-03-25')), [{ words: 'Yesterday', date: '2021-03-24' }]);
  assert.deepEqual(read('They met in Nairobi on Thursday.', day('2021-03-26')), [{ words: 'on Thursday', date: '2021-03-25' }]);
  assert.deepEqual(read('The plan we have signed just now.', day('2019-07-02')), [{ words: 'just now', date: '2019-07-02' }]);
  // a planned meeting "on Monday" lies ahead of the report
  assert.deepEqual(read('They will meet on Monday.', day('2024-05-08'), true), [{ words: 'on Monday', date: '2024-05-13' }]);
});

test('months, seasons and years keep the precision the text gives', () => {
  assert.deepEqual(read('an accord signed last November', day('2021-03-25')), [{ words: 'last November', date: '2020-11' }]);
  assert.deepEqual(read('a forum in Lima this autumn', day('2021-03-25')), [{ words: 'this autumn', date: '2021' }]);
  assert.deepEqual(read('trade fell last year', day('2021-03-25')), [{ words: 'last year', date: '2020' }]);
  assert.deepEqual(read("Pakistan's missile test in early 2016", day('2016-06-13')), [{ words: 'early 2016', date: '2016' }]);
  assert.deepEqual(read('the summit in November 2015', null), [{ words: 'November 2015', date: '2015-11' }]);
  assert.deepEqual(read('talks on 13 June 2016 in Moscow', null), [{ words: '13 June 2016', date: '2016-06-13' }]);
  assert.deepEqual(read('they met on June 13 in Moscow', day('2016-06-14')), [{ words: 'June 13', date: '2016-06-13' }]);
});

test('without a document date, relative dates stay unresolved (never today)', () => {
  for (const text of ['Yesterday the envoys met.', 'They met on Thursday.', 'a call from 4:30 p.m. today', 'signed last November', 'they met on June 13'])
    for (const d of read(text, null)) assert.equal(d.date, null, text);
});

test('bounds, periods and other dates are not event dates', () => {
  assert.deepEqual(read('the first dialogue since 2009', day('2021-03-26')), []);
  assert.deepEqual(read('the plan of exchanges for 2021-2022', day('2021-03-25')), []);
  assert.deepEqual(read('the plan for the years 2016 and 2017', day('2016-06-13')), []);
  assert.deepEqual(read('the anniversary, which falls on September 30', day('2020-09-29')), []);
  assert.deepEqual(read('the rules may change; the second round', day('2020-09-29')), []);
});

test('a span of days gives the month it lies in', () => {
  assert.deepEqual(read('a state visit to China from April 12 to 15, 2023', null), [{ words: 'from April 12 to 15, 2023', date: '2023-04' }]);
  assert.deepEqual(read('the summit of 12-15 June 2023 in Hiroshima', null), [{ words: '12-15 June 2023', date: '2023-06' }]);
  // without its year, a day-first span is read from its first day, as chrono reads "July 18 to 20"
  assert.deepEqual(read('the envoy toured Ghana from 3 to 6 March for talks', day('2011-03-09')), [{ words: 'from 3 to 6 March', date: '2011-03-03' }]);
  assert.deepEqual(read('she will be in Europe from 28 May to 4 June', day('2011-05-20'), true), [{ words: 'from 28 May to 4 June', date: '2011-05-28' }]);
  assert.deepEqual(read('they toured Ghana from 3 to 6 March', null), [{ words: 'from 3 to 6 March', date: null }]);
});

test('"in May this year" is that month of the document\'s year', () => {
  assert.deepEqual(read('In May this year, China and Russia vetoed a draft', day('2022-10-04')), [{ words: 'May this year', date: '2022-05' }]);
  assert.deepEqual(read('In May this year, China and Russia vetoed a draft', null), [{ words: 'May this year', date: null }]);
});

test('a bare month naming an occasion ("the June trip") is the nearest such month, whatever the tense', () => {
  assert.deepEqual(read('they discussed the envoy\'s June trip to Oslo', day('2021-05-18')), [{ words: 'June', date: '2021-06' }]);
  assert.deepEqual(read('they recalled the March summit in Lima', day('2021-05-18')), [{ words: 'March', date: '2021-03' }]);
  assert.deepEqual(read('they discussed the June trip', day('2021-11-10')), [{ words: 'June', date: '2021-06' }]);
  assert.deepEqual(read('they met in June', day('2021-05-18')), [{ words: 'June', date: '2020-06' }]);
});
