import { expect, test } from 'vitest';
import { adminConsentUrl } from './admin-consent';

const CLIENT_ID = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';
const CUSTOMER = 'BBBBBBBB-0000-4000-8000-000000000002';
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

test('the customer tenant’s v2 admin consent, for every permission the app lists, back to the extension', () => {
  const url = new URL(
    adminConsentUrl({ clientId: CLIENT_ID, tenant: 'organizations', cloud: 'global' }, REDIRECT, CUSTOMER)!,
  );
  expect(url.origin + url.pathname).toBe(
    `https://login.microsoftonline.com/${CUSTOMER.toLowerCase()}/v2.0/adminconsent`,
  );
  expect(Object.fromEntries(url.searchParams)).toEqual({
    client_id: CLIENT_ID,
    scope: 'https://graph.microsoft.com/.default',
    redirect_uri: REDIRECT,
  });
});

test('in a national cloud, that cloud’s login host and Graph', () => {
  const url = new URL(
    adminConsentUrl({ clientId: CLIENT_ID, tenant: 'organizations', cloud: 'china' }, REDIRECT, CUSTOMER)!,
  );
  expect(url.host).toBe('login.chinacloudapi.cn');
  expect(url.searchParams.get('scope')).toBe('https://microsoftgraph.chinacloudapi.cn/.default');
});

test('no link for something that is not a tenant id', () => {
  expect(
    adminConsentUrl({ clientId: CLIENT_ID, tenant: 'organizations', cloud: 'global' }, REDIRECT, 'contoso.com'),
  ).toBeNull();
});
