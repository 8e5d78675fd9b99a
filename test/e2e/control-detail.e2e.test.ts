/**
 * The control detail leads with the fix: an admin who picks an improvement action at 1280×800 sees the
 * verdict, the value to set and the link to the admin-center page without scrolling.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogue } from '../../controls';
import { rankedImprovements } from '../../lib/engine/score/improvements';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';

const VIEWPORT = { width: 1280, height: 800 };
const improvements = (page: Page) => page.getByRole('region', { name: 'Improvement actions' });
const detail = (page: Page) => page.locator('article.control-detail');

/** Bottom edge of an element in the viewport, after whatever scrolling the page itself did. */
const bottomOf = async (page: Page, selector: string): Promise<number> => {
  const box = await detail(page).locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not rendered`);
  return box.y + box.height;
};

describe('the control detail on the demo tenant, at 1280×800', () => {
  let ext: LaunchedExtension;
  let expected: ScanResult;
  let page: Page;
  beforeAll(async () => {
    expected = await scanDemoTenant();
    ext = await launchExtension();
    await runDemoFromPopup(ext, expected.score.percent);
    page = await openDashboard(ext, improvements, VIEWPORT);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the top failing action opens with its verdict, the value to set and the link, above the fold', async () => {
    // The highest-ranked failing action of our own, as the dashboard lists it (computed in Node, never typed in).
    const byId = new Map(expected.controls.map((c) => [c.id, c]));
    const meta = rankedImprovements(expected)
      .map((i) => catalogue.find((c) => c.id === i.id))
      .find((c) => c?.setTo && byId.get(c.id)?.status === 'fail');
    if (!meta?.setTo) throw new Error('the demo tenant has no failing control with a value to set');
    const result = byId.get(meta.id)!;

    await improvements(page).getByRole('button', { name: meta.title, exact: true }).click();
    await detail(page).getByRole('heading', { level: 3, name: meta.title }).waitFor();

    expect(await detail(page).locator('.status').textContent()).toContain('Failing');
    expect(await detail(page).locator('.reason').textContent()).toBe(result.reason);
    expect(await detail(page).locator('.set-to').textContent()).toBe(
      `Set ${meta.setTo.setting} to ${meta.setTo.value}.`,
    );
    const link = detail(page).getByRole('link', { name: new RegExp(`^Open ${escape(meta.fixAt.title)}`) });
    expect(await link.getAttribute('href')).toBe(meta.fixAt.url);
    expect(await link.getAttribute('target')).toBe('_blank');

    // The first screen: the verdict, the sentence and the link all end inside the 800 px viewport.
    for (const selector of ['.status', '.set-to', 'a.fix-link']) {
      const top = (await detail(page).locator(selector).first().boundingBox())!.y;
      expect(top, `${selector} top`).toBeGreaterThanOrEqual(0);
      expect(await bottomOf(page, selector), `${selector} bottom`).toBeLessThanOrEqual(VIEWPORT.height);
    }
    await saveScreenshot(page, 'control-detail-1280', { fullPage: false });
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'control-detail-1280-dark', { fullPage: false });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('a link to one control (as the popup opens it) lands on its fix', async () => {
    const target = catalogue.find((c) => c.id === 'entra-legacy-auth-blocked')!;
    const linked = await ext.context.newPage();
    await linked.setViewportSize(VIEWPORT);
    await linked.goto(ext.extensionUrl(`dashboard.html#control=${target.id}`));
    await detail(linked).getByRole('heading', { level: 3, name: target.title }).waitFor();
    // Wait for what loads above it (the score history) so the check sees the settled page.
    await linked.getByRole('heading', { name: 'Score history' }).waitFor();
    await expect.poll(() => bottomOf(linked, '.set-to')).toBeLessThanOrEqual(VIEWPORT.height);
    expect(await bottomOf(linked, 'a.fix-link')).toBeLessThanOrEqual(VIEWPORT.height);
    expect((await detail(linked).locator('h3').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await linked.close();
  });

  test('on a narrow window the detail, below the table, is scrolled to when an action is picked', async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.evaluate(() => scrollTo(0, 0));
    const second = improvements(page).getByRole('rowheader').getByRole('button').nth(1);
    const title = (await second.textContent()) ?? '';
    await second.click();
    await detail(page).getByRole('heading', { level: 3, name: title }).waitFor();
    expect(await bottomOf(page, 'a.fix-link')).toBeLessThanOrEqual(800);
    expect((await detail(page).locator('h3').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await saveScreenshot(page, 'control-detail-400', { fullPage: false });
    await page.setViewportSize(VIEWPORT);
  });
});

/** A string as a literal inside a RegExp ("›" and parentheses in page titles). */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
