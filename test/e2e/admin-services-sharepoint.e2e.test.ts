/**
 * SharePoint Online read live (issue 17): an admin signed in with the fake identity provider, whose
 * tenant was never scanned, opens the Connect page: one Graph read of /organization names the tenant's
 * initial domain, so the SharePoint item shows exactly the tenant's admin host. Turn on consents to that
 * host's resource in the sign-in window (prompt=consent, `https://woodgrovebank-admin.sharepoint.com/.default`
 * only), the token's audience is the admin host, and the next scan reads `GET /_api/SPO.Tenant` there:
 * the control detail says "Read live from SharePoint Online: GET /_api/SPO.Tenant".
 *
 * As in admin-services.e2e.test.ts, headless Chromium can't answer the native prompt for optional host
 * permissions, so this run loads a copy of the build whose manifest already grants the tenant's admin
 * host (exactly that host, as Turn on asks for it); the shipped manifest keeps `*.sharepoint.com` optional.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { createGraphSimulator } from '../../simulator/simulator';
import { hardenedE5, hardenedE5Ids } from '../../simulator/tenants/hardened-e5';
import { serveAdminServices, serveGraph, type GraphRequest } from './admin-pages';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';
import { decodeJwtPayload, startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveElementScreenshot } from './screenshots';

/** woodgrovebank.onmicrosoft.com's SharePoint admin host (the demo's Contoso is the demo, not a sign-in). */
const ADMIN_HOST = 'https://woodgrovebank-admin.sharepoint.com';
const CONTROL = 'spo-infected-file-download-blocked';

/** The build, with the tenant's admin host granted up front (see the file comment). */
async function buildWithAdminHostGranted(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'posture-lens-sharepoint-build-'));
  await cp(resolve(process.env.POSTURE_LENS_E2E_BUILD_DIR ?? '.output/chrome-mv3'), dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
  // What Turn on asks for must sit inside what the shipped manifest declares optional.
  if (!manifest.optional_host_permissions?.includes('https://*.sharepoint.com/*'))
    throw new Error('The manifest no longer declares https://*.sharepoint.com/* optional.');
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${ADMIN_HOST}/*`];
  await writeFile(file, JSON.stringify(manifest));
  return dir;
}

describe('admin services: SharePoint Online read live from the tenant’s own admin host', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let build: string;
  let graphRequests: GraphRequest[];
  let serviceRequests: GraphRequest[];
  // This tenant keeps infected files downloadable: a verdict only SharePoint's read can give.
  const tenant = hardenedE5();
  tenant.services = {
    ...(tenant.services ?? { cmdlets: {}, teams: {} }),
    sharepoint: { ...tenant.services?.sharepoint, DisallowInfectedFileDownload: false },
  };
  const sim = createGraphSimulator(tenant);

  const authorizePage = () =>
    ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'), timeout: 15_000 });
  const latestScan = async (page: Page) => (await ask<{ scan: ScanResult | null }>(page, 'getState')).scan;
  const sharePoint = (page: Page) => page.getByRole('listitem', { name: 'SharePoint Online' });

  beforeAll(async () => {
    idp = await startFakeIdp({ clientId: TEST_CLIENT_ID, user: { tid: hardenedE5Ids.tenantId } });
    idp.requireConsent([ADMIN_HOST]);
    build = await buildWithAdminHostGranted();
    ext = await launchExtension({ idp, buildDir: build });
    graphRequests = (await serveGraph(ext.context, (req) => sim.handle(req))).requests;
    serviceRequests = (await serveAdminServices(ext.context, (req) => sim.handle(req))).requests;
    const page = await connectTestApp(ext);
    const popup = await ext.openPopup({ width: 400, height: 700 });
    const opened = authorizePage();
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await popup.locator('.sign-in-state', { hasText: 'Signed in as' }).waitFor({ timeout: 15_000 });
    await popup.close();
    await page.close();
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
    if (build) await rm(build, { recursive: true, force: true });
  });

  test('never scanned: the Connect page names the tenant’s admin host from one Graph read, and says why the permission is wide', async () => {
    const page = await ext.openOptions();
    expect(await latestScan(page)).toBeNull();
    const item = sharePoint(page);
    await expect
      .poll(() => item.textContent(), { timeout: 15_000 })
      .toContain(`Browser access, asked for in Turn on’s click: ${ADMIN_HOST}/*.`);
    const text = (await item.textContent()) ?? '';
    expect(text).toMatch(/SharePoint Online: Off/);
    expect(text).toContain('AllSites.FullControl');
    expect(text).toContain('Office 365 SharePoint Online');
    expect(text).toContain('Microsoft has no read-only permission for SharePoint’s admin API');
    expect(text).toContain('GET /_api/SPO.Tenant');
    expect(text).toContain('SharePoint Administrator');
    // The domain came from Graph's organization read, a GET, and nothing reached SharePoint.
    expect(graphRequests.filter((r) => new URL(r.url).pathname === '/v1.0/organization').map((r) => r.method)).toEqual([
      'GET',
    ]);
    expect(serviceRequests).toEqual([]);
    await page.close();
  });

  test('Turn on consents to the admin host’s resource only, and its token is for that host', async () => {
    const page = await ext.openOptions();
    const opened = authorizePage();
    await page.getByRole('button', { name: 'Turn on SharePoint Online' }).click();
    const auth = await opened;
    const authorize = new URL(auth.url());
    expect(authorize.searchParams.get('prompt')).toBe('consent');
    const scopes = (authorize.searchParams.get('scope') ?? '').split(' ');
    expect(scopes.filter((s) => !['openid', 'profile', 'offline_access'].includes(s))).toEqual([
      `${ADMIN_HOST}/.default`,
    ]);
    await auth.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => sharePoint(page).locator('.service-status').textContent(), { timeout: 15_000 })
      .toMatch(/^SharePoint Online: On: read live/);
    const tokens = idp.issuedTokens.filter((t) => decodeJwtPayload(t.accessToken).aud === ADMIN_HOST);
    expect(tokens.length).toBeGreaterThan(0);
    await saveElementScreenshot(page.getByRole('region', { name: 'Admin services' }), 'connect-page-sharepoint-on');
    await page.close();
  });

  test('the next scan reads SharePoint live with one GET, and the detail names it', async () => {
    const page = await ext.openOptions();
    await ask(page, 'scanSignedInTenant');
    const control = (await latestScan(page))?.controls.find((c) => c.id === CONTROL);
    expect(control?.serviceRead).toEqual({ services: ['sharepoint'], live: true });
    expect(control?.status).toBe('fail');
    await page.close();
    // Exactly one request reached SharePoint: a GET of the tenant settings on the tenant's admin host,
    // with a token whose audience is that host.
    expect(serviceRequests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${ADMIN_HOST}/_api/SPO.Tenant`]);
    const bearer = (serviceRequests[0]?.headers['authorization'] ?? '').replace(/^Bearer /, '');
    expect(decodeJwtPayload(bearer).aud).toBe(ADMIN_HOST);
    expect(sim.serviceStats.violations).toEqual([]);

    const dashboard = await ext.openDashboard();
    await dashboard.setViewportSize({ width: 1280, height: 800 });
    await dashboard.goto(ext.extensionUrl(`dashboard.html#control=${CONTROL}`));
    const detail = dashboard.locator('article.control-detail');
    await detail.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await detail.getByRole('list', { name: 'Where this verdict came from' }).textContent()).toBe(
      'Read live from SharePoint Online: GET /_api/SPO.Tenant',
    );
    await saveElementScreenshot(detail, 'control-detail-live-sharepoint');
  });
});
