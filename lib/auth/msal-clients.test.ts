import { describe, expect, test } from 'vitest';
import { createMsalClients } from './msal-clients';
import type { MsalSetup } from './offscreen-messages';

const setup: MsalSetup = {
  connection: { clientId: '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13', tenant: 'organizations', cloud: 'global' },
  redirectUri: 'https://ext.chromiumapp.org/',
  scopes: ['openid'],
};

describe('MSAL clients', () => {
  test('one per connection: the same setup gets the same client, another tenant a new one', async () => {
    const clients = createMsalClients();
    const first = await clients.clientFor(setup);
    expect(await clients.clientFor({ ...setup, scopes: ['profile'] })).toBe(first);
    const other = await clients.clientFor({ ...setup, connection: { ...setup.connection, tenant: 'contoso.com' } });
    expect(other).not.toBe(first);
  });

  test('the URL MSAL wants to open is caught while a redirect runs, and only then', async () => {
    const clients = createMsalClients();
    const pca = await clients.clientFor(setup);
    const url = await clients.captureNavigation(() =>
      pca.acquireTokenRedirect({ scopes: ['openid'], prompt: 'select_account' }),
    );
    expect(url).toMatch(/^https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/authorize\?/);
    expect(new URL(url!).searchParams.get('client_id')).toBe(setup.connection.clientId);
    expect(await clients.captureNavigation(() => Promise.resolve())).toBeUndefined();
  });
});
