import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The id the manifest's `key` pins; the sign-in redirect URI is `https://<id>.chromiumapp.org/`. */
export const expectedExtensionId = 'gfepcgmpollnpccgdgikckebikbnflfc';

const chromiumPath = process.env.POSTURE_LENS_CHROMIUM ?? '/usr/bin/chromium';

const launched = new Set<LaunchedExtension>();

/** Closes every browser launchExtension started and nobody closed yet (test/e2e/setup.ts calls it). */
export async function closeAllExtensions(): Promise<void> {
  await Promise.all([...launched].map((ext) => ext.close()));
}

export interface LaunchOptions {
  /** Unpacked build to load; default `$POSTURE_LENS_E2E_BUILD_DIR`, else `.output/chrome-mv3` under the project root. */
  buildDir?: string;
  /**
   * A fake identity provider (see fake-idp.ts): Chromium resolves login.microsoftonline.com (and, with
   * `hostResolverRules`, *.chromiumapp.org) to it, accepts its self-signed certificate, and the
   * network fallback lets requests to the mapped hosts through.
   */
  idp?: { hostResolverRule: string; hostResolverRules?: readonly string[] };
  /** Extra host names whose requests may pass through to the network (after host-resolver mapping). */
  allowHosts?: readonly string[];
  /** Set `POSTURE_LENS_E2E_HEADED=1` (and a display) to watch a run. */
  headless?: boolean;
  /** Extra Chromium switches. */
  args?: readonly string[];
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /**
   * The background service worker as first seen. MV3 workers may be stopped and restarted by the
   * browser; if an `evaluate` fails with a closed target, use `currentServiceWorker()`.
   */
  serviceWorker: Worker;
  currentServiceWorker(): Promise<Worker>;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** Opens popup.html in a new tab with the popup's width (default 400 px). */
  openPopup(opts?: { width?: number; height?: number }): Promise<Page>;
  openOptions(): Promise<Page>;
  openDashboard(): Promise<Page>;
  /** URLs the offline fallback refused: a request no test route served and no allowed host covers. */
  blockedRequests: string[];
  /** Closes Chromium and deletes its profile. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the unpacked extension in a fresh profile, offline: every request
 * that a later-registered `context.route` (serveAdminPage, serveGraph, …) doesn't serve is aborted,
 * except chrome-extension://, loopback and the fake IdP. As a second fence, the host resolver answers
 * NOTFOUND for every other name, so nothing can reach the internet even if a request escapes routing.
 */
export async function launchExtension(opts: LaunchOptions = {}): Promise<LaunchedExtension> {
  const buildDir = resolve(
    projectRoot,
    opts.buildDir ?? process.env.POSTURE_LENS_E2E_BUILD_DIR ?? '.output/chrome-mv3',
  );
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${buildDir}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install -y chromium openssl\`.`);
  }

  const idpRules = opts.idp ? (opts.idp.hostResolverRules ?? [opts.idp.hostResolverRule]) : [];
  const resolverRules = [...idpRules, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'];
  const args = [
    `--disable-extensions-except=${buildDir}`,
    `--load-extension=${buildDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    `--host-resolver-rules=${resolverRules.join(',')}`,
    ...(opts.idp ? ['--ignore-certificate-errors'] : []),
    ...(opts.args ?? []),
  ];

  const userDataDir = await mkdtemp(join(tmpdir(), 'posture-lens-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: opts.headless ?? process.env.POSTURE_LENS_E2E_HEADED !== '1',
      args,
      timeout: 30_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const passHosts = ['127.0.0.1', 'localhost', ...(opts.allowHosts ?? []), ...idpRules.map(mappedHost)];
  const passes = (host: string): boolean =>
    passHosts.some((p) => (p.startsWith('*.') ? host.endsWith(p.slice(1)) : host === p));
  const blockedRequests: string[] = [];
  // Registered first, so it runs last: routes added later take precedence (Playwright runs them in
  // reverse order of registration) and this only sees what nobody served. Playwright never routes
  // redirect hops (microsoft/playwright#2617): a 302 to an unserved host is stopped by the resolver
  // rule instead (net::ERR_NAME_NOT_RESOLVED), and a 302 to a routed host isn't served by its route.
  await context.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || passes(url.hostname)) return route.continue();
    blockedRequests.push(url.href);
    if (process.env.POSTURE_LENS_E2E_DEBUG === '1')
      console.warn(`[e2e] blocked ${route.request().method()} ${url.href}`);
    return route.abort('blockedbyclient');
  });

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const isOurWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  const findWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isOurWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 15_000 }));

  let serviceWorker: Worker;
  try {
    serviceWorker = await findWorker();
  } catch (error) {
    await close();
    throw new Error(
      `The extension's service worker did not start (is ${buildDir} a valid MV3 build?): ${String(error)}`,
    );
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (path: string): string => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  const openPage = async (path: string, viewport?: { width: number; height: number }): Promise<Page> => {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(extensionUrl(path));
    return page;
  };

  const launchedExtension: LaunchedExtension = {
    context,
    extensionId,
    serviceWorker,
    currentServiceWorker: findWorker,
    extensionUrl,
    openPopup: ({ width = 400, height = 600 } = {}) => openPage('popup.html', { width, height }),
    openOptions: () => openPage('options.html'),
    openDashboard: () => openPage('dashboard.html'),
    blockedRequests,
    close: async () => {
      launched.delete(launchedExtension);
      await close();
    },
  };
  launched.add(launchedExtension);
  return launchedExtension;
}

/** 'MAP login.microsoftonline.com 127.0.0.1:1234' → 'login.microsoftonline.com' (or '*.chromiumapp.org') */
function mappedHost(rule: string): string {
  const host = /^MAP\s+(\S+)\s/.exec(rule)?.[1];
  if (!host) throw new Error(`Not a host-resolver MAP rule: ${rule}`);
  return host;
}
