// The timeline's time axis as numbers (no DOM): the period a date stands for, and the span the axis
// fits. Kept apart from the chart so the rule can be tested without a browser.
import type { TimelinePoint } from '../../src/views/web-timeline.js';

/** The period a date of some precision stands for, [start, end) in UTC. */
export function period(date: string): [Date, Date] {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return [new Date(Date.UTC(y, m - 1, d)), new Date(Date.UTC(y, m - 1, d + 1))];
  if (m) return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))];
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y + 1, 0, 1))];
}

/**
 * The dates the axis spans: all the events', but for far outliers — a date decades from the rest
 * (a history paragraph, a misread year) would squeeze every other event into a sliver. An event is
 * far when it lies beyond three interquartile ranges of the events' dates (and a year) from the middle half.
 */
export function fitDomain(events: TimelinePoint[]): { first: number; last: number; outside: TimelinePoint[] } {
  const starts = events.map((ev) => period(ev[1])[0].getTime()).sort((a, b) => a - b);
  const q = (f: number) => starts[Math.min(starts.length - 1, Math.floor(f * (starts.length - 1)))];
  const iqr = q(0.75) - q(0.25);
  const slack = 3 * iqr + 365 * 86_400_000;
  const lo = q(0.25) - slack;
  const hi = q(0.75) + slack;
  let first = Infinity;
  let last = -Infinity;
  const outside: TimelinePoint[] = [];
  for (const ev of events) {
    const [a, b] = period(ev[1]);
    if (starts.length >= 8 && (a.getTime() < lo || a.getTime() > hi)) {
      outside.push(ev);
      continue;
    }
    first = Math.min(first, a.getTime());
    last = Math.max(last, b.getTime());
  }
  return { first, last, outside };
}

