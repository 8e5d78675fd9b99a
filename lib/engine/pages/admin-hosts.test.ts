import { expect, test } from 'vitest';
import { adminMatchPatterns, isAdminHost } from './admin-hosts';

test.each([
  'https://admin.microsoft.com/#/homepage',
  'https://entra.microsoft.com/',
  'https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing',
  'https://admin.cloud.microsoft/',
])('%s is an admin host', (url) => expect(isAdminHost(new URL(url))).toBe(true));

test.each([
  'http://admin.microsoft.com/',
  'https://contoso.sharepoint.com/sites/hr',
  'https://admin.microsoft.com.evil.example/',
  'https://login.microsoftonline.com/',
])('%s is not', (url) => expect(isAdminHost(new URL(url))).toBe(false));

test('no match pattern is <all_urls> or plain http', () => {
  for (const p of adminMatchPatterns) expect(p).toMatch(/^https:\/\/[^/]+\/\*$/);
});
