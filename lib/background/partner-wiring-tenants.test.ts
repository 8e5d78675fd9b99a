/** The background's partner wiring answers the customer tenant messages with the real handlers. */
import { expect, test } from 'vitest';
import type { AuthState } from '../messaging/protocol';
import { noDeclarations } from '../engine/scan/declarations';
import { createDispositionStore } from '../store/disposition-store';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import type { AuthPort } from './auth-port';
import { SIGN_IN_FIRST } from './customer-tenant-handlers';
import { createTenantScanLocks } from './tenant-scan-locks';
import { wirePartner } from './partner-wiring';

const signedOut: AuthState = {
  status: 'signedOut',
  connection: null,
  redirectUri: 'https://ext.chromiumapp.org/',
  accounts: [],
  active: null,
  missingPermissions: [],
  problem: null,
};
const unused = () => Promise.reject(new Error('not asked in this test'));
const auth: AuthPort = {
  state: () => Promise.resolve(signedOut),
  paused: () => Promise.resolve(false),
  activeSession: () => Promise.resolve(null),
  noteMissingPermissions: unused,
  saveConnection: unused,
  signIn: unused,
  consentToService: unused,
  signOut: unused,
  switchAccount: unused,
  tenantSession: unused,
  tenantAccess: unused,
  adminConsentUrl: unused,
  tokenWithScopes: unused,
};

test('adding, listing GDAP customers and showing a tenant are served by the real handlers', async () => {
  const db = await openStore('partner-wiring-tenants');
  const { handlers } = wirePartner({
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(createScanStore(db)),
    dispositions: () => Promise.resolve(createDispositionStore(db)),
    auth,
    clock: () => Date.parse('2026-12-05T10:00:00Z'),
    doh: () => Promise.resolve({}),
    declarations: () => Promise.resolve(noDeclarations),
    badge: { showScore: () => Promise.resolve(), showNotScanned: () => Promise.resolve() },
    loginFetch: unused,
    fetch: unused,
    locks: createTenantScanLocks(),
    signedInSchedule: { view: unused, set: unused },
  });
  expect(await handlers.addCustomerTenant({ query: 'fabrikam.com' }, {})).toEqual({ ok: false, error: SIGN_IN_FIRST });
  expect(await handlers.listGdapCustomers(null, {})).toEqual({ ok: false, reason: SIGN_IN_FIRST });
  await expect(handlers.showTenant({ tenantId: 'aaaaaaaa-1111-4111-8111-000000000001' }, {})).rejects.toThrow(
    "Posture Lens doesn't know the tenant",
  );
});
