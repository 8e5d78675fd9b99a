/**
 * The history chart's lines: how each is named and drawn (the legend draws the same stroke), and the
 * one-line reading of a row the chart shows on hover.
 */
import type { Category } from '../lib/engine/verdict/status';
import type { HistoryDates } from './history-dates';
import type { HistoryRow } from './history-series';

export type LineKey = 'lens' | 'microsoft' | Category;

export interface LineStyle {
  /** In the legend and the table's header. */
  readonly label: string;
  /** In the hover line, where space is short. */
  readonly short: string;
  /** A custom property of components/history-chart.css, so light and dark each get their colour. */
  readonly colourVar: string;
  /** Used where the custom property can't be read. */
  readonly fallback: string;
  readonly width: number;
  /** Canvas line dash in CSS pixels; empty for a solid line. A second cue beside colour. */
  readonly dash: readonly number[];
}

export const lineStyles: Readonly<Record<LineKey, LineStyle>> = {
  lens: {
    label: 'Posture Lens',
    short: 'Posture Lens',
    colourVar: '--chart-lens',
    fallback: '#1a73e8',
    width: 2.5,
    dash: [],
  },
  microsoft: {
    label: 'Microsoft Secure Score',
    short: 'Microsoft',
    colourVar: '--chart-microsoft',
    fallback: '#00897b',
    width: 2,
    dash: [7, 4],
  },
  identity: {
    label: 'Identity',
    short: 'Identity',
    colourVar: '--chart-identity',
    fallback: '#8e24aa',
    width: 1.5,
    dash: [2, 3],
  },
  data: { label: 'Data', short: 'Data', colourVar: '--chart-data', fallback: '#c2410c', width: 1.5, dash: [2, 3] },
  device: {
    label: 'Device',
    short: 'Device',
    colourVar: '--chart-device',
    fallback: '#6d4c41',
    width: 1.5,
    dash: [2, 3],
  },
  apps: { label: 'Apps', short: 'Apps', colourVar: '--chart-apps', fallback: '#2e7d32', width: 1.5, dash: [2, 3] },
};

/** A row's value on a line, or null where the line has none there. */
export function valueOn(row: HistoryRow, key: LineKey): number | null {
  if (key === 'lens') return row.lens;
  if (key === 'microsoft') return row.microsoft;
  return row.byCategory ? row.byCategory[key] : null;
}

/** When the row was measured: the scan's moment, or Microsoft's day. */
export const rowDate = (row: HistoryRow, dates: HistoryDates): string =>
  row.scannedAt === null ? dates.day(row.day) : dates.moment(row.time);

/** "4 Dec 2026, 23:45 · Posture Lens 62% · Microsoft 48%": the row's date and the shown lines that have a value. */
export function rowSummary(row: HistoryRow, shown: readonly LineKey[], dates: HistoryDates): string {
  const values = shown.flatMap((key) => {
    const v = valueOn(row, key);
    return v === null ? [] : [`${lineStyles[key].short} ${v}%`];
  });
  return [rowDate(row, dates), ...values].join(' · ');
}

/** The rows some shown line has a value on: hovering never lands on a row nothing is drawn for. */
export const rowsOnLines = (rows: readonly HistoryRow[], shown: readonly LineKey[]): HistoryRow[] =>
  rows.filter((r) => shown.some((key) => valueOn(r, key) !== null));
