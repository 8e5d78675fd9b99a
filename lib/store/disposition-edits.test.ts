import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import {
  clearForActiveTenant,
  getForActiveTenant,
  markReviewedForActiveTenant,
  setForActiveTenant,
} from './disposition-edits';
import { createScoredState } from './scored-state';
import { createDispositionStore } from './disposition-store';
import { openStore, type StoreDb } from './open-store';
import { createScanStore } from './scan-store';
import type { ScoredStateDeps } from './scored-reads';

const NAME = 'posture-lens-disposition-edits-test';
const tenant = { id: 'contoso', displayName: 'Contoso', cloud: 'global' };
const control = controlResult({ id: 'entra-legacy-auth-blocked' });
const review = controlResult({
  id: 'entra-signin-logs-reviewed',
  maxScore: 3,
  review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
});
const who = (demo: boolean) => Promise.resolve(demo ? 'this browser' : 'admin@contoso.example');

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

async function scanned(demo: boolean): Promise<void> {
  const scans = createScanStore(db);
  await scans.saveScan(scanWith([control, review], { tenant }), { demo });
  await scans.setActiveTenant(tenant.id);
}

describe('dispositions of the active tenant', () => {
  test('nothing scanned: every edit is refused with the sentence to show', async () => {
    const first = /Scan a tenant first/;
    await expect(getForActiveTenant(deps, control.id)).rejects.toThrow(first);
    await expect(setForActiveTenant(deps, control.id, { kind: 'planned' }, who)).rejects.toThrow(first);
    await expect(clearForActiveTenant(deps, control.id, who)).rejects.toThrow(first);
  });

  test('set and clear are dated by the clock and recorded by who the tenant says', async () => {
    await scanned(false);
    expect(await getForActiveTenant(deps, control.id)).toBeNull();
    await setForActiveTenant(deps, control.id, { kind: 'planned' }, who);
    expect((await getForActiveTenant(deps, control.id))?.current).toMatchObject({
      kind: 'planned',
      recordedBy: 'admin@contoso.example',
      recordedAt: '2026-11-24T12:00:00.000Z',
    });
    clock.now += 60_000;
    await clearForActiveTenant(deps, control.id, who);
    const cleared = await getForActiveTenant(deps, control.id);
    expect(cleared?.current).toBeNull();
    expect(cleared?.trail.map((e) => [e.action, e.action === 'set' ? e.disposition.recordedAt : e.at])).toEqual([
      ['set', '2026-11-24T12:00:00.000Z'],
      ['cleared', '2026-11-24T12:01:00.000Z'],
    ]);
  });

  test('the demo tenant records "this browser"', async () => {
    await scanned(true);
    await setForActiveTenant(deps, control.id, { kind: 'planned' }, who);
    expect((await getForActiveTenant(deps, control.id))?.current?.recordedBy).toBe('this browser');
  });

  test('refuses bad input and a control the latest scan does not have, recording nothing', async () => {
    await scanned(false);
    await expect(setForActiveTenant(deps, control.id, { kind: 'nonsense' }, who)).rejects.toThrow();
    await expect(setForActiveTenant(deps, 'no-such-control', { kind: 'planned' }, who)).rejects.toThrow(
      "The latest scan has no control 'no-such-control'.",
    );
    expect(await db.count('dispositions')).toBe(0);
  });
});

describe('a review control marked Reviewed', () => {
  test('the note is checked here again; who and when come from the account and the clock, every mark kept', async () => {
    await scanned(false);
    await markReviewedForActiveTenant(deps, review.id, '  Nothing unexpected.  ', who);
    clock.now += 7 * 86_400_000;
    await markReviewedForActiveTenant(deps, review.id, 'Two failures, explained.', who);
    const record = await getForActiveTenant(deps, review.id);
    expect(record?.current).toEqual({
      kind: 'reviewed',
      note: 'Two failures, explained.',
      recordedBy: 'admin@contoso.example',
      recordedAt: '2026-12-01T12:00:00.000Z',
    });
    expect(
      record?.trail.map((e) => (e.action === 'set' ? [e.disposition.note, e.disposition.recordedAt] : [])),
    ).toEqual([
      ['Nothing unexpected.', '2026-11-24T12:00:00.000Z'],
      ['Two failures, explained.', '2026-12-01T12:00:00.000Z'],
    ]);
  });

  test('refused without a note, on a control that is not a review, and through setDisposition, recording nothing', async () => {
    await scanned(false);
    await expect(markReviewedForActiveTenant(deps, review.id, '   ', who)).rejects.toThrow(
      'Say what you reviewed and found.',
    );
    await expect(markReviewedForActiveTenant(deps, review.id, 42, who)).rejects.toThrow();
    await expect(markReviewedForActiveTenant(deps, control.id, 'Looked.', who)).rejects.toThrow(
      "The latest scan has no review control 'entra-legacy-auth-blocked'.",
    );
    await expect(setForActiveTenant(deps, review.id, { kind: 'thirdParty' }, who)).rejects.toThrow(
      "'entra-signin-logs-reviewed' is a review: mark it Reviewed instead.",
    );
    await expect(setForActiveTenant(deps, review.id, { kind: 'reviewed', note: 'x' }, who)).rejects.toThrow();
    expect(await db.count('dispositions')).toBe(0);
  });

  test('scored while current and after its cadence, by the clock the background reads', async () => {
    await scanned(false);
    const scored = createScoredState(deps);
    const points = async () => (await scored.current()).scan?.controls.find((c) => c.id === review.id);
    expect(await points()).toMatchObject({ score: 0, review: { state: 'never' } });
    await scored.markReviewed(review.id, 'Nothing unexpected.', who);
    clock.now += 7 * 86_400_000 - 1;
    expect(await points()).toMatchObject({ status: 'pass', score: 3, review: { state: 'current' } });
    clock.now += 1;
    expect(await points()).toMatchObject({ status: 'fail', score: 0, review: { state: 'due' } });
  });
});
