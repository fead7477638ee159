// The zoomable time axis: d3 scales, axis and zoom over SVG. An event of day precision is a dot; one
// known only to the month or year is a bar over that period, so the chart never claims a day it lacks.
import { axisBottom } from 'd3-axis';
import { scaleTime, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { h } from '../dom';
import type { TimelinePoint } from '../types';

const MARGIN = { left: 24, right: 24, top: 12, bottom: 28 };
const LANE = 15;
const MAX_LANES = 10;
const DOT = 5;

/** The period a date of some precision stands for, [start, end) in UTC. */
export function period(date: string): [Date, Date] {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return [new Date(Date.UTC(y, m - 1, d)), new Date(Date.UTC(y, m - 1, d + 1))];
  if (m) return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))];
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y + 1, 0, 1))];
}

interface Placed {
  ev: TimelinePoint;
  x0: number;
  x1: number;
  lane: number;
}

/** Greedy lanes: each event goes to the first lane free at its left edge, so dense days stack up. */
function place(events: TimelinePoint[], x: ScaleTime<number, number>): { placed: Placed[]; lanes: number } {
  const ends: number[] = [];
  const placed = events.map((ev) => {
    const [a, b] = period(ev[1]);
    const px0 = x(a);
    const isDay = ev[1].length === 10;
    const x0 = isDay ? (px0 + x(b)) / 2 - DOT : px0;
    const x1 = isDay ? x0 + 2 * DOT : Math.max(x(b), px0 + 2 * DOT);
    let lane = ends.findIndex((end) => end + 2 <= x0);
    if (lane < 0) lane = ends.length < MAX_LANES ? ends.length : ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? -Infinity, x1);
    return { ev, x0, x1, lane };
  });
  return { placed, lanes: ends.length };
}

/** Draws the points; after a zoom or pan settles, tells the page which dates are in view. */
export function drawChart(box: HTMLElement, events: TimelinePoint[], on: { onOpen(id: string): void; onRange(from: Date, to: Date): void }): void {
  const width = Math.max(box.clientWidth || 1100, 400);
  let first = Infinity;
  let last = -Infinity;
  for (const ev of events) {
    const [a, b] = period(ev[1]);
    first = Math.min(first, a.getTime());
    last = Math.max(last, b.getTime());
  }
  const pad = Math.max((last - first) * 0.03, 86_400_000 * 2);
  const x = scaleTime().domain([new Date(first - pad), new Date(last + pad)]).range([MARGIN.left, width - MARGIN.right]);
  const lanes = Math.max(3, place(events, x).lanes);
  const height = MARGIN.top + lanes * LANE + MARGIN.bottom;

  const controls = h('div', { class: 'chart-controls' },
    h('button', { type: 'button', class: 'secondary', title: 'zoom in', click: () => svg.call(zoomer.scaleBy, 2) }, '+'),
    h('button', { type: 'button', class: 'secondary', title: 'zoom out', click: () => svg.call(zoomer.scaleBy, 0.5) }, '−'),
    h('button', { type: 'button', class: 'secondary', click: () => svg.call(zoomer.transform, zoomIdentity) }, 'Show all'),
    h('span', { class: 'muted' }, ' scroll or pinch to zoom, drag to pan'),
  );
  box.replaceChildren(controls);
  const svg = select(box).append('svg').attr('width', width).attr('height', height).attr('class', 'timeline-svg');
  svg.append('rect').attr('class', 'chart-bg').attr('x', 0).attr('y', 0).attr('width', width).attr('height', height);
  const axisG = svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - MARGIN.bottom + 4})`);
  const marks = svg.append('g').attr('class', 'marks');

  let rangeTimer = 0;
  const redraw = (zx: ScaleTime<number, number>, first = false) => {
    axisG.call(axisBottom(zx).ticks(Math.max(2, Math.floor(width / 110))));
    const { placed } = place(events, zx);
    const sel = marks.selectAll<SVGRectElement, Placed>('rect.ev').data(placed, (p) => p.ev[0]);
    const entered = sel
      .enter()
      .append('rect')
      .attr('class', (p) => `ev q${p.ev[2] ?? 0}${p.ev[3] ? ' planned' : ''}${p.ev[1].length < 10 ? ' period' : ''}`)
      .attr('data-id', (p) => p.ev[0])
      .attr('rx', DOT)
      .attr('height', 2 * DOT)
      .on('click', (_e, p) => on.onOpen(p.ev[0]));
    entered.append('title').text((p) => `${p.ev[1]} · ${p.ev[4]}${p.ev[3] ? ' (planned)' : ''}`);
    entered
      .merge(sel)
      .attr('x', (p) => p.x0)
      .attr('width', (p) => p.x1 - p.x0)
      .attr('y', (p) => MARGIN.top + p.lane * LANE);
    const [a, b] = zx.domain();
    // While zooming, the list below follows once the wheel or drag pauses.
    window.clearTimeout(rangeTimer);
    if (!first) rangeTimer = window.setTimeout(() => on.onRange(a, b), 120);
  };
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 5000])
    .translateExtent([[MARGIN.left, 0], [width - MARGIN.right, height]])
    .extent([[MARGIN.left, 0], [width - MARGIN.right, height]])
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => redraw(ev.transform.rescaleX(x)));
  svg.call(zoomer);
  redraw(x, true);
}
