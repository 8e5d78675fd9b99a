import type { Category } from '../lib/engine/verdict/status';
import type { HistoryDates } from './history-dates';
import { lineStyles, rowDate, valueOn, type LineKey } from './history-lines';
import type { HistoryRow } from './history-series';

const cell = (v: number | null): string => (v === null ? '—' : `${v}%`);

/**
 * The chart's numbers as a table, newest first: what a screen reader reads, and what anyone can open
 * to read exact values. Every line has its column here, shown on the chart or not.
 */
export function HistoryTable(props: {
  rows: readonly HistoryRow[];
  microsoft: boolean;
  categories: readonly Category[];
  caption: string;
  dates: HistoryDates;
}) {
  const columns: LineKey[] = ['lens', ...(props.microsoft ? (['microsoft'] as const) : []), ...props.categories];
  return (
    <details class="history-table">
      <summary>Show as table</summary>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {columns.map((key) => (
              <th scope="col" key={key}>
                {lineStyles[key].short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...props.rows].reverse().map((row) => (
            <tr key={`${row.time}|${row.scannedAt ?? ''}`}>
              <th scope="row">{rowDate(row, props.dates)}</th>
              {columns.map((key) => (
                <td key={key}>{cell(valueOn(row, key))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
