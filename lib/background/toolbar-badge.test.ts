import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScanResult } from '../engine/scan/run-scan';
import { scanDemoTenant } from '../scanner/demo-scan';
import { createToolbarBadge, type ToolbarBadgeDeps } from './toolbar-badge';

/** The toolbar as the admin sees it: badge text, its colour (RGBA, as the browser reports it) and the tooltip. */
const toolbar = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
  title: await fakeBrowser.action.getTitle({}),
});
const RED = [0xb3, 0x26, 0x1e, 255];
const STRONG_GREEN = [0x13, 0x73, 0x33, 255];
const FAIR_AMBER = [0xb0, 0x60, 0x00, 255];

let scan: ScanResult;
beforeAll(async () => {
  scan = await scanDemoTenant({ clock: () => Date.parse('2026-12-05T10:00:00Z') });
});
beforeEach(() => fakeBrowser.reset());

const withScore = (s: ScanResult, percent: number): ScanResult => ({ ...s, score: { ...s.score, percent } });

function badgeWith(over: Partial<ToolbarBadgeDeps> = {}) {
  return createToolbarBadge({
    signInExpired: () => Promise.resolve(false),
    scored: (s) => Promise.resolve(s),
    ...over,
  });
}

describe('the score', () => {
  test("shows the scan's percent in its band's colour, and names the tenant and points in the tooltip", async () => {
    await badgeWith().showScore(withScore(scan, 85));
    const shown = await toolbar();
    expect(shown.text).toBe('85');
    expect(shown.color).toEqual(STRONG_GREEN);
    // Whole points and the product's date style (tests view from UTC), never '334.73' or an ISO string.
    expect(shown.title).toBe(
      `Posture Lens — Contoso: 85% (${Math.round(scan.score.achieved)}/${Math.round(scan.score.available)} points), scanned 5 Dec 2026, 10:00`,
    );
  });

  test('is the score with dispositions applied; the stored score when they cannot be read', async () => {
    await badgeWith({ scored: (s) => Promise.resolve(withScore(s, 45)) }).showScore(withScore(scan, 85));
    expect(await toolbar()).toMatchObject({ text: '45', color: FAIR_AMBER });
    await badgeWith({ scored: () => Promise.reject(new Error('store closed')) }).showScore(withScore(scan, 85));
    expect((await toolbar()).text).toBe('85');
  });

  test('is not shown while the sign-in is expired: the `!` stays', async () => {
    const badge = badgeWith({ signInExpired: () => Promise.resolve(true) });
    await badge.showSignInExpired(true);
    await badge.showScore(withScore(scan, 85));
    expect(await toolbar()).toMatchObject({ text: '!', color: RED });
  });

  test('no scan: the badge is left as it is', async () => {
    await badgeWith().showScore(withScore(scan, 85));
    await badgeWith().showScore(null);
    expect((await toolbar()).text).toBe('85');
  });

  test('a tenant not scanned yet: no score, and the tooltip says so', async () => {
    await badgeWith().showScore(withScore(scan, 85));
    await badgeWith().showNotScanned('Fabrikam');
    expect(await toolbar()).toMatchObject({ text: '', title: 'Posture Lens — Fabrikam: not scanned yet' });
  });
});

describe('the expired sign-in', () => {
  test('shows `!` in red and says background scans are paused', async () => {
    await badgeWith().showSignInExpired(true);
    expect(await toolbar()).toEqual({
      text: '!',
      color: RED,
      title: 'Posture Lens — sign-in expired: background scans are paused. Sign in again.',
    });
  });

  test('signed in again: its `!` is cleared, and the score comes back with the next scan shown', async () => {
    const badge = badgeWith();
    await badge.showSignInExpired(true);
    await badge.showSignInExpired(false);
    expect((await toolbar()).text).toBe('');
    await badge.showScore(withScore(scan, 85));
    expect((await toolbar()).text).toBe('85');
  });

  test('not expired, and never shown: the badge is left alone (a score or a failed scan’s `!` stays)', async () => {
    const badge = badgeWith();
    await badge.showScore(withScore(scan, 85));
    await badge.showSignInExpired(false);
    expect((await toolbar()).text).toBe('85');
    await badge.showScanFailed(new Error('Graph is down.'));
    await badge.showSignInExpired(false);
    expect((await toolbar()).text).toBe('!');
  });

  test('after a worker restart, a new badge puts the `!` back', async () => {
    await badgeWith().showSignInExpired(true);
    await fakeBrowser.action.setBadgeText({ text: '' }); // the browser dropped it with the worker
    await badgeWith().showSignInExpired(true);
    expect(await toolbar()).toMatchObject({ text: '!', color: RED });
  });
});

describe('a failed scan', () => {
  test('shows `!` in red with the reason in the tooltip', async () => {
    await badgeWith().showScore(withScore(scan, 85));
    await badgeWith().showScanFailed(new Error('Microsoft Graph could not be reached.'));
    expect(await toolbar()).toEqual({
      text: '!',
      color: RED,
      title: 'Posture Lens — the last scan failed: Microsoft Graph could not be reached.',
    });
  });

  test('while the sign-in is expired, the expiry’s `!` and tooltip stay', async () => {
    const badge = badgeWith({ signInExpired: () => Promise.resolve(true) });
    await badge.showSignInExpired(true);
    await badge.showScanFailed(new Error('token expired'));
    expect((await toolbar()).title).toBe('Posture Lens — sign-in expired: background scans are paused. Sign in again.');
  });
});
