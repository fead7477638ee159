// The zoomable time axis: d3 scales, axis and zoom over SVG. An event of day precision is a dot; one
// known only to the month or year is a bar over that period, so the chart never claims a day it lacks.
import { axisBottom } from 'd3-axis';
import { scaleTime, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { h } from '../dom';
import type { TimelinePoint } from '../types';
import { fitDomain, period } from '../timeline-axis';

const MARGIN = { left: 24, right: 24, top: 12, bottom: 28 };
const LANE = 15;
const MAX_LANES = 10;
const DOT = 5;

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
export function drawChart(box: HTMLElement, events: TimelinePoint[], on: { onOpen(id: string): void; onRange(from: Date, to: Date): void }, options: { all?: boolean } = {}): void {
  const width = Math.max(box.clientWidth || 1100, 400);
  const fit = fitDomain(events);
  const outside = new Set(options.all ? [] : fit.outside);
  let { first, last } = fit;
  if (options.all)
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
    fit.outside.length
      ? h('span', { class: 'chart-outliers' }, ' · ',
          options.all
            ? h('button', { type: 'button', class: 'linklike', click: () => drawChart(box, events, on) }, 'fit the axis to most events')
            : [`${outside.size} event${outside.size === 1 ? '' : 's'} far from the rest (${[...new Set([...outside].map((ev) => ev[1].slice(0, 4)))].slice(0, 4).join(', ')}) not on the axis: `,
               h('button', { type: 'button', class: 'linklike', id: 'chart-show-outliers', click: () => drawChart(box, events, on, { all: true }) }, 'include them')])
      : null,
  );
  box.replaceChildren(controls);
  const svg = select(box).append('svg').attr('width', width).attr('height', height).attr('class', 'timeline-svg');
  svg.append('rect').attr('class', 'chart-bg').attr('x', 0).attr('y', 0).attr('width', width).attr('height', height);
  const axisG = svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - MARGIN.bottom + 4})`);
  const marks = svg.append('g').attr('class', 'marks');

  let rangeTimer = 0;
  const redraw = (zx: ScaleTime<number, number>, first = false) => {
    axisG.call(axisBottom(zx).ticks(Math.max(2, Math.floor(width / 110))));
    const { placed } = place(events.filter((ev) => !outside.has(ev)), zx);
    const sel = marks.selectAll<SVGRectElement, Placed>('rect.ev').data(placed, (p) => p.ev[0]);
    const entered = sel
      .enter()
      .append('rect')
      .attr('class', (p) => `ev q${p.ev[2] ?? 0}${p.ev[3] ? ' planned' : ''}${p.ev[1].length < 10 ? ' period' : ''}`)
      .attr('data-id', (p) => p.ev[0])
      .attr('rx', DOT)
      .attr('height', 2 * DOT)
      .on('click', (_e, p) => on.onOpen(p.ev[0]));
    entered.append('title').text((p) => `${p.ev[1]} · ${p.ev[4]}${p.ev[3] ? ' (planned)' : ''}\n${p.ev[5]}`);
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
