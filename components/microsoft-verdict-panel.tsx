import type { ControlResult } from '../lib/engine/result';
import { measuredDay } from './microsoft-score';
import { statusLabel } from './status-label';

/**
 * Microsoft Secure Score's verdict on a control, beside ours: its points, the day it measured, its
 * state (read-only: Posture Lens never writes it back), and why the two differ when they do.
 */
export function MicrosoftVerdictPanel({ result }: { result: ControlResult }) {
  const m = result.microsoft;
  if (!m) return null;
  const ownedByMicrosoft = result.source === 'microsoft';
  return (
    <section class="microsoft-verdict" aria-label="Microsoft Secure Score's verdict">
      <h4>{ownedByMicrosoft ? 'Decided by Microsoft Secure Score' : 'Microsoft Secure Score says'}</h4>
      <p>
        {statusLabel[m.status]} · {m.score} of {m.maxScore} points · measured{' '}
        <time dateTime={m.measuredAt}>{measuredDay(m.measuredAt)}</time>
        <span class="muted"> · {m.title}</span>
      </p>
      {m.implementationStatus && <p class="muted">{m.implementationStatus}</p>}
      {m.difference && (
        <p class="difference" role="note">
          <strong>Differs from Posture Lens.</strong> {m.difference.explanation}
        </p>
      )}
      {m.state && (
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
