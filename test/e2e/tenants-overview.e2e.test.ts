/**
 * The Tenants overview (issue 16 §2) with two tenants' histories in the store: the demo's (scanned,
 * then seeded with older scans) and a second tenant's, copied from it, dated three weeks back, whose
 * account is signed out. Rows, sorting, the stale tag; light, dark and narrow screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';
import { seedHistory } from './seed-history';

const OTHER = 'aaaaaaaa-1111-4111-8111-000000000001';

/** A second tenant: the demo's stored scans copied under another id and name, 21 days older. */
async function seedOtherTenant(page: Page): Promise<void> {
  await page.evaluate(
    async ({ id }) => {
      const done = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error('An IndexedDB request failed.'));
        });
      const db = await done(indexedDB.open('posture-lens'));
      type Rec = { key: string; tenantId: string; scannedAt: string; scan: { scannedAt: string; tenant: object } };
      const tx = db.transaction(['scans', 'tenants'], 'readwrite');
      const scans = (await done(tx.objectStore('scans').getAll())) as Rec[];
      let last = '';
      for (const rec of scans) {
        const scannedAt = new Date(Date.parse(rec.scannedAt) - 21 * 86_400_000).toISOString();
        last = scannedAt > last ? scannedAt : last;
        const tenant = { ...rec.scan.tenant, id, displayName: 'Fabrikam (seeded)' };
        await done(
          tx.objectStore('scans').put({
            ...rec,
            key: `${id}|${scannedAt}`,
            tenantId: id,
            scannedAt,
            scan: { ...rec.scan, scannedAt, tenant },
          }),
        );
      }
      await done(
        tx
          .objectStore('tenants')
          .put({ id, displayName: 'Fabrikam (seeded)', cloud: 'global', demo: false, lastScannedAt: last }),
      );
      db.close();
    },
    { id: OTHER },
  );
}

const table = (page: Page) => page.getByRole('table');
const names = (page: Page) => table(page).getByRole('rowheader').locator('button').allTextContents();
const rowOf = (page: Page, name: RegExp) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });

describe('the Tenants overview', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    await runDemoFromPopup(ext);
    page = await openDashboard(ext, (p) => p.getByRole('link', { name: 'Tenants' }));
    await (await ext.context.newCDPSession(page)).send('Emulation.setLocaleOverride', { locale: 'en-GB' });
    await seedHistory(page, { added: 6, everyDays: 7 });
    await seedOtherTenant(page);
    await page.getByRole('link', { name: 'Tenants' }).click();
    await table(page).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await ext?.close();
  });

  test("one row per tenant, each with its own history's line", async () => {
    await expect.poll(() => names(page)).toHaveLength(2);
    expect((await names(page)).sort()).toEqual(['Contoso', 'Fabrikam (seeded)'].sort());
    const demo = rowOf(page, /^Contoso/);
    expect(await demo.getByRole('img', { name: /^Score over 7 scans: / }).count()).toBe(1);
    expect(await demo.getByText('Demo', { exact: true }).count()).toBe(1);
    const other = rowOf(page, /^Fabrikam/);
    expect(await other.getByText('Signed out').count()).toBe(1);
    expect(await other.getByRole('img', { name: /^Score over 7 scans: / }).count()).toBe(1);
  });

  test('the stale tag follows the threshold chosen on the page', async () => {
    expect(
      await rowOf(page, /^Fabrikam/)
        .getByText('Stale', { exact: true })
        .count(),
    ).toBe(1);
    expect(
      await rowOf(page, /^Contoso/)
        .getByText('Stale', { exact: true })
        .count(),
    ).toBe(0);
    await page.getByLabel(/Stale after/).fill('30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() =>
        rowOf(page, /^Fabrikam/)
          .getByText('Stale', { exact: true })
          .count(),
      )
      .toBe(0);
    await page.getByLabel(/Stale after/).fill('7');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() =>
        rowOf(page, /^Fabrikam/)
          .getByText('Stale', { exact: true })
          .count(),
      )
      .toBe(1);
  });

  test('sorting by name, then reversed', async () => {
    const header = page.getByRole('columnheader', { name: /Tenant/ });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await names(page)).toEqual(['Contoso', 'Fabrikam (seeded)']);
    await header.getByRole('button').click();
    expect(await names(page)).toEqual(['Fabrikam (seeded)', 'Contoso']);
  });

  test('light, dark and narrow', async () => {
    await saveScreenshot(page, 'tenants-overview');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'tenants-overview-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 600, height: 900 });
    await saveScreenshot(page, 'tenants-overview-narrow', { fullPage: false });
    // The name column stays in view while the table scrolls sideways.
    const scroller = page.getByRole('region', { name: 'Tenants table' });
    await scroller.evaluate((el) => (el.scrollLeft = 400));
    const box = await rowOf(page, /^Contoso/)
      .getByRole('rowheader')
      .boundingBox();
    expect(box?.x).toBeLessThan(60);
    await saveScreenshot(page, 'tenants-overview-narrow-scrolled', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  test('the dashboard comes back with its link, and #control= still opens a control', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('link', { name: 'Tenants' }).waitFor();
    await page.goto(ext.extensionUrl('dashboard.html#control=entra-legacy-auth-blocked'));
    await page.locator('.control-detail').waitFor({ timeout: 15_000 });
  });
});
