/**
 * Microsoft Secure Score beside Posture Lens on the demo tenant: the popup shows both scores and how
 * similar organisations score; the dashboard lists Microsoft's controls with their source and date,
 * and explains where Microsoft's verdicts and ours disagree.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import type { MicrosoftSection } from '../../lib/engine/secure-score/microsoft-verdict';
import { scanDemoTenant } from '../../lib/scanner/demo-scan';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';

const controlsTable = (page: Page) => page.getByRole('table', { name: /controls$/ });

describe('Microsoft Secure Score on the demo tenant', () => {
  let ext: LaunchedExtension;
  let expected: ScanResult;
  let microsoft: Extract<MicrosoftSection, { available: true }>;
  beforeAll(async () => {
    // The same engine and tenant in Node: the numbers the pages must show.
    expected = await scanDemoTenant();
    if (!expected.microsoft?.available) throw new Error('the demo tenant must have Microsoft Secure Score');
    microsoft = expected.microsoft;
    ext = await launchExtension();
    await runDemoFromPopup(ext, expected.score.percent);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the popup shows Posture Lens’s score and Microsoft’s side by side, with similar organisations', async () => {
    const popup = await ext.openPopup({ width: 400, height: 700 });
    await popup.getByRole('figure', { name: new RegExp(`^Score ${expected.score.percent}% `) }).waitFor();
    const ms = popup.getByRole('region', { name: 'Microsoft Secure Score' });
    await expect
      .poll(() => ms.textContent())
      .toContain(
        `Microsoft Secure Score ${microsoft.percent}% · ${Math.round(microsoft.currentScore)} of ${Math.round(microsoft.maxScore)} points`,
      );
    const similar = microsoft.comparisons.find((c) => c.basis === 'TotalSeats')!;
    expect(await ms.textContent()).toContain(`Average for organisations of similar size: ${similar.percent}%`);
    await saveScreenshot(popup, 'secure-score-popup');
    await popup.close();
  });

  describe('the dashboard', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openDashboard(ext, controlsTable, { width: 1280, height: 1100 });
    });

    test("lists Microsoft's controls with their source and the date Microsoft measured them", async () => {
      const fromMicrosoft = expected.controls.filter((c) => c.source === 'microsoft');
      expect(fromMicrosoft.length).toBeGreaterThan(100);
      await page.getByRole('combobox', { name: 'Decided by' }).selectOption({ label: 'Microsoft Secure Score' });
      expect(await controlsTable(page).locator('caption').textContent()).toBe(
        `Showing ${fromMicrosoft.length} of ${expected.controls.length} controls`,
      );
      const tags = await controlsTable(page).locator('.source-tag').allTextContents();
      expect(tags).toHaveLength(fromMicrosoft.length);
      expect(new Set(tags)).toEqual(new Set(['Microsoft · measured 23 Nov 2026']));

      const forwarding = fromMicrosoft.find((c) => c.refs.secureScore === 'mdo_blockmailforward')!;
      await controlsTable(page).getByRole('button', { name: forwarding.title, exact: true }).click();
      const verdict = page.getByRole('region', { name: "Microsoft Secure Score's verdict" });
      await expect
        .poll(() => verdict.getByRole('heading').first().textContent())
        .toBe('Decided by Microsoft Secure Score');
      expect(await verdict.textContent()).toContain(`Failing · 0 of ${forwarding.maxScore} points · measured`);
      await page.getByRole('combobox', { name: 'Decided by' }).selectOption({ label: 'Anyone' });
    });

    test('a "Differences with Microsoft" list explains each disagreement', async () => {
      const list = page.getByRole('region', { name: 'Differences with Microsoft' });
      const items = list.getByRole('listitem');
      expect(await items.count()).toBe(microsoft.differences.length);
      expect(microsoft.differences.length).toBeGreaterThanOrEqual(3);
      for (const d of microsoft.differences) expect(await list.textContent()).toContain(d.explanation);
      const kinds = new Set(microsoft.differences.map((d) => d.kind));
      expect(kinds).toEqual(new Set(['rule', 'licence']));

      const legacy = microsoft.differences.find((d) => d.controlId === 'entra-legacy-auth-blocked')!;
      await list.getByRole('button', { name: legacy.title }).click();
      const verdict = page.getByRole('region', { name: "Microsoft Secure Score's verdict" });
      // The detail re-renders after the click: wait for the newly chosen control, not the one shown before.
      await expect.poll(() => verdict.getByRole('heading').first().textContent()).toBe('Microsoft Secure Score says');
      expect(await verdict.textContent()).toContain('Passing · 8 of 8 points');
      expect(await verdict.getByRole('note').textContent()).toBe(`Differs from Posture Lens. ${legacy.explanation}`);
      await saveScreenshot(page, 'secure-score-dashboard');
      await page.screenshot({ path: 'test-results/screenshots/secure-score-dashboard-top.png' });
    });

    test("Microsoft's 90-day history is a second line on the history chart", async () => {
      const history = page.getByRole('region', { name: 'Score history' });
      const line = history.getByRole('button', { name: 'Microsoft Secure Score' });
      expect(await line.getAttribute('aria-pressed')).toBe('true');
      await history.getByRole('button', { name: 'All' }).click();
      // The table's Microsoft column (after the date and Posture Lens) holds each of Microsoft's 90 days.
      const column = await history.locator('tbody tr td:nth-child(3)').allTextContents();
      expect(column.filter((cell) => cell !== '—')).toHaveLength(microsoft.history.length);
      expect(microsoft.history).toHaveLength(90);
    });
  });
});
