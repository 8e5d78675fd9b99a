import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ControlResult } from '../engine/verdict/result';
import type { ScanResult } from '../engine/scan/run-scan';
import { scoreOf } from '../engine/score/score';
import { createDispositionStore } from './disposition-store';
import { openStore, type StoreDb } from './open-store';
import { createScanStore } from './scan-store';
import { createScoredState } from './scored-state';

const NAME = 'posture-lens-scored-state-test';
const failing: ControlResult = {
  id: 'entra-legacy-auth-blocked',
  title: 'Legacy authentication is blocked',
  category: 'identity',
  status: 'fail',
  score: 0,
  maxScore: 8,
  userImpact: 'low',
  refs: { learn: 'https://learn.microsoft.com/x' },
  reason: 'No policy blocks legacy authentication.',
  evidence: [],
  sources: [],
  permissions: [],
  adminUrl: 'https://entra.microsoft.com/',
  source: 'posture-lens',
};
const passing: ControlResult = { ...failing, id: 'entra-mfa-required', status: 'pass', score: 2, maxScore: 2 };
const summary = scoreOf([failing, passing]);
const scan: ScanResult = {
  tool: { name: 'posture-lens', version: '0', catalogVersion: '0' },
  tenant: { id: 'contoso', displayName: 'Contoso', cloud: 'global' },
  scannedAt: '2026-11-20T09:00:00.000Z',
  score: { achieved: summary.achieved, available: summary.available, percent: summary.percent },
  summary,
  licences: { known: true, skus: [] },
  controls: [failing, passing],
  stats: { graphRequests: 1, httpCalls: 1, roundTrips: 1, retries: 0, durationMs: 1 },
};

let db: StoreDb;
const clock = { now: Date.parse('2026-11-24T12:00:00.000Z') };
const who = (demo: boolean) => Promise.resolve(demo ? 'this browser' : 'admin@contoso.example');

beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

const service = () =>
  createScoredState({
    scans: () => Promise.resolve(createScanStore(db)),
    dispositions: () => Promise.resolve(createDispositionStore(db)),
    clock: () => clock.now,
  });

describe('the scored state the background serves', () => {
  test('a disposition rescores the latest scan for every page; clearing restores it, the trail stays', async () => {
    const scans = createScanStore(db);
    await scans.saveScan(scan, { demo: false });
    await scans.setActiveTenant('contoso');
    const s = service();
    expect((await s.current()).scan?.score).toEqual({ achieved: 2, available: 10, percent: 20 });

    await s.set(failing.id, { kind: 'alternateMitigation', note: 'Blocked at the proxy' }, who);
    const after = await s.current();
    expect(after.scan?.score).toEqual({ achieved: 10, available: 10, percent: 100 });
    expect(after.dispositions[0]?.current).toMatchObject({
      kind: 'alternateMitigation',
      recordedBy: 'admin@contoso.example',
      recordedAt: '2026-11-24T12:00:00.000Z',
    });
    expect((await scans.latestScan('contoso'))?.score.percent).toBe(20); // the stored scan is untouched

    clock.now += 60_000;
    await s.clear(failing.id, who);
    const cleared = await s.current();
    expect(cleared.scan?.score.percent).toBe(20);
    expect((await s.get(failing.id))?.trail.map((e) => e.action)).toEqual(['set', 'cleared']);
  });

  test('the demo tenant records "this browser"; bad input and unknown controls are refused with a sentence', async () => {
    const scans = createScanStore(db);
    await scans.saveScan(scan, { demo: true });
    await scans.setActiveTenant('contoso');
    const s = service();
    await s.set(failing.id, { kind: 'planned' }, who);
    expect((await s.get(failing.id))?.current?.recordedBy).toBe('this browser');
    await expect(s.set(failing.id, { kind: 'riskAccepted' }, who)).rejects.toThrow(
      'Say why the risk is accepted. Choose when to review the accepted risk.',
    );
    await expect(s.set('no-such-control', { kind: 'planned' }, who)).rejects.toThrow(
      "has no control 'no-such-control'",
    );
  });

  test("history scores each scan with the dispositions of its time, the latest with today's", async () => {
    const scans = createScanStore(db);
    await scans.saveScan(scan, { demo: false });
    await scans.setActiveTenant('contoso');
    const s = service();
    await s.set(failing.id, { kind: 'thirdParty' }, who); // recorded after the first scan
    clock.now += 60_000;
    await scans.saveScan({ ...scan, scannedAt: new Date(clock.now).toISOString() }, { demo: false });
    expect((await s.history(10)).map((h) => h.score.percent)).toEqual([100, 20]);
    clock.now += 60_000;
    await s.clear(failing.id, who); // after the latest scan: the latest follows today's state
    expect((await s.history(10)).map((h) => h.score.percent)).toEqual([20, 20]);
  });

  test('with nothing scanned there is nothing to dispose of', async () => {
    await expect(service().set(failing.id, { kind: 'planned' }, who)).rejects.toThrow(/Scan a tenant first/);
    expect(await service().current()).toEqual({ scan: null, demo: false, dispositions: [], problem: null });
  });

  test('unreadable records become one sentence for the pages, not a failure', async () => {
    const scans = createScanStore(db);
    await scans.saveScan(scan, { demo: false });
    await scans.setActiveTenant('contoso');
    await db.put('scans', {
      key: 'contoso|2026-11-21',
      tenantId: 'contoso',
      scannedAt: '2026-11-21',
      scan: {} as ScanResult,
    });
    const current = await service().current();
    expect(current.scan?.scannedAt).toBe(scan.scannedAt);
    expect(current.problem).toBe(
      "1 saved scan couldn't be read and was skipped; it is still stored and the rest is shown.",
    );
  });
});
