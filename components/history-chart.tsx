import { useMemo, useState } from 'preact/hooks';
import type { HistoryPoint } from '../lib/engine/history/history';
import type { ScorePoint } from '../lib/engine/secure-score/microsoft-verdict';
import { HistoryCanvas } from './history-canvas';
import './history-chart.css';
import { historyDates, type HistoryDates } from './history-dates';
import { lineStyles, rowsOnLines, rowSummary, type LineKey } from './history-lines';
import {
  categoriesIn,
  chartSeries,
  defaultRange,
  historyRanges,
  historyRows,
  rowsInRange,
  type HistoryRange,
} from './history-series';
import { HistoryTable } from './history-table';

const browserDates = historyDates();
const NO_DAYS: readonly ScorePoint[] = [];
const rangeLabel = (r: HistoryRange): string => (r === 'all' ? 'All' : `${r} days`);

/** A legend entry: the line's own stroke beside its name, pressed while the line is drawn. */
function LineToggle(props: { line: LineKey; pressed: boolean; onToggle: () => void }) {
  const style = lineStyles[props.line];
  return (
    <button type="button" class="line-toggle" aria-pressed={props.pressed} onClick={props.onToggle}>
      <svg width="28" height="10" aria-hidden="true">
        <line
          x1="1"
          x2="27"
          y1="5"
          y2="5"
          style={{ stroke: `var(${style.colourVar}, ${style.fallback})` }}
          stroke-width={style.width}
          stroke-dasharray={style.dash.join(' ') || undefined}
        />
      </svg>
      {style.label}
    </button>
  );
}

/**
 * Score over time on a dated axis: Posture Lens' scans, Microsoft Secure Score's days, and each
 * category on request; a range picker, a hover reading, and the same numbers as a table.
 */
export function HistoryChart(props: {
  points: readonly HistoryPoint[];
  microsoft?: readonly ScorePoint[];
  /** The reader's date formats; tests pin locale and time zone. */
  dates?: HistoryDates;
}) {
  const { points } = props;
  const microsoft = props.microsoft?.length ? props.microsoft : NO_DAYS;
  const dates = props.dates ?? browserDates;
  const rows = useMemo(() => historyRows(points, microsoft), [points, microsoft]);
  const lines = useMemo(
    (): LineKey[] => [
      'lens',
      ...(rows.some((r) => r.microsoft !== null) ? (['microsoft'] as const) : []),
      ...categoriesIn(rows),
    ],
    [rows],
  );
  const [range, setRange] = useState<HistoryRange>(() => defaultRange(rows));
  // Category lines start hidden: two lines read at a glance, six don't.
  const [toggled, setToggled] = useState<readonly LineKey[]>(['lens', 'microsoft']);
  const [hovered, setHovered] = useState<number | null>(null);
  const shown = useMemo(() => lines.filter((l) => toggled.includes(l)), [lines, toggled]);
  const inRange = useMemo(() => rowsInRange(rows, range), [rows, range]);
  const drawn = useMemo(() => rowsOnLines(inRange, shown), [inRange, shown]);
  const series = useMemo(() => chartSeries(drawn), [drawn]);

  const last = points.at(-1);
  if (!last) return <p class="muted">No scans yet.</p>;
  const hoveredRow = hovered === null ? undefined : drawn[hovered];
  const newest = drawn.at(-1);
  const reading = hoveredRow
    ? rowSummary(hoveredRow, shown, dates)
    : newest
      ? `Latest: ${rowSummary(newest, shown, dates)}`
      : 'Choose a line to show.';
  // A new range or line set redraws the chart: the hover reading starts again from the newest row.
  const pickRange = (r: HistoryRange) => {
    setHovered(null);
    setRange(r);
  };
  const toggle = (line: LineKey) => {
    setHovered(null);
    setToggled((t) => (t.includes(line) ? t.filter((l) => l !== line) : [...t, line]));
  };
  return (
    <figure class="history">
      <div class="history-controls">
        <div role="group" aria-label="Range" class="history-ranges">
          {historyRanges.map((r) => (
            <button type="button" key={r} aria-pressed={r === range} onClick={() => pickRange(r)}>
              {rangeLabel(r)}
            </button>
          ))}
        </div>
        <div role="group" aria-label="Lines" class="history-lines">
          {lines.map((l) => (
            <LineToggle key={l} line={l} pressed={shown.includes(l)} onToggle={() => toggle(l)} />
          ))}
        </div>
      </div>
      <p class="history-reading">{reading}</p>
      {drawn.length > 0 && (
        <HistoryCanvas
          series={series}
          shown={shown}
          dates={dates}
          onHover={setHovered}
          label={`Score history: ${points.length} scan${points.length === 1 ? '' : 's'}, latest ${last.percent}%`}
        />
      )}
      <HistoryTable
        rows={inRange}
        microsoft={lines.includes('microsoft')}
        categories={categoriesIn(rows)}
        caption={range === 'all' ? 'Score history, all of it' : `Score history, last ${range} days`}
        dates={dates}
      />
    </figure>
  );
}
