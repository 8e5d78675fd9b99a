/**
 * The content script's check of the background's answer (lib/engine/pages/page-badges.ts makes it). Its own
 * file, importing types only, so the content script's bundle doesn't pull in the page map.
 */
import type { BadgeModel, PageBadges } from './page-badges';
import { Status } from '../verdict/status';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length < 10_000;
const isPoints = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

/** Bounds on a badge's anchor labels: a label is a setting's short name, never a block of the page. */
export const MAX_ANCHOR_LABELS = 8;
export const MAX_ANCHOR_LABEL_LENGTH = 300;

/** Absent (panel only), or a few short, non-empty labels. */
function isAnchors(v: unknown): boolean {
  return (
    v === undefined ||
    (Array.isArray(v) &&
      v.length > 0 &&
      v.length <= MAX_ANCHOR_LABELS &&
      v.every((l) => typeof l === 'string' && l.trim() !== '' && l.length <= MAX_ANCHOR_LABEL_LENGTH))
  );
}

/** Microsoft's date, age and stale flag on a borrowed verdict; absent on our own. */
function isBorrowed(v: unknown): boolean {
  return (
    v === undefined ||
    (isRecord(v) &&
      v.from === 'Microsoft Secure Score' &&
      isText(v.measuredAt) &&
      (v.ageDays === null || (typeof v.ageDays === 'number' && Number.isFinite(v.ageDays))) &&
      typeof v.stale === 'boolean' &&
      (v.attestation === undefined || isText(v.attestation)))
  );
}

/** Absent, or a review control's cadence and where its review stands, from their closed lists. */
const isReview = (v: unknown): boolean =>
  v === undefined ||
  (isRecord(v) &&
    (v.cadence === 'weekly' || v.cadence === 'monthly') &&
    (v.state === 'never' || v.state === 'current' || v.state === 'due'));

/** Absent, or the setting's label and the value to choose, both text. */
const isSetTo = (v: unknown): boolean => v === undefined || (isRecord(v) && isText(v.setting) && isText(v.value));

function isBadgeModel(v: unknown): v is BadgeModel {
  return (
    isRecord(v) &&
    isSetTo(v.setTo) &&
    isReview(v.review) &&
    isBorrowed(v.borrowed) &&
    isAnchors(v.anchors) &&
    (v.outOfScore === undefined || isText(v.outOfScore)) &&
    ['controlId', 'title', 'reason', 'fixUrl', 'dashboardUrl'].every((k) => isText(v[k])) &&
    Object.values<unknown>(Status).includes(v.status) &&
    isPoints(v.score) &&
    isPoints(v.maxScore) &&
    Array.isArray(v.evidence) &&
    v.evidence.every(isText)
  );
}

/** The content script checks the background's answer too: a malformed one shows nothing rather than something wrong. */
export function isPageBadges(v: unknown): v is PageBadges {
  const textOrNull = (x: unknown) => x === null || isText(x);
  return (
    isRecord(v) &&
    textOrNull(v.pageId) &&
    textOrNull(v.pageTitle) &&
    textOrNull(v.tenantName) &&
    textOrNull(v.scannedAt) &&
    (v.off === undefined || typeof v.off === 'boolean') &&
    (v.withheld === undefined || isText(v.withheld)) &&
    (v.rescanned === undefined || (Array.isArray(v.rescanned) && v.rescanned.every(isText))) &&
    Array.isArray(v.badges) &&
    v.badges.length <= 500 &&
    v.badges.every(isBadgeModel)
  );
}
