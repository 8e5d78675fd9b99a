/**
 * A review control on the demo tenant, as an admin uses it: open "Sign-in logs are reviewed every week"
 * in the dashboard (not reviewed, no points, an attestation), mark it Reviewed with a note, and see it
 * earn its points in the headline, the table and the detail, with the mark in its trail saying who and when.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyDispositions } from '../../lib/engine/history/dispositions';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { wholePoints } from '../../lib/engine/format/points';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveElementScreenshot, saveScreenshot } from './screenshots';

const TITLE = 'Sign-in logs are reviewed every week';
const ring = (page: Page) => page.getByRole('figure', { name: /^Score / }).first();
/** "335 of 674": the points the ring shows (3 points may not move the whole percent). */
const pointsShown = async (page: Page) =>
  /: (\d+ of \d+) points$/.exec((await ring(page).getAttribute('aria-label')) ?? '')?.[1];
const row = (page: Page) =>
  page
    .getByRole('table', { name: /controls$/ })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: TITLE, exact: true }) });

describe('a review control on the demo tenant', () => {
  let ext: LaunchedExtension;
  let expected: ScanResult;
  let page: Page;

  beforeAll(async () => {
    expected = await scanDemoTenant();
    ext = await launchExtension();
    await runDemoFromPopup(ext, expected.score.percent);
    page = await openDashboard(ext, ring);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('marked Reviewed with a note, it earns its points, and the trail shows who and when', async () => {
    const review = expected.controls.find((c) => c.title === TITLE)!;
    expect(review).toMatchObject({ status: 'fail', score: 0, maxScore: 3, review: { state: 'never' } });
    expect(await row(page).textContent()).toContain('Not reviewed');
    expect(await row(page).textContent()).toContain('Weekly review · attested, not measured');

    expect(await pointsShown(page)).toBe(
      `${wholePoints(expected.score.achieved)} of ${wholePoints(expected.score.available)}`,
    );
    await row(page).getByRole('button', { name: TITLE }).click();
    const detail = page.locator('.control-detail').filter({ has: page.getByRole('heading', { name: TITLE }) });
    expect(await detail.locator('.status').textContent()).toContain('Not reviewed · 0 of 3 points');
    expect(await detail.getByText(/^Never reviewed: it earns none of its 3 points/).count()).toBe(1);

    await detail
      .getByLabel('What you reviewed and found (required)')
      .fill('No spray; one <b>VPN</b> sign-in explained.');
    await detail.getByRole('button', { name: 'Mark Reviewed' }).click();

    // The score the engine gives with this mark: computed in Node, never typed in.
    const mark = {
      kind: 'reviewed' as const,
      note: 'x',
      recordedBy: 'this browser',
      recordedAt: new Date().toISOString(),
    };
    const { score } = applyDispositions(expected, new Map([[review.id, mark]]), new Date().toISOString());
    expect(score.achieved).toBe(expected.score.achieved + 3);
    const want = `${wholePoints(score.achieved)} of ${wholePoints(score.available)}`;
    await expect.poll(() => pointsShown(page)).toBe(want);
    await expect.poll(() => detail.locator('.status').textContent()).toContain('Reviewed · 3 of 3 points');
    expect(await row(page).textContent()).toMatch(/Reviewed.*3\/3/);
    expect(await detail.getByText(/^Reviewed by this browser on .*: it earns its 3 points until /).count()).toBe(1);
    const trail = detail.getByRole('group').filter({ hasText: 'Reviews of this control (1)' });
    await expect
      .poll(() => trail.getByRole('listitem').first().textContent())
      .toMatch(
        /^\d{1,2} \w{3} \d{4}, \d\d:\d\d: this browser marked it Reviewed — “No spray; one <b>VPN<\/b> sign-in explained\.”$/,
      );
    await saveElementScreenshot(detail, 'review-control-detail');

    await page.reload();
    await ring(page).waitFor();
    expect(await pointsShown(page)).toBe(want);
    expect(await row(page).textContent()).toContain('Reviewed');
    await saveScreenshot(page, 'review-control-dashboard', { fullPage: false });
  });
});
