// The trimmed chrono parsers read exactly the dates chrono's full strict parser reads, where it matters:
// every stated day for events, every stated year and month (with its words) for page dates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { dayDates, statedDates } from '../src/clean/meta/chrono-parsers.js';

const LINES = [
  'Foreign Minister Penny Wong met her Chinese counterpart Wang Yi in Beijing on Wednesday, 20 December 2023.',
  'The leaders spoke by telephone on March 25, 2021 at 10:30 a.m. Seoul time, two days after the talks.',
  'Published: Thursday, 25 March 2021 14:05 | Updated 3 hours ago',
  'May 8, 2023 - Ottawa, Ontario - Global Affairs Canada',
  'The summit will run from 12 to 15 April 2023, and a follow-up is planned for 03/2024.',
  'Date: 22/05/2024. Earlier talks took place on 2019-06-30 and in 2021 March; the next round is within 2 weeks.',
  'On 8 July, Prime Minister Modi arrived in Moscow; on July 9 he met President Putin at 11:00.',
  'Posted 2 days ago · 14 Sep 2022, 09:12 GMT+3 · Tue 13 Sep 2022',
  'The talks were held a week after 24 February 2022, and again three days later.',
  'The treaty signed on 24 October 1945 took effect later; see also 1/2/2020 and 2020/02/01.',
];
const ref = new Date(Date.UTC(2000, 0, 1));
/** (a day counted from the reference, "two days after", is no stated day: the callers drop it) */
const day = (rs: chrono.ParsedResult[]) =>
  rs.filter((r) => !r.tags().has('result/relativeDate') && r.start.isCertain('month') && r.start.isCertain('day')).map((r) => `${r.index} ${r.start.date().toISOString().slice(0, 10)} ${r.start.isCertain('year')}`);
const stated = (rs: chrono.ParsedResult[]) =>
  rs.filter((r) => !r.tags().has('result/relativeDate') && r.start.isCertain('year') && r.start.isCertain('month')).map((r) => `${r.index}+${r.text.length} ${r.start.get('year')}-${r.start.get('month')}-${r.start.isCertain('day') ? r.start.get('day') : ''}`);

test('dayDates finds every stated day chrono.strict finds, at the same place', () => {
  let found = 0;
  for (const line of LINES) {
    const full = day(chrono.strict.parse(line, ref));
    assert.deepEqual(day(dayDates.parse(line, ref)), full, line);
    found += full.length;
  }
  assert.ok(found >= 12, `the lines hold stated days (${found})`);
});

test('statedDates reads every stated year and month chrono.strict reads, with the same words', () => {
  for (const line of LINES) assert.deepEqual(stated(statedDates.parse(line)), stated(chrono.strict.parse(line)), line);
});

test('the trimmed parsers do less: a time of day and "within" alone are not read', () => {
  const line = 'We met at 10:30 and will meet again within two weeks.';
  assert.equal(dayDates.parse(line, ref).length, 0);
  assert.equal(statedDates.parse(line, ref).length, 1);
  assert.equal(chrono.strict.parse(line, ref).length, 2);
});
