import { shownDay } from '../lib/engine/format/dates';
import type { TenantRow } from '../lib/messaging/partner-protocol';

const W = 96;
const H = 24;

/** A tenant's score over the 90 days before its latest scan, as a small line; its name says first → last. */
export function TenantSparkline({ points }: { points: TenantRow['sparkline'] }) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return <span class="muted">—</span>;
  const label =
    points.length === 1
      ? `Score ${last.percent}% on ${shownDay(last.at)}, one scan`
      : `Score over ${points.length} scans: ${first.percent}% on ${shownDay(first.at)} → ${last.percent}% on ${shownDay(last.at)}`;
  const t0 = Date.parse(first.at);
  const span = Date.parse(last.at) - t0 || 1;
  const xy = points.map((p) => {
    const x = points.length === 1 ? W / 2 : ((Date.parse(p.at) - t0) / span) * (W - 4) + 2;
    const y = H - 2 - (p.percent / 100) * (H - 4);
    return [x.toFixed(1), y.toFixed(1)] as const;
  });
  const [lx, ly] = xy.at(-1)!;
  return (
    <svg class="tenant-sparkline" role="img" aria-label={label} width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
      <title>{label}</title>
      <polyline
        points={xy.map(([x, y]) => `${x},${y}`).join(' ')}
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
      />
      <circle cx={lx} cy={ly} r="2.5" fill="currentColor" />
    </svg>
  );
}
