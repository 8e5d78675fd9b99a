import { comparisonLabel, similarOrganisations } from '../lib/engine/secure-score/comparison-label';
import type { MicrosoftSection } from '../lib/engine/secure-score/microsoft-verdict';
import { measuredDay as engineMeasuredDay } from '../lib/engine/secure-score/microsoft-status';
import { shownPoints, wholePoints } from '../lib/engine/format/points';

/**
 * "2026-11-23T06:00:00Z" → "23 Nov 2026", the day Microsoft measured, in UTC as the tags, the reasons and
 * the CLI write it (the viewer's zone could name another day, east of UTC, beside them).
 */
export const measuredDay = engineMeasuredDay;

/** "Microsoft added N controls (+X points)", listing them, when the profile list grew since the last scan. */
export function NewMicrosoftControls({ microsoft }: { microsoft: MicrosoftSection }) {
  if (!microsoft.available || microsoft.newControls.length === 0) return null;
  const n = microsoft.newControls.length;
  return (
    <details class="new-controls">
      <summary>
        Microsoft added {n} {n === 1 ? 'control' : 'controls'} (+{wholePoints(microsoft.newPoints)} points)
      </summary>
      <ul>
        {microsoft.newControls.map((c) => (
          <li key={c.profileId}>
            {c.title} <span class="muted">· {shownPoints(c.maxScore)} points</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Microsoft Secure Score beside ours: its own percent and points, the date it measured, and how
 * similar organisations score. Without SecurityEvents.Read.All it says so and offers consent.
 */
export function MicrosoftScore({
  microsoft,
  onConsent,
}: {
  microsoft: MicrosoftSection | undefined;
  /** Asks for the missing permission (the sign-in's consent flow); without it, only the sentence shows. */
  onConsent?: () => void;
}) {
  if (!microsoft) return null;
  if (!microsoft.available) {
    return (
      <section class="microsoft-score unavailable" aria-label="Microsoft Secure Score">
        <p>
          <strong>Microsoft Secure Score:</strong> {microsoft.why}.
          {microsoft.permission && ' Posture Lens shows only its own verdicts until it is granted.'}
        </p>
        {microsoft.permission && onConsent && (
          <button type="button" onClick={onConsent}>
            Grant consent
          </button>
        )}
      </section>
    );
  }
  const similar = similarOrganisations(microsoft.comparisons);
  return (
    <section class="microsoft-score" aria-label="Microsoft Secure Score">
      <p>
        <strong>Microsoft Secure Score {microsoft.percent}%</strong> · {wholePoints(microsoft.currentScore)} of{' '}
        {wholePoints(microsoft.maxScore)} points · measured{' '}
        <time dateTime={microsoft.measuredAt}>{measuredDay(microsoft.measuredAt)}</time>
        {microsoft.stale && (
          <>
            {' '}
            <span class="tag stale-tag">
              Stale: {microsoft.ageDays ?? 'an unknown number of'} days before this scan
            </span>
          </>
        )}
      </p>
      {similar && (
        <p class="muted">
          Average for {comparisonLabel(similar.basis)}: {similar.percent}%
        </p>
      )}
      <NewMicrosoftControls microsoft={microsoft} />
    </section>
  );
}
