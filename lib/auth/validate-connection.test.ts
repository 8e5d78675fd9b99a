import { describe, expect, test } from 'vitest';
import { authorityOf, checkClientId, checkConnection, checkTenant } from './validate-connection';

const clientId = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';

describe('client id', () => {
  test('accepts a GUID in either case', () => {
    expect(checkClientId(clientId)).toBeNull();
    expect(checkClientId(clientId.toUpperCase())).toBeNull();
  });
  test.each([
    ['empty', '', 'Enter the Application (client) ID'],
    ['a name', 'Posture Lens', 'is a GUID'],
    ['a GUID missing a digit', clientId.slice(1), 'is a GUID'],
    ['a GUID in braces', `{${clientId}}`, 'is a GUID'],
  ])('refuses %s with a sentence saying where to find it', (_, value, says) => {
    expect(checkClientId(value)).toContain(says);
  });
});

describe('tenant', () => {
  test.each(['', 'organizations', 'c0de0000-7e57-4000-8000-000000000001', 'contoso.onmicrosoft.com', 'contoso.com'])(
    'accepts %j',
    (value) => expect(checkTenant(value)).toBeNull(),
  );
  test.each([
    ['common', 'personal Microsoft accounts'],
    ['consumers', 'personal Microsoft accounts'],
    ['https://login.microsoftonline.com/contoso.com', 'not a URL'],
    ['adele@contoso.com', 'email address'],
    ['contoso', 'verified domain'],
    ['contoso..com', 'verified domain'],
  ])('refuses %j', (value, says) => expect(checkTenant(value)).toContain(says));
});

describe('a whole connection', () => {
  test('is normalised: trimmed, lower-cased, an empty tenant means the home tenant', () => {
    expect(checkConnection({ clientId: ` ${clientId.toUpperCase()} `, tenant: '  ', cloud: 'global' })).toEqual({
      ok: true,
      connection: { clientId, tenant: 'organizations', cloud: 'global' },
    });
  });
  test('reports every bad field at once', () => {
    const check = checkConnection({ clientId: 'x', tenant: 'common', cloud: 'mars' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(['clientId', 'cloud', 'tenant']);
    expect(check.errors.cloud).toContain('US Government L4 (GCC High)');
  });
  test('refuses what is not a string', () => {
    expect(checkConnection({ clientId: 42, tenant: null, cloud: 'global' })).toMatchObject({ ok: false });
  });
  test('signs in against the cloud’s own login host', () => {
    expect(authorityOf({ clientId, tenant: 'contoso.onmicrosoft.us', cloud: 'usgov' })).toBe(
      'https://login.microsoftonline.us/contoso.onmicrosoft.us',
    );
    expect(authorityOf({ clientId, tenant: 'organizations', cloud: 'china' })).toBe(
      'https://login.chinacloudapi.cn/organizations',
    );
  });
});
