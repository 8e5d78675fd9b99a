import { expect, test } from 'vitest';
import type { OrganizationInfo } from '../../graph/sources/organization';
import { tenantIdentityOf } from './tenant-identity';

const ID = '6A0B3C1D-0000-4000-8000-00000000C0DE';
const org = (over: Partial<OrganizationInfo> = {}): OrganizationInfo => ({
  id: ID,
  displayName: 'Contoso',
  verifiedDomains: [
    { name: 'contoso.com', isInitial: false },
    { name: 'Contoso.onmicrosoft.com', isInitial: true },
  ],
  ...over,
});
const read = (value: OrganizationInfo[]) => ({ ok: true as const, value });

test('one organization with a tenant id: its id (lower case), name and initial domain', () => {
  expect(tenantIdentityOf(read([org()]))).toEqual({
    ok: true,
    id: ID.toLowerCase(),
    displayName: 'Contoso',
    initialDomain: 'contoso.onmicrosoft.com',
  });
});

test('no initial domain said (or two): identified, without one', () => {
  expect(tenantIdentityOf(read([org({ verifiedDomains: null })]))).not.toHaveProperty('initialDomain');
  const two = [
    { name: 'a.onmicrosoft.com', isInitial: true },
    { name: 'b.onmicrosoft.com', isInitial: true },
  ];
  expect(tenantIdentityOf(read([org({ verifiedDomains: two })]))).not.toHaveProperty('initialDomain');
});

test.each([
  [
    'the read failed',
    { ok: false as const, why: '/organization failed with HTTP 403 (needs Organization.Read.All)' },
    'HTTP 403',
  ],
  ['no organization', read([]), 'returned 0 organizations'],
  ['two organizations', read([org(), org({ id: '11111111-1111-4111-8111-111111111111' })]), 'returned 2 organizations'],
  ['an id that is no tenant id', read([org({ id: 'unknown' })]), 'not a tenant id'],
])('%s: no identity, and why', (_, r, why) => {
  const identity = tenantIdentityOf(r);
  expect(identity.ok).toBe(false);
  expect(identity.ok ? '' : identity.why).toContain(why);
});
