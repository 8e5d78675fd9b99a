/**
 * The steps several suites start from: the demo scan run from the popup, and the dashboard opened at
 * desktop size once it shows what the suite needs.
 */
import type { Locator, Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';

/**
 * Runs the demo scan from the popup and waits until the popup shows the score: `percent` when the
 * suite computed it in Node with the same engine (never typed in), any score otherwise.
 */
export async function runDemoFromPopup(ext: LaunchedExtension, percent?: number): Promise<void> {
  const popup = await ext.openPopup({ width: 400, height: 700 });
  await popup.getByRole('button', { name: 'Try the demo tenant' }).click();
  // Playwright's own waits: these run in beforeAll, and expect.poll belongs inside tests.
  await popup
    .getByRole('figure', { name: percent === undefined ? /^Score \d+% / : new RegExp(`^Score ${percent}% `) })
    .waitFor({ timeout: 20_000 });
  await popup.close();
}

/** Opens the dashboard in a new tab and waits for `ready` (e.g. the controls table) to appear. */
export async function openDashboard(
  ext: LaunchedExtension,
  ready: (page: Page) => Locator,
  viewport = { width: 1280, height: 1000 },
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(ext.extensionUrl('dashboard.html'));
  await ready(page).waitFor({ timeout: 15_000 });
  return page;
}
