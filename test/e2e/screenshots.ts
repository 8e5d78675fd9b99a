import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { projectRoot } from './launch-extension';

export const screenshotDir = join(projectRoot, 'test-results', 'screenshots');

function screenshotPath(name: string): string {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Screenshot names are file names: ${name}`);
  return join(screenshotDir, `${name}.png`);
}

/** Saves a PNG of one element (a section, a card) to test-results/screenshots/NAME.png and returns its path. */
export async function saveElementScreenshot(element: Locator, name: string): Promise<string> {
  const path = screenshotPath(name);
  await mkdir(screenshotDir, { recursive: true });
  await element.screenshot({ path });
  return path;
}

/** Saves a full-page PNG to test-results/screenshots/NAME.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = screenshotPath(name);
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
