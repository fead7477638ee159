// The timeline's axis fits the events, not one far outlier (a history paragraph's year, a misread
// date): such events are counted and can be brought onto the axis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitDomain } from '../web/src/timeline-axis.js';
import type { TimelinePoint } from '../src/views/web-timeline.js';

const point = (date: string, i: number): TimelinePoint => [`ev_${i}`, date, 1, 0, 'CONSULT', 'A, B @ Somewhere'];
const year = (t: number) => new Date(t).getUTCFullYear();

test('one event decades away does not stretch the axis', () => {
  const dates = ['2021-03-02', '2021-03-09', '2021-04', '2021-05-20', '2021-06-01', '2021-07-14', '2021-09', '2021-11-30', '2022-01-12', '1953-07-27'];
  const fit = fitDomain(dates.map(point));
  assert.deepEqual(fit.outside.map((p) => p[1]), ['1953-07-27']);
  assert.equal(year(fit.first), 2021);
  assert.equal(year(fit.last), 2022);
});

test('events spread evenly over decades all stay on the axis, and so do a few events', () => {
  const spread = Array.from({ length: 12 }, (_, i) => `${1990 + 3 * i}-01-01`);
  assert.deepEqual(fitDomain(spread.map(point)).outside, []);
  assert.deepEqual(fitDomain(['1950', '2021-03-02', '2021-04-01'].map(point)).outside, [], 'too few events to call one far');
});
