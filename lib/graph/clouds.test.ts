import { serviceEndpoints } from './sources/admin-services';
import { describe, expect, test } from 'vitest';
import { clouds, graphRoots, isCloud } from './clouds';

describe('clouds', () => {
  test('pairs each Graph root with its sign-in authority', () => {
    expect(Object.fromEntries(Object.entries(clouds).map(([k, c]) => [k, [c.graphRoot, c.authorityHost]]))).toEqual({
      global: ['https://graph.microsoft.com', 'https://login.microsoftonline.com'],
      usgov: ['https://graph.microsoft.us', 'https://login.microsoftonline.us'],
      usgovdod: ['https://dod-graph.microsoft.us', 'https://login.microsoftonline.us'],
      china: ['https://microsoftgraph.chinacloudapi.cn', 'https://login.chinacloudapi.cn'],
    });
  });

  test('graphRoots agrees with clouds and has no trailing slash or path', () => {
    for (const [cloud, root] of Object.entries(graphRoots)) {
      expect(root).toBe(clouds[cloud as keyof typeof clouds].graphRoot);
      const url = new URL(root);
      expect(url.protocol).toBe('https:');
      expect(url.pathname).toBe('/');
      expect(root.endsWith('/')).toBe(false);
    }
  });

  test('isCloud accepts only known cloud names', () => {
    expect(isCloud('usgovdod')).toBe(true);
    expect(isCloud('toString')).toBe(false);
    expect(isCloud('gcc')).toBe(false);
  });
});

test('every cloud Graph can be scanned in has the admin services’ hosts, and no other does', () => {
  expect(Object.keys(serviceEndpoints).sort()).toEqual(Object.keys(clouds).sort());
});
