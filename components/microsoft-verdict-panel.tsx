import type { ControlResult } from '../lib/engine/verdict/result';
import { STALE_AFTER_DAYS } from '../lib/engine/secure-score/borrowed';
import { measuredDay } from './microsoft-score';
import { microsoftStatusLabel } from './microsoft-status-label';
import { shownPoints } from '../lib/engine/format/points';

/**
 * Microsoft Secure Score's verdict on a control, beside ours: its points, the day it measured (marked
 * stale when that was more than 7 days before the scan), a state an admin set in Secure Score shown as
 * the attestation it is (read-only: Posture Lens never writes it back), and why the two differ.
 */
export function MicrosoftVerdictPanel({ result }: { result: ControlResult }) {
  const m = result.microsoft;
  if (!m) return null;
  const ownedByMicrosoft = result.source === 'microsoft';
  return (
    <section class="microsoft-verdict" aria-label="Microsoft Secure Score's verdict">
      <h4>{ownedByMicrosoft ? 'Decided by Microsoft Secure Score' : 'Microsoft Secure Score says'}</h4>
      <p>
        {microsoftStatusLabel(m.status)} ·{' '}
        {m.status === 'notLicensed'
          ? '— not scored by Microsoft for this tenant'
          : `${shownPoints(m.score)} of ${shownPoints(m.maxScore)} points`}{' '}
        · measured <time dateTime={m.measuredAt}>{measuredDay(m.measuredAt)}</time>
        {m.stale && (
          <>
            {' '}
            <span class="tag stale-tag">
              Stale: measured {m.ageDays ?? 'an unknown number of'} days before this scan (more than {STALE_AFTER_DAYS})
            </span>
          </>
        )}
        <span class="muted"> · {m.title}</span>
      </p>
      {m.attestation && (
        <p class="attestation" role="note">
          {m.attestation.says}
        </p>
      )}
      {m.implementationStatus && <p class="muted">Microsoft's status text: “{m.implementationStatus}”</p>}
      {m.difference && (
        <p class="difference" role="note">
          <strong>Differs from Posture Lens.</strong> {m.difference.explanation}
        </p>
      )}
      {m.state && !m.attestation && (
        <p class="muted">
          Marked “{m.state.state}” in Secure Score
          {m.state.updatedBy && ` by ${m.state.updatedBy}`}
          {m.state.updatedDateTime && ` on ${measuredDay(m.state.updatedDateTime)}`}
          {m.state.comment && `: ${m.state.comment}`} (read-only here).
        </p>
      )}
      {ownedByMicrosoft && m.remediation && (
        <>
          <h4>How to fix it (Microsoft)</h4>
          <p>{m.remediation}</p>
          {m.remediationImpact && <p class="muted">Effect on users, in Microsoft's words: {m.remediationImpact}</p>}
        </>
      )}
      {ownedByMicrosoft && (m.tier || m.threats) && (
        <p class="muted">
          {m.tier && `Tier: ${m.tier}`}
          {m.tier && m.threats && ' · '}
          {m.threats && `Threats: ${m.threats.join(', ')}`}
        </p>
      )}
    </section>
  );
}
