import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AuthState } from '../messaging/protocol';
import { openStore } from '../store/open-store';
import { createWatchAlerts } from './watch-alerts';
import { watchHandlers } from './watch-handlers';

const sender = {};
const account = (tenantId: string) => ({
  id: `a.${tenantId}`,
  username: 'admin@contoso.com',
  name: 'Admin',
  tenantId,
  tenantName: `Tenant ${tenantId}`,
});
const stateWith = (active: ReturnType<typeof account> | null): AuthState => ({
  status: active ? 'signedIn' : 'signedOut',
  connection: null,
  redirectUri: 'https://x.chromiumapp.org/',
  accounts: active ? [active] : [],
  active,
  missingPermissions: [],
  problem: null,
});

beforeEach(() => fakeBrowser.reset());

async function setup(name: string) {
  const db = await openStore(name);
  let active: ReturnType<typeof account> | null = account('t1');
  const watch = createWatchAlerts({
    getDb: () => Promise.resolve(db),
    clock: () => 0,
    showTenant: () => Promise.resolve(),
  });
  const handlers = watchHandlers({ auth: { state: () => Promise.resolve(stateWith(active)) }, watch });
  return { handlers, switchTo: (a: ReturnType<typeof account> | null) => (active = a) };
}

const ownOnly = { notify: true, threshold: { kind: 'ownOnly' as const } };

describe('the Connect page edits the signed-in tenant’s watch', () => {
  test('shows the defaults, saves a choice, and each tenant keeps its own', async () => {
    const { handlers, switchTo } = await setup('watch-handlers');
    expect(await handlers.getWatchSettings(null, sender)).toEqual({
      tenantId: 't1',
      tenantName: 'Tenant t1',
      settings: { notify: true, threshold: { kind: 'anyDrop' } },
    });
    expect((await handlers.setWatchSettings({ tenantId: 't1', settings: ownOnly }, sender)).settings).toEqual(ownOnly);
    switchTo(account('t2'));
    expect((await handlers.getWatchSettings(null, sender)).settings.threshold).toEqual({ kind: 'anyDrop' });
    switchTo(account('t1'));
    expect((await handlers.getWatchSettings(null, sender)).settings).toEqual(ownOnly);
  });

  test('refuses to save onto a tenant the page no longer shows', async () => {
    const { handlers, switchTo } = await setup('watch-handlers-switch');
    switchTo(account('t2'));
    await expect(handlers.setWatchSettings({ tenantId: 't1', settings: ownOnly }, sender)).rejects.toThrow(
      'signed-in tenant changed',
    );
    switchTo(null);
    expect(await handlers.getWatchSettings(null, sender)).toMatchObject({ tenantId: null });
  });
});
