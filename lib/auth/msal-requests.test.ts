import { describe, expect, test } from 'vitest';
import { AuthFailureError } from './offscreen-messages';
import { catalogPermissions, explain, missingFrom, msalSetup } from './msal-requests';

const clientId = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';

describe('what MSAL is asked for', () => {
  test('every catalogue permission, on the cloud’s own Graph root, then the sign-in scopes', () => {
    const setup = msalSetup({ clientId, tenant: 'contoso.onmicrosoft.us', cloud: 'usgov' }, 'https://x/');
    expect(setup.scopes).toEqual([
      ...catalogPermissions.map((p) => `https://graph.microsoft.us/${p}`),
      'openid',
      'profile',
      'offline_access',
    ]);
    expect(catalogPermissions.length).toBeGreaterThan(0);
    for (const p of catalogPermissions) expect(p).toMatch(/\.Read(\.|$)/);
  });

  test('what a grant lacks, whatever the Graph root or case its scopes carry', () => {
    const [first, ...others] = catalogPermissions;
    const scopes = others.map((p) => `https://microsoftgraph.chinacloudapi.cn/${p.toLowerCase()}`);
    expect(missingFrom(scopes)).toEqual([first]);
    expect(missingFrom([...scopes, first!])).toEqual([]);
    expect(missingFrom([])).toEqual(catalogPermissions);
  });

  test('a failure from across the channel or from MSAL itself is explained the same way', () => {
    const expired = { code: 'invalid_grant', message: 'AADSTS700084: The refresh token has expired.' };
    expect(explain(new AuthFailureError(expired))).toMatchObject({ kind: 'signInExpired', code: 'AADSTS700084' });
    expect(explain(Object.assign(new Error('AADSTS700084: expired'), { errorCode: 'invalid_grant' }))).toMatchObject({
      kind: 'signInExpired',
    });
  });
});
