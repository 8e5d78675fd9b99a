/**
 * Settings › Exclusions you sanction, as an admin uses it on the demo tenant: declare a break-glass
 * account, see that it applies from the next scan, scan now, and find the dashboard saying which
 * declarations the scan was judged against. Screenshots of the section, wide and narrow, light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runDemoFromPopup } from './demo-session';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryView } from '../../lib/engine/history/history';
import { ask } from './ask-background';
import { screenshotDir } from './screenshots';

const BREAK_GLASS = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

describe('declarations on the settings page', () => {
  let ext: LaunchedExtension;
  let options: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    await runDemoFromPopup(ext);
    options = await ext.openOptions();
    await options.setViewportSize({ width: 1280, height: 1000 });
    await options.getByRole('heading', { name: 'Exclusions you sanction' }).waitFor();
  });
  afterAll(() => ext?.close());

  test('declare a break-glass account, scan now, and the dashboard says what the scan was judged against', async () => {
    const form = options.getByRole('form', { name: 'Declare an account' });
    await form.getByLabel('Object id').fill('not-an-id');
    await form.getByLabel('Reason').fill('Sealed in the safe; sign-ins alerted');
    await form.getByRole('button', { name: 'Declare' }).click();
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('Object id: expected an Entra object id (GUID).');

    await form.getByLabel('Object id').fill(BREAK_GLASS);
    await form.getByLabel('Name (optional)').fill('Break-glass <b>1</b>');
    await form.getByRole('button', { name: 'Declare' }).click();
    const emergency = options.getByRole('list', { name: 'Emergency-access accounts' });
    await emergency.getByText('Break-glass <b>1</b>', { exact: true }).waitFor();
    await options.getByText(/Declarations apply from the next scan/).waitFor();

    for (const [width, scheme] of [
      [1280, 'light'],
      [1280, 'dark'],
      [420, 'light'],
      [420, 'dark'],
    ] as const) {
      await options.setViewportSize({ width, height: 1000 });
      await options.emulateMedia({ colorScheme: scheme });
      await mkdir(screenshotDir, { recursive: true });
      await options
        .locator('#exclusions-settings')
        .screenshot({ path: join(screenshotDir, `declarations-settings-${width}-${scheme}.png`) });
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await options.setViewportSize({ width: 1280, height: 1000 });

    await options.getByRole('button', { name: 'Scan now' }).click();
    await expect.poll(async () => (await ask<HistoryView>(options, 'getHistory')).points.length).toBe(2);
    const dashboard = await ext.openDashboard();
    await dashboard
      .getByRole('region', { name: 'Score', exact: true })
      .getByText(
        'Judged against your declarations: 1 emergency-access account, 0 exemptions, the default privileged roles.',
      )
      .waitFor({ timeout: 20_000 });
    await dashboard.getByText('Declared accounts').click();
    await dashboard
      .getByRole('list', { name: 'Declarations this scan was judged against' })
      .getByText(/Sealed in the safe/)
      .waitFor();
    await dashboard
      .getByRole('region', { name: 'Score', exact: true })
      .screenshot({ path: join(screenshotDir, 'declarations-dashboard-1280-light.png') });
    expect(await dashboard.getByRole('link', { name: 'Exclusions you sanction' }).getAttribute('href')).toBe(
      '/options.html#exclusions',
    );
  });
});
