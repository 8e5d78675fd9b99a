/**
 * The Tenants overview's read (issue 16 §2): 50 tenants × 90 days of daily scans in IndexedDB
 * (fake-indexeddb in Node, so figures are relative), each row scored with its dispositions. Scans are
 * test-sized (the catalogue's count of controls, light evidence); bytes per scan are printed beside the
 * time so the read can be scaled to real scans, which carry far more evidence. The first read makes every
 * point of every line; later ones read two scans per tenant and keep the rest. Prints, asserts nothing.
 */
import 'fake-indexeddb/auto';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { catalogue } from '../controls';
import { createTenantsOverview } from '../lib/background/tenants-overview';
import type { AuthState } from '../lib/messaging/protocol';
import { createCustomerTenants } from '../lib/store/customer-tenants';
import { createDispositionStore } from '../lib/store/disposition-store';
import { openStore, type StoreDb } from '../lib/store/open-store';
import { createOverviewPrefs } from '../lib/store/overview-prefs';
import { createScanStore } from '../lib/store/scan-store';

const TENANTS = 50;
const DAYS = 90;
const NEWEST = Date.parse('2026-12-01T06:00:00.000Z');
const signedOut: AuthState = {
  status: 'signedOut',
  connection: null,
  redirectUri: '',
  accounts: [],
  active: null,
  missingPermissions: [],
  problem: null,
};

const tenantId = (t: number) => `00000000-0000-4000-8000-${String(t).padStart(12, '0')}`;

/** One tenant's scan on day `d` before the newest: controls pass more often as days go by. */
function scanOf(t: number, d: number) {
  const controls = catalogue.map((c, i) => {
    const pass = (i * 7 + t + (DAYS - d)) % 5 < 3;
    const evidence = [{ source: 'organization', id: `obj-${i}`, displayName: `Object ${i}`, fields: { state: pass } }];
    return controlResult({
      id: c.id,
      title: c.title,
      category: c.category,
      status: pass ? 'pass' : 'fail',
      score: pass ? c.maxScore : 0,
      maxScore: c.maxScore,
      refs: c.refs,
      evidence,
    });
  });
  return scanWith(controls, {
    tenant: { id: tenantId(t), displayName: `Customer ${t}`, cloud: 'global' },
    scannedAt: new Date(NEWEST - d * 86_400_000).toISOString(),
    licences: { known: true, skus: ['SPB'] },
  });
}

async function seed(db: StoreDb): Promise<number> {
  const scans = createScanStore(db);
  for (let t = 0; t < TENANTS; t++) {
    for (let d = DAYS - 1; d >= 0; d--) await scans.saveScan(scanOf(t, d), { demo: false });
    // A few dispositions per tenant, so rows are scored with them as the page's are.
    for (const c of catalogue.slice(t % 10, (t % 10) + 3))
      await createDispositionStore(db).set(
        tenantId(t),
        c.id,
        { kind: 'thirdParty' },
        'bench',
        '2026-10-01T00:00:00.000Z',
      );
  }
  return JSON.stringify(scanOf(0, 0)).length;
}

export async function benchTenantsOverview(): Promise<void> {
  const db = await openStore('posture-lens-bench-overview');
  const bytes = await seed(db);
  const overview = createTenantsOverview({
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(createScanStore(db)),
    dispositions: () => Promise.resolve(createDispositionStore(db)),
    customers: createCustomerTenants(() => Promise.resolve(db)),
    auth: {
      state: () => Promise.resolve(signedOut),
      tenantAccess: () => Promise.resolve({ state: 'untried' }),
      adminConsentUrl: () => Promise.resolve(null),
    },
    appliedTemplates: () => Promise.resolve([]),
    prefs: createOverviewPrefs(() => Promise.resolve(db)),
    clock: () => NEWEST + 3_600_000,
  });
  global.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    rows = (await overview.read()).rows.length;
    times.push(performance.now() - t0);
  }
  clearInterval(sampler);
  const scans = TENANTS * DAYS;
  console.log(
    `\nTenants overview — ${rows} rows from ${scans} scans (${catalogue.length} controls, ${Math.round(bytes / 1024)} KB each as JSON), fake-indexeddb`,
  );
  const [first = 0, ...again] = times;
  console.log(
    `  first read ${Math.round(first)} ms (every point made: ${(first / scans).toFixed(2)} ms per scan) · ` +
      `again ${again.map((t) => `${Math.round(t)} ms`).join(', ')} (kept points; 2 scans read per tenant) · ` +
      `peak heap ${(peak / 2 ** 20).toFixed(0)} MB`,
  );
  db.close();
}
