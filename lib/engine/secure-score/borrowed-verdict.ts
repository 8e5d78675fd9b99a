import { describeReason } from '../verdict/reasons';
import type { Verdict } from '../verdict/verdict';
import { roundPoints, verdictKit } from '../verdict/verdict-kit';
import { measuredText } from './borrowed';
import { quoted } from './microsoft-state';
import { microsoftSays } from './microsoft-data';
import type { MicrosoftVerdict } from './microsoft-verdict';
import { shownPoints } from '../format/points';

/** Microsoft's fix in a verdict sentence: enough to act on; the detail shows it whole. */
const FIX_CHARS = 240;

/**
 * A control's verdict taken from Microsoft's, on `maxScore` points of ours (Microsoft's points scaled).
 * Measured points decide pass/partial/fail; an attestation is `unknown` (nothing measured the setting)
 * keeping the points Secure Score credits for it, as this project's own "resolved by third party"
 * disposition does (lib/engine/history/dispositions.ts); an unusable answer is `unknown` with no points.
 * Not for notLicensed: Microsoft doesn't decide those.
 */
export function borrowedVerdict(v: MicrosoftVerdict, maxScore: number, lead: string): Verdict {
  const evidence: Verdict['evidence'] = [
    {
      source: 'secureScores',
      id: v.profileId,
      displayName: v.title,
      fields: {
        score: v.score,
        maxScore: v.maxScore,
        createdDateTime: v.measuredAt,
        ...(v.stale ? { stale: true } : {}),
        ...(v.attestation ? { state: v.attestation.state } : {}),
        ...(v.profileModifiedAt ? { lastModifiedDateTime: v.profileModifiedAt } : {}),
      },
    },
  ];
  const when = measuredText(v.measuredAt, { ageDays: v.ageDays ?? null, stale: v.stale ?? false });
  switch (v.status) {
    case 'unknown': {
      const reason = v.unknownReason ?? { kind: 'notEvaluated' as const, why: "Couldn't decide." };
      return { status: 'unknown', score: 0, reason: describeReason(reason), evidence, unknownReason: reason };
    }
    case 'attested': {
      // A state set in Microsoft's portal is someone's word, made outside this tool's audit trail: it earns
      // nothing here (else ticking "third party" there would raise this score with nothing measured). The
      // admin can record the same decision as a disposition, which Posture Lens scores and keeps with who/when.
      const credited = v.maxScore > 0 ? roundPoints((maxScore * v.score) / v.maxScore) : 0;
      const points =
        credited > 0
          ? ` Secure Score credits ${shownPoints(credited)} of ${shownPoints(maxScore)} points for it (snapshot ${when}); Posture Lens counts none, as nothing measured the setting — record a disposition here to count it.`
          : ` It earns no points (snapshot ${when}).`;
      const why = `${v.attestation?.says ?? 'Microsoft Secure Score: an attestation, not a measurement.'}${points}`;
      return { status: 'unknown', score: 0, reason: why, evidence, unknownReason: { kind: 'notEvaluated', why } };
    }
    case 'pass':
    case 'partial':
    case 'fail':
    case 'notLicensed': {
      const fraction = v.maxScore > 0 ? v.score / v.maxScore : 0;
      // What to do, in Microsoft's words, where there is something to do: a row that says only "0 of 9
      // points" leaves the admin to find the fix (issue 14 §2).
      const fix = fraction < 1 && v.remediation ? ` Microsoft's fix: ${quoted(v.remediation, FIX_CHARS)}` : '';
      return verdictKit(maxScore).partial(fraction, `${lead}, ${when}: ${microsoftSays(v)}${fix}`, evidence);
    }
  }
}
