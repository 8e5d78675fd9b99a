/**
 * The main job on the demo tenant, as a user meets it: the popup scans, shows the score and what to
 * fix; the toolbar badge carries the score; the dashboard explains a verdict with its evidence; an
 * admin-center page gets badges next to its settings.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { CONTOSO_INJECTION_NAME } from '../../simulator/tenants/contoso';
import { openAdminFixture } from './admin-pages';
import { launchExtension, type LaunchedExtension } from './launch-extension';
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
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await popup.getByRole('button', { name: 'Try the demo tenant' }).click();
    await expect.poll(() => popup.getByText('Contoso', { exact: true }).count(), { timeout: 20_000 }).toBe(1);

    const ring = popup.getByRole('figure', { name: /^Score / });
    await expect
      .poll(() => ring.getAttribute('aria-label'), { timeout: 15_000 })
      .toContain(`Score ${expected.score.percent}%`);
    expect(await popup.getByText(`${Math.round(expected.score.achieved)}`, { exact: true }).count()).toBe(1);
    expect(await popup.getByText('Demo tenant', { exact: true }).count()).toBe(1);
    expect(await popup.getByRole('meter', { name: 'Identity score' }).getAttribute('aria-valuenow')).toBe(
      String(expected.summary.byCategory.identity.percent),
    );

    // The biggest gain first, with a link to the page where it is fixed.
    const actions = popup.getByRole('list', { name: 'Top improvement actions' }).getByRole('listitem');
    expect(await actions.count()).toBeGreaterThan(0);
    const first = actions.first();
    expect(await first.getByRole('link', { name: 'Open in admin center' }).getAttribute('href')).toMatch(
      /^https:\/\/(entra|admin)\.microsoft\.com\//,
    );
    expect(await popup.getByText(/more points could be unlocked with Microsoft Entra ID P2/).count()).toBe(1);
    await saveScreenshot(popup, 'popup-demo');

    // No sideways scrolling at the narrowest supported width.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
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
