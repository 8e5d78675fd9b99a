/**
 * A control's timeline: two demo scans with a change between them (the earlier one seeded, and an audit
 * read on the latest naming who changed it), opened by the deep link `#control=<id>&view=timeline` and
 * from "What changed". Saves `control-timeline-1280` for the README.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changeWords } from '../../lib/engine/history/timeline';
import type { AuditRead } from '../../lib/engine/watch/audit-event';
import type { AppState } from '../../lib/messaging/protocol';
import { ask } from './ask-background';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveElementScreenshot, saveScreenshot } from './screenshots';
import { seedEarlierScan } from './seed-timeline';

const VIEWPORT = { width: 1280, height: 800 };
const ID = 'entra-legacy-auth-blocked';
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const entries = (page: Page) => timeline(page).locator('ol.timeline > li');

/** axe-core's serious and critical findings inside the timeline, one line each (as accessibility.e2e does). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .include('section.control-timeline')
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' › ')} — ${v.help}`));
}

describe('a control timeline on the demo tenant', () => {
  let ext: LaunchedExtension;
  let page: Page;
  let expectedChange: string;
  let latestAt: string;
  beforeAll(async () => {
    ext = await launchExtension();
    await runDemoFromPopup(ext);
    page = await openDashboard(ext, (p) => p.getByRole('heading', { name: 'What changed' }), VIEWPORT);
    const { scan } = await ask<AppState>(page, 'getState');
    const now = scan?.controls.find((c) => c.id === ID);
    if (!scan || !now) throw new Error(`the demo scan has no ${ID}`);
    latestAt = scan.scannedAt;
    const before = { status: 'pass', score: now.maxScore } as const;
    expectedChange = changeWords({ ...before, maxScore: now.maxScore }, now);
    const at = new Date(Date.parse(latestAt) - 3 * 3_600_000).toISOString();
    const audit: AuditRead = {
      status: 'read',
      from: new Date(Date.parse(latestAt) - 86_400_000).toISOString(),
      to: latestAt,
      events: [
        {
          id: 'seeded-1',
          activity: 'Update conditional access policy',
          at,
          actor: { kind: 'user', upn: 'alex@contoso.com' },
          targets: [{ id: 'policy-legacy', type: 'Policy', name: 'Block legacy authentication' }],
          changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
          controls: [ID],
        },
      ],
    };
    await seedEarlierScan(page, { controlId: ID, before, audit });
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the deep link opens the detail at its timeline: both scans, newest first, and who changed it', async () => {
    const linked = await ext.context.newPage();
    await linked.setViewportSize(VIEWPORT);
    await (await ext.context.newCDPSession(linked)).send('Emulation.setLocaleOverride', { locale: 'en-GB' });
    await linked.goto(ext.extensionUrl(`dashboard.html#control=${ID}&view=timeline`));
    await entries(linked).nth(1).waitFor({ timeout: 15_000 });
    expect(await entries(linked).count()).toBe(2);
    const times = await entries(linked)
      .locator(':scope > p time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(times[0]).toBe(latestAt);
    expect(Date.parse(times[1]!)).toBe(Date.parse(latestAt) - 86_400_000);
    const newest = (await entries(linked).nth(0).textContent()) ?? '';
    expect(newest).toContain(expectedChange);
    expect(newest).toContain('alex@contoso.com · Update conditional access policy “Block legacy authentication”');
    expect(newest).toContain('State: On → Report-only');
    expect(await entries(linked).nth(1).textContent()).toContain('Oldest scan shown here');
    // Scrolled to: the timeline's heading is in the viewport without the reader scrolling.
    await expect
      .poll(async () => {
        const box = await timeline(linked).getByRole('heading', { name: 'Timeline' }).boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
      })
      .toBe(true);
    expect(await seriousViolations(linked)).toEqual([]);
    await saveElementScreenshot(timeline(linked), 'control-timeline-1280');
    await saveScreenshot(linked, 'control-timeline-deep-link', { fullPage: false });
    await linked.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(linked)).toEqual([]);
    await saveElementScreenshot(timeline(linked), 'control-timeline-1280-dark');
    await linked.close();
  });

  test('"What changed" links the change into that control\'s timeline', async () => {
    await page.reload();
    const changes = page.getByRole('list', { name: 'Changes since the previous scan' });
    const link = changes.getByRole('link').first();
    await link.waitFor({ timeout: 15_000 });
    expect(await link.getAttribute('href')).toBe(`#control=${ID}&view=timeline`);
    const timelineInView = async (): Promise<boolean> => {
      const box = await timeline(page).getByRole('heading', { name: 'Timeline' }).boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
    };
    await link.click();
    await page.waitForURL(new RegExp(`#control=${ID}&view=timeline$`));
    await entries(page).nth(1).waitFor();
    await expect.poll(timelineInView).toBe(true);
    // Another control, then the same change again: the link scrolls to the timeline a second time.
    const heading = page.locator('article.control-detail h3');
    const before = await heading.textContent();
    await page.evaluate(() => (location.hash = 'control=entra-user-mfa-required'));
    await expect.poll(() => heading.textContent()).not.toBe(before);
    await page.evaluate(() => scrollTo(0, 0));
    await link.click();
    await entries(page).nth(1).waitFor();
    await expect.poll(timelineInView).toBe(true);
  });
});
