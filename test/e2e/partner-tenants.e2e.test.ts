/**
 * The partner view end to end (issue 16): a partner's admin signs in once, adds three consented
 * customers and one where the app was never consented (by domain, by id and from the GDAP list),
 * scans them all, and the overview shows each customer's own score; the unconsented one needs consent
 * and its token never reaches Graph. A template applied to two of them raises their scores and not the
 * third's. Graph is the partner fleet's simulator, answering each request as its token's tenant.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminConsentUrl } from '../../lib/auth/admin-consent';
import { isReviewResult } from '../../lib/engine/history/reviews';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { scanTenant } from '../../lib/scanner/scan-tenant';
import { fetchOver } from '../../simulator/fetch-adapter';
import { fleetToken } from '../../simulator/fleet';
import { createFleetGraph } from '../../simulator/fleet-graph';
import {
  contosoCustomer,
  freshStartCustomer,
  partnerAdmin,
  partnerCustomers,
  partnerFleet,
  tailspinCustomer,
  woodgroveCustomer,
  type PartnerFleetTenant,
} from '../../simulator/tenants/partner-fleet';
import type { GraphRequest } from './admin-pages';
import { connectTestApp, TEST_CLIENT_ID } from './ask-background';
import { decodeJwtPayload, startFakeIdp, type FakeIdp } from './fake-idp';
import { expectedExtensionId, launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';
import { serveFleetGraph, type ServedFleet } from './serve-fleet-graph';

const redirectUri = `https://${expectedExtensionId}.chromiumapp.org/`;
const scanned = [woodgroveCustomer, contosoCustomer, freshStartCustomer];

/** A Graph-only scan of one fleet tenant in Node, as test/partner-fleet.test.ts does: what fails there fails in any scan. */
function scanInNode(tenant: PartnerFleetTenant): Promise<ScanResult> {
  const graph = createFleetGraph(partnerFleet);
  return scanTenant({
    graphRoot: 'https://graph.microsoft.com',
    cloud: 'global',
    fetch: fetchOver((req) => graph.handle(req), 'https://graph.microsoft.com'),
    getToken: () => Promise.resolve(fleetToken(tenant.tid)),
    sleep: () => Promise.resolve(),
  });
}

const tidOf = (req: GraphRequest): unknown =>
  decodeJwtPayload(String(req.headers['authorization'] ?? '').replace(/^Bearer /, '')).tid;

/** A tenant's row, found by its id (the name button's title): its name is only known once it is scanned. */
const rowOf = (page: Page, tenant: PartnerFleetTenant) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.locator(`th button[title="${tenant.tid}"]`) });
const scoreOf = async (page: Page, tenant: PartnerFleetTenant): Promise<number | null> => {
  const text = await rowOf(page, tenant).locator('td.num strong').first().textContent({ timeout: 1_000 });
  return text ? Number(text.replace('%', '')) : null;
};
const scanStateOf = (page: Page, tenant: PartnerFleetTenant) =>
  rowOf(page, tenant).locator('td.scan-cell > span').first().textContent({ timeout: 1_000 });

describe('the partner view, end to end', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let served: ServedFleet;
  let page: Page;
  /** Each scanned customer's score on the overview after the scans. */
  const scores = new Map<string, number>();

  beforeAll(async () => {
    idp = await startFakeIdp({
      clientId: TEST_CLIENT_ID,
      user: partnerAdmin,
      tenants: partnerCustomers.map((c) => ({
        tid: c.tid,
        domains: [c.domain],
        displayName: c.name,
        consented: c.consented,
      })),
    });
    ext = await launchExtension({ idp });
    served = await serveFleetGraph(ext.context, partnerFleet);
    await (await connectTestApp(ext)).close();
  });
  afterAll(async () => {
    await served?.unroute();
    await ext?.close();
    await idp?.close();
  });

  test('the partner signs in once, from the popup', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => popup.locator('.sign-in-state').textContent(), { timeout: 15_000 })
      .toContain(`(${partnerAdmin.preferredUsername})`);
    await popup.close();
  });

  test('four customers added: by domain, by id and from the GDAP list', async () => {
    page = await ext.openDashboard();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(ext.extensionUrl('dashboard.html#tenants'));
    const field = page.getByLabel('Add a tenant');
    await field.fill(woodgroveCustomer.domain.toUpperCase());
    await page.getByRole('button', { name: 'Add tenant' }).click();
    await rowOf(page, woodgroveCustomer).waitFor({ timeout: 15_000 });
    await field.fill(contosoCustomer.tid);
    await page.getByRole('button', { name: 'Add tenant' }).click();
    await rowOf(page, contosoCustomer).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'List GDAP customers' }).click();
    const gdap = page.getByRole('region', { name: 'GDAP customers' });
    // Every customer the partner's relationships name; the two already added are marked so.
    await expect.poll(() => gdap.getByRole('checkbox').count(), { timeout: 15_000 }).toBe(4);
    expect(await gdap.getByRole('checkbox', { name: /Woodgrove Bank/ }).isDisabled()).toBe(true);
    await gdap.getByRole('checkbox', { name: /Fresh Start Ltd/ }).check();
    await gdap.getByRole('checkbox', { name: /Tailspin Toys/ }).check();
    await gdap.getByRole('button', { name: 'Add 2 customers' }).click();
    await rowOf(page, freshStartCustomer).waitFor({ timeout: 15_000 });
    await rowOf(page, tailspinCustomer).waitFor({ timeout: 15_000 });
    for (const c of partnerCustomers)
      expect(await rowOf(page, c).getByText('Customer', { exact: true }).count()).toBe(1);
  });

  test('Scan selected: three scanned with their own scores, the unconsented one needs consent', async () => {
    for (const c of partnerCustomers) await rowOf(page, c).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Scan selected' }).click();
    for (const c of partnerCustomers)
      await expect
        .poll(() => scanStateOf(page, c).catch(() => null), { timeout: 120_000 })
        .toMatch(/^(Scanned|Failed|Needs consent|Cancelled)$/);
    for (const c of scanned) expect(await scanStateOf(page, c)).toBe('Scanned');
    expect(await scanStateOf(page, tailspinCustomer)).toBe('Needs consent');

    // Each scanned row carries the name its own tenant reported and a score; Tailspin has none.
    for (const c of scanned) {
      await expect.poll(() => rowOf(page, c).getByRole('rowheader').locator('button').textContent()).toBe(c.name);
      await expect.poll(() => scoreOf(page, c).catch(() => null)).not.toBeNull();
      scores.set(c.tid, (await scoreOf(page, c))!);
    }
    // Apart as the fleet's postures are (test/partner-fleet.test.ts): a row showing another tenant's scan would show it.
    const [woodgrove, contoso, fresh] = scanned.map((c) => scores.get(c.tid)!);
    expect(woodgrove! - contoso!).toBeGreaterThanOrEqual(10);
    expect(contoso! - fresh!).toBeGreaterThanOrEqual(10);

    const tailspin = rowOf(page, tailspinCustomer);
    expect(await tailspin.locator('td.num strong').count()).toBe(0);
    const consent = tailspin.getByRole('link', { name: `Grant admin consent in ${tailspinCustomer.name}` });
    expect(await consent.getAttribute('href')).toBe(
      adminConsentUrl({ clientId: TEST_CLIENT_ID, tenant: '', cloud: 'global' }, redirectUri, tailspinCustomer.tid),
    );
    // No request carried a Tailspin token; each scanned tenant was read with its own.
    const tids = new Set([...served.requests, ...served.serviceRequests].map(tidOf));
    expect(tids.has(tailspinCustomer.tid)).toBe(false);
    for (const c of scanned) expect(tids.has(c.tid)).toBe(true);
    expect(ext.blockedRequests.filter((u) => u.includes('graph.microsoft.com'))).toEqual([]);

    await saveScreenshot(page, 'partner-overview');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'partner-overview-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test("each row's score is the one its tenant's own dashboard shows", async () => {
    for (const c of scanned) {
      await rowOf(page, c).getByRole('rowheader').locator('button').click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent({ timeout: 1_000 }))
        .toBe(`Posture Lens — ${c.name}`);
      await expect
        .poll(() => page.locator('.ring-percent').first().textContent({ timeout: 1_000 }))
        .toBe(`${scores.get(c.tid)}%`);
      await page.goto(ext.extensionUrl('dashboard.html#tenants'));
      await rowOf(page, c).waitFor({ timeout: 15_000 });
    }
  });

  test('a template applied to Contoso and Fresh Start raises their scores, not Woodgrove’s', async () => {
    // The three heaviest controls failing on both (read from the simulator): enough points to show in a whole percent.
    const results = await Promise.all([contosoCustomer, freshStartCustomer].map(scanInNode));
    const failing = results.map((r) => new Map(r.controls.filter((k) => k.status === 'fail').map((k) => [k.id, k])));
    const controls = [...failing[0]!.values()]
      .filter((k) => failing[1]!.has(k.id) && !isReviewResult(k))
      .sort((a, b) => b.maxScore - a.maxScore)
      .slice(0, 3);
    expect(controls).toHaveLength(3);

    const failingCount = async (t: PartnerFleetTenant) =>
      Number(await rowOf(page, t).locator('td.num').nth(2).textContent());
    const failingBefore = await failingCount(contosoCustomer);

    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Managed by our SOC');
    for (const control of controls) {
      await page.getByLabel('Add a control').fill(control.title);
      await page.getByRole('button', { name: `Add ${control.title}`, exact: true }).click();
      const fields = page.getByRole('group', { name: new RegExp(`\\(${control.id}\\)$`) });
      await fields.getByLabel('Disposition', { exact: true }).selectOption({ label: 'Resolved by third party' });
      await fields.getByLabel('Note (optional)').fill('Our SOC’s tooling covers this.');
    }
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('heading', { name: 'Managed by our SOC', level: 4 }).waitFor();

    for (const t of partnerCustomers) await rowOf(page, t).getByRole('checkbox').setChecked(false);
    await rowOf(page, contosoCustomer).getByRole('checkbox').check();
    await rowOf(page, freshStartCustomer).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Apply to 2 selected tenants: “Managed by our SOC”' }).click();
    const confirm = page.getByRole('group', { name: 'Apply “Managed by our SOC”' });
    expect(await confirm.getByRole('listitem').allTextContents()).toEqual([
      contosoCustomer.name,
      freshStartCustomer.name,
    ]);
    await confirm.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Applied to' }).textContent())
      .toBe(`Applied to ${contosoCustomer.name}, ${freshStartCustomer.name}.`);

    for (const t of [contosoCustomer, freshStartCustomer])
      await expect.poll(() => scoreOf(page, t)).toBeGreaterThan(scores.get(t.tid)!);
    // The controls no longer count as failing there.
    expect(await failingCount(contosoCustomer)).toBe(failingBefore - 3);
    expect(await scoreOf(page, woodgroveCustomer)).toBe(scores.get(woodgroveCustomer.tid));
    expect(await rowOf(page, contosoCustomer).getByText('Managed by our SOC').count()).toBe(1);
    expect(await rowOf(page, woodgroveCustomer).getByText('Managed by our SOC').count()).toBe(0);
  });
});
