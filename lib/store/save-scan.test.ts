import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { scanWith } from '../../test/fixtures/scan-result';
import { openStore, type StoreDb } from './open-store';
import { saveScan } from './save-scan';

const NAME = 'posture-lens-save-scan-test';
let db: StoreDb;
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

const tenant = { id: 'contoso-id', displayName: 'Contoso', cloud: 'global' };
const scan = scanWith([], { tenant, scannedAt: '2026-03-02T10:00:00.000Z' });

describe('saveScan', () => {
  test('stores the scan under tenant|time and records the tenant', async () => {
    await saveScan(db, scan, { demo: true });
    expect(await db.getAllKeys('scans')).toEqual(['contoso-id|2026-03-02T10:00:00.000Z']);
    expect(await db.get('tenants', 'contoso-id')).toEqual({
      ...tenant,
      demo: true,
      lastScannedAt: scan.scannedAt,
    });
  });

  test('an older scan saved late is kept, but the tenant record stays on the newest', async () => {
    await saveScan(db, scan, { demo: false });
    await saveScan(
      db,
      { ...scan, tenant: { ...tenant, displayName: 'Old name' }, scannedAt: '2026-03-01T10:00:00.000Z' },
      { demo: false },
    );
    expect(await db.count('scans')).toBe(2);
    expect(await db.get('tenants', 'contoso-id')).toMatchObject({
      displayName: 'Contoso',
      lastScannedAt: scan.scannedAt,
    });
  });

  test('refuses a failed scan with its message, and a scan without a real tenant id, saving nothing', async () => {
    const failed = {
      ...scan,
      failure: { kind: 'unidentified' as const, message: 'The tenant could not be identified.' },
    };
    await expect(saveScan(db, failed, { demo: false })).rejects.toThrow('The tenant could not be identified.');
    for (const id of ['', 'unknown'])
      await expect(saveScan(db, { ...scan, tenant: { ...tenant, id } }, { demo: false })).rejects.toThrow(
        'a scan without a tenant id is not saved',
      );
    expect(await db.count('scans')).toBe(0);
    expect(await db.count('tenants')).toBe(0);
  });
});
