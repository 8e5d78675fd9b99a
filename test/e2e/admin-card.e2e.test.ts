/**
 * The badge card and the page panel as an admin meets them, at 1280 and 600 px, light and dark: the card
 * opens from the keyboard beside its setting (never on top of the label or the badge) and inside the
 * window, leads with the value to choose, closes on Escape with focus back on its badge; the panel is a
 * small tab that doesn't sit on the page's content; labels the portals decorate still get their badge.
 * (admin-overlay.e2e.test.ts covers which badges each page gets.)
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogue } from '../../controls';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { adminFixtures, openAdminFixture, readFixture, serveAdminPage } from './admin-pages';
import { ask } from './ask-background';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, width: number, height: number) =>
  a.x >= 0 && a.y >= 0 && a.x + a.width <= width && a.y + a.height <= height;
async function boxOf(l: Locator): Promise<Box> {
  const box = await l.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
}
const badgeSelector = (id: string) => `posture-lens-badge[data-control="${id}"]`;

const PASSWORD = 'm365-password-expiry-disabled';
const LABEL = 'Set passwords to never expire (recommended)';

describe('the badge card and the page panel', () => {
  let ext: LaunchedExtension;
  let expected: ScanResult;
  const verdictOf = (id: string) => expected.controls.find((c) => c.id === id)!;

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

  /** Opens the password policy's card from the keyboard (Tab focus, Enter) and waits until it is placed. */
  async function openCard(page: Page): Promise<{ badge: Locator; card: Locator }> {
    const title = verdictOf(PASSWORD).title;
    const badge = page.getByRole('button', { name: new RegExp(`Posture Lens: ${title}`) });
    await badge.waitFor({ timeout: 15_000 });
    await badge.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('group', { name: `Posture Lens: ${title}` });
    await card.waitFor({ state: 'visible' });
    // Placement is computed after the card shows (floating-ui, asynchronously): wait until it has moved.
    await expect.poll(() => card.evaluate((el) => (el as HTMLElement).style.visibility)).toBe('visible');
    return { badge, card };
  }

  test.each([
    [1280, 800, 'admin-card-1280'],
    [600, 700, 'admin-card-600'],
  ] as const)('at %i px the card opens beside its setting, inside the window', async (width, height, shot) => {
    const page = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    await page.setViewportSize({ width, height });
    const { badge, card } = await openCard(page);
    // The page's own label (the card names the same setting in its "Set … to …" line).
    const label = page.locator('label[for="never-expire"]', { hasText: LABEL });
    const cardBox = await boxOf(card);
    expect(intersects(cardBox, await boxOf(label)), 'card over the label').toBe(false);
    expect(intersects(cardBox, await boxOf(badge)), 'card over its badge').toBe(false);
    expect(intersects(cardBox, await boxOf(page.locator('#never-expire'))), "card over the setting's checkbox").toBe(
      false,
    );
    expect(inside(cardBox, width, height), `card at ${JSON.stringify(cardBox)} in ${width}×${height}`).toBe(true);

    // It leads with the value to choose when the control names one, and shows Graph's values in words.
    const setTo = catalogue.find((c) => c.id === PASSWORD)!.setTo;
    const lead = card.locator('.pl-set-to');
    if (setTo) expect(await lead.textContent()).toBe(`Set ${setTo.setting} to ${setTo.value}`);
    else expect(await lead.count()).toBe(0);
    const evidence = (await card.getByRole('list', { name: 'Evidence' }).textContent()) ?? '';
    expect(evidence).toContain('passwordValidityPeriodInDays: no limit');
    expect(evidence).not.toContain('2147483647');
    await saveScreenshot(page, shot);

    // Escape closes it and gives the keyboard back to the badge.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await badge.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    // Space opens it again (a button), and a click elsewhere on the page closes it.
    await page.keyboard.press('Space');
    await card.waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: 'Org settings' }).click();
    await card.waitFor({ state: 'hidden' });
    await page.close();
  });

  test('dark: the card and its badge follow the dark scheme', async () => {
    const page = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addStyleTag({ content: 'html { color-scheme: dark; background: #111; color: #eee; }' });
    const { card } = await openCard(page);
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 35, 40)');
    await saveScreenshot(page, 'admin-card-dark');
    await page.close();
  });

  test.each([1280, 600])('at %i px the panel is a tab that stays off the conditional access table', async (width) => {
    const page = await openAdminFixture(ext.context, 'entraConditionalAccessPolicies');
    await page.setViewportSize({ width, height: 800 });
    const tab = page.getByRole('button', { name: /^Posture Lens/ });
    await tab.waitFor({ timeout: 15_000 });
    expect(await tab.getAttribute('aria-expanded')).toBe('false');
    const tabBox = await boxOf(tab);
    expect(tabBox.height).toBeLessThan(40);
    expect(tabBox.width).toBeLessThan(220);
    expect(intersects(tabBox, await boxOf(page.getByRole('table', { name: 'Conditional Access policies' })))).toBe(
      false,
    );
    expect(inside(tabBox, width, 800), JSON.stringify(tabBox)).toBe(true);
    await saveScreenshot(page, `admin-panel-tab-${width}`);
    await page.close();
  });

  test('a label with a "(Preview)" tag, a colon and an info balloon still gets its badge', async () => {
    const fixture = adminFixtures.m365PasswordExpiration;
    const decorated =
      'Set passwords to never expire (recommended) (Preview): <button type="button" aria-label="More information">ⓘ</button>' +
      '<span role="tooltip" hidden>Microsoft recommends that passwords never expire.</span>';
    const html = (await readFixture(fixture.file)).replace(`>${LABEL}</label>`, `>${decorated}</label>`);
    expect(html).toContain('(Preview):');
    const served = await serveAdminPage(ext.context, fixture.url, html);
    const page = await ext.context.newPage();
    await page.goto(fixture.url);
    await page.waitForSelector(badgeSelector(PASSWORD), { state: 'attached', timeout: 15_000 });
    expect(
      await page.evaluate(
        (sel) => document.querySelector(sel)?.previousElementSibling?.tagName,
        badgeSelector(PASSWORD),
      ),
    ).toBe('LABEL');
    await page.close();
    await served.unroute();
  });

  test("curly quotes on the page match a label declared with straight ones (SharePoint's guest resharing)", async () => {
    const html = await readFixture(adminFixtures.spoSharing.file);
    expect(html).toContain('they don’t own');
    const declared = catalogue.find((c) => c.id === 'spo-guest-resharing-disabled')!.onPages![0]!.labels;
    expect(declared).toContain("Allow guests to share items they don't own");
    const page = await openAdminFixture(ext.context, 'spoSharing');
    const sel = badgeSelector('spo-guest-resharing-disabled');
    await page.waitForSelector(sel, { state: 'attached', timeout: 15_000 });
    expect(await page.evaluate((s) => document.querySelector(s)?.previousElementSibling?.textContent, sel)).toBe(
      'Allow guests to share items they don’t own',
    );
    await page.close();
  });
});
