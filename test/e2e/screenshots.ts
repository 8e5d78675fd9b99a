import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './launch-extension';

export const screenshotDir = join(projectRoot, 'test-results', 'screenshots');

/**
 * Saves a PNG to test-results/screenshots/NAME.png and returns its path: the full page, or with
 * `fullPage: false` only the viewport (what a first screen shows).
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Screenshot names are file names: ${name}`);
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
