/**
 * Settings › DNS checks on a signed-in tenant: off by default (the SPF, DMARC and DKIM controls say
 * where to turn it on and nothing is sent anywhere), then a custom resolver chosen on the Options page
 * and asked from the service worker over CORS (the DNS simulator behind `context.route`), which decides
 * those controls and sees only the names it should; a resolver without CORS leaves them couldn't tell.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DnsResolverSetting } from '../../lib/dns/resolver-setting';
import type { AppState } from '../../lib/messaging/protocol';
import { scanTenant } from '../../lib/scanner/scan-tenant';
import { createDnsSimulator } from '../../simulator/dns-simulator';
import { createGraphSimulator } from '../../simulator/simulator';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { contoso } from '../../simulator/tenants/contoso';
import { serveGraph } from './admin-pages';
import { ask, connectTestApp, TEST_CLIENT_ID } from './ask-background';
import { startFakeIdp, type FakeIdp } from './fake-idp';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { saveScreenshot } from './screenshots';

const RESOLVER = 'https://doh.e2e.example/dns-query';
const NO_CORS_RESOLVER = 'https://no-cors.e2e.example/dns-query';
const email = ['email-spf-hardfail-configured', 'email-dmarc-enforced', 'email-dkim-enabled'];

describe('DNS checks for a signed-in tenant', () => {
  const tenant = contoso();
  let idp: FakeIdp;
  let ext: LaunchedExtension;
  /** `TYPE name` of every lookup the resolver (and only it) received, with the headers it was sent. */
  const asked: { query: string; origin: string | undefined; accept: string | undefined }[] = [];
  const noCorsAsked: string[] = [];
  let expectedQueries: string[];
  let expectedStatus: Record<string, string>;

  beforeAll(async () => {
    // The same scan in Node, with the simulated resolver: the names and verdicts the extension must reach.
    const nodeAsked: string[] = [];
    const dns = createDnsSimulator(tenant);
    const node = await scanTenant({
      graphRoot: 'https://graph.microsoft.com',
      cloud: 'global',
      fetch: createGraphSimulator(tenant).fetch,
      getToken: () => Promise.resolve('node'),
      doh: {
        url: RESOLVER,
        fetch: (input, init) => {
          const u = new URL(new Request(input).url);
          nodeAsked.push(`${u.searchParams.get('type')} ${u.searchParams.get('name')}`);
          return dns.fetch(input, init);
        },
      },
    });
    expectedQueries = [...new Set(nodeAsked)].sort();
    expectedStatus = Object.fromEntries(email.map((id) => [id, node.controls.find((c) => c.id === id)!.status]));

    idp = await startFakeIdp({ clientId: TEST_CLIENT_ID, user: { tid: TENANT_ID } });
    ext = await launchExtension({ idp });
    const sim = createGraphSimulator(tenant);
    await serveGraph(ext.context, (req) => sim.handle(req));
    // The resolver, as Cloudflare's JSON API answers a browser: the simulator's answer plus `ACAO: *`.
    await ext.context.route(`${RESOLVER}**`, async (route: Route) => {
      const req = route.request();
      const headers = await req.allHeaders();
      const u = new URL(req.url());
      asked.push({
        query: `${u.searchParams.get('type')} ${u.searchParams.get('name')}`,
        origin: headers['origin'],
        accept: headers['accept'],
      });
      const res = dns.handle({ method: req.method(), url: req.url(), headers });
      if (!res) return route.abort('connectionreset');
      return route.fulfill({
        status: res.status,
        headers: { ...res.headers, 'access-control-allow-origin': '*' },
        body: res.body,
      });
    });
    // A resolver that answers but doesn't allow cross-origin reads: the browser must withhold its answer.
    await ext.context.route(`${NO_CORS_RESOLVER}**`, (route: Route) => {
      const req = route.request();
      noCorsAsked.push(req.url());
      const res = dns.handle({ method: req.method(), url: req.url(), headers: req.headers() })!;
      // Playwright's fulfill adds `ACAO: <origin>` when none is given, so name another origin, as a
      // resolver that serves only its own site would: the extension's origin is not allowed to read it.
      return route.fulfill({
        status: res.status,
        headers: { ...res.headers, 'access-control-allow-origin': 'https://no-cors.e2e.example' },
        body: res.body,
      });
    });

    const options = await connectTestApp(ext);
    await options.reload();
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/oauth2/v2.0/authorize'),
      timeout: 15_000,
    });
    await options.getByRole('button', { name: 'Sign in', exact: true }).click();
    await (await opened).getByRole('button', { name: 'Sign in' }).click();
    await options.locator('.sign-in-state', { hasText: 'Signed in as' }).waitFor({ timeout: 15_000 });
    await options.close();
  });
  afterAll(async () => {
    await ext?.close();
    await idp?.close();
  });

  const emailControls = (s: AppState) =>
    Object.fromEntries(
      email.map((id) => {
        const c = s.scan!.controls.find((x) => x.id === id)!;
        return [id, { status: c.status, reason: c.reason }];
      }),
    );

  test('off by default: nothing is looked up, and the three controls say where to turn DNS checks on', async () => {
    const options = await ext.openOptions();
    expect(await ask<DnsResolverSetting>(options, 'getDnsResolver')).toEqual({ kind: 'off' });
    await options.getByRole('heading', { name: 'DNS checks (SPF, DMARC, DKIM)' }).waitFor();
    expect(await options.getByRole('radio', { name: 'Off' }).isChecked()).toBe(true);
    const state = await ask<AppState>(options, 'scanSignedInTenant');
    for (const c of Object.values(emailControls(state))) {
      expect(c.status).toBe('unknown');
      expect(c.reason).toContain('Settings › DNS checks');
    }
    expect(asked).toEqual([]);
    await options.close();
  });

  test('the background refuses an http or credential-carrying resolver even if a page sends one', async () => {
    const options = await ext.openOptions();
    for (const url of ['http://doh.e2e.example/dns-query', 'https://u:p@doh.e2e.example/dns-query'])
      await expect(ask(options, 'setDnsResolver', { kind: 'custom', url })).rejects.toThrow();
    expect(await ask<DnsResolverSetting>(options, 'getDnsResolver')).toEqual({ kind: 'off' });
    await options.close();
  });

  test('a custom resolver chosen on the Options page decides SPF, DMARC and DKIM, seeing only the expected names', async () => {
    const options = await ext.openOptions();
    await options.setViewportSize({ width: 1100, height: 1400 });
    const section = options.getByRole('region', { name: 'DNS checks (SPF, DMARC, DKIM)' });
    await section.getByRole('radio', { name: 'Custom https URL' }).check();
    const field = section.getByLabel('Resolver URL (DNS-over-HTTPS JSON API)');
    await field.fill('http://doh.e2e.example/dns-query');
    await section.getByRole('button', { name: 'Use this resolver' }).click();
    await section.getByText(/The resolver must use https:\/\//).waitFor();
    expect(await ask<DnsResolverSetting>(options, 'getDnsResolver')).toEqual({ kind: 'off' });

    await field.fill(RESOLVER);
    await section.getByRole('button', { name: 'Use this resolver' }).click();
    await section.getByText(`DNS checks use ${RESOLVER} from the next scan.`).waitFor();
    expect(await ask<DnsResolverSetting>(options, 'getDnsResolver')).toEqual({ kind: 'custom', url: RESOLVER });
    await saveScreenshot(options, 'options-dns-checks');

    const state = await ask<AppState>(options, 'scanSignedInTenant');
    const controls = emailControls(state);
    for (const id of email) expect(controls[id]!.status, `${id}: ${controls[id]!.reason}`).toBe(expectedStatus[id]);
    expect(Object.values(controls).every((c) => c.status !== 'unknown')).toBe(true);
    // Only the tenant's verified mail domains and their DMARC and DKIM selector names; never onmicrosoft.com.
    expect([...new Set(asked.map((a) => a.query))].sort()).toEqual(expectedQueries);
    expect(asked.some((a) => a.query.includes('onmicrosoft.com'))).toBe(false);
    expect(asked.some((a) => a.query.includes('_dmarc.contoso.com'))).toBe(true);
    expect(asked.some((a) => a.query.includes('selector1._domainkey.'))).toBe(true);
    // Fetched cross-origin from the service worker, with only a CORS-safe Accept header.
    expect(new Set(asked.map((a) => a.origin))).toEqual(new Set([`chrome-extension://${ext.extensionId}`]));
    expect(new Set(asked.map((a) => a.accept))).toEqual(new Set(['application/dns-json']));

    // The setting survives a reload of the page.
    await options.reload();
    await options.getByRole('heading', { name: 'DNS checks (SPF, DMARC, DKIM)' }).waitFor();
    expect(await options.getByRole('radio', { name: 'Custom https URL' }).isChecked()).toBe(true);
    await options.close();
  });

  test('a resolver that doesn’t allow CORS leaves the controls couldn’t tell ("could not be reached"), never passed', async () => {
    const options = await ext.openOptions();
    await ask(options, 'setDnsResolver', { kind: 'custom', url: NO_CORS_RESOLVER });
    const before = asked.length;
    const state = await ask<AppState>(options, 'scanSignedInTenant');
    for (const c of Object.values(emailControls(state))) {
      expect(c.status).toBe('unknown');
      expect(c.reason).toContain(NO_CORS_RESOLVER);
      expect(c.reason).toContain('could not be reached');
    }
    expect(asked.length).toBe(before);
    // The resolver was asked (and answered): it is the browser that withheld the answer.
    expect(noCorsAsked.length).toBeGreaterThan(0);
    await ask(options, 'setDnsResolver', { kind: 'off' });
    await options.close();
  });
});
