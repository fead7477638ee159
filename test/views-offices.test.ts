// What `who` shows of a person's roles: one line per office, its first and last dates, the
// documents behind it — not one line per document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeRoles } from '../src/views/entities.js';

const role = (title: string, country: string | null, date: string | null, source: string) => ({ title, country, date, source, doc: source });

test('a title without a state is the office of the person\'s own state, seen from its first to its last date', () => {
  const offices = mergeRoles(
    [
      role('President', 'USA', '2022-04-10', 'readout-a.txt'),
      role('President', null, '2022-04-11', 'remarks-b.txt'),
      role('President', 'USA', '2023-09-25', 'statement-c.txt'),
      role('Vice President', 'USA', '2012-05-01', 'old-d.txt'),
    ],
    'USA',
  );
  assert.deepEqual(offices.map((o) => [o.title, o.country, o.first, o.last, o.sources.length]), [
    ['President', 'USA', '2022-04-10', '2023-09-25', 3],
    ['Vice President', 'USA', '2012-05-01', '2012-05-01', 1],
  ]);
  assert.equal(offices[0].sources[0], 'statement-c.txt', 'latest document first');
});

test('the same title for another state, or an undated one, stays its own line', () => {
  const offices = mergeRoles([role('Ambassador', 'FRA', '2019-03-02', 'a.txt'), role('Ambassador', 'DEU', null, 'b.txt'), role('ambassador', null, null, 'c.txt')], null);
  assert.equal(offices.length, 3);
  assert.deepEqual(offices.find((o) => o.country === 'DEU')!.first, null);
});
