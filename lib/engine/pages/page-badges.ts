import type { AnyControl, FixValue } from '../verdict/control';
import { anchorLabels, controlsOn, governingPageFor } from './page-map';
import type { ControlResult } from '../verdict/result';
import type { ScanResult } from '../scan/run-scan';
import { borrowedOf, type Borrowed } from '../secure-score/borrowed';
import type { Status } from '../verdict/status';
import type { ReviewCadence, ReviewState } from '../verdict/review-spec';
import { withheldReason } from './tenant-hosts';
import { outOfScoreWhy } from '../score/score';
import type { Evidence } from '../verdict/verdict';
import { plainField, type ValueNames } from './plain-value';

/** A badge's data: what a content script may know. No tokens, no raw Graph JSON. */
export interface BadgeModel {
  readonly controlId: string;
  readonly title: string;
  readonly status: Status;
  readonly score: number;
  readonly maxScore: number;
  readonly reason: string;
  /** The change that passes the control, in the admin center's words: the card leads with it. */
  readonly setTo?: FixValue;
  /** Why the control is out of the score ("needs Microsoft Entra ID P2", "check by hand"): shown as "—" and this. */
  readonly outOfScore?: string;
  /** A review control: an admin's attestation, not a measurement; the badge says where the review stands. */
  readonly review?: { readonly cadence: ReviewCadence; readonly state: ReviewState };
  /** A few lines naming the objects that decided the verdict, values in words (Graph strings: render as text). */
  readonly evidence: readonly string[];
  readonly fixUrl: string;
  readonly dashboardUrl: string;
  /** Set when Microsoft Secure Score decided the verdict: whose it is, when measured, stale, attested. */
  readonly borrowed?: Borrowed;
  /**
   * The visible labels the inline badge sits beside on this page, first found wins (the control's
   * `onPages`); absent when it has none here, so it is listed in the page's panel only.
   */
  readonly anchors?: readonly string[];
}

export interface PageBadges {
  /** The page id in the page map (lib/engine/pages/page-map.ts); null off the map. */
  readonly pageId: string | null;
  readonly pageTitle: string | null;
  readonly tenantName: string | null;
  readonly scannedAt: string | null;
  /** The admin switched the overlay off for this admin center (Connect page): show nothing. */
  readonly off?: boolean;
  /** No badges for this page from this scan (another tenant's SharePoint admin center), and why. */
  readonly withheld?: string;
  /** The latest scan re-read only some controls ("Rescan this control"): which. */
  readonly rescanned?: readonly string[];
  readonly badges: readonly BadgeModel[];
}

export const EVIDENCE_LINES = 5;
/** Long enough for a policy name and its deciding fields; the card scrolls, so nothing here is for layout. */
const LINE_MAX = 400;

/** "contoso.com (passwordValidityPeriodInDays: no limit)": the object's name and the fields that mattered, in words. */
function evidenceLine(e: Evidence, names: ValueNames | undefined): string {
  const fields = Object.entries(e.fields)
    .map(([k, v]) => plainField(k, v, names))
    .join(', ');
  const name = e.displayName ?? e.id ?? e.source;
  const line = [name, fields && `(${fields})`, e.note].filter(Boolean).join(' ');
  return line.length > LINE_MAX ? `${line.slice(0, LINE_MAX - 1)}…` : line;
}

export function evidenceSummary(r: ControlResult, names?: ValueNames): string[] {
  const lines = r.evidence.slice(0, EVIDENCE_LINES).map((e) => evidenceLine(e, names));
  const more = r.evidence.length - EVIDENCE_LINES;
  if (more > 0) lines.push(`and ${more} more in the dashboard`);
  return lines;
}

/**
 * What the overlay shows on one admin page: the controls the page governs, with their latest verdicts.
 * Only view-model fields leave the background; raw Graph data stays behind.
 */
export function pageBadges(
  url: URL,
  controls: readonly AnyControl[],
  scan: ScanResult | null,
  dashboardUrl: (id: string) => string,
): PageBadges {
  const page = governingPageFor(url);
  const common = {
    tenantName: scan?.tenant.displayName ?? null,
    scannedAt: scan?.scannedAt ?? null,
    ...(scan?.rescan ? { rescanned: scan.rescan.controlIds } : {}),
  };
  if (!page) return { pageId: null, pageTitle: null, ...common, badges: [] };
  const withheld = withheldReason(url, scan);
  if (withheld) return { pageId: page.page.id, pageTitle: page.page.title, ...common, withheld, badges: [] };
  const byId = new Map(scan?.controls.map((r) => [r.id, r]) ?? []);
  const badges: BadgeModel[] = controlsOn(page, controls).flatMap((c) => {
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
        // A review has nothing to set; it says where it stands instead.
        ...(c.setTo && !r.review ? { setTo: { setting: c.setTo.setting, value: c.setTo.value } } : {}),
        ...(r.review ? { review: { cadence: r.review.cadence, state: r.review.state } } : {}),
        ...outOfScoreField(r),
        evidence: evidenceSummary(r, c.valueNames),
        fixUrl: r.adminUrl,
        dashboardUrl: dashboardUrl(c.id),
        ...borrowedField(r, scan?.scannedAt),
        ...anchorsField(c, page.page.id),
      },
    ];
  });
  return { pageId: page.page.id, pageTitle: page.page.title, ...common, badges };
}

function anchorsField(c: AnyControl, pageId: string): { anchors?: readonly string[] } {
  const labels = anchorLabels(c, pageId);
  return labels ? { anchors: labels } : {};
}

function borrowedField(r: ControlResult, scannedAt: string | undefined): { borrowed?: Borrowed } {
  const b = scannedAt ? borrowedOf(r, scannedAt) : undefined;
  return b ? { borrowed: b } : {};
}

function outOfScoreField(r: ControlResult): { outOfScore?: string } {
  const why = outOfScoreWhy(r);
  return why ? { outOfScore: why } : {};
}
