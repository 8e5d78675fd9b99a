import { describe, expect, test } from 'vitest';
import { decodedPath, lowerCaseKeys, parseUrl } from './request-url';

const ROOT = 'https://graph.microsoft.com';

describe('parseUrl', () => {
  test('an absolute URL keeps its own root; version, path and query are split raw', () => {
    expect(parseUrl('http://127.0.0.1:1234/v1.0/users/a%20b?$top=1#frag', ROOT)).toEqual({
      root: 'http://127.0.0.1:1234',
      version: 'v1.0',
      versionSegment: 'v1.0',
      rawPath: '/users/a%20b',
      rawQuery: '$top=1',
    });
  });

  test('a relative URL takes the base root, without its trailing slash; the version is case-insensitive', () => {
    expect(parseUrl('/BETA', `${ROOT}/`)).toEqual({
      root: ROOT,
      version: 'beta',
      versionSegment: 'BETA',
      rawPath: '/',
      rawQuery: '',
    });
  });

  test('an unknown version segment is kept for the error, with no version', () => {
    expect(parseUrl('/v2.0/users', ROOT)).toMatchObject({ version: null, versionSegment: 'v2.0' });
  });
});

test('lowerCaseKeys lower-cases header names only', () => {
  expect(lowerCaseKeys({ ConsistencyLevel: 'Eventual' })).toEqual({ consistencylevel: 'Eventual' });
});

test('decodedPath decodes, and keeps a path it cannot decode as sent', () => {
  expect(decodedPath('/users/a%20b')).toBe('/users/a b');
  expect(decodedPath('/users/%E0%A4%A')).toBe('/users/%E0%A4%A');
});
