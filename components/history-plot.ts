/**
 * uPlot's options and data for the history chart, built from shaped series and resolved colours, so
 * the component that owns the canvas stays thin and the choices here can be read and tested.
 */
import type uPlot from 'uplot';
import { categories } from '../lib/engine/verdict/status';
import type { HistoryDates } from './history-dates';
import { lineStyles, type LineKey } from './history-lines';
import { DAY_MS, type ChartSeries } from './history-series';

/** Every line, in the order of uPlot's series after x. */
export const lineOrder: readonly LineKey[] = ['lens', 'microsoft', ...categories];

/** Colours read from the page's custom properties, so light and dark each get theirs. */
export interface ChartColours {
  readonly lines: Readonly<Record<LineKey, string>>;
  readonly axis: string;
  readonly grid: string;
  readonly background: string;
}

const DAY = DAY_MS / 1000;
// Tick steps in seconds: never less than a day, so a short history isn't labelled "4 Dec" four times.
// uPlot aligns steps of 30 days and more to month starts.
const X_STEPS = [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 60 * DAY, 90 * DAY, 180 * DAY, 365 * DAY];

/** The chart's height for a width: wide enough to read the slope, short enough to keep the page moving. */
export const chartHeight = (width: number): number => Math.round(Math.min(260, Math.max(180, width * 0.4)));

export function plotData(series: ChartSeries): uPlot.AlignedData {
  return [series.x, series.lens, series.microsoft, ...categories.map((c) => series.byCategory[c])];
}

export function plotOptions(opts: {
  series: ChartSeries;
  shown: readonly LineKey[];
  colours: ChartColours;
  dates: HistoryDates;
  width: number;
  onHover: (index: number | null) => void;
}): uPlot.Options {
  const { colours, dates } = opts;
  const axis = {
    stroke: colours.axis,
    grid: { stroke: colours.grid, width: 1 },
    ticks: { stroke: colours.grid, width: 1, size: 4 },
    font: '12px system-ui, sans-serif',
  };
  return {
    width: opts.width,
    height: chartHeight(opts.width),
    legend: { show: false },
    // The range picker chooses the window; a drag-to-zoom on top of it would only confuse.
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 9 } },
    scales: {
      x: { time: true, range: () => [opts.series.xRange[0], opts.series.xRange[1]] },
      y: { range: [0, 100] },
    },
    axes: [
      {
        ...axis,
        space: 64,
        incrs: X_STEPS,
        values: (_u, splits, _i, _space, step) => splits.map((s) => dates.tick(s * 1000, step >= 28 * DAY)),
      },
      { ...axis, size: 44, splits: () => [0, 25, 50, 75, 100], values: (_u, splits) => splits.map((v) => `${v}%`) },
    ],
    series: [
      {},
      ...lineOrder.map((key): uPlot.Series => {
        const style = lineStyles[key];
        const stroke = colours.lines[key];
        return {
          label: style.label,
          show: opts.shown.includes(key),
          stroke,
          width: style.width,
          dash: [...style.dash],
          // Rows a line has nothing for are undefined and spanned; null is a real gap and breaks it.
          spanGaps: false,
          // Our scans are the point of the chart: always marked, so a lone scan is a visible dot.
          points: key === 'lens' ? { show: true, size: 7, fill: stroke, stroke } : { fill: colours.background },
        };
      }),
    ],
    hooks: {
      setCursor: [(u) => opts.onHover(u.cursor.idx ?? null)],
    },
  };
}
