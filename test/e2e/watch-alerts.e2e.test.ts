/**
 * The watch (issue 15 §1): a signed-in tenant, two scheduled scans fired for real by their alarm, and
 * the tenant changed between them (its "Require MFA for administrators" policy switched to
 * report-only by alex@contoso.com, a user added to a group legacy-auth blocking excludes). The second
 * scan raises one browser notification, read in the service worker through chrome.notifications, that
 * names the control, the points lost and who, and counts the rest; its link opens the dashboard at the
 * control's timeline, and the dashboard's Recent alerts keeps the alert with every finding.
 *
 * Chrome has no API to click a notification, so the click is the unit test's
 * (lib/background/watch-alerts.test.ts); here the link it opens is followed. The notification's text
 * is read by recording what the background passes to chrome.notifications.create (getAll gives ids
 * only), in the worker itself.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HistoryView } from '../../lib/engine/history/history';
import { createGraphSimulator } from '../../simulator/simulator';
import { applyTenantChange } from '../../simulator/tenant-changes';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { serveGraph } from './admin-pages';
import { startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveElementScreenshot } from './screenshots';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';

const ALARM = 'scheduled-scan';
const DAY = 24 * 60;
const CONTROL = 'entra-admin-mfa-required';
const POLICY = 'Require MFA for administrators';
const EXCLUDED_GROUP = 'CA - Legacy Auth Exceptions';

interface NotificationApis {
  chrome: {
    alarms: { create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> };
    notifications: {
      getAll(): Promise<Record<string, boolean>>;
      create(id: string, options: { title: string; message: string }): Promise<string>;
    };
  };
  createdNotifications?: { id: string; title: string; message: string }[];
}

/** axe-core on the Recent alerts region: serious and critical violations, as accessibility.e2e.test.ts counts them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .include('.recent-alerts')
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' › ')} — ${v.help}`));
}

describe('notifications after scheduled scans', () => {
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  let page: Page;
  const tenant = contoso();

  beforeAll(async () => {
    idp = await startFakeIdp({ clientId: TEST_CLIENT_ID, user: { tid: TENANT_ID } });
    ext = await launchExtension({ idp });
    const sim = createGraphSimulator(tenant);
    await serveGraph(ext.context, (req) => sim.handle(req));
    page = await connectTestApp(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
  });

  const worker = (): Promise<Worker> => ext.currentServiceWorker();
  const scans = async () => (await ask<HistoryView>(page, 'getHistory')).points.length;
  /** The alarm the schedule set, due now (then daily, as the schedule says). */
  const fireAlarm = () =>
    page.evaluate(
      ([n, period]) =>
        (globalThis as unknown as NotificationApis).chrome.alarms.create(n, {
          when: Date.now() + 20,
          periodInMinutes: period,
        }),
      [ALARM, DAY] as const,
    );
  /** Records what the background shows, in the worker (chrome.notifications.getAll says ids only). */
  const recordNotifications = async () =>
    (await worker()).evaluate(() => {
      const g = globalThis as unknown as NotificationApis;
      if (g.createdNotifications) return;
      g.createdNotifications = [];
      const create = g.chrome.notifications.create.bind(g.chrome.notifications);
      g.chrome.notifications.create = (id, options) => {
        g.createdNotifications?.push({ id, title: options.title, message: options.message });
        return create(id, options);
      };
    });
  const shown = async () =>
    (await worker()).evaluate(async () => {
      const g = globalThis as unknown as NotificationApis;
      return { ids: Object.keys(await g.chrome.notifications.getAll()), created: g.createdNotifications ?? [] };
    });

  test('signed in, the first scheduled scan has nothing to compare with and notifies nothing', async () => {
    await page.reload(); // the connection was saved by message: show it
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.sign-in-state').textContent(), { timeout: 15_000 }).toContain('Signed in');
    // The Connect page's Watch section: on, any drop, for the signed-in tenant.
    const watch = page.getByRole('region', { name: 'Watch' });
    // Named by the account's domain until its first scan names the organization.
    await expect.poll(() => watch.textContent()).toContain('After each background scan of contoso.onmicrosoft.com');
    expect(await watch.getByRole('checkbox', { name: /Notify me/ }).isChecked()).toBe(true);
    await saveElementScreenshot(watch, 'options-watch');

    await recordNotifications();
    await fireAlarm();
    await expect.poll(scans, { timeout: 30_000 }).toBe(1);
    expect((await shown()).ids).toEqual([]);
  });

  test('a policy switched to report-only and a user added to an excluded group: one notification names the control, the points and who', async () => {
    // The tenant changes as admins would change it: the simulator serves the change from the next read
    // and writes it to the audit log the scan reads.
    const policy = tenant.conditionalAccessPolicies.find((p) => p.displayName === POLICY);
    if (!policy?.id) throw new Error(`The simulated tenant has no "${POLICY}" policy.`);
    const at = new Date().toISOString();
    applyTenantChange(tenant, {
      kind: 'caPolicyState',
      policyId: policy.id,
      state: 'enabledForReportingButNotEnforced',
      actor: { upn: 'alex@contoso.com' },
      at,
    });
    const group = tenant.groups.find((g) => g.displayName === EXCLUDED_GROUP);
    const members = new Set(tenant.groupMembers[group?.id ?? ''] ?? []);
    const newcomer = tenant.users.find((u) => u.id && !members.has(u.id) && u.userType !== 'Guest');
    if (!group?.id || !newcomer?.id)
      throw new Error(`The simulated tenant has no "${EXCLUDED_GROUP}" group to add to.`);
    applyTenantChange(tenant, {
      kind: 'addGroupMember',
      groupId: group.id,
      userId: newcomer.id,
      actor: { upn: 'nestor@contoso.com' },
      at,
    });

    await recordNotifications();
    await fireAlarm();
    await expect.poll(scans, { timeout: 30_000 }).toBe(2);
    await expect.poll(async () => (await shown()).ids.length, { timeout: 15_000 }).toBe(1);
    const { ids, created } = await shown();
    expect(ids[0]).toContain(`|${CONTROL}|`);
    expect(created).toHaveLength(1);
    expect(created[0]?.title).toBe('Contoso: posture dropped');
    expect(created[0]?.message).toMatch(/^MFA is required for every administrator role: −10 points\b/);
    // Who, from the audit log the scan read; the group addition is counted, not dropped.
    expect(created[0]?.message).toContain('by alex@contoso.com');
    expect(created[0]?.message).toContain('and 1 more');
  });

  test("the notification's link opens the dashboard at the control's timeline", async () => {
    const { ids } = await shown();
    const controlId = ids[0]?.split('|')[2];
    expect(controlId).toBe(CONTROL);
    const dashboard = await ext.context.newPage();
    await dashboard.goto(ext.extensionUrl(`dashboard.html#control=${controlId}&view=timeline`));
    const detail = dashboard.locator('.control-detail');
    await expect
      .poll(() => detail.textContent(), { timeout: 15_000 })
      .toContain('MFA is required for every administrator role');
    // The timeline says who switched it and what changed, from the audit log the scan read.
    const timeline = dashboard.getByRole('region', { name: /Timeline/ });
    await expect.poll(() => timeline.textContent(), { timeout: 15_000 }).toContain('alex@contoso.com');
    expect(await timeline.textContent()).toContain('Report-only');
    await saveElementScreenshot(timeline, 'control-timeline-watch'); // README's Monitoring section
    await saveElementScreenshot(detail, 'dashboard-watch-alert-target');
  });

  test('the dashboard keeps the alert: the notification as sent and both findings, with who, linking to their timelines', async () => {
    const dashboard = await ext.context.newPage();
    await dashboard.goto(ext.extensionUrl('dashboard.html'));
    const recent = dashboard.getByRole('region', { name: 'Recent alerts' });
    const entry = recent
      .getByRole('list', { name: /newest first/ })
      .getByRole('listitem')
      .first();
    await expect.poll(() => entry.textContent(), { timeout: 15_000 }).toContain('Contoso: posture dropped');
    const { created } = await shown();
    expect(await entry.getByRole('figure').textContent()).toContain(created[0]?.message);

    // The notification named one and counted the other: the list has both, each with who did it.
    const findings = entry.getByRole('list', { name: /things the scan found/ }).getByRole('listitem');
    const caFinding = findings.filter({ hasText: 'MFA is required for every administrator role: −10 points' });
    expect(await caFinding.textContent()).toContain('by alex@contoso.com');
    const groupFinding = findings.filter({ hasText: `added to ${EXCLUDED_GROUP}` });
    expect(await groupFinding.textContent()).toContain('by nestor@contoso.com');
    expect(await caFinding.getByRole('link').getAttribute('href')).toBe(`#control=${CONTROL}&view=timeline`);
    expect(await groupFinding.getByRole('link').getAttribute('href')).toMatch(/^#control=[\w.-]+&view=timeline$/);
    await saveElementScreenshot(recent, 'watch-alerts-recent'); // README's Monitoring section
    expect(await seriousViolations(dashboard)).toEqual([]);

    // Keyboard: the finding's link opens that control's timeline.
    await caFinding.getByRole('link').focus();
    await dashboard.keyboard.press('Enter');
    await expect
      .poll(() => dashboard.getByRole('region', { name: /Timeline/ }).textContent(), { timeout: 15_000 })
      .toContain('alex@contoso.com');

    // Dark, and narrow: the same text, nothing pushed past the edge.
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.setViewportSize({ width: 380, height: 800 });
    expect(await recent.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await saveElementScreenshot(recent, 'watch-alerts-recent-dark-narrow');
    expect(await seriousViolations(dashboard)).toEqual([]);
  });
});
