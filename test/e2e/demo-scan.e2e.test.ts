/**
 * The main job on the demo tenant, as a user meets it: the popup scans, shows the score and what to
 * fix; the toolbar badge carries the score; the dashboard explains a verdict with its evidence; an
 * admin-center page gets badges next to its settings.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { rankedImprovements } from '../../lib/engine/score/improvements';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { CONTOSO_INJECTION_NAME } from '../../simulator/tenants/contoso';
import { openAdminFixture } from './admin-pages';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { firstScreenBottoms, POPUP_FOLD_PX } from './popup-fold';
import { saveScreenshot } from './screenshots';

/** The shadow-DOM text of the first element matching `selector` (badges and panel live in shadow roots). */
const shadowText = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent ?? null, selector);

describe('the demo tenant', () => {
  let ext: LaunchedExtension;
  let expected: ScanResult;
  beforeAll(async () => {
    // The same engine and tenant in Node: what the popup must show, never a number typed into a test.
    expected = await scanDemoTenant();
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the popup scans it and shows the score, categories and what to fix first', async () => {
    const popup = await ext.openPopup({ width: 400, height: 600 });
    await popup.getByRole('button', { name: 'Try the demo tenant' }).click();
    await expect.poll(() => popup.getByText('Contoso', { exact: true }).count(), { timeout: 20_000 }).toBe(1);

    const ring = popup.getByRole('figure', { name: /^Score / });
    await expect
      .poll(() => ring.getAttribute('aria-label'), { timeout: 15_000 })
      .toContain(`Score ${expected.score.percent}%`);
    expect(await popup.getByText(`${Math.round(expected.score.achieved)}`, { exact: true }).count()).toBe(1);
    // It says it is the demo, and how to see a real tenant instead; not "Not connected to a tenant yet".
    expect(await popup.locator('.demo-banner').textContent()).toBe(
      'Demo tenant (Contoso) — simulated data. Connect your tenant →',
    );
    expect(await popup.getByText(/Not connected/).count()).toBe(0);
    expect(await popup.getByRole('meter', { name: 'Identity score' }).getAttribute('aria-valuenow')).toBe(
      String(expected.summary.byCategory.identity.percent),
    );
    expect(await popup.getByText(/more points could be unlocked with Microsoft Entra ID P2/).count()).toBe(1);

    // The first screen (Chrome's popup is at most 600 px tall): the score, three actions, both buttons.
    const fold = await firstScreenBottoms(popup);
    expect(fold.actions).toBe(3);
    expect(Math.max(fold.score, fold.thirdAction, fold.buttons)).toBeLessThanOrEqual(POPUP_FOLD_PX);
    // No sideways scrolling at the popup's width.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(popup, 'popup');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-dark');

    // The first action, the engine's first, opens its control's detail in the dashboard.
    const first = rankedImprovements(expected)[0]!;
    const actions = popup.getByRole('list', { name: 'Top improvement actions' }).getByRole('button');
    const opened = ext.context.waitForEvent('page');
    await actions.first().click();
    const dashboard = await opened;
    expect(dashboard.url()).toBe(ext.extensionUrl(`dashboard.html#control=${first.id}`));
    await expect
      .poll(() => dashboard.getByRole('article').getByRole('heading', { name: first.title }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await dashboard.close();
    await popup.close();
  });

  test('the toolbar badge carries the score', async () => {
    const worker = await ext.currentServiceWorker();
    // The worker's own API, read where it lives (types for `chrome` aren't loaded in Node tests).
    const text = await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({}),
    );
    expect(text).toBe(String(expected.score.percent));
  });

  test('the popup opens straight to the cached scan, and Rescan adds to the history', async () => {
    const popup = await ext.openPopup();
    await expect.poll(() => popup.getByRole('figure', { name: /^Score / }).count(), { timeout: 15_000 }).toBe(1);
    const rescan = popup.getByRole('button', { name: 'Rescan demo tenant' });
    await rescan.click();
    await expect.poll(() => rescan.isEnabled(), { timeout: 15_000 }).toBe(true);
    // The demo tenant doesn't change between scans, and the popup says so under the score.
    await expect.poll(() => popup.locator('.score-change').textContent()).toMatch(/^No change since \d\d:\d\d$/);
    await popup.close();

    const dashboard = await ext.openDashboard();
    const chart = dashboard.getByRole('img', { name: /^Score history/ });
    await expect
      .poll(() => chart.getAttribute('aria-label'), { timeout: 15_000 })
      .toBe(`Score history: 2 scans, latest ${expected.score.percent}%`);
    expect(await dashboard.getByText(/^Nothing changed since the scan of/).count()).toBe(1);
    await dashboard.close();
  });

  test('the dashboard explains a verdict with its evidence, rendering Graph strings as text', async () => {
    // A deep link to one control, as the overlay's badges make.
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(ext.extensionUrl('dashboard.html#control=entra-user-mfa-registered'));
    const detail = page.getByRole('article');
    await expect
      .poll(() => detail.getByRole('heading', { name: 'Every member account can complete MFA' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    // Its three requests (the registration summary, the members who can't do MFA, the federated domains'
    // MFA settings), each with the permission it needed.
    const requests = detail.getByRole('list', { name: 'Graph requests' }).getByRole('listitem');
    expect(await requests.count()).toBe(3);
    expect(
      await requests
        .filter({ hasText: 'federationConfiguration' })
        .filter({ hasText: 'needs Domain.Read.All' })
        .count(),
    ).toBe(1);
    expect(
      await requests
        .filter({ hasText: 'usersRegisteredByFeature' })
        .filter({ hasText: 'needs AuditLog.Read.All' })
        .count(),
    ).toBe(1);
    // A user named like an HTML tag shows as that text; no <img> is ever created from it.
    expect(await detail.getByText(CONTOSO_INJECTION_NAME, { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    await saveScreenshot(page, 'dashboard-demo');
    await page.close();
  });

  test("a conditional access verdict's evidence: a table per policy, excluded ids named, deciding fields marked", async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(ext.extensionUrl('dashboard.html#control=entra-legacy-auth-blocked'));
    const policy = page.getByRole('table', { name: /^Block legacy authentication · conditionalAccessPolicies/ });
    await policy.waitFor({ timeout: 15_000 });
    // The excluded group by the name the scan read for it, its id beside it; the exclusion decided.
    const excluded = policy.getByRole('row', { name: /^Exclude groups/ });
    expect(await excluded.textContent()).toMatch(/decided the verdict.*CA - Legacy Auth Exceptions \(0e3937e6-/);
    expect(await policy.getByRole('row', { name: /^Include users/ }).textContent()).not.toContain('decided');
    await saveScreenshot(page, 'dashboard-evidence-tables');
    await page.close();
  });

  test('inside a portal blade frame, the setting gets its badge and the top frame lists it', async () => {
    const page = await openAdminFixture(ext.context, 'entraUserSettings');
    const blade = page.frames().find((f) => f.url().includes('.reactblade.portal.azure.net'))!;
    const selector = 'posture-lens-badge[data-control="entra-app-registration-restricted"]';
    await blade.waitForSelector(selector, { state: 'attached', timeout: 15_000 });
    const verdict = expected.controls.find((c) => c.id === 'entra-app-registration-restricted')!;
    const text = await blade.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent ?? '', selector);
    expect(text).toContain(`${verdict.maxScore} pts`);
    const anchored = await blade.evaluate(
      (sel) => document.querySelector(sel)?.previousElementSibling?.textContent?.trim(),
      selector,
    );
    expect(anchored).toBe('Users can register applications');
    // The top frame's panel lists the controls of this page, and reports nothing missing.
    await page.waitForSelector('posture-lens-panel', { state: 'attached', timeout: 15_000 });
    const panel = await shadowText(page, 'posture-lens-panel');
    expect(panel).toContain(verdict.title);
    expect(panel).not.toContain('not found');
    expect(await page.locator('posture-lens-panel').count()).toBe(1);
    expect(await blade.locator('posture-lens-panel').count()).toBe(0);
    await saveScreenshot(page, 'admin-entra-user-settings');
    await page.close();
  });

  test('an admin-center page gets a badge next to its setting and a panel of its controls', async () => {
    const page = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    const selector = 'posture-lens-badge[data-control="m365-password-expiry-disabled"]';
    await page.waitForSelector(selector, { state: 'attached', timeout: 15_000 });
    const verdict = expected.controls.find((c) => c.id === 'm365-password-expiry-disabled')!;
    expect(await shadowText(page, selector)).toContain(
      `${verdict.maxScore} pts · ${verdict.status === 'fail' ? 'failing' : 'passing'}`,
    );
    // Placed right after the label it annotates.
    const anchored = await page.evaluate(
      (sel) => document.querySelector(sel)?.previousElementSibling?.textContent?.trim(),
      selector,
    );
    expect(anchored).toBe('Set passwords to never expire (recommended)');
    expect(await shadowText(page, 'posture-lens-panel')).toContain(verdict.reason);
    await saveScreenshot(page, 'admin-password-policy');

    // A route change (SPA-style) never duplicates badges.
    await page.evaluate(() => window.dispatchEvent(new Event('wxt:locationchange')));
    await page.waitForTimeout(1500);
    expect(await page.locator(selector).count()).toBe(1);
    await page.close();
  });
});
