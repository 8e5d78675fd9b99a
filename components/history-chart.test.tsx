import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type uPlot from 'uplot';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { HistoryPoint } from '../lib/engine/history/history';
import type { ScorePoint } from '../lib/engine/secure-score/microsoft-verdict';
import { HistoryChart } from './history-chart';
import { historyDates } from './history-dates';

// happy-dom has no canvas: uPlot is replaced by a recorder of what the chart asked it to draw.
const plots = vi.hoisted(() => [] as { opts: uPlot.Options; data: uPlot.AlignedData; destroyed: boolean }[]);
vi.mock('uplot', () => ({
  default: class {
    width = 600;
    record: (typeof plots)[number];
    constructor(opts: uPlot.Options, data: uPlot.AlignedData) {
      this.record = { opts, data, destroyed: false };
      plots.push(this.record);
    }
    destroy() {
      this.record.destroyed = true;
    }
    setSize() {}
  },
}));

const DAY = 86_400_000;
const NEWEST = Date.parse('2026-12-04T23:45:00Z');
const dates = historyDates({ locale: 'en-GB', timeZone: 'UTC' });
/** A scan every 5 days for 200 days, rising from 22% to 61%. */
const scans: HistoryPoint[] = Array.from({ length: 40 }, (_, i) => ({
  scannedAt: new Date(NEWEST - (39 - i) * 5 * DAY).toISOString(),
  percent: 22 + i,
  achieved: 22 + i,
  available: 100,
  byCategory: { identity: 30 + i, data: null, device: 10, apps: 50 },
}));
/** Microsoft's daily score for the 90 days up to 12 days before our newest scan. */
const microsoft: ScorePoint[] = Array.from({ length: 90 }, (_, i) => ({
  date: new Date(NEWEST - (101 - i) * DAY).toISOString().slice(0, 10),
  currentScore: 40,
  maxScore: 100,
  percent: 40 + (i % 3),
}));

const latestPlot = () => plots.filter((p) => !p.destroyed).at(-1)!;
const shownLines = () =>
  latestPlot()
    .opts.series.slice(1)
    .filter((s) => s.show)
    .map((s) => s.label);
const tableRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

beforeEach(() => {
  plots.length = 0;
});
afterEach(cleanup);

describe('the score history chart', () => {
  test('opens on the last 90 days, drawing Posture Lens and Microsoft, with the same rows in the table', () => {
    render(<HistoryChart points={scans} microsoft={microsoft} dates={dates} />);
    expect(pressed('90 days')).toBe('true');
    expect(pressed('All')).toBe('false');
    expect(shownLines()).toEqual(['Posture Lens', 'Microsoft Secure Score']);
    const [x] = latestPlot().data;
    expect(Math.min(...x) * 1000).toBeGreaterThanOrEqual(NEWEST - 90 * DAY);
    // 19 scans, and the 63 days in range Microsoft measured without one of ours; newest first.
    expect(tableRows()).toHaveLength(19 + 63);
    const cells = within(tableRows()[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(tableRows()[0]!.firstElementChild!.textContent).toBe('4 Dec 2026, 23:45 UTC');
    // Posture Lens, Microsoft (not measured that day), Identity, Device, Apps; Data never had points.
    expect(cells).toEqual(['61%', '—', '69%', '10%', '50%']);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Score history: 40 scans, latest 61%');
  });

  test('a shorter range redraws with fewer points and the table follows', () => {
    render(<HistoryChart points={scans} microsoft={microsoft} dates={dates} />);
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(pressed('30 days')).toBe('true');
    expect(plots.filter((p) => p.destroyed)).toHaveLength(1);
    // 7 scans and 15 days of Microsoft's.
    expect(latestPlot().data[0]).toHaveLength(22);
    expect(tableRows()).toHaveLength(22);
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    // Every scan, and Microsoft's 90 days less the 18 that fell on a scan's day.
    expect(tableRows()).toHaveLength(40 + 72);
  });

  test('category lines start off and toggle from their legend entry', () => {
    render(<HistoryChart points={scans} microsoft={microsoft} dates={dates} />);
    // Data has no points in any scan: it has no line to offer.
    expect(screen.queryByRole('button', { name: 'Data' })).toBeNull();
    expect(pressed('Identity')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Identity' }));
    expect(pressed('Identity')).toBe('true');
    expect(shownLines()).toEqual(['Posture Lens', 'Microsoft Secure Score', 'Identity']);
    fireEvent.click(screen.getByRole('button', { name: 'Microsoft Secure Score' }));
    expect(shownLines()).toEqual(['Posture Lens', 'Identity']);
    // Without Microsoft's line, its days are no longer points to hover.
    expect(latestPlot().data[0]).toHaveLength(19);
  });

  test('hovering reads out the date and the scores; leaving returns to the newest', async () => {
    const { container } = render(<HistoryChart points={scans} microsoft={microsoft} dates={dates} />);
    const hover = (idx: number | null) =>
      act(() => latestPlot().opts.hooks!.setCursor![0]!({ cursor: { idx } } as uPlot));
    const reading = () => container.querySelector('.history-reading')!.textContent;
    expect(reading()).toBe('Latest: 4 Dec 2026, 23:45 UTC · Posture Lens 61%');
    const x = latestPlot().data[0];
    const idx = x.findIndex((t) => t * 1000 === Date.parse(scans[30]!.scannedAt));
    await hover(idx);
    expect(reading()).toBe(`${dates.moment(Date.parse(scans[30]!.scannedAt))} · Posture Lens 52% · Microsoft 42%`);
    await hover(latestPlot().data[1]!.findIndex((v) => v === undefined));
    expect(reading()).toMatch(/^\d+ \w+ 2026 · Microsoft 4\d%$/);
    await hover(null);
    expect(reading()).toBe('Latest: 4 Dec 2026, 23:45 UTC · Posture Lens 61%');
  });

  test('a lone scan is a marked point a day inside each edge', () => {
    render(<HistoryChart points={[scans[39]!]} dates={dates} />);
    expect(pressed('All')).toBe('true');
    const { opts, data } = latestPlot();
    expect(data[1]).toEqual([61]);
    const range = opts.scales!.x!.range as () => [number, number];
    expect(range()).toEqual([NEWEST / 1000 - 86_400, NEWEST / 1000 + 86_400]);
    expect((opts.series[1]!.points as uPlot.Series.Points).show).toBe(true);
    expect(screen.queryByRole('button', { name: 'Microsoft Secure Score' })).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Score history: 1 scan, latest 61%');
  });

  test('no scans, no chart', () => {
    render(<HistoryChart points={[]} microsoft={microsoft} dates={dates} />);
    expect(screen.getByText('No scans yet.')).toBeTruthy();
    expect(plots).toHaveLength(0);
  });
});

describe('the chart follows the system theme', () => {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  beforeEach(() => {
    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      media: '(prefers-color-scheme: dark)',
      addEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.add(f),
      removeEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.delete(f),
    }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('redraws when dark mode switches, and leaves nothing behind on unmount', async () => {
    const { unmount } = render(<HistoryChart points={scans} microsoft={microsoft} dates={dates} />);
    expect(plots).toHaveLength(1);
    await act(() => listeners.forEach((f) => f({ matches: true })));
    expect(plots).toHaveLength(2);
    expect(plots[0]!.destroyed).toBe(true);
    await act(() => {
      unmount();
    });
    expect(plots.every((p) => p.destroyed)).toBe(true);
    expect(listeners.size).toBe(0);
  });
});
