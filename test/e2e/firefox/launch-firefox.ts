/**
 * Starts Debian's Firefox ESR headless with the built Firefox extension (`wxt build -b firefox`),
 * driven over WebDriver BiDi. The extension is installed temporarily through `webExtension.install`;
 * its moz-extension UUID is pinned by a pref so pages have a known address. Content contexts can't
 * navigate to moz-extension URLs over BiDi, so pages are opened from the browser window (chrome
 * scope, allowed by `--remote-allow-system-access`), as a user opening them from the toolbar would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { screenshotDir } from '../screenshots';
import { connectBidi, fromRemote, type BidiConnection, type RemoteValue } from './bidi';

export const FIREFOX = '/usr/bin/firefox-esr';
export const extensionId = 'posture-lens@posture-lens.dev';
const uuid = '6c1bd6c3-3f2b-4d5e-9a41-6f0a1d2b3c4d';

export interface FirefoxOptions {
  /** Default `$POSTURE_LENS_E2E_FIREFOX_BUILD_DIR`, else `.output/firefox-mv3`. */
  readonly buildDir?: string;
  /** A PAC URL (see route-hosts.ts); without it every request goes direct. */
  readonly pacUrl?: string;
}

interface TreeContext {
  readonly context: string;
  readonly url: string;
  readonly children?: readonly TreeContext[];
}

export interface LaunchedFirefox {
  readonly bidi: BidiConnection;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab and resolves with its browsing context once loaded. */
  openExtensionPage(path: string): Promise<string>;
  /** Top-level content contexts and their URLs (sign-in windows included). */
  contexts(): Promise<{ context: string; url: string }[]>;
  /** Evaluates an expression (awaiting promises) in a page and returns its plain value. */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  /** Polls `expression` in the page until it is truthy; returns that value. */
  waitFor<T = unknown>(context: string, expression: string, timeoutMs?: number): Promise<T>;
  /** Polls the open contexts until one's URL passes `test`. */
  waitForContext(test: (url: string) => boolean, timeoutMs?: number): Promise<string>;
  /**
   * Firefox's alert windows open now (how notifications show with the pref above): each one's text as
   * the user reads it, and its chrome context (to click it).
   */
  alerts(): Promise<ShownAlert[]>;
  /** Polls until at least one alert window is open; returns them all. */
  waitForAlerts(timeoutMs?: number): Promise<ShownAlert[]>;
  /** Saves a PNG of the page's viewport (or of a chrome window, an alert) to test-results/screenshots/NAME.png. */
  screenshot(context: string, name: string): Promise<string>;
  /** Console messages and errors from every page, for failure messages. */
  readonly logs: string[];
  close(): Promise<void>;
}

export interface ShownAlert {
  readonly context: string;
  readonly title: string;
  readonly text: string;
}

const prefs = (pacUrl: string | undefined): string =>
  Object.entries({
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.page': 0,
    // No desktop notification service here (no libnotify, no D-Bus session): with the system backend
    // Firefox's alerts service throws, and the notifications API closes each notification at once.
    // Firefox's own alert window (the fallback it ships) shows them, in headless mode too.
    'alerts.useSystemBackend': false,
    ...(pacUrl ? { 'network.proxy.type': 2, 'network.proxy.autoconfig_url': pacUrl } : {}),
  })
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n');

/** A chrome window as a PNG data URL (BiDi's captureScreenshot refuses chrome contexts). */
const drawChromeWindow = `(async () => {
  const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
  const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas.toDataURL('image/png');
})()`;

const running = new Set<LaunchedFirefox>();

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  const buildDir = resolve(opts.buildDir ?? process.env.POSTURE_LENS_E2E_FIREFOX_BUILD_DIR ?? '.output/firefox-mv3');
  if (!existsSync(join(buildDir, 'manifest.json')))
    throw new Error(`No Firefox build at ${buildDir}: run \`npx wxt build -b firefox\` first.`);
  const profile = await mkdtemp(join(tmpdir(), 'posture-lens-firefox-'));
  await writeFile(join(profile, 'user.js'), prefs(opts.pacUrl));
  const child: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const logs: string[] = [];
  const endpoint = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Firefox did not start:\n${logs.join('')}`)), 30_000);
    child.stderr?.on('data', (d: Buffer) => {
      const text = d.toString();
      logs.push(text);
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${logs.join('')}`)));
  });
  const bidi = await connectBidi(`${endpoint}/session`);
  // The fake IdP and the Graph stand-in use throwaway certificates.
  await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: buildDir } });
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  bidi.onEvent((method, params) => {
    if (method === 'log.entryAdded')
      logs.push(`[${(params as { level: string }).level}] ${(params as { text: string }).text}\n`);
  });

  const tree = async (scope?: 'chrome'): Promise<TreeContext[]> =>
    (await bidi.send<{ contexts: TreeContext[] }>('browsingContext.getTree', scope ? { 'moz:scope': scope } : {}))
      .contexts;
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const r = await bidi.send<{
      type: 'success' | 'exception';
      result?: RemoteValue;
      exceptionDetails?: { text: string };
    }>('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (r.type === 'exception') throw new Error(`In page: ${r.exceptionDetails?.text ?? 'exception'} — ${expression}`);
    return fromRemote(r.result as RemoteValue) as T;
  };
  const poll = async <T>(
    what: string,
    timeoutMs: number,
    probe: () => Promise<T | null | undefined | false>,
  ): Promise<T> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const v = await probe().catch(() => null);
      if (v) return v;
      if (Date.now() > until)
        throw new Error(`Timed out waiting for ${what}.\nBrowser log:\n${logs.slice(-30).join('')}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const contexts = async () => (await tree()).map((c) => ({ context: c.context, url: c.url }));
  const waitForContext = (test: (url: string) => boolean, timeoutMs = 15_000) =>
    poll(
      `a page matching ${test.toString()}`,
      timeoutMs,
      async () => (await contexts()).find((c) => test(c.url))?.context,
    );
  const alerts = async (): Promise<ShownAlert[]> => {
    const windows = (await tree('chrome')).filter((c) => c.url === 'chrome://global/content/alerts/alert.xhtml');
    return Promise.all(
      windows.map(async ({ context }) => ({
        context,
        ...(await evaluate<{ title: string; text: string }>(
          context,
          `({ title: document.getElementById('alertTitleLabel').value, text: document.getElementById('alertTextLabel').textContent })`,
        )),
      })),
    );
  };
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;

  const ff: LaunchedFirefox = {
    bidi,
    logs,
    extensionUrl,
    contexts,
    evaluate,
    waitFor: (context, expression, timeoutMs = 15_000) =>
      poll(expression, timeoutMs, () => evaluate(context, expression)),
    waitForContext,
    alerts,
    waitForAlerts: (timeoutMs = 15_000) =>
      poll('a notification to show', timeoutMs, async () => {
        const open = await alerts();
        return open.length > 0 && open;
      }),
    async screenshot(context, name) {
      if (!/^[\w.-]+$/.test(name)) throw new Error(`Screenshot names are file names: ${name}`);
      const chrome = (await tree('chrome')).some((c) => c.context === context);
      // BiDi captures content pages only; a chrome window (an alert) draws itself into a canvas.
      const data = chrome
        ? (await evaluate<string>(context, drawChromeWindow)).replace(/^data:image\/png;base64,/, '')
        : (await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context })).data;
      await mkdir(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${name}.png`);
      await writeFile(path, Buffer.from(data, 'base64'));
      return path;
    },
    async openExtensionPage(path) {
      const url = extensionUrl(path);
      const before = new Set((await contexts()).map((c) => c.context));
      const [win] = await tree('chrome');
      if (!win) throw new Error('Firefox has no browser window.');
      await evaluate(
        win.context,
        `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
      );
      // A new tab: the same page may already be open in an older one.
      const context = await poll(
        `a new tab on ${url}`,
        15_000,
        async () => (await contexts()).find((c) => c.url === url && !before.has(c.context))?.context,
      );
      await poll(`${url} to load`, 15_000, () => evaluate<boolean>(context, `document.readyState === 'complete'`));
      return context;
    },
    async close() {
      running.delete(ff);
      bidi.close();
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
      await rm(profile, { recursive: true, force: true });
    },
  };
  running.add(ff);
  return ff;
}

/** Closes every Firefox still running (test/e2e/setup.ts calls it after each file). */
export async function closeAllFirefoxes(): Promise<void> {
  await Promise.all([...running].map((f) => f.close()));
}
