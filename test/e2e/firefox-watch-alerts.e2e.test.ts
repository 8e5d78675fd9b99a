/**
 * The watch in Firefox (issue 15: "Firefox gets notifications too"), the path of
 * watch-alerts.e2e.test.ts through Firefox's background event page: signed in, two scheduled scans
 * fired by their alarm, the tenant changed between them (a CA policy switched to report-only by
 * alex@contoso.com, a user added to a group a CA policy excludes). The second scan raises one
 * notification naming the control, the points, who, and counting the rest.
 *
 * Firefox's notifications.getAll() gives each notification's options, so the text is read from an
 * extension page, not recorded in the background. Firefox shows the notification in its own alert
 * window here (launch-firefox.ts says why), so the test also reads what the admin sees and clicks it:
 * the real click, which Chrome offers no API for, opens the dashboard at the control's timeline.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyTenantChange } from '../../simulator/tenant-changes';
import { contoso } from '../../simulator/tenants/contoso';
import {
  saveAppRegistration,
  signInFromPopup,
  startFirefoxTenant,
  text,
  type FirefoxTenant,
} from './firefox/firefox-tenant';

const CONTROL = 'entra-admin-mfa-required';
const POLICY = 'Require MFA for administrators';
const EXCLUDED_GROUP = 'CA - Legacy Auth Exceptions';

interface Shown {
  readonly id: string;
  readonly title: string;
  readonly message: string;
}

/** Asks the background from an extension page, as the pages do (the pages channel of lib/messaging). */
const ask = (name: string): string =>
  `browser.runtime.sendMessage({ postureLens: 1, channel: 'pages', name: ${JSON.stringify(name)}, payload: null })
    .then((r) => { if (!r.ok) throw new Error(r.error); return r.value; })`;
/** The alarm the schedule sets, due now (then daily, as the schedule says). */
const fireAlarm = `browser.alarms.create('scheduled-scan', { when: Date.now() + 20, periodInMinutes: 1440 }).then(() => true)`;
/** Firefox's getAll() answers with each notification's options, not just its id. */
const shownNotifications = `browser.notifications.getAll().then((all) =>
  Object.entries(all).map(([id, o]) => ({ id, title: o.title, message: o.message })))`;

describe('Firefox: notifications after scheduled scans', () => {
  const tenant = contoso();
  let env: FirefoxTenant;
  let page: string;
  /** The alert window the second scan opened. */
  let clicked = '';

  beforeAll(async () => {
    env = await startFirefoxTenant(tenant);
    await saveAppRegistration(env.ff);
    await signInFromPopup(env.ff);
    page = await env.ff.openExtensionPage('options.html');
  });
  afterAll(() => env?.close());

  const scans = (): Promise<number> =>
    env.ff.evaluate<number>(page, `${ask('getHistory')}.then((h) => h.points.length)`);
  const waitForScans = (n: number): Promise<unknown> =>
    env.ff.waitFor(page, `${ask('getHistory')}.then((h) => h.points.length === ${n})`, 30_000);

  test('the first scheduled scan, in Firefox’s background, has nothing to compare with and notifies nothing', async () => {
    expect(await scans()).toBe(0);
    await env.ff.evaluate(page, fireAlarm);
    await waitForScans(1);
    // The toolbar shows the score once the watch has had its say (lib/background/scan-runner.ts), so
    // "nothing" below is checked after it decided, not before.
    await env.ff.waitFor(page, `browser.action.getBadgeText({}).then((t) => /^\\d+$/.test(t))`);
    expect(await env.ff.evaluate<Shown[]>(page, shownNotifications)).toEqual([]);
    expect(await env.ff.alerts()).toEqual([]);
  });

  test('a policy switched to report-only and a user added to an excluded group: one notification names the control, the points and who', async () => {
    const policy = tenant.conditionalAccessPolicies.find((p) => p.displayName === POLICY);
    const group = tenant.groups.find((g) => g.displayName === EXCLUDED_GROUP);
    const members = new Set(tenant.groupMembers[group?.id ?? ''] ?? []);
    const newcomer = tenant.users.find((u) => u.id && !members.has(u.id) && u.userType !== 'Guest');
    if (!policy?.id || !group?.id || !newcomer?.id)
      throw new Error(`The simulated tenant lacks "${POLICY}" or "${EXCLUDED_GROUP}".`);
    const at = new Date().toISOString();
    const actor = (upn: string) => ({ upn });
    applyTenantChange(tenant, {
      kind: 'caPolicyState',
      policyId: policy.id,
      state: 'enabledForReportingButNotEnforced',
      actor: actor('alex@contoso.com'),
      at,
    });
    applyTenantChange(tenant, {
      kind: 'addGroupMember',
      groupId: group.id,
      userId: newcomer.id,
      actor: actor('nestor@contoso.com'),
      at,
    });

    await env.ff.evaluate(page, fireAlarm);
    await waitForScans(2);
    // Firefox's alert window stays 20 s unless clicked: read it as soon as it shows.
    const [alert, ...others] = await env.ff.waitForAlerts();
    expect(others).toEqual([]);
    const shown = await env.ff.evaluate<Shown[]>(page, shownNotifications);
    expect(shown).toHaveLength(1);
    const [n] = shown;
    // The id carries the tenant and the control, so a click knows where to go.
    expect(n?.id).toContain(`|${CONTROL}|`);
    expect(n?.title).toBe('Contoso: posture dropped');
    expect(n?.message).toMatch(/^MFA is required for every administrator role: −10 points\b/);
    // Who, from the audit log the scan read; the group addition is counted, not dropped.
    expect(n?.message).toContain('by alex@contoso.com');
    expect(n?.message).toContain('and 1 more');
    // What the admin reads is that notification, whole.
    expect(alert).toMatchObject({ title: n?.title, text: n?.message });
    clicked = alert!.context;
    await env.ff.screenshot(clicked, 'firefox-watch-alert');
  });

  test("clicking the notification opens the dashboard at the control's timeline, which says who", async () => {
    // A click on Firefox's alert window, as the admin's: Firefox tells the background (onClicked).
    await env.ff.evaluate(clicked, `document.getElementById('alertBox').click(), true`);
    const dashboard = await env.ff.waitForContext((u) =>
      u.endsWith(`/dashboard.html#control=${CONTROL}&view=timeline`),
    );
    const timeline = text('.control-timeline');
    await env.ff.waitFor(dashboard, `${timeline}.includes('alex@contoso.com')`);
    expect(await env.ff.evaluate(dashboard, text('.control-detail'))).toContain(
      'MFA is required for every administrator role',
    );
    expect(await env.ff.evaluate(dashboard, timeline)).toContain('Report-only');
    // Clicked, it is gone from the list and from the screen.
    expect(await env.ff.evaluate(page, shownNotifications)).toEqual([]);
    await expect.poll(() => env.ff.alerts()).toEqual([]);
    await env.ff.screenshot(dashboard, 'firefox-watch-timeline');
  });
});
