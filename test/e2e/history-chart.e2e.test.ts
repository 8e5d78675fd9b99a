/**
 * The score history chart with a history worth drawing: the demo scan plus 35 older ones, four days
 * apart, beside Microsoft Secure Score's 90 days. A dated canvas, a range picker the table follows, a
 * hover reading with date and scores, at desktop and phone widths, light and dark.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { historyRows, rowsInRange } from '../../components/history-series';
import type { HistoryView } from '../../lib/engine/history/history';
import type { AppState } from '../../lib/messaging/protocol';
import { ask } from './ask-background';
import { openDashboard, runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { screenshotDir } from './screenshots';
import { seedHistory } from './seed-history';

const SEEDED = { added: 35, everyDays: 4 };
const chart = (page: Page) => page.getByRole('img', { name: /^Score history/ });
const section = (page: Page) => page.getByRole('region', { name: 'Score history' });
const tableRows = (page: Page) => section(page).locator('tbody tr');
const reading = (page: Page) => section(page).locator('.history-reading');

/** The chart's section alone, as test-results/screenshots/NAME.png. */
async function shoot(target: Locator, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await target.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Where the chart drew Posture Lens' colour, as fractions of the canvas width: [leftmost, rightmost]. */
function lensColumns(page: Page): Promise<[number, number] | null> {
  return chart(page)
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(canvas).getPropertyValue('--chart-lens');
      document.body.append(probe);
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
      probe.remove();
      const { width, height } = canvas;
      const px = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
      let left = Infinity;
      let right = -Infinity;
      for (let i = 0; i < px.length; i += 4) {
        if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) > 24) continue;
        const x = (i / 4) % width;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
      return left === Infinity ? null : ([left / width, right / width] as [number, number]);
    });
}

describe('the score history chart', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    await runDemoFromPopup(ext);
    page = await openDashboard(ext, chart);
    // A British reader, so dates read "4 Dec 2026" whatever the machine's locale.
    await (await ext.context.newCDPSession(page)).send('Emulation.setLocaleOverride', { locale: 'en-GB' });
    await page.reload();
    await chart(page).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await ext?.close();
  });

  test("a first scan is a dot inside the chart, with its date, beside Microsoft's days", async () => {
    expect(await chart(page).getAttribute('aria-label')).toMatch(/^Score history: 1 scan, latest \d+%$/);
    await shoot(section(page), 'history-chart-one-scan');
    const microsoftLine = section(page).getByRole('button', { name: 'Microsoft Secure Score' });
    await microsoftLine.click();
    // Alone on the chart, the scan sits in the middle of a three-day axis, not at its edge.
    await expect
      .poll(() => lensColumns(page))
      .toEqual([expect.closeTo(0.5, 1) as number, expect.closeTo(0.5, 1) as number]);
    expect(await reading(page).textContent()).toMatch(
      /^Latest: \d{1,2} [A-Z][a-z]+ 2026, \d\d:\d\d · Posture Lens \d+%$/,
    );
    await shoot(section(page), 'history-chart-lone-scan');
    await microsoftLine.click();
  });

  describe('with 36 scans', () => {
    let rows: ReturnType<typeof historyRows>;
    beforeAll(async () => {
      await seedHistory(page, SEEDED);
      await page.reload();
      await chart(page).waitFor({ timeout: 15_000 });
      const history = await ask<HistoryView>(page, 'getHistory');
      const { scan } = await ask<AppState>(page, 'getState');
      rows = historyRows(history.points, scan?.microsoft?.available ? scan.microsoft.history : []);
    });
    test('draws 36 scans on a canvas, opening on the last 90 days', async () => {
      expect(await chart(page).getAttribute('aria-label')).toMatch(/^Score history: 36 scans, latest \d+%$/);
      expect(await chart(page).locator('canvas').count()).toBe(1);
      expect(await section(page).getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe('true');
      expect(await tableRows(page).count()).toBe(rowsInRange(rows, 90).length);
      await shoot(section(page), 'history-chart-1280');
    });

    test('the range buttons change what the table lists', async () => {
      const counts: number[] = [];
      for (const [name, range] of [
        ['30 days', 30],
        ['365 days', 365],
        ['All', 'all'],
        ['90 days', 90],
      ] as const) {
        await section(page).getByRole('button', { name }).click();
        await expect.poll(() => tableRows(page).count()).toBe(rowsInRange(rows, range).length);
        counts.push(await tableRows(page).count());
      }
      // 30 days lists fewer rows than 90, and 365 more (Microsoft's days reach back 102 days).
      expect(counts[0]).toBeLessThan(counts[3]!);
      expect(counts[1]).toBeGreaterThan(counts[3]!);
    });

    test('hovering the chart reads out the date and the scores there', async () => {
      const newest = await reading(page).textContent();
      expect(newest).toMatch(/^Latest: \d{1,2} [A-Z][a-z]+ 2026, \d\d:\d\d · Posture Lens \d+%/);
      const box = (await chart(page).locator('canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
      await expect.poll(() => reading(page).textContent()).not.toBe(newest);
      expect(await reading(page).textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ 2026(, \d\d:\d\d)? · .*\d+%$/);
      await shoot(section(page), 'history-chart-hover');
      await page.mouse.move(0, 0);
      await expect.poll(() => reading(page).textContent()).toBe(newest);
    });

    test('a category line switches on from its legend entry', async () => {
      const identity = section(page).getByRole('button', { name: 'Identity' });
      expect(await identity.getAttribute('aria-pressed')).toBe('false');
      await identity.click();
      expect(await identity.getAttribute('aria-pressed')).toBe('true');
      await shoot(section(page), 'history-chart-categories');
      await identity.click();
    });

    test('fits a phone-width window, and redraws in dark colours', async () => {
      await page.setViewportSize({ width: 400, height: 900 });
      await expect
        .poll(async () => (await chart(page).locator('canvas').boundingBox())!.width)
        .toBeLessThanOrEqual(400 - 24);
      await section(page).scrollIntoViewIfNeeded();
      await section(page).getByText('Show as table').click();
      await shoot(section(page), 'history-chart-400');
      await section(page).getByText('Show as table').click();
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.emulateMedia({ colorScheme: 'dark' });
      // Posture Lens' line is found in the dark theme's colour: the canvas redrew when the scheme changed.
      await expect.poll(() => lensColumns(page)).not.toBeNull();
      await section(page).scrollIntoViewIfNeeded();
      await shoot(section(page), 'history-chart-dark');
    });
  });
});
