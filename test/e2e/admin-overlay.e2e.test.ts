/**
 * The admin-center overlay on the demo tenant, as an admin meets it: badges beside the settings of
 * Entra, Microsoft 365, SharePoint and Defender pages with the right points and status, the page panel,
 * an SPA route change, renamed labels, a burst of DOM changes, "Rescan this control", and the
 * per-admin-center switch. (The portal blade in a cross-origin frame is in demo-scan.e2e.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogue } from '../../controls';
import { NOT_LABEL_TEXT } from '../../lib/annotate/find-anchor';
import { normalizeLabel } from '../../lib/annotate/normalize-label';
import { statusWord } from '../../lib/engine/verdict/status-words';
import { pageBadges, type PageBadges } from '../../lib/engine/pages/page-badges';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import type { HistoryView } from '../../lib/engine/history/history';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { createGraphSimulator } from '../../simulator/simulator';
import { contoso } from '../../simulator/tenants/contoso';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import {
  adminFixtures,
  openAdminFixture,
  readFixture,
  serveAdminPage,
  serveGraph,
  type AdminFixtureName,
  type GraphRequest,
} from './admin-pages';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';
import { startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';
import { shownPoints } from '../../lib/engine/format/points';

/** The shadow-DOM text of the first element matching `selector` (badges and panel live in shadow roots). */
const shadowText = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent ?? null, selector);
const badgeSelector = (id: string) => `posture-lens-badge[data-control="${id}"]`;
/** The label a badge sits beside (other badges for the same label sit between), without its info balloon. */
const anchorText = (page: Page, selector: string) =>
  page.evaluate(
    ([sel, notLabel]) => {
      let el = document.querySelector(sel)?.previousElementSibling;
      while (el && el.tagName.toLowerCase() === 'posture-lens-badge') el = el.previousElementSibling;
      const copy = el?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll(notLabel).forEach((n) => n.remove());
      return copy?.textContent ?? null;
    },
    [selector, NOT_LABEL_TEXT] as const,
  );

describe('the admin-center overlay on the demo tenant', () => {
  let ext: LaunchedExtension;
  let expected: ScanResult;
  /** What the page should show, from the same engine and tenant in Node: never numbers typed into a test. */
  const modelFor = (name: AdminFixtureName): PageBadges =>
    pageBadges(new URL(adminFixtures[name].url), catalogue, expected, () => '');

  beforeAll(async () => {
    expected = await scanDemoTenant();
    ext = await launchExtension();
    const popup = await ext.openPopup();
    await ask(popup, 'runDemoScan');
    await popup.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Every inline badge of the page beside its label with points and status, and the panel listing every control. */
  async function expectAnnotated(page: Page, name: AdminFixtureName): Promise<PageBadges> {
    const model = modelFor(name);
    expect(model.badges.length).toBeGreaterThan(0);
    const inline = model.badges.filter((b) => b.anchors);
    expect(inline.length).toBeGreaterThan(0);
    for (const b of inline) {
      const sel = badgeSelector(b.controlId);
      await page.waitForSelector(sel, { state: 'attached', timeout: 15_000 });
      expect(await shadowText(page, sel)).toContain(`${b.maxScore} pts · ${statusWord[b.status]}`);
      const labels = b.anchors!.map(normalizeLabel);
      expect(labels).toContain(normalizeLabel((await anchorText(page, sel)) ?? ''));
      expect(await page.locator(sel).count()).toBe(1);
    }
    await page.waitForSelector('posture-lens-panel', { state: 'attached', timeout: 15_000 });
    const panel = (await shadowText(page, 'posture-lens-panel')) ?? '';
    for (const b of model.badges) {
      expect(panel).toContain(b.title);
      // Out of the score (not licensed, by hand): "—" and why, never "0 of 4 points".
      expect(panel).toContain(
        b.outOfScore ? `— ${b.outOfScore}` : `${shownPoints(b.score)} of ${shownPoints(b.maxScore)} points`,
      );
    }
    expect(panel).not.toContain('Not found on this page');
    return model;
  }

  test.each([
    ['entraSecurityDefaults', 'admin-entra-security-defaults'],
    ['entraConsentUserSettings', 'admin-entra-consent'],
    ['entraAuthMethodsPolicies', 'admin-entra-auth-methods'],
    ['spoSharing', 'admin-spo-sharing'],
    ['defenderSecureScore', 'admin-defender-secure-score'],
    ['defenderAntiPhishing', 'admin-defender-anti-phishing'],
    ['defenderSafeLinks', 'admin-defender-safe-links'],
    ['defenderSafeAttachments', 'admin-defender-safe-attachments'],
    ['exchangeSettings', 'admin-exchange-settings'],
    ['teamsExternalAccess', 'admin-teams-external-access'],
  ] as const)('%s: badges beside the settings, and the panel lists the page', async (name, shot) => {
    const page = await openAdminFixture(ext.context, name);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAnnotated(page, name);
    await saveScreenshot(page, shot);
    await page.close();
  });

  test('the conditional access list: its controls are in the panel with status and points', async () => {
    const page = await openAdminFixture(ext.context, 'entraConditionalAccessPolicies');
    const model = modelFor('entraConditionalAccessPolicies');
    expect(model.badges.length).toBeGreaterThan(5);
    await page.waitForSelector('posture-lens-panel', { state: 'attached', timeout: 15_000 });
    // A tab docked at the edge until asked for: it never sits on the table's columns.
    await page.getByRole('button', { name: /^Posture Lens/ }).click();
    const panel = page.getByRole('list', { name: 'Controls on this page' }).getByRole('listitem');
    await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(model.badges.length);
    for (const b of model.badges) {
      // The title as a whole: "MFA is required for every user" is also inside "Phishing-resistant MFA is required …".
      const title = new RegExp(
        `^${b.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(setting not found on the page\\))?$`,
      );
      const item = panel.filter({ has: page.getByText(title) });
      expect(await item.count()).toBe(1);
      expect(await item.textContent()).toContain(`${b.maxScore} pts · ${statusWord[b.status]}`);
    }
    // Collapsible, and keeps its state when the page changes under it.
    await page.getByRole('button', { name: 'Hide Posture Lens panel' }).click();
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1500);
    expect(await page.getByRole('button', { name: /^Posture Lens/ }).getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  test('an SPA route change re-annotates the page: old badges go, the new route gets its own', async () => {
    const page = await openAdminFixture(ext.context, 'm365OrgSettings');
    await expectAnnotated(page, 'm365OrgSettings');
    await page.getByRole('tab', { name: 'Security & privacy' }).click();
    expect(page.url()).toBe('https://admin.microsoft.com/#/Settings/SecurityPrivacy');
    await page.waitForSelector(badgeSelector('m365-password-expiry-disabled'), {
      state: 'attached',
      timeout: 15_000,
    });
    await page.waitForSelector(badgeSelector('m365-forms-phishing-protection-enabled'), {
      state: 'detached',
      timeout: 15_000,
    });
    expect(await anchorText(page, badgeSelector('m365-password-expiry-disabled'))).toBe('Password expiration policy');
    await expect
      .poll(() => shadowText(page, 'posture-lens-panel'), { timeout: 15_000 })
      .toContain('Security & privacy');
    expect(await page.locator('posture-lens-panel').count()).toBe(1);
    // Back, as the browser's back button does (popstate).
    await page.goBack();
    await page.waitForSelector(badgeSelector('m365-forms-phishing-protection-enabled'), {
      state: 'attached',
      timeout: 15_000,
    });
    expect(await page.locator(badgeSelector('m365-password-expiry-disabled')).count()).toBe(0);
    await page.close();
  });

  test('renamed labels: no inline badge, and the panel says which settings it could not find', async () => {
    const fixture = adminFixtures.m365PasswordExpiration;
    const html = (await readFixture(fixture.file)).replaceAll(
      'Set passwords to never expire (recommended)',
      'Passwords never expire (recommended)',
    );
    const served = await serveAdminPage(ext.context, fixture.url, html);
    const page = await ext.context.newPage();
    await page.goto(fixture.url);
    const verdict = expected.controls.find((c) => c.id === 'm365-password-expiry-disabled')!;
    await expect
      .poll(() => shadowText(page, 'posture-lens-panel'), { timeout: 15_000 })
      .toContain(`Not found on this page, so listed here only: ${verdict.title}.`);
    expect(await shadowText(page, 'posture-lens-panel')).toContain(`${verdict.maxScore} pts`);
    expect(await page.locator('posture-lens-badge').count()).toBe(0);
    await saveScreenshot(page, 'admin-renamed-label-panel');
    await page.close();
    await served.unroute();
  });

  test('100 DOM mutations around the setting never duplicate a badge or the panel', async () => {
    const page = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    const sel = badgeSelector('m365-password-expiry-disabled');
    await page.waitForSelector(sel, { state: 'attached', timeout: 15_000 });
    await page.evaluate(async () => {
      const form = document.querySelector('form')!;
      for (let i = 0; i < 100; i++) {
        const extra = document.createElement('p');
        extra.textContent = `Change ${i}`;
        form.prepend(extra);
        if (i % 2) extra.remove();
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await page.waitForTimeout(2000);
    expect(await page.locator(sel).count()).toBe(1);
    expect(await page.locator('posture-lens-panel').count()).toBe(1);
    expect(await anchorText(page, sel)).toBe('Set passwords to never expire (recommended)');
    await page.close();
  });

  test('the card explains the verdict, opens the dashboard, and "Rescan this control" rescans it', async () => {
    const page = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    await page.setViewportSize({ width: 1280, height: 900 });
    const id = 'm365-password-expiry-disabled';
    const verdict = expected.controls.find((c) => c.id === id)!;
    const badge = page.getByRole('button', {
      name: `${shownPoints(verdict.maxScore)} pts · ${statusWord[verdict.status]} — Posture Lens: ${verdict.title}, ${shownPoints(verdict.score)} of ${shownPoints(verdict.maxScore)} points`,
    });
    await badge.waitFor({ timeout: 15_000 });
    await badge.click();
    const card = page.getByRole('group', { name: `Posture Lens: ${verdict.title}` });
    expect(await card.getByText(verdict.reason).count()).toBe(1);
    expect(
      await card
        .getByText(`${shownPoints(verdict.score)} of ${shownPoints(verdict.maxScore)} points`, { exact: false })
        .count(),
    ).toBe(1);
    expect(await card.getByRole('list', { name: 'Evidence' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'admin-badge-card');

    const [dashboard] = await Promise.all([
      ext.context.waitForEvent('page'),
      card.getByRole('button', { name: 'Open in dashboard' }).click(),
    ]);
    await dashboard.waitForURL(/dashboard\.html#control=m365-password-expiry-disabled$/);
    // A second click reuses that one dashboard tab: moved back to the control, never a second tab.
    await dashboard.evaluate(() => (location.hash = 'control=entra-admin-mfa-required'));
    await dashboard.waitForURL(/#control=entra-admin-mfa-required$/);
    await card.getByRole('button', { name: 'Open in dashboard' }).click();
    await dashboard.waitForURL(/dashboard\.html#control=m365-password-expiry-disabled$/);
    expect(ext.context.pages().filter((p) => p.url().includes('/dashboard.html'))).toHaveLength(1);
    await dashboard.close();

    const popup = await ext.openPopup();
    const before = await ask<HistoryView>(popup, 'getHistory');
    await card.getByRole('button', { name: 'Rescan this control' }).click();
    await card.getByText(/^Rescanned at /).waitFor({ timeout: 15_000 });
    const after = await ask<HistoryView>(popup, 'getHistory');
    expect(after.points.length).toBe(before.points.length + 1);
    const state = await ask<{ scan: ScanResult }>(popup, 'getState');
    expect(state.scan.rescan?.controlIds).toEqual([id]);
    expect(state.scan.scannedAt > before.points.at(-1)!.scannedAt).toBe(true);
    // Still one badge, showing the verdict read just now.
    expect(await page.locator(badgeSelector(id)).count()).toBe(1);
    expect(await shadowText(page, badgeSelector(id))).toContain(
      `${verdict.maxScore} pts · ${statusWord[verdict.status]}`,
    );
    await popup.close();
    await page.close();
  });

  test('switched off for an admin center on the Connect page: its pages are left alone', async () => {
    const options = await ext.openOptions();
    const m365 = options.getByRole('checkbox', { name: 'Microsoft 365 admin center' });
    await m365.waitFor({ timeout: 15_000 });
    expect(await m365.isChecked()).toBe(true);
    await options.getByRole('heading', { name: 'Badges in the admin centers' }).scrollIntoViewIfNeeded();
    await saveScreenshot(options, 'options-overlay-switches');
    await m365.uncheck();
    await expect
      .poll(() => ask<Record<string, boolean>>(options, 'getOverlaySwitches').then((s) => s.m365))
      .toBe(false);

    const off = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    await off.getByLabel('Set passwords to never expire (recommended)').waitFor();
    await off.waitForTimeout(2500);
    expect(await off.locator('posture-lens-badge, posture-lens-panel').count()).toBe(0);
    await off.close();
    // Other admin centers keep their badges.
    const entra = await openAdminFixture(ext.context, 'entraConsentUserSettings');
    await entra.waitForSelector(badgeSelector('entra-user-consent-restricted'), { state: 'attached', timeout: 15_000 });
    await entra.close();

    await options.reload();
    await options.getByRole('checkbox', { name: 'Microsoft 365 admin center' }).check();
    const on = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    await on.waitForSelector(badgeSelector('m365-password-expiry-disabled'), { state: 'attached', timeout: 15_000 });
    await on.close();
    await options.close();
  });
});

describe('fix a setting, rescan it from the page, see it turn green (signed-in tenant)', () => {
  const tenant = contoso();
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let graph: { requests: GraphRequest[] };

  beforeAll(async () => {
    idp = await startFakeIdp({ clientId: TEST_CLIENT_ID, user: { tid: TENANT_ID } });
    ext = await launchExtension({ idp });
    // The simulator answers from `tenant` live: changing it is changing the setting in the admin center.
    const sim = createGraphSimulator(tenant);
    graph = await serveGraph(ext.context, (req) => sim.handle(req));
    const options = await connectTestApp(ext);
    await options.reload(); // the page shows the saved connection, and its Sign in button
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await options.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await options.locator('.sign-in-state', { hasText: 'Signed in as' }).waitFor({ timeout: 15_000 });
    await ask(options, 'scanSignedInTenant');
    await options.close();
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
  });

  test('the password policy badge goes from failing to passing, reading only that control', async () => {
    const page = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    await page.setViewportSize({ width: 1280, height: 900 });
    const sel = badgeSelector('m365-password-expiry-disabled');
    await page.waitForSelector(sel, { state: 'attached', timeout: 15_000 });
    expect(await shadowText(page, sel)).toContain('8 pts · failing');

    // The admin ticks "Set passwords to never expire" (here: in the tenant the simulator serves).
    for (const d of tenant.domains) d.passwordValidityPeriodInDays = 2147483647;
    const before = graph.requests.length;
    await page.getByRole('button', { name: /Posture Lens: Passwords are set never to expire/ }).click();
    await page.getByRole('button', { name: 'Rescan this control' }).click();
    await expect.poll(() => shadowText(page, sel), { timeout: 15_000 }).toContain('8 pts · passing');
    expect(await shadowText(page, 'posture-lens-panel')).toContain('8 of 8 points');
    // Its own request (and the tenant's identity and licences), batched: nothing else was read.
    const asked = graph.requests.slice(before).flatMap((r) => {
      const batch = r.body ? (JSON.parse(r.body) as { requests?: Array<{ url: string }> }).requests : undefined;
      return batch ? batch.map((b) => b.url.split('?')[0]) : [new URL(r.url).pathname];
    });
    expect(asked.sort()).toEqual(['/domains', '/organization', '/subscribedSkus']);
    await saveScreenshot(page, 'admin-rescan-turned-green');
    await page.close();
  });
});
