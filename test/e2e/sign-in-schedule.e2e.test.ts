/**
 * Scheduled background scans: the options page sets the alarm (off, daily, weekly); the alarm scans
 * the signed-in tenant with a silent token and the scan lands in history; an expired refresh token
 * skips the scan, shows `!` with the reason in the toolbar title, and pauses later alarms until the
 * user signs in again, even after the service worker stopped (the state is persisted).
 *
 * The alarm is fired for real: the test re-creates it (same name, same period) due in a few ms.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HistoryView } from '../../lib/engine/history/history';
import { createGraphSimulator } from '../../simulator/simulator';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { serveGraph, type GraphRequest } from './admin-pages';
import { startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';

const clientId = TEST_CLIENT_ID;
const ALARM = 'scheduled-scan';
const DAY = 24 * 60;

interface ChromeApis {
  chrome: {
    alarms: {
      get(name: string): Promise<{ periodInMinutes?: number; scheduledTime: number } | undefined>;
      create(name: string, info: { when: number; periodInMinutes: number }): Promise<void>;
    };
    action: {
      getBadgeText(d: object): Promise<string>;
      getTitle(d: object): Promise<string>;
      setBadgeText(d: { text: string }): Promise<void>;
    };
    runtime: { sendMessage(m: unknown): Promise<unknown>; reload(): void };
  };
}

describe('scheduled background scans', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let graph: { requests: GraphRequest[] };
  let page: Page;

  beforeAll(async () => {
    idp = await startFakeIdp({ clientId, accessTokenLifetimeSeconds: 120, user: { tid: TENANT_ID } });
    ext = await launchExtension({ idp });
    const sim = createGraphSimulator(contoso());
    graph = await serveGraph(ext.context, (req) => sim.handle(req));
    page = await connectTestApp(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
  });

  // Asked from an extension page, not the worker: Playwright doesn't report a restarted extension
  // service worker, and these APIs answer pages just the same.
  const alarm = () => page.evaluate((n) => (globalThis as unknown as ChromeApis).chrome.alarms.get(n), ALARM);
  /** Fires the real alarm: the same alarm, due now, then every day as the schedule says. */
  const fireAlarm = () =>
    page.evaluate(
      ([n, period]) =>
        (globalThis as unknown as ChromeApis).chrome.alarms.create(n, {
          when: Date.now() + 20,
          periodInMinutes: period,
        }),
      [ALARM, DAY] as const,
    );
  const badge = () =>
    page.evaluate(async () => {
      const { action } = (globalThis as unknown as ChromeApis).chrome;
      return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
    }, null);
  const scans = async (p: Page) => (await ask<HistoryView>(p, 'getHistory')).points.length;
  const tokenRequests = () => idp.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).length;
  const signInState = (p: Page) => p.locator('.sign-in-state').textContent();
  const scheduleState = (p: Page) => p.locator('.schedule-state').textContent();
  const signIn = async (button: string) => {
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await page.getByRole('button', { name: button, exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
  };

  test('daily by default; the options page sets weekly or off, and the alarm follows', async () => {
    await page.reload();
    const select = page.getByRole('combobox', { name: 'Scan the signed-in tenant' });
    await expect.poll(() => select.inputValue()).toBe('daily');
    expect((await alarm())?.periodInMinutes).toBe(DAY);
    // Connected but nobody signed in: nothing can be scanned yet, so no "Next scan" time.
    expect(await scheduleState(page)).toBe(
      'Daily once a tenant is connected and signed in: nothing is scanned until then.',
    );

    await select.selectOption('weekly');
    await expect.poll(async () => (await alarm())?.periodInMinutes).toBe(7 * DAY);
    await select.selectOption('off');
    await expect.poll(alarm).toBeUndefined();
    await expect.poll(() => scheduleState(page)).toBe('Off: scans run only when you start one.');
    await select.selectOption('daily');
    await expect.poll(async () => (await alarm())?.periodInMinutes).toBe(DAY);
    await page.reload();
    await expect.poll(() => select.inputValue()).toBe('daily');
  });

  test('the alarm scans the signed-in tenant with a silent token; the scan lands in history', async () => {
    await signIn('Sign in');
    await expect.poll(() => signInState(page), { timeout: 15_000 }).toContain('Signed in as Adele Vance');
    await expect.poll(() => scheduleState(page)).toMatch(/^Next scan: \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}\. /);
    expect(await scans(page)).toBe(0);
    const graphBefore = graph.requests.length;
    const refreshes = idp.issuedTokens.filter((t) => t.grantType === 'refresh_token').length;

    await fireAlarm();
    await expect.poll(() => scans(page), { timeout: 30_000 }).toBe(1);
    expect(graph.requests.length).toBeGreaterThan(graphBefore);
    // No sign-in page: the token came from the refresh token (access tokens here outlive nothing).
    expect(idp.issuedTokens.filter((t) => t.grantType === 'refresh_token').length).toBeGreaterThan(refreshes);
    // The badge follows the save (lib/background/scan-runner.ts): wait for it rather than race it.
    await expect.poll(async () => (await badge()).text, { timeout: 15_000 }).toMatch(/^\d+$/);
    await expect.poll(async () => (await badge()).title).toContain('Contoso');
    // Still scheduled daily after it fired.
    expect((await alarm())?.periodInMinutes).toBe(DAY);

    await fireAlarm();
    await expect.poll(() => scans(page), { timeout: 30_000 }).toBe(2);
  });

  test('an expired sign-in skips the scan, shows ! and why, and pauses later alarms', async () => {
    idp.expireRefreshTokens();
    await fireAlarm();
    await expect.poll(async () => (await badge()).text, { timeout: 15_000 }).toBe('!');
    // Text, colour and title are three calls: the title may land after the text.
    await expect
      .poll(async () => (await badge()).title)
      .toBe('Posture Lens — sign-in expired: background scans are paused. Sign in again.');
    expect(await scans(page)).toBe(2);

    await page.reload();
    await expect
      .poll(() => signInState(page))
      .toBe('Sign-in expired: background scans are paused until you sign in again.');
    expect(await scheduleState(page)).toBe('Paused: the sign-in expired. Sign in again to resume background scans.');

    // Paused: the next alarm doesn't even ask for a token.
    const tokens = tokenRequests();
    await fireAlarm();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(tokenRequests()).toBe(tokens);
    expect(await scans(page)).toBe(2);
    await saveScreenshot(page, 'options-schedule-paused');
  });

  test('the paused state survives the service worker stopping, and a sign-in resumes scanning', async () => {
    // As after a browser restart: no badge, and a worker that starts from nothing. Only what was
    // persisted can bring back the `!` and the pause.
    await page.evaluate(() => (globalThis as unknown as ChromeApis).chrome.action.setBadgeText({ text: '' }), null);
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.reload(); // its getAuthState starts the worker again
    await expect.poll(async () => (await badge()).text, { timeout: 15_000 }).toBe('!');
    await expect.poll(async () => (await badge()).title).toContain('sign-in expired');
    await expect.poll(async () => (await alarm())?.periodInMinutes).toBe(DAY);
    await expect
      .poll(() => signInState(page), { timeout: 15_000 })
      .toBe('Sign-in expired: background scans are paused until you sign in again.');
    const tokens = tokenRequests();
    await fireAlarm();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(tokenRequests()).toBe(tokens);

    await signIn('Sign in another account');
    await expect
      .poll(() => signInState(page), { timeout: 15_000 })
      .toBe('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.');
    await expect.poll(async () => (await badge()).text).toMatch(/^\d+$/);
    await fireAlarm();
    await expect.poll(() => scans(page), { timeout: 30_000 }).toBe(3);
  });
});
