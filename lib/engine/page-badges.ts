import { pagesFor } from './admin-pages';
import type { AnyControl } from './control';
import type { ScanResult } from './run-scan';
import type { Status } from './status';

/** A badge's data: what a content script may know. No tokens, no raw Graph JSON. */
export interface BadgeModel {
  readonly controlId: string;
  readonly title: string;
  readonly status: Status;
  readonly score: number;
  readonly maxScore: number;
  readonly reason: string;
  readonly fixUrl: string;
  readonly dashboardUrl: string;
}

export interface PageBadges {
  readonly pageTitle: string | null;
  readonly tenantName: string | null;
  readonly scannedAt: string | null;
  readonly badges: readonly BadgeModel[];
}

/**
 * What the overlay shows on one admin page: the controls fixed there, with their latest verdicts.
 * Only view-model fields leave the background; evidence and raw Graph data stay behind.
 */
export function pageBadges(
  url: URL,
  controls: readonly AnyControl[],
  scan: ScanResult | null,
  dashboardUrl: (id: string) => string,
): PageBadges {
  const pages = pagesFor(url);
  const page = pages[0];
  if (!page)
    return {
      pageTitle: null,
      tenantName: scan?.tenant.displayName ?? null,
      scannedAt: scan?.scannedAt ?? null,
      badges: [],
    };
  const governed = controls.filter((c) => pages.some((p) => p.id === c.fixAt.id));
  const byId = new Map(scan?.controls.map((r) => [r.id, r]) ?? []);
  const badges: BadgeModel[] = governed.flatMap((c) => {
    const r = byId.get(c.id);
    if (!r) return [];
    return [
      {
        controlId: c.id,
        title: r.title,
        status: r.status,
        score: r.score,
        maxScore: r.maxScore,
        reason: r.reason,
        fixUrl: r.adminUrl,
        dashboardUrl: dashboardUrl(c.id),
      },
    ];
  });
  return {
    pageTitle: page.title,
    tenantName: scan?.tenant.displayName ?? null,
    scannedAt: scan?.scannedAt ?? null,
    badges,
  };
}
