import { describe, expect, test } from 'vitest';
import { discoverByRedirect, regionalRoot } from './compliance-host';
import { fakeServiceFetch } from '../../test/fixtures/fake-service-fetch';

const GLOBAL = 'https://ps.compliance.protection.outlook.com';

describe('regionalRoot', () => {
  test.each([
    [
      'the commercial redirect',
      GLOBAL,
      'https://eur03.admin.protection.outlook.com:446/x',
      'https://eur03.ps.compliance.protection.outlook.com',
    ],
    [
      'GCC High',
      'https://ps.compliance.protection.office365.us',
      'https://usg01.admin.protection.office365.us:446/x',
      'https://usg01.ps.compliance.protection.office365.us',
    ],
    // Whatever the Location says, the token only goes below the discovery host.
    [
      'a Location on another domain',
      GLOBAL,
      'https://nam02.evil.example/x',
      'https://nam02.ps.compliance.protection.outlook.com',
    ],
  ])('%s', (_, root, location, expected) => {
    expect(regionalRoot(root, location)).toBe(expected);
  });

  test.each([
    ['a Location back on the discovery host', GLOBAL, `${GLOBAL}/adminapi/beta/t/x`],
    [
      'a local discovery host (a simulator has no subdomains)',
      'http://127.0.0.1:4567',
      'https://eur03.admin.protection.outlook.com:446/',
    ],
    ['a prefix that is not a host label', GLOBAL, 'https://xn--a_b.admin.protection.outlook.com/'],
  ])('none for %s', (_, root, location) => {
    expect(regionalRoot(root, location)).toBeNull();
  });
});

describe('discoverByRedirect', () => {
  test('GETs the discovery without following it and reads Location', async () => {
    const fake = fakeServiceFetch(() => ({
      status: 302,
      headers: { location: 'https://apc01.admin.protection.outlook.com:446/' },
    }));
    expect(await discoverByRedirect({ discoveryRoot: GLOBAL, tenantId: 't-1', token: 'tok', fetch: fake.fetch })).toBe(
      'https://apc01.ps.compliance.protection.outlook.com',
    );
    expect(fake.calls).toMatchObject([
      {
        method: 'GET',
        url: `${GLOBAL}/adminapi/beta/t-1/EXOBanner('AutogenSession')`,
        redirect: 'manual',
        headers: { authorization: 'Bearer tok' },
      },
    ]);
  });

  test.each([
    ['an answer without a redirect', { status: 200, body: {} }],
    ['an opaque redirect (a service worker sees no Location)', { status: 302 }],
    ['no network', { offline: true }],
  ])('none for %s', async (_, answer) => {
    const fake = fakeServiceFetch(() => answer);
    expect(
      await discoverByRedirect({ discoveryRoot: GLOBAL, tenantId: 't', token: 'x', fetch: fake.fetch }),
    ).toBeNull();
  });
});
