import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import type { ControlResult } from '../engine/verdict/result';
import type { AccountView, AuthState } from '../messaging/protocol';
import type { AppliedTemplate, CustomerTenant, TenantAccess, TenantRow } from '../messaging/partner-protocol';
import { createCustomerTenants } from '../store/customer-tenants';
import { createDispositionStore } from '../store/disposition-store';
import { openStore, type StoreDb } from '../store/open-store';
import { createOverviewPrefs } from '../store/overview-prefs';
import { createScanStore } from '../store/scan-store';
import { createTenantsOverview, type TenantsOverviewDeps } from './tenants-overview';

const NAME = 'posture-lens-tenants-overview-test';
const HOME = '11111111-1111-4111-8111-111111111111';
const CUSTOMER = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';
const megan: AccountView = {
  id: `oid.${HOME}`,
  username: 'megan@partner.example',
  name: 'Megan',
  tenantId: HOME,
  tenantName: 'partner.example',
};
const fabrikam: CustomerTenant = {
  tenantId: CUSTOMER,
  name: 'fabrikam.com',
  domain: 'fabrikam.com',
  accountId: megan.id,
  source: 'added',
  addedAt: '2026-11-01T10:00:00.000Z',
  addedBy: megan.username,
};
const signedIn: AuthState = {
  status: 'signedIn',
  connection: { clientId: 'client', tenant: 'organizations', cloud: 'global' },
  redirectUri: 'https://ext.chromiumapp.org/',
  accounts: [megan],
  active: megan,
  missingPermissions: [],
  problem: null,
};

const mfa = (pass: boolean) =>
  controlResult({ id: 'entra-mfa-required', status: pass ? 'pass' : 'fail', score: pass ? 8 : 0, maxScore: 8 });
const sharing = (pass: boolean) =>
  controlResult({ id: 'spo-sharing-limited', status: pass ? 'pass' : 'fail', score: pass ? 2 : 0, maxScore: 2 });
const scanOf = (id: string, displayName: string, scannedAt: string, controls: ControlResult[]) =>
  scanWith(controls, { tenant: { id, displayName, cloud: 'global' }, scannedAt });

let db: StoreDb;
let auth: AuthState;
let access: Map<string, TenantAccess>;
let templates: (tenantId: string) => Promise<readonly AppliedTemplate[]>;
let deps: TenantsOverviewDeps;
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
  auth = signedIn;
  access = new Map();
  templates = () => Promise.resolve([]);
  deps = {
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(createScanStore(db)),
    dispositions: () => Promise.resolve(createDispositionStore(db)),
    customers: createCustomerTenants(() => Promise.resolve(db)),
    auth: {
      state: () => Promise.resolve(auth),
      tenantAccess: (id) => Promise.resolve(access.get(id) ?? { state: 'untried' }),
      adminConsentUrl: (id) => Promise.resolve(`https://login.example/${id}/adminconsent`),
    },
    appliedTemplates: (id) => templates(id),
    prefs: createOverviewPrefs(() => Promise.resolve(db)),
    clock: () => Date.parse('2026-11-24T12:00:00.000Z'),
  };
});
afterEach(() => db.close());

const overview = () => createTenantsOverview(deps);
const rowOf = (rows: readonly TenantRow[], id: string) => rows.find((r) => r.tenantId === id)!;

/** Megan's own tenant scanned twice (improving), Fabrikam once, both with MFA the same way at first. */
async function twoHistories(): Promise<void> {
  const scans = createScanStore(db);
  await scans.saveScan(scanOf(HOME, 'Partner', '2026-11-20T09:00:00.000Z', [mfa(false), sharing(false)]), {
    demo: false,
  });
  await scans.saveScan(scanOf(HOME, 'Partner', '2026-11-21T09:00:00.000Z', [mfa(false), sharing(true)]), {
    demo: false,
  });
  await scans.saveScan(scanOf(CUSTOMER, 'Fabrikam', '2026-11-22T09:00:00.000Z', [mfa(false), sharing(false)]), {
    demo: false,
  });
  await scans.setActiveTenant(HOME);
  await createCustomerTenants(() => Promise.resolve(db)).put(fabrikam);
}

describe('the Tenants overview', () => {
  test("two tenants' histories never mix: each row has its own score, line and change", async () => {
    await twoHistories();
    const { rows } = await overview().read();
    expect(rows.map((r) => [r.tenantId, r.kind, r.name, r.shown])).toEqual([
      [HOME, 'home', 'Partner', true],
      [CUSTOMER, 'customer', 'Fabrikam', false],
    ]);
    expect(rowOf(rows, HOME)).toMatchObject({ latest: { percent: 20 }, change: 20, regressions: 0 });
    expect(rowOf(rows, HOME).sparkline.map((p) => p.percent)).toEqual([0, 20]);
    expect(rowOf(rows, CUSTOMER)).toMatchObject({ latest: { percent: 0, failing: 2 }, change: null });
    expect(rowOf(rows, CUSTOMER).sparkline).toHaveLength(1);
    expect(rowOf(rows, CUSTOMER).via).toEqual({ accountId: megan.id, username: megan.username });
  });

  test("a tenant's own disposition changes only its row", async () => {
    await twoHistories();
    await createDispositionStore(db).set(
      CUSTOMER,
      'entra-mfa-required',
      { kind: 'thirdParty' },
      'megan',
      '2026-11-23T00:00:00.000Z',
    );
    const { rows } = await overview().read();
    expect(rowOf(rows, CUSTOMER).latest).toMatchObject({ percent: 80, failing: 1 });
    expect(rowOf(rows, HOME).latest).toMatchObject({ percent: 20, failing: 1 });
  });

  test("one tenant's unreadable records show on its row; the others are read all the same", async () => {
    await twoHistories();
    await db.put('scans', {
      key: `${CUSTOMER}|2026-11-23T09:00:00.000Z`,
      tenantId: CUSTOMER,
      scannedAt: '2026-11-23T09:00:00.000Z',
      scan: { written: 'by a bug' } as never,
    });
    const { rows } = await overview().read();
    expect(rowOf(rows, CUSTOMER)).toMatchObject({
      latest: { percent: 0 },
      problem: expect.stringContaining("1 saved scan couldn't be read"),
    });
    expect(rowOf(rows, HOME).problem).toBeUndefined();
  });

  test('a history that fails to load says so on its row alone', async () => {
    await twoHistories();
    const real = createDispositionStore(db);
    deps.dispositions = () =>
      Promise.resolve({
        ...real,
        forTenant: (id: string) =>
          id === CUSTOMER ? Promise.reject(new Error('The record is locked.')) : real.forTenant(id),
      });
    const { rows } = await overview().read();
    expect(rowOf(rows, CUSTOMER)).toMatchObject({
      latest: null,
      problem: "This tenant's history couldn't be read: The record is locked.",
    });
    expect(rowOf(rows, HOME).latest?.percent).toBe(20);
  });

  test('the active account needing consent: the consent link for its tenant, naming the permissions', async () => {
    await twoHistories();
    auth = { ...signedIn, status: 'consentNeeded', missingPermissions: ['Policy.Read.All'] };
    const home = rowOf((await overview().read()).rows, HOME);
    expect(home.access).toEqual({
      state: 'needsConsent',
      consentUrl: `https://login.example/${HOME}/adminconsent`,
      reason: 'Needs admin consent for Policy.Read.All.',
    });
  });

  test("the active account's sign-in expired: sign in again, with the sign-in's own sentence", async () => {
    auth = {
      ...signedIn,
      status: 'expired',
      problem: { kind: 'expired', code: 'AADSTS700082', sentence: 'The refresh token has expired.', fix: '' },
    };
    const home = rowOf((await overview().read()).rows, HOME);
    expect(home.access).toEqual({ state: 'signInExpired', reason: 'The refresh token has expired.' });
  });

  test("a customer tenant's access is its last token request's; untried until scanned", async () => {
    await twoHistories();
    expect(rowOf((await overview().read()).rows, CUSTOMER).access).toEqual({ state: 'untried' });
    const needs = { state: 'needsConsent', consentUrl: 'https://login.example/c', reason: 'AADSTS65001' } as const;
    access.set(CUSTOMER, needs);
    expect(rowOf((await overview().read()).rows, CUSTOMER).access).toEqual(needs);
  });

  test('signed out: the account\'s tenant stays with its history, and its customer tenants show "signed out"', async () => {
    await twoHistories();
    auth = { ...signedIn, status: 'signedOut', accounts: [], active: null };
    const { rows } = await overview().read();
    expect(rowOf(rows, HOME)).toMatchObject({
      kind: 'home',
      access: { state: 'signedOut' },
      via: null,
      latest: { percent: 20 },
    });
    expect(rowOf(rows, CUSTOMER)).toMatchObject({ kind: 'customer', access: { state: 'signedOut' } });
  });

  test('the demo is listed once it has scans, last, needing no sign-in', async () => {
    await twoHistories();
    await createScanStore(db).saveScan(
      scanOf('demo-contoso', 'Contoso (demo)', '2026-11-22T09:00:00.000Z', [mfa(true)]),
      { demo: true },
    );
    const { rows } = await overview().read();
    expect(rows.at(-1)).toMatchObject({
      tenantId: 'demo-contoso',
      kind: 'demo',
      via: null,
      access: { state: 'ready' },
    });
  });

  test('a customer tenant never scanned is listed by the name it was added with, not scanned yet', async () => {
    await createCustomerTenants(() => Promise.resolve(db)).put({
      ...fabrikam,
      tenantId: GONE,
      name: 'tailspin.example',
    });
    expect(rowOf((await overview().read()).rows, GONE)).toMatchObject({
      name: 'tailspin.example',
      latest: null,
      sparkline: [],
    });
  });

  test("templates applied are each tenant's own; one that can't be read is said on that row", async () => {
    await twoHistories();
    const applied: AppliedTemplate = {
      templateId: 't1',
      templateName: 'Mimecast filters mail',
      appliedBy: megan.username,
      appliedAt: '2026-11-23T10:00:00.000Z',
      controlIds: ['entra-mfa-required'],
    };
    templates = (id) => (id === CUSTOMER ? Promise.resolve([applied]) : Promise.reject(new Error('Unreadable.')));
    const { rows } = await overview().read();
    expect(rowOf(rows, CUSTOMER).templates).toEqual([applied]);
    expect(rowOf(rows, HOME)).toMatchObject({
      templates: [],
      problem: "The templates applied here couldn't be read: Unreadable.",
    });
  });

  test('stale after 7 days until chosen; the choice answers the overview with it', async () => {
    expect(await overview().read()).toMatchObject({ staleAfterDays: 7, partnerName: '' });
    expect(await overview().setPrefs({ staleAfterDays: 3 })).toMatchObject({ staleAfterDays: 3, partnerName: '' });
    expect(await overview().read()).toMatchObject({ staleAfterDays: 3 });
  });

  test('the line reaches 90 days before the newest scan; older points are kept and not read again', async () => {
    const scans = createScanStore(db);
    const days = ['2026-08-01', '2026-09-01', '2026-10-01', '2026-11-20', '2026-11-21'];
    for (const [i, d] of days.entries())
      await scans.saveScan(scanOf(HOME, 'Partner', `${d}T09:00:00.000Z`, [mfa(i % 2 === 0), sharing(true)]), {
        demo: false,
      });
    const first = rowOf((await overview().read()).rows, HOME);
    expect(first.sparkline.map((p) => p.at.slice(0, 10))).toEqual(days.slice(1));
    // The kept point stands for the scan: reading the overview again doesn't open it.
    const oct = `${HOME}|2026-10-01T09:00:00.000Z`;
    const rec = (await db.get('scans', oct))!;
    await db.put('scans', { ...rec, scan: { broken: true } as never });
    const again = rowOf((await overview().read()).rows, HOME);
    expect(again.sparkline).toEqual(first.sparkline);
    expect(again.problem).toBeUndefined();
  });

  test("a disposition in force at an older scan's time scores its kept point again", async () => {
    const scans = createScanStore(db);
    for (const d of ['2026-10-01', '2026-11-20', '2026-11-21'])
      await scans.saveScan(scanOf(HOME, 'Partner', `${d}T09:00:00.000Z`, [mfa(false), sharing(true)]), { demo: false });
    expect(rowOf((await overview().read()).rows, HOME).sparkline[0]?.percent).toBe(20);
    // Recorded before the October scan (an import of an earlier decision): that scan scores with it now.
    await createDispositionStore(db).set(
      HOME,
      'entra-mfa-required',
      { kind: 'thirdParty' },
      'megan',
      '2026-09-01T00:00:00.000Z',
    );
    expect(rowOf((await overview().read()).rows, HOME).sparkline[0]?.percent).toBe(100);
  });
});
