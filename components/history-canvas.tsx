/**
 * The one part of the history chart that touches uPlot and the canvas: creates the plot in its div,
 * keeps it as wide as its container, redraws in the colours of the current light or dark theme, and
 * destroys it on unmount. Everything it draws arrives through props.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { HistoryDates } from './history-dates';
import { lineStyles, type LineKey } from './history-lines';
import { lineOrder, plotData, plotOptions, chartHeight, type ChartColours } from './history-plot';
import type { ChartSeries } from './history-series';

/** The theme's colours as the page resolves them now (components/theme.css, history-chart.css). */
function readColours(el: Element): ChartColours {
  const css = getComputedStyle(el);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    lines: Object.fromEntries(
      lineOrder.map((key) => [key, read(lineStyles[key].colourVar, lineStyles[key].fallback)]),
    ) as Record<LineKey, string>,
    axis: read('--muted', '#59636e'),
    grid: read('--border', '#d1d9e0'),
    background: read('--bg', '#ffffff'),
  };
}

/** Whether the page is dark now; changes when the system's light/dark setting does. */
function useDarkScheme(): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const changed = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, [query?.media]);
  return dark;
}

export function HistoryCanvas(props: {
  series: ChartSeries;
  shown: readonly LineKey[];
  dates: HistoryDates;
  /** The hovered row's index in the series, or null when the pointer leaves. */
  onHover: (index: number | null) => void;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const onHover = useRef(props.onHover);
  onHover.current = props.onHover;
  const dark = useDarkScheme();
  const { series, shown, dates } = props;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot(
      plotOptions({
        series,
        shown,
        dates,
        colours: readColours(el),
        width: el.clientWidth || 600,
        onHover: (i) => onHover.current(i),
      }),
      plotData(series),
      el,
    );
    const resized = new ResizeObserver(() => {
      const width = el.clientWidth;
      if (width > 0 && width !== plot.width) plot.setSize({ width, height: chartHeight(width) });
    });
    resized.observe(el);
    return () => {
      resized.disconnect();
      plot.destroy();
    };
  }, [series, shown, dates, dark]);

  return <div ref={box} class="history-canvas" role="img" aria-label={props.label} />;
}
