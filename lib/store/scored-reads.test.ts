import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import { createDispositionStore } from './disposition-store';
import { openStore, type StoreDb } from './open-store';
import { createScanStore } from './scan-store';
import { activeTenantOf, nowOf, readCurrent, readHistory, type ScoredStateDeps } from './scored-reads';

const NAME = 'posture-lens-scored-reads-test';
const tenant = { id: 'contoso', displayName: 'Contoso', cloud: 'global' };
const failing = controlResult({ id: 'entra-legacy-auth-blocked', maxScore: 8 });
const passing = controlResult({ id: 'entra-mfa-required', status: 'pass', score: 2, maxScore: 2 });
const scan = scanWith([failing, passing], { tenant, scannedAt: '2026-11-20T09:00:00.000Z' });
const accepted = { kind: 'thirdParty' } as const;

let db: StoreDb;
let deps: ScoredStateDeps;
const clock = { now: 0 };
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
  clock.now = Date.parse('2026-11-24T12:00:00.000Z');
  deps = {
    scans: () => Promise.resolve(createScanStore(db)),
    dispositions: () => Promise.resolve(createDispositionStore(db)),
    clock: () => clock.now,
  };
});
afterEach(() => db.close());

async function scanned(demo = false): Promise<void> {
  const scans = createScanStore(db);
  await scans.saveScan(scan, { demo });
  await scans.setActiveTenant(tenant.id);
}
const dispose = (at: string) =>
  createDispositionStore(db).set(tenant.id, failing.id, accepted, 'admin@contoso.example', at);

describe('activeTenantOf', () => {
  test('null before any scan; then the active tenant and whether it is the demo', async () => {
    expect(await activeTenantOf(deps)).toBeNull();
    await scanned(true);
    expect(await activeTenantOf(deps)).toEqual({ id: 'contoso', demo: true });
  });
});

describe('nowOf', () => {
  test('is the clock as an ISO time', () => {
    expect(nowOf(deps)).toBe('2026-11-24T12:00:00.000Z');
  });
});

describe('readCurrent', () => {
  test('nothing scanned: an empty state, not an error', async () => {
    expect(await readCurrent(deps)).toEqual({ scan: null, demo: false, dispositions: [], problem: null });
  });

  test('the latest scan scored with the dispositions in force', async () => {
    await scanned();
    await dispose('2026-11-21T09:00:00.000Z');
    const current = await readCurrent(deps);
    expect(current.scan?.score.percent).toBe(100);
    expect(current.dispositions.map((d) => d.controlId)).toEqual([failing.id]);
    expect(current.problem).toBeNull();
  });

  test('one scan has no previous score; with two, the earlier one’s, scored with the dispositions of its time', async () => {
    await scanned();
    expect(await readCurrent(deps)).not.toHaveProperty('previous');
    await dispose('2026-11-21T09:00:00.000Z');
    await createScanStore(db).saveScan({ ...scan, scannedAt: '2026-11-22T09:00:00.000Z' }, { demo: false });
    const current = await readCurrent(deps);
    expect(current.scan?.scannedAt).toBe('2026-11-22T09:00:00.000Z');
    expect(current.scan?.score.percent).toBe(100);
    // The disposition came after the first scan: it scored 2 of 10 then, as the history chart shows it.
    expect(current.previous).toEqual({ scannedAt: '2026-11-20T09:00:00.000Z', percent: 20 });
  });

  test('an unreadable disposition is skipped and said in one sentence', async () => {
    await scanned();
    await db.put('dispositions', { tenantId: tenant.id, controlId: 'x' } as never);
    expect((await readCurrent(deps)).problem).toBe(
      "1 saved disposition couldn't be read and was skipped; it is still stored and the rest is shown.",
    );
  });
});

describe('readHistory', () => {
  test('nothing scanned: no history', async () => {
    expect(await readHistory(deps, 10)).toEqual([]);
  });

  test('older scans use the dispositions of their time, the latest today’s', async () => {
    await scanned();
    await dispose('2026-11-21T09:00:00.000Z');
    await createScanStore(db).saveScan({ ...scan, scannedAt: '2026-11-22T09:00:00.000Z' }, { demo: false });
    expect((await readHistory(deps, 10)).map((h) => h.score.percent)).toEqual([100, 20]);
    expect(await readHistory(deps, 1)).toHaveLength(1);
  });
});

describe('a review in the history', () => {
  test('each scan is judged at its own time: a review current then earned its points then, though due today', async () => {
    const review = controlResult({
      id: 'entra-signin-logs-reviewed',
      maxScore: 2,
      review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
    });
    const scans = createScanStore(db);
    await scans.saveScan(scanWith([passing, review], { tenant, scannedAt: '2026-11-10T09:00:00.000Z' }), {
      demo: false,
    });
    await scans.saveScan(scanWith([passing, review], { tenant, scannedAt: '2026-11-24T09:00:00.000Z' }), {
      demo: false,
    });
    await scans.setActiveTenant(tenant.id);
    const mark = { kind: 'reviewed', note: 'Fine.' } as const;
    await createDispositionStore(db).set(
      tenant.id,
      review.id,
      mark,
      'admin@contoso.example',
      '2026-11-09T09:00:00.000Z',
    );
    const [latest, older] = await readHistory(deps, 2);
    expect(latest?.score.achieved).toBe(2);
    expect(older?.score.achieved).toBe(4);
    expect((await readCurrent(deps)).previous?.percent).toBe(100);
  });
});
