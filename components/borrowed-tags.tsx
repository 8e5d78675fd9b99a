import type { Borrowed } from '../lib/engine/secure-score/borrowed';
import { measuredDay } from '../lib/engine/secure-score/microsoft-status';

/**
 * The tags that mark a verdict borrowed from Microsoft Secure Score (issue 12 §3): whose and when,
 * "Stale" after 7 days, and an admin's Secure Score state as an attestation. One wording for the
 * dashboard table and the popup's top improvements.
 */
export function BorrowedTags({
  borrowed,
}: {
  borrowed: Pick<Borrowed, 'measuredAt' | 'stale' | 'attestation'> | undefined;
}) {
  if (!borrowed) return null;
  return (
    <>
      <span class="tag source-tag">Microsoft · measured {measuredDay(borrowed.measuredAt)}</span>
      {borrowed.stale && (
        <span class="tag stale-tag" title="Measured more than 7 days before this scan">
          Stale
        </span>
      )}
      {borrowed.attestation && (
        <span class="tag attestation-tag" title={borrowed.attestation}>
          Microsoft attestation, not measured
        </span>
      )}
    </>
  );
}
