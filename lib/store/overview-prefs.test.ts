import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore, type StoreDb } from './open-store';
import { createOverviewPrefs } from './overview-prefs';

const NAME = 'posture-lens-overview-prefs-test';
let db: StoreDb;
const prefs = () => createOverviewPrefs(() => Promise.resolve(db));

beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

describe('overview prefs', () => {
  test('stale after 7 days and no partner name until set', async () => {
    expect(await prefs().read()).toEqual({ staleAfterDays: 7, partnerName: '' });
  });

  test('each field is saved alone, the other kept, and read back by a new store', async () => {
    await prefs().update({ staleAfterDays: 14 });
    await prefs().update({ partnerName: 'Fabrikam IT' });
    expect(await prefs().read()).toEqual({ staleAfterDays: 14, partnerName: 'Fabrikam IT' });
  });

  test('out-of-range values are refused and nothing changes', async () => {
    await prefs().update({ staleAfterDays: 30 });
    await expect(prefs().update({ staleAfterDays: 0 })).rejects.toThrow('1 to 365');
    await expect(prefs().update({ staleAfterDays: 2.5 })).rejects.toThrow('1 to 365');
    await expect(prefs().update({ partnerName: 'x'.repeat(101) })).rejects.toThrow('100 characters');
    expect(await prefs().read()).toEqual({ staleAfterDays: 30, partnerName: '' });
  });

  test('a stored value that no longer reads falls back to the default for that field alone', async () => {
    await db.put('settings', { key: 'overviewPrefs', value: { staleAfterDays: 'soon', partnerName: 'Fabrikam IT' } });
    expect(await prefs().read()).toEqual({ staleAfterDays: 7, partnerName: 'Fabrikam IT' });
  });
});
