import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AccountView, AuthState } from '../messaging/protocol';
import { scanDemoTenant } from '../scanner/demo-scan';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { followActiveAccount } from './active-account';
import { createToolbarBadge } from './toolbar-badge';

beforeEach(() => fakeBrowser.reset());

const accountIn = (tenantId: string, tenantName: string): AccountView => ({
  id: `oid.${tenantId}`,
  username: 'admin@example.com',
  name: 'Admin',
  tenantId,
  tenantName,
});

async function setup(name: string, active: () => AccountView | null, expired = false) {
  const store = createScanStore(await openStore(name));
  const demo = await scanDemoTenant();
  await store.saveScan(demo, { demo: false });
  await store.saveScan(
    { ...demo, tenant: { ...demo.tenant, id: 'other-tenant', displayName: 'Other' } },
    { demo: false },
  );
  await store.setActiveTenant('other-tenant');
  const follow = followActiveAccount({
    auth: { state: () => Promise.resolve({ active: active() } as AuthState) },
    getStore: () => Promise.resolve(store),
    badge: createToolbarBadge({ signInExpired: () => Promise.resolve(expired), scored: (s) => Promise.resolve(s) }),
  });
  return { store, demo, follow };
}

test("the pages and the toolbar follow the active account's tenant and its latest score", async () => {
  let active: AccountView | null = null;
  const { store, demo, follow } = await setup('follow-scanned', () => active);
  await follow(); // nobody signed in: nothing changes
  expect(await store.activeTenantId()).toBe('other-tenant');
  active = accountIn(demo.tenant.id, 'Contoso');
  await follow();
  expect(await store.activeTenantId()).toBe(demo.tenant.id);
  expect(await fakeBrowser.action.getBadgeText({})).toBe(`${demo.score.percent}`);
});

test('a tenant not scanned yet: no score (never another tenant’s), and the tooltip says so', async () => {
  const { store, follow } = await setup('follow-new', () => accountIn('new-tenant', 'Fabrikam'));
  await fakeBrowser.action.setBadgeText({ text: '62' });
  await follow();
  expect(await store.activeTenantId()).toBe('new-tenant');
  expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  expect(await fakeBrowser.action.getTitle({})).toBe('Posture Lens — Fabrikam: not scanned yet');
});

test('the sign-in expired: its `!` stays', async () => {
  const { follow } = await setup('follow-expired', () => accountIn('new-tenant', 'Fabrikam'), true);
  await fakeBrowser.action.setBadgeText({ text: '!' });
  await follow();
  expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
});
