/**
 * A manual control on the dashboard, as an admin meets it: a control Graph can't read says so, shows
 * each setting with its passing value, the read-only PowerShell that shows them, and where to change
 * them — as text, with no points claimed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogue } from '../../controls';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';

// Teams third-party apps: read from Teams, which the demo tenant doesn't read until it is turned on, and
// with no Secure Score profile, so it falls back to its check by hand.
const control = catalogue.find((c) => c.id === 'teams-third-party-apps-restricted')!;
const manualCheck = control.manualCheck!;

describe('a manual control on the dashboard', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    await runDemoFromPopup(ext);
    page = await openDashboard(ext, (p) => p.getByRole('table', { name: /controls$/ }));
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('shows what to check, the read-only PowerShell and where to change it', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(control.id);
    await page.getByRole('button', { name: control.title }).click();
    const detail = page.getByRole('article').filter({ has: page.getByRole('heading', { name: control.title }) });
    await expect.poll(() => detail.getByText(/Microsoft Graph can't read this setting/).count()).toBeGreaterThan(0);
    const check = detail.getByRole('region', { name: 'What to check' });
    for (const what of manualCheck.what) expect(await check.getByText(what, { exact: true }).count()).toBe(1);
    expect(await check.locator('code').textContent()).toBe(manualCheck.command);
    expect(await check.getByRole('link', { name: 'Where to change it' }).getAttribute('href')).toBe(control.fixAt.url);
    // Out of the score, so never "0 of 7 points" (which reads as a failure).
    // The verdict says so, and the timeline's entries in the same words.
    expect(
      await detail.getByText('Check by hand · not counted in the score', { exact: false }).count(),
    ).toBeGreaterThan(0);
    expect(await detail.getByText(`0 of ${control.maxScore} points`, { exact: false }).count()).toBe(0);
    await saveScreenshot(page, 'dashboard-manual-control');
  });

  test('a control with no read-only path says why, beside Microsoft’s verdict', async () => {
    const linkedin = catalogue.find((c) => c.id === 'entra-linkedin-connections-disabled')!;
    await page.getByRole('searchbox', { name: 'Search' }).fill(linkedin.id);
    await page.getByRole('button', { name: linkedin.title }).click();
    const detail = page.getByRole('article').filter({ has: page.getByRole('heading', { name: linkedin.title }) });
    const check = detail.getByRole('region', { name: 'What to check' });
    await expect.poll(() => check.textContent()).toContain(linkedin.manualCheck!.noReadOnlyPath!);
    expect(await detail.getByRole('region', { name: "Microsoft Secure Score's verdict" }).count()).toBe(1);
    await saveScreenshot(page, 'dashboard-no-read-only-path');
  });
});
