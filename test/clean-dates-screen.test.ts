// The cheap screen in front of the date parser must never drop a date: on every line of the real
// documents and on dates written in many styles, findExplicitDates finds what the parsers find.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { findExplicitDates, parseExplicitDates } from '../src/clean/meta/dates.js';
import { goldenDocs } from './golden/docs.js';
import { needs } from './needs.js';
import { SEEDS } from './support.js';

const WRITTEN_DATES = [
  'Brasília, 14 de março — published 3 March 2023',
  'Posted: 2022-11-15 09:30',
  'NAIROBI, Sept. 5, 2021',
  'Date: 25.03.2021',
  'Date: 22/05/2024',
  '2021/03/25',
  '2021 3 25',
  '25-03-2021 | 17:45',
  '11/2019',
  'Mar. 2020',
  'Tuesday, 12 MAY 2022 14:05 KST',
  'December 6, 20229:14 AM',
  'the second of October 2018',
];
/** Time counted from now: no date the text states, so none is found (it would be a date counted from today). */
const TIME_UNITS = ['Updated two days ago', 'Posted 3 days ago', 'The talks will resume in a week', 'three days later', '2 hours ago'];

test('every written date style is still found', () => {
  for (const line of WRITTEN_DATES) {
    assert.ok(findExplicitDates(line).length > 0, line);
    assert.deepEqual(findExplicitDates(line), parseExplicitDates(line), line);
  }
  for (const line of TIME_UNITS) {
    assert.deepEqual(findExplicitDates(line), [], line);
    assert.deepEqual(parseExplicitDates(line), [], line);
  }
});

test('lines of page furniture without a date skip the parser and find none', () => {
  for (const line of ['Views: 1234', '© 2019 Ministry of Foreign Affairs', 'Ottawa: 14:05', 'Share on X', 'Tel.: +41 58 462 31 53']) {
    assert.deepEqual(findExplicitDates(line), []);
    assert.deepEqual(parseExplicitDates(line), []);
  }
});

test('on every line of the seed and golden documents the screen changes nothing', needs('shared'), () => {
  const files = [...fs.readdirSync(SEEDS).map((f) => path.join(SEEDS, f)), ...goldenDocs().map((d) => d.source)];
  let lines = 0, dated = 0;
  for (const file of files)
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.length > 400) continue; // the parsers are slow on long lines; the cleaner asks about short ones
      const found = parseExplicitDates(line);
      assert.deepEqual(findExplicitDates(line), found, line);
      lines++;
      if (found.length) dated++;
    }
  assert.ok(lines > 300 && dated > 20, `${lines} lines, ${dated} with dates`);
});
