import { describe, expect, test } from 'vitest';
import { tenantIdOfToken } from './token-tenant';

const jwt = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.sig';
const TID = '72F988BF-86F1-41AF-91AB-2D7CD011DB47';

describe('tenantIdOfToken', () => {
  test('reads the tid claim, lower-cased', () => {
    expect(tenantIdOfToken(jwt({ tid: TID, aud: 'https://outlook.office365.com' }))).toBe(TID.toLowerCase());
  });

  test.each([
    ['no token', undefined],
    ['not a JWT', 'opaque-token'],
    ['a payload that is not JSON', 'a.bm90IGpzb24.c'],
    ['no tid', jwt({ aud: 'x' })],
    ['a tid that is not a GUID', jwt({ tid: 'contoso.onmicrosoft.com' })],
  ])('%s: none', (_, token) => {
    expect(tenantIdOfToken(token)).toBeUndefined();
  });
});
