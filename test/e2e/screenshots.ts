import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { projectRoot } from './launch-extension';

export const screenshotDir = join(projectRoot, 'test-results', 'screenshots');

async function screenshotPath(name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Screenshot names are file names: ${name}`);
  await mkdir(screenshotDir, { recursive: true });
  return join(screenshotDir, `${name}.png`);
}

/**
 * Saves a PNG to test-results/screenshots/NAME.png and returns its path: the full page, or with
 * `fullPage: false` only the viewport (what a first screen shows).
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const path = await screenshotPath(name);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Saves a PNG of one element (a section, a card) to test-results/screenshots/NAME.png and returns its path. */
export async function saveElementScreenshot(element: Locator, name: string): Promise<string> {
  const path = await screenshotPath(name);
  await element.screenshot({ path });
  return path;
}
