import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionRegressionMemo } from './regression-memo';

beforeEach(() => fakeBrowser.reset());

test('the memo is kept for the session, in memory, and read back as written', async () => {
  const entries = { 'tenant-1': { key: '2026-12-01T09:00:00.000Z|0|2026-12-05', change: -4, regressions: 2 } };
  await sessionRegressionMemo.write(entries);
  expect(await sessionRegressionMemo.read()).toEqual(entries);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});

test('a malformed entry is dropped (its tenant is read again); another version is none', async () => {
  await fakeBrowser.storage.session.set({
    regressionMemo: {
      v: 1,
      entries: { good: { key: 'k', change: null, regressions: 0 }, bad: { key: 'k', change: '-4', regressions: 0 } },
    },
  });
  expect(await sessionRegressionMemo.read()).toEqual({ good: { key: 'k', change: null, regressions: 0 } });
  await fakeBrowser.storage.session.set({ regressionMemo: { v: 0, entries: {} } });
  expect(await sessionRegressionMemo.read()).toEqual({});
});
