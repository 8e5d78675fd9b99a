/**
 * Accessibility, checked by a machine: axe-core on every screen an admin meets — the popup, the
 * dashboard (overview, improvement actions, controls table, a control's detail), the Connect page and
 * an annotated admin-center page with a badge card open — in light and dark. Serious and critical
 * violations fail the run; each failure names the rule, the element and axe's help text, so the report
 * says what to fix. On the admin page only what the extension adds is checked: the portal is not ours.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAdminFixture } from './admin-pages';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveElementScreenshot, saveScreenshot } from './screenshots';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** The serious and critical violations on the page (or inside `include`), one line each. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' › ')} — ${v.help}`));
}

const controlsTable = (page: Page) => page.getByRole('table', { name: /controls$/ });

/**
 * Presses Tab until the focused element's accessible text matches `name` (at most `limit` presses) and
 * returns its focus outline: every action reachable by keyboard, and focus visible when it gets there.
 */
async function tabTo(page: Page, name: RegExp, limit = 40): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { text: el.getAttribute('aria-label') ?? el.textContent ?? '', outline: style.outlineStyle };
    });
    if (focused && name.test(focused.text.trim())) return focused.outline;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('axe-core finds no serious or critical violation', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
    await runDemoFromPopup(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  describe.each(SCHEMES)('in the %s scheme', (scheme: Scheme) => {
    test('the popup', async () => {
      const popup = await ext.openPopup({ width: 400, height: 600 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('figure', { name: /^Score \d+% / }).waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      // Keyboard: the first screen's buttons are reachable in order, with a visible focus ring.
      expect(await tabTo(popup, /^Rescan demo tenant$/)).not.toBe('none');
      expect(await tabTo(popup, /^Open dashboard$/)).not.toBe('none');
      await popup.close();
    });

    test('the dashboard: overview, improvement actions, controls table and a control detail', async () => {
      const page = await openDashboard(ext, controlsTable);
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page)).toEqual([]);
      await saveElementScreenshot(page.locator('section.overview'), `dashboard-overview-${scheme}`);
      await saveElementScreenshot(page.locator('section.improvement-actions'), `actions-list-${scheme}`);
      // A failing control's detail, opened from the table as an admin would.
      await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Failing' });
      await controlsTable(page).getByRole('rowheader').getByRole('button').first().click();
      await page.locator('article.control-detail').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    test('the Connect page', async () => {
      const page = await ext.openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('heading', { name: 'Connect a tenant' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `connect-page-${scheme}`);
      await page.close();
    });

    test('an annotated admin page with a badge card open', async () => {
      const page = await openAdminFixture(ext.context, 'm365PasswordExpiration');
      await page.emulateMedia({ colorScheme: scheme });
      const badge = page.locator('posture-lens-badge').first().getByRole('button').first();
      await badge.waitFor({ timeout: 15_000 });
      await badge.click();
      await page.locator('posture-lens-panel').waitFor({ state: 'attached' });
      expect([
        ...(await seriousViolations(page, 'posture-lens-badge')),
        ...(await seriousViolations(page, 'posture-lens-panel')),
      ]).toEqual([]);
      await page.close();
    });
  });
});
