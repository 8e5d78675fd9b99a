import { expect, test } from 'vitest';
import { openStore, StoreUnavailableError, type StoreDb } from '../store/open-store';
import { createStoreConnection } from './store-connection';

test('one connection for every caller: the database is opened once', async () => {
  let opened = 0;
  const conn = createStoreConnection(() => (opened++, openStore('store-connection-once')));
  const [a, b] = await Promise.all([conn.getDb(), conn.getDb()]);
  expect(a).toBe(b);
  expect(await conn.getStore()).toBe(await conn.getStore());
  expect(opened).toBe(1);
});

test('a failed open is reported, then tried again on the next use', async () => {
  let attempts = 0;
  const open = (): Promise<StoreDb> =>
    ++attempts === 1 ? Promise.reject(new StoreUnavailableError('blocked')) : openStore('store-connection-retry');
  const conn = createStoreConnection(open);
  await expect(conn.getStore()).rejects.toThrow('blocked');
  const store = await conn.getStore();
  expect(await store.tenants()).toEqual([]);
  expect(attempts).toBe(2);
});
