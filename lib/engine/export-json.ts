import type { ScanResult } from './run-scan';

/**
 * The scan as JSON, shared by the CLI's `--format json` and the dashboard's export (documented in the
 * README): keys may be added, never renamed.
 */
export function toJson(scan: ScanResult) {
  return {
    tool: scan.tool,
    tenant: scan.tenant,
    scannedAt: scan.scannedAt,
    score: scan.score,
    categories: scan.summary.byCategory,
    unlock: scan.summary.unlock,
    coverage: scan.summary.coverage,
    licences: scan.licences,
    controls: scan.controls.map((c) => ({
      id: c.id,
      title: c.title,
      category: c.category,
      status: c.status,
      score: c.score,
      maxScore: c.maxScore,
      refs: c.refs,
      reason: c.reason,
      evidence: c.evidence,
      ...(c.affected ? { affected: c.affected } : {}),
      ...(c.unknownReason ? { unknownReason: c.unknownReason } : {}),
      sources: c.sources,
      permissions: c.permissions,
      ...(c.licence ? { licence: c.licence } : {}),
      adminUrl: c.adminUrl,
      source: c.source,
    })),
    stats: scan.stats,
    ...(scan.failure ? { failure: scan.failure } : {}),
  };
}

/** The exact text `posture-lens scan --format json` writes and the dashboard downloads. */
export function toJsonText(scan: ScanResult): string {
  return JSON.stringify(toJson(scan), null, 2) + '\n';
}
