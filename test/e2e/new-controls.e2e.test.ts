/**
 * Controls new to a tenant (issue 15 §5): an earlier demo scan that lacks one of today's controls is
 * the only scan when the dashboard first opens (so that is what the admin has been shown); today's
 * scan adds the control, and the dashboard tags it "New" until its detail is opened. Saves
 * `new-controls-1280` and `new-controls-note`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppState } from '../../lib/messaging/protocol';
import { ask } from './ask-background';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveElementScreenshot, saveScreenshot } from './screenshots';

const VIEWPORT = { width: 1280, height: 900 };
const ID = 'entra-legacy-auth-blocked';

/** Re-dates the tenant's only stored scan a day earlier and takes `controlId` out of it: the catalogue before. */
async function makeOnlyScanEarlierWithout(page: Page, controlId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const done = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('An IndexedDB request failed.'));
      });
    const db = await done(indexedDB.open('posture-lens'));
    type Rec = {
      key: string;
      tenantId: string;
      scannedAt: string;
      scan: { scannedAt: string; controls: { id: string }[] };
    };
    const store = db.transaction('scans', 'readwrite').objectStore('scans');
    const all = (await done(store.getAll())) as Rec[];
    const only = all[0];
    if (all.length !== 1 || !only) throw new Error(`Expected one stored scan, found ${all.length}.`);
    if (!only.scan.controls.some((c) => c.id === id)) throw new Error(`The scan has no ${id}.`);
    const scannedAt = new Date(Date.parse(only.scannedAt) - 86_400_000).toISOString();
    await done(store.delete(only.key));
    await done(
      store.put({
        ...only,
        key: `${only.tenantId}|${scannedAt}`,
        scannedAt,
        scan: { ...only.scan, scannedAt, controls: only.scan.controls.filter((c) => c.id !== id) },
      }),
    );
    db.close();
  }, controlId);
}

/** The ids the dashboard has shown for the tenant, as the background keeps them; null before it first opened. */
function shownIds(page: Page, tenantId: string): Promise<string[] | null> {
  return page.evaluate(async (key) => {
    const done = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('An IndexedDB request failed.'));
      });
    const db = await done(indexedDB.open('posture-lens'));
    const rec = (await done(db.transaction('settings').objectStore('settings').get(key))) as
      { value: string[] } | undefined;
    db.close();
    return rec ? rec.value : null;
  }, `newControlsShown:${tenantId}`);
}

/** axe-core's serious and critical findings inside `selector`, one line each (as control-timeline.e2e does). */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .include(selector)
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' › ')} — ${v.help}`));
}

const row = (page: Page, title: string) =>
  page
    .getByRole('region', { name: 'Controls' })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
const note = (page: Page) => page.getByRole('region', { name: /^\d+ new controls?$/ });

describe('new controls on the demo tenant', () => {
  let ext: LaunchedExtension;
  let page: Page;
  let tenantId: string;
  let title: string;
  beforeAll(async () => {
    ext = await launchExtension();
    await runDemoFromPopup(ext);
    const popup = await ext.openPopup();
    await makeOnlyScanEarlierWithout(popup, ID);
    await popup.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the first open shows the earlier scan: nothing is new', async () => {
    page = await openDashboard(ext, (p) => p.getByRole('region', { name: 'Controls' }), VIEWPORT);
    const { scan } = await ask<AppState>(page, 'getState');
    if (!scan) throw new Error('no scan');
    tenantId = scan.tenant.id;
    expect(scan.controls.some((c) => c.id === ID)).toBe(false);
    await expect.poll(() => shownIds(page, tenantId)).not.toBeNull();
    const shown = (await shownIds(page, tenantId)) ?? [];
    expect(shown.length).toBe(scan.controls.length);
    expect(shown).not.toContain(ID);
    expect(await page.getByText('New', { exact: true }).count()).toBe(0);
  });

  test("today's scan adds the control: tagged New, counted near the top", async () => {
    const { scan } = await ask<AppState>(page, 'runDemoScan');
    const added = scan?.controls.find((c) => c.id === ID);
    if (!added) throw new Error(`the demo scan has no ${ID}`);
    title = added.title;
    await page.reload();
    await row(page, title).getByText('New', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('region', { name: 'Controls' }).getByText('New', { exact: true }).count()).toBe(1);
    expect(await note(page).textContent()).toBe(
      `1 new control, worth ${added.maxScore} point${added.maxScore === 1 ? '' : 's'}: ${title} Mark all as seen`,
    );
    expect(await seriousViolations(page, 'section.new-controls')).toEqual([]);
    expect(await seriousViolations(page, 'table.controls')).toEqual([]);
    await saveElementScreenshot(note(page), 'new-controls-note');
    await saveElementScreenshot(row(page, title), 'new-controls-row');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page, 'section.new-controls')).toEqual([]);
    await saveElementScreenshot(row(page, title), 'new-controls-row-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await saveScreenshot(page, 'new-controls-1280', { fullPage: false });
  });

  test('opening its detail marks it seen: after a reload it is not new', async () => {
    // From the keyboard, as the table's title is a button.
    await row(page, title).getByRole('button', { name: title, exact: true }).focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('article.control-detail h3');
    await expect.poll(() => heading.textContent()).toBe(`${title} New`);
    await expect.poll(async () => (await shownIds(page, tenantId))?.includes(ID)).toBe(true);
    await expect.poll(() => note(page).count()).toBe(0);
    await saveScreenshot(page, 'new-controls-detail-1280', { fullPage: false });
    await page.reload();
    await expect.poll(() => heading.textContent()).toBe(title);
    expect(await row(page, title).getByText('New', { exact: true }).count()).toBe(0);
    expect(await note(page).count()).toBe(0);
  });
});
