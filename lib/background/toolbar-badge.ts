/**
 * The toolbar button's badge and tooltip, and their only writer: the score of the scan the pages show,
 * `!` while the active account's sign-in is expired (which outranks any score), `!` after a failed scan.
 */
import { browser } from 'wxt/browser';
import type { ScanResult } from '../engine/scan/run-scan';
import { bandOf } from '../engine/score/score-band';
import { shownDate } from '../engine/format/dates';
import { wholePoints } from '../engine/format/points';

/** The `!` badge's red, for an expired sign-in and a failed scan alike. */
const ALERT_COLOR = '#b3261e';

export interface ToolbarBadgeDeps {
  /** The active account's sign-in expired (background scans are paused): its `!` stays until a sign-in. */
  signInExpired(): Promise<boolean>;
  /** The scan as scored with its tenant's dispositions (lib/store/scored-state.ts), as the pages show it. */
  scored(scan: ScanResult): Promise<ScanResult>;
}

/** The one owner of `browser.action`: every badge, colour and tooltip the toolbar shows goes through it. */
export interface ToolbarBadge {
  /** `!` while the active account's sign-in is expired; cleared when it no longer is (the score comes back with the next `showScore`). */
  showSignInExpired(expired: boolean): Promise<void>;
  /** The scan's score, coloured by its band; nothing when there is no scan or the sign-in is expired. */
  showScore(scan: ScanResult | null): Promise<void>;
  /** The active tenant has no scan yet: no score rather than another tenant's. */
  showNotScanned(tenantName: string): Promise<void>;
  /** `!` and why until a scan succeeds; the stored score is kept. An expired sign-in's `!` is left as it is. */
  showScanFailed(err: unknown): Promise<void>;
}

const alert = async (title: string): Promise<void> => {
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setBadgeBackgroundColor({ color: ALERT_COLOR });
  await browser.action.setTitle({ title });
};

const scoreTitle = (scan: ScanResult): string =>
  `Posture Lens — ${scan.tenant.displayName}: ${scan.score.percent}% (${wholePoints(scan.score.achieved)}/${wholePoints(scan.score.available)} points), scanned ${shownDate(scan.scannedAt)}`;

export function createToolbarBadge(deps: ToolbarBadgeDeps): ToolbarBadge {
  // Whether this worker put the expiry's `!` up, so only that `!` is taken down (not a failed scan's).
  let showingExpired = false;
  const expiredNow = (): Promise<boolean> => deps.signInExpired().catch(() => false);

  return {
    async showSignInExpired(expired) {
      if (expired) await alert('Posture Lens — sign-in expired: background scans are paused. Sign in again.');
      else if (showingExpired) await browser.action.setBadgeText({ text: '' });
      showingExpired = expired;
    },

    async showScore(scan) {
      if (!scan || (await expiredNow())) return;
      const scored = await deps.scored(scan).catch(() => scan);
      await browser.action.setBadgeText({ text: `${scored.score.percent}` });
      await browser.action.setBadgeBackgroundColor({ color: bandOf(scored.score.percent).color });
      await browser.action.setTitle({ title: scoreTitle(scored) });
    },

    async showNotScanned(tenantName) {
      if (await deps.signInExpired()) return;
      await browser.action.setBadgeText({ text: '' });
      await browser.action.setTitle({ title: `Posture Lens — ${tenantName}: not scanned yet` });
    },

    async showScanFailed(err) {
      if (await expiredNow()) return;
      const why = err instanceof Error ? err.message : String(err);
      await alert(`Posture Lens — the last scan failed: ${why}`);
    },
  };
}
