import type { HistoryPoint } from '../lib/engine/history/history';
import type { ScorePoint } from '../lib/engine/secure-score/microsoft-verdict';
import { categories, type Category } from '../lib/engine/verdict/status';

const W = 640;
const H = 180;
const PAD = { left: 36, right: 12, top: 10, bottom: 24 };
const COLOURS: Record<Category | 'overall' | 'microsoft', string> = {
  overall: 'var(--fg)',
  microsoft: '#00897b',
  identity: '#1a73e8',
  data: '#9334e6',
  device: '#e37400',
  apps: '#188038',
};
const LABEL: Record<Category, string> = { identity: 'Identity', data: 'Data', device: 'Device', apps: 'Apps' };

/** x by time, so gaps between scans show as gaps; y is percent. Microsoft's days widen the range. */
function scale(points: readonly HistoryPoint[], microsoft: readonly ScorePoint[] = []) {
  const times = points.map((p) => Date.parse(p.scannedAt));
  const all = [...times, ...microsoft.map((m) => Date.parse(m.date))];
  const t0 = Math.min(...all);
  const t1 = Math.max(...all);
  const x = (t: number) =>
    PAD.left + (t1 === t0 ? (W - PAD.left - PAD.right) / 2 : ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right));
  const y = (percent: number) => PAD.top + (1 - percent / 100) * (H - PAD.top - PAD.bottom);
  return { x, y, times };
}

function path(
  points: readonly HistoryPoint[],
  value: (p: HistoryPoint) => number | null,
  s: ReturnType<typeof scale>,
): string {
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    const v = value(p);
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${s.x(s.times[i]!).toFixed(1)},${s.y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** Microsoft Secure Score's daily percent as a path on the same axes. */
function microsoftPath(days: readonly ScorePoint[], s: ReturnType<typeof scale>): string {
  return days
    .map((m, i) => `${i ? 'L' : 'M'}${s.x(Date.parse(m.date)).toFixed(1)},${s.y(m.percent).toFixed(1)}`)
    .join('');
}

/**
 * Score over time, overall and per category, with the same numbers as a table for screen readers;
 * Microsoft Secure Score's daily history, when given, as a second line.
 */
export function HistoryChart({
  points,
  microsoft = [],
}: {
  points: readonly HistoryPoint[];
  microsoft?: readonly ScorePoint[];
}) {
  if (points.length === 0) return <p class="muted">No scans yet.</p>;
  const s = scale(points, microsoft);
  const shown = categories.filter((c) => points.some((p) => p.byCategory[c] !== null));
  const last = points[points.length - 1]!;
  return (
    <figure class="history">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Score history: ${points.length} scans, latest ${last.percent}%`}
      >
        {[0, 25, 50, 75, 100].map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={W - PAD.right} y1={s.y(g)} y2={s.y(g)} class="grid" />
            <text x={PAD.left - 6} y={s.y(g) + 4} text-anchor="end" class="axis">
              {g}%
            </text>
          </g>
        ))}
        {shown.map((c) => (
          <path
            key={c}
            d={path(points, (p) => p.byCategory[c], s)}
            fill="none"
            stroke={COLOURS[c]}
            stroke-width="1.5"
            stroke-dasharray="4 3"
          />
        ))}
        {microsoft.length > 0 && (
          <path d={microsoftPath(microsoft, s)} fill="none" stroke={COLOURS.microsoft} stroke-width="2" />
        )}
        <path d={path(points, (p) => p.percent, s)} fill="none" stroke={COLOURS.overall} stroke-width="2.5" />
        {points.map((p, i) => (
          <circle key={p.scannedAt} cx={s.x(s.times[i]!)} cy={s.y(p.percent)} r="3.5" fill={COLOURS.overall}>
            <title>{`${new Date(p.scannedAt).toLocaleString()}: ${p.percent}% (${p.achieved}/${p.available})`}</title>
          </circle>
        ))}
      </svg>
      <figcaption class="legend">
        <span style={{ color: COLOURS.overall }}>━ Overall</span>
        {microsoft.length > 0 && <span style={{ color: COLOURS.microsoft }}>━ Microsoft Secure Score</span>}
        {shown.map((c) => (
          <span key={c} style={{ color: COLOURS[c] }}>
            ┅ {LABEL[c]}
          </span>
        ))}
      </figcaption>
      <table class="visually-hidden">
        <caption>Score history</caption>
        <thead>
          <tr>
            <th scope="col">Scanned</th>
            <th scope="col">Overall</th>
            {shown.map((c) => (
              <th scope="col" key={c}>
                {LABEL[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.scannedAt}>
              <th scope="row">{new Date(p.scannedAt).toLocaleString()}</th>
              <td>{p.percent}%</td>
              {shown.map((c) => (
                <td key={c}>{p.byCategory[c] === null ? '—' : `${p.byCategory[c]}%`}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {microsoft.length > 0 && (
        <table class="visually-hidden">
          <caption>Microsoft Secure Score history</caption>
          <tbody>
            {microsoft.map((m) => (
              <tr key={m.date}>
                <th scope="row">{m.date}</th>
                <td>{m.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
