import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PopupState } from '../messaging/protocol';
import { readPopupState, savePopupState } from './popup-cache';

const state: PopupState = {
  scan: {
    tenantName: 'Contoso',
    scannedAt: '2026-12-05T09:00:00.000Z',
    score: { achieved: 120, available: 200, percent: 60 },
    controls: 96,
    coverage: { unknown: 2, notApplicable: 1 },
    actions: [
      {
        id: 'ca-mfa-admins',
        title: 'Require MFA for administrators',
        pointsToGain: 10,
        userImpact: 'low',
        implementationCost: 'low',
        reason: 'No policy requires it.',
        adminUrl: 'https://entra.microsoft.com/',
        borrowed: false,
      },
    ],
    byCategory: {} as NonNullable<PopupState['scan']>['byCategory'],
    unlock: [],
    staleBorrowed: 0,
    reviewsDue: 0,
    reviewControlsDue: 1,
  },
  demo: false,
  scanning: false,
  error: null,
};

beforeEach(() => fakeBrowser.reset());

describe('the popup copy', () => {
  test('what was saved is what the popup paints next', async () => {
    await savePopupState(state);
    expect(await readPopupState()).toEqual(state);
  });

  test("an error or notice was about its moment: the copy doesn't repeat it", async () => {
    await savePopupState({ ...state, error: 'Graph is down.', notice: 'Scan cancelled.' });
    const kept = await readPopupState();
    expect(kept?.error).toBeNull();
    expect(kept).not.toHaveProperty('notice');
    expect(kept?.scan?.score.percent).toBe(60);
  });

  test('nothing kept, another version, or a malformed copy: nothing is painted from it', async () => {
    expect(await readPopupState()).toBeNull();
    await fakeBrowser.storage.session.set({ popupState: { v: 0, state } });
    expect(await readPopupState()).toBeNull();
    const broken = { ...state, scan: { ...state.scan, score: { percent: '100' } } };
    await fakeBrowser.storage.session.set({ popupState: { v: 2, state: broken } });
    expect(await readPopupState()).toBeNull();
    await fakeBrowser.storage.session.set({ popupState: 'a score of 100' });
    expect(await readPopupState()).toBeNull();
  });

  test('the regressed tenants are kept for the first paint; a malformed count paints no copy', async () => {
    const regressed = { ...state, regressedTenants: { count: 3, names: ['Contoso', 'Fabrikam', 'Northwind'] } };
    await savePopupState(regressed);
    expect((await readPopupState())?.regressedTenants).toEqual({
      count: 3,
      names: ['Contoso', 'Fabrikam', 'Northwind'],
    });
    await fakeBrowser.storage.session.set({
      popupState: { v: 2, state: { ...state, regressedTenants: { count: '3', names: [] } } },
    });
    expect(await readPopupState()).toBeNull();
  });

  test('kept in memory for the session, not on disk', async () => {
    await savePopupState(state);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
