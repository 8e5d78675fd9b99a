/**
 * Rescan and Cancel in the popup for a signed-in tenant: the popup shows how many Graph requests are
 * answered while the scan runs, and Cancel stops it: nothing is saved, the previous score stays and
 * the popup says "Scan cancelled". Graph (the simulator) holds its answers until the test lets go,
 * so the scan is caught mid-way every time, not by timing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HistoryView } from '../../lib/engine/history/history';
import { createGraphSimulator } from '../../simulator/simulator';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { serveGraph, type GraphRequest, type GraphResponse } from './admin-pages';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';
import { startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';

describe('Rescan and Cancel for a signed-in tenant', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let options: Page;
  /** While set, Graph answers the first call and holds every later one until `release()`. */
  let hold: { answered: number; waiting: Array<() => void> } | null = null;
  const release = () => {
    const waiting = hold?.waiting ?? [];
    hold = null;
    waiting.forEach((go) => go());
  };

  beforeAll(async () => {
    idp = await startFakeIdp({ clientId: TEST_CLIENT_ID, user: { tid: TENANT_ID } });
    ext = await launchExtension({ idp });
    const sim = createGraphSimulator(contoso());
    await serveGraph(ext.context, async (req: GraphRequest): Promise<GraphResponse> => {
      if (hold && hold.answered++ > 0) await new Promise<void>((go) => hold!.waiting.push(go));
      return sim.handle(req);
    });
    options = await connectTestApp(ext);
    await options.reload(); // the page reads the saved connection when it loads
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await options.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await options.locator('.sign-in-state').filter({ hasText: 'Signed in as' }).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    release();
    await ext?.close();
    await idp?.close();
  });

  const scans = async () => (await ask<HistoryView>(options, 'getHistory')).points.length;
  const ringLabel = (p: Page) =>
    p
      .getByRole('figure', { name: /^Score / })
      .first()
      .getAttribute('aria-label');

  test('a first scan from the popup gives the score', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await popup.getByRole('button', { name: /^Scan (?!the demo)/ }).click();
    await popup
      .getByRole('figure', { name: /^Score / })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await scans()).toBe(1);
    await popup.close();
  });

  test('Rescan shows requests answered out of total; Cancel saves nothing and keeps the score', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await popup
      .getByRole('figure', { name: /^Score / })
      .first()
      .waitFor({ timeout: 10_000 });
    const before = await ringLabel(popup);
    hold = { answered: 0, waiting: [] };
    await popup.getByRole('button', { name: /^Scan (?!the demo)/ }).click();

    const status = popup.locator('.scan-progress [role="status"]');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/^Scanning… [1-9]\d* of \d+ Graph requests answered$/);
    const [, done, total] = /(\d+) of (\d+)/.exec((await status.textContent()) ?? '')!.map(Number) as [
      number,
      number,
      number,
    ];
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
    const bar = popup.getByRole('progressbar', { name: 'Scan progress' });
    expect(await bar.getAttribute('value')).toBe(String(done));
    await saveScreenshot(popup, 'popup-scan-progress-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-scan-progress-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    await popup.getByRole('button', { name: 'Cancel scan' }).click();
    await expect
      .poll(() => popup.locator('.notice').textContent(), { timeout: 15_000 })
      .toBe('Scan cancelled. Nothing was saved; the previous score stays.');
    release();
    expect(await popup.getByRole('button', { name: 'Cancel scan' }).count()).toBe(0);
    expect(await ringLabel(popup)).toBe(before);
    expect(await scans()).toBe(1);
    await saveScreenshot(popup, 'popup-scan-cancelled');

    // The next Rescan runs to the end and lands in the history.
    await popup.getByRole('button', { name: /^Scan (?!the demo)/ }).click();
    await expect.poll(scans, { timeout: 30_000 }).toBe(2);
    await expect.poll(() => popup.locator('.notice').count()).toBe(0);
    await popup.close();
  });
});
