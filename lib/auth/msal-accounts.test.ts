import type { AccountInfo } from '@azure/msal-browser';
import { describe, expect, test } from 'vitest';
import { accountFor, requireTenant, signedInAccounts, tenantAuthority } from './msal-accounts';
import { AuthFailureError } from './offscreen-messages';

const PARTNER = 'aaaaaaaa-0000-4000-8000-000000000001';
const CUSTOMER = 'bbbbbbbb-0000-4000-8000-000000000002';
const OTHER = 'cccccccc-0000-4000-8000-000000000003';

/** An AccountInfo as msal-browser lists it: one per tenant profile, all with the same homeAccountId. */
const profile = (oid: string, home: string, tenantId: string, username: string): AccountInfo => ({
  homeAccountId: `${oid}.${home}`,
  environment: 'login.microsoftonline.com',
  tenantId,
  username,
  localAccountId: oid,
  name: username,
  idToken: `id-token-${tenantId}`,
  idTokenClaims: { tid: tenantId },
});

const adeleHome = profile('oid-adele', PARTNER, PARTNER, 'adele@partner.com');
const adeleInCustomer = profile('oid-adele', PARTNER, CUSTOMER, 'adele@partner.com');
const megan = profile('oid-megan', OTHER, OTHER, 'megan@other.com');
const msalWith = (all: AccountInfo[]) => ({
  getAllAccounts: (f?: { homeAccountId?: string }) =>
    all.filter((a) => !f?.homeAccountId || a.homeAccountId === f.homeAccountId),
});

describe('the accounts list', () => {
  test('a customer tenant reached through an account is not a second account', () => {
    expect(signedInAccounts([adeleInCustomer, adeleHome, megan])).toEqual([adeleHome, megan]);
  });

  test('two sign-ins stay two accounts', () => {
    expect(signedInAccounts([adeleHome, megan]).map((a) => a.username)).toEqual([
      'adele@partner.com',
      'megan@other.com',
    ]);
  });

  test('a guest sign-in (no home profile) is listed as the tenant it signed in to, the first profile', () => {
    const guest = profile('oid-g', OTHER, PARTNER, 'g@other.com');
    const later = profile('oid-g', OTHER, CUSTOMER, 'g@other.com');
    expect(signedInAccounts([guest, later])).toEqual([guest]);
  });
});

describe('the account a token request goes out as', () => {
  const msal = msalWith([adeleHome, adeleInCustomer, megan]);

  test('without a tenant: the signed-in profile, never the customer one', () => {
    expect(accountFor(msal, adeleHome.homeAccountId)).toBe(adeleHome);
  });

  test('a customer tenant with a profile already: that profile', () => {
    expect(accountFor(msal, adeleHome.homeAccountId, CUSTOMER.toUpperCase())).toBe(adeleInCustomer);
  });

  test('a customer tenant never reached: the same account labelled with that tenant, without the home ID token', () => {
    const a = accountFor(msal, adeleHome.homeAccountId, OTHER);
    expect(a).toMatchObject({ homeAccountId: adeleHome.homeAccountId, tenantId: OTHER, username: 'adele@partner.com' });
    expect(a.idToken).toBeUndefined();
    expect(a.idTokenClaims).toBeUndefined();
  });

  test('an account that is not signed in is refused as such', () => {
    expect(() => accountFor(msal, 'oid-nobody.x', CUSTOMER)).toThrow(
      expect.objectContaining({ failure: { code: 'no_account', message: 'That account is not signed in.' } }),
    );
  });
});

describe('the tenant check', () => {
  test('an answer from the tenant asked is kept', () => {
    expect(requireTenant({ tenantId: CUSTOMER }, CUSTOMER)).toBe(CUSTOMER);
  });

  test('an answer from another tenant, or naming none, is refused', () => {
    expect(() => requireTenant({ tenantId: PARTNER }, CUSTOMER)).toThrow(
      `Entra answered for tenant ${PARTNER}, not ${CUSTOMER}: the token was not used.`,
    );
    expect(() => requireTenant({ tenantId: '' }, CUSTOMER)).toThrow(AuthFailureError);
  });

  test('the authority is the cloud’s login host and the tenant id; anything but an id is refused', () => {
    expect(tenantAuthority('global', CUSTOMER)).toBe(`https://login.microsoftonline.com/${CUSTOMER}`);
    expect(tenantAuthority('usgov', CUSTOMER)).toBe(`https://login.microsoftonline.us/${CUSTOMER}`);
    expect(() => tenantAuthority('global', 'common/../evil')).toThrow('is not a directory (tenant) id');
  });
});
