import type { DisposedScan } from '../history/dispositions';
import { rankedImprovements } from '../score/improvements';
import { outOfScoreWhy } from '../score/score';
import { borrowedOf } from '../secure-score/borrowed';
import { kindOf } from '../verdict/review-spec';
import type { MicrosoftSection } from '../secure-score/microsoft-verdict';

/**
 * The scan as JSON, shared by the CLI's `--format json` and the dashboard's export (documented in the
 * README): keys may be added, never renamed.
 */
export function toJson(scan: DisposedScan) {
  return {
    tool: scan.tool,
    tenant: scan.tenant,
    scannedAt: scan.scannedAt,
    score: scan.score,
    categories: scan.summary.byCategory,
    unlock: scan.summary.unlock,
    coverage: scan.summary.coverage,
    licences: scan.licences,
    // What to fix first, in the one order every screen uses (lib/engine/score/improvements.ts).
    improvements: rankedImprovements(scan).map((i) => ({
      controlId: i.id,
      pointsToGain: i.pointsToGain,
      userImpact: i.userImpact,
      implementationCost: i.implementationCost,
    })),
    controls: scan.controls.map((c) => ({
      id: c.id,
      title: c.title,
      category: c.category,
      status: c.status,
      // 'attestation' for a review control: its status is an admin's Reviewed mark, never a measurement.
      kind: kindOf(c),
      ...(c.review ? { review: c.review } : {}),
      score: c.score,
      maxScore: c.maxScore,
      // Why `score` counts for nothing here: "needs Microsoft Entra ID P2", "check by hand", "not applicable".
      ...outOfScoreField(c),
      refs: c.refs,
      reason: c.reason,
      evidence: c.evidence,
      ...(c.affected ? { affected: c.affected } : {}),
      ...(c.unknownReason ? { unknownReason: c.unknownReason } : {}),
      sources: c.sources,
      permissions: c.permissions,
      ...(c.licence ? { licence: c.licence } : {}),
      adminUrl: c.adminUrl,
      ...(c.manualCheck ? { manualCheck: c.manualCheck } : {}),
      // Read from an admin service (issue 17): which, whether it was read live, and why not.
      ...(c.serviceRead ? { serviceRead: c.serviceRead } : {}),
      source: c.source,
      ...(c.microsoft
        ? {
            microsoft: {
              score: c.microsoft.score,
              maxScore: c.microsoft.maxScore,
              measuredAt: c.microsoft.measuredAt,
              status: c.microsoft.status,
              ...(c.microsoft.stale !== undefined ? { stale: c.microsoft.stale } : {}),
              ...(c.microsoft.attestation ? { attestation: c.microsoft.attestation } : {}),
              ...(c.microsoft.unknownReason ? { unknownReason: c.microsoft.unknownReason } : {}),
              ...(c.microsoft.difference ? { difference: c.microsoft.difference } : {}),
            },
          }
        : {}),
      // Whose verdict the status is when it isn't ours, when measured, and stale (over 7 days before scannedAt).
      ...borrowedField(c, scan.scannedAt),
      // The score above counts it (lib/engine/history/dispositions.ts); `measured` is the scan's own verdict.
      ...(c.disposition ? { disposition: c.disposition } : {}),
    })),
    stats: scan.stats,
    ...(scan.failure ? { failure: scan.failure } : {}),
    ...(scan.microsoft ? { microsoft: microsoftJson(scan.microsoft) } : {}),
    // What the verdicts were judged against (absent from scans stored before it was recorded).
    ...(scan.declarations ? { declarations: scan.declarations } : {}),
  };
}

/** The exact text `posture-lens scan --format json` writes and the dashboard downloads. */
export function toJsonText(scan: DisposedScan): string {
  return JSON.stringify(toJson(scan), null, 2) + '\n';
}

/** Microsoft's section without the profile id list, which only the next scan needs. */
function microsoftJson(m: MicrosoftSection) {
  if (!m.available) return m;
  const { profileIds: _ids, ...rest } = m;
  return rest;
}

function borrowedField(c: DisposedScan['controls'][number], scannedAt: string) {
  const b = borrowedOf(c, scannedAt);
  return b ? { borrowed: b } : {};
}

function outOfScoreField(c: DisposedScan['controls'][number]) {
  const why = outOfScoreWhy(c);
  return why ? { outOfScore: why } : {};
}
