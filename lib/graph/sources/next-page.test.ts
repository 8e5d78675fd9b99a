import { describe, expect, test } from 'vitest';
import { nextPageOf } from './next-page';

describe('nextPageOf', () => {
  test('keeps the path and query exactly as given', () => {
    const link = "https://graph.microsoft.com/v1.0/users?$filter=userType eq 'Guest'&$skiptoken=RFNwdAIAAQAAAB8%3d";
    expect(nextPageOf(link, 'https://graph.microsoft.com')).toEqual({
      version: 'v1.0',
      url: "/users?$filter=userType eq 'Guest'&$skiptoken=RFNwdAIAAQAAAB8%3d",
    });
  });

  test('reads the version from the link', () => {
    expect(nextPageOf('https://graph.microsoft.us/beta/reports/x?$skip=2', 'https://graph.microsoft.us/')).toEqual({
      version: 'beta',
      url: '/reports/x?$skip=2',
    });
  });

  test('works for a local simulator, with or without a path under its root', () => {
    expect(nextPageOf('http://127.0.0.1:4567/v1.0/domains?page=2', 'http://127.0.0.1:4567')).toEqual({
      version: 'v1.0',
      url: '/domains?page=2',
    });
    expect(nextPageOf('http://127.0.0.1:4567/graph/v1.0/domains?page=2', 'http://127.0.0.1:4567/graph')).toEqual({
      version: 'v1.0',
      url: '/domains?page=2',
    });
  });

  test('a link on another host still yields a URL relative to our own root', () => {
    expect(nextPageOf('https://evil.example/v1.0/users?$skiptoken=1', 'https://graph.microsoft.com')).toEqual({
      version: 'v1.0',
      url: '/users?$skiptoken=1',
    });
  });

  test('is undefined when the link has no Graph version segment', () => {
    expect(nextPageOf('https://graph.microsoft.com/v2.0/users', 'https://graph.microsoft.com')).toBeUndefined();
    expect(nextPageOf('https://graph.microsoft.com/v1.0/', 'https://graph.microsoft.com')).toBeUndefined();
    expect(nextPageOf('users?$skip=1', 'https://graph.microsoft.com')).toBeUndefined();
  });
});
