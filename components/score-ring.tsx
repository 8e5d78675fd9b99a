import { bandOf } from '../lib/engine/score/score-band';
import { wholePoints } from '../lib/engine/format/points';

interface Props {
  percent: number;
  achieved: number;
  available: number;
  size?: number;
}

/** The score as a ring, with its number and band spelled out for screen readers. */
export function ScoreRing({ percent, achieved, available, size = 120 }: Props) {
  const r = 52;
  const c = 2 * Math.PI * r;
  const band = bandOf(percent);
  return (
    <figure
      class="score-ring"
      aria-label={`Score ${percent}% (${band.label}): ${wholePoints(achieved)} of ${wholePoints(available)} points`}
    >
      <svg viewBox="0 0 120 120" width={size} height={size} aria-hidden="true">
        <circle cx="60" cy="60" r={r} class="ring-track" />
        <circle
          cx="60"
          cy="60"
          r={r}
          class={`ring-value band-${band.id}`}
          stroke-dasharray={`${(c * Math.min(100, Math.max(0, percent))) / 100} ${c}`}
          transform="rotate(-90 60 60)"
        />
        <text x="60" y="58" class="ring-percent" text-anchor="middle">
          {percent}%
        </text>
        <text x="60" y="80" class="ring-band" text-anchor="middle">
          {band.label}
        </text>
      </svg>
      <figcaption>
        <strong>{wholePoints(achieved)}</strong> / {wholePoints(available)} points given your licences
      </figcaption>
    </figure>
  );
}
