/**
 * `npm run demo`: build the extension, print the demo tenant's scan, then show it in Chromium — in a
 * window when there is a display, otherwise as screenshots under demo/ (popup, dashboard, and an
 * admin-center page with its badges). Every number shown comes from scanning the demo tenant.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { toTable } from '../cli/format-table';
import { scanDemoTenant } from '../lib/scanner/demo-scan';
import { openAdminFixture } from '../test/e2e/admin-pages';
import { launchExtension } from '../test/e2e/launch-extension';

const built = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) {
  console.error('The extension build failed; see above.');
  process.exit(1);
}
console.log('Built the extension into .output/chrome-mv3.\n');

const scan = await scanDemoTenant();
process.stdout.write(toTable(scan));

if (!existsSync(process.env.POSTURE_LENS_CHROMIUM ?? '/usr/bin/chromium')) {
  console.log(
    '\nTo see the popup and the admin-center badges too, install Chromium (apt-get install -y chromium) and run npm run demo again.',
  );
  process.exit(0);
}

const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';
const ext = await launchExtension({ headless: !headed });
try {
  const popup = await ext.openPopup({ width: 400, height: 900 });
  await popup.getByRole('button', { name: 'Try the demo tenant' }).click();
  await popup.getByRole('figure', { name: /^Score / }).waitFor({ timeout: 30_000 });

  if (headed) {
    await openAdminFixture(ext.context, 'm365PasswordExpiration');
    console.log(
      '\nChromium is open with Posture Lens on the demo tenant: the popup, and an admin-center page with its badges. Close the window to finish.',
    );
    await new Promise<void>((done) => ext.context.once('close', () => done()));
  } else {
    const dir = resolve('demo');
    mkdirSync(dir, { recursive: true });
    const shots: string[] = [];
    const save = async (page: Page, name: string) => {
      const path = resolve(dir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      shots.push(path);
    };
    await save(popup, 'popup');

    const worst = [...scan.controls].sort((a, b) => b.maxScore - b.score - (a.maxScore - a.score))[0];
    const dashboard = await ext.context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    await dashboard.goto(ext.extensionUrl(`dashboard.html#control=${encodeURIComponent(worst?.id ?? '')}`));
    await dashboard.getByRole('article').waitFor({ timeout: 30_000 });
    await save(dashboard, 'dashboard');

    const admin = await openAdminFixture(ext.context, 'm365PasswordExpiration');
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.waitForSelector('posture-lens-badge', { state: 'attached', timeout: 30_000 });
    // The badge's card open, as a hover or click shows it: reason, evidence, points, rescan.
    await admin
      .getByRole('button', { name: /^Posture Lens: / })
      .first()
      .click();
    await save(admin, 'admin-center-password-policy');

    const secureScore = await openAdminFixture(ext.context, 'defenderSecureScore');
    await secureScore.setViewportSize({ width: 1280, height: 900 });
    await secureScore.waitForSelector('posture-lens-badge', { state: 'attached', timeout: 30_000 });
    await save(secureScore, 'admin-center-defender-secure-score');

    console.log('\nNo display, so the demo was captured as screenshots:');
    for (const s of shots) console.log(`  ${s}`);
  }
} finally {
  await ext.close();
}
