import { expect, test } from 'vitest';
import { adminCenterOf, overlaySwitchesOf } from './admin-centers';

test.each([
  ['https://admin.microsoft.com/#/Settings/Services', 'm365'],
  ['https://admin.microsoft.com/sharepoint?page=sharing&modern=true', 'sharepoint'],
  ['https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing', 'sharepoint'],
  ['https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Properties', 'entra'],
  ['https://compliance.microsoft.com/auditlogsearch', 'purview'],
  ['https://security.microsoft.com/securescore', 'defender'],
  ['https://contoso.sharepoint.com/sites/hr', null],
  ['http://admin.microsoft.com/', null],
])('%s belongs to %s', (url, center) => expect(adminCenterOf(new URL(url))).toBe(center));

test('centers are on unless switched off; stored junk never switches one off', () => {
  const s = overlaySwitchesOf({ entra: false, teams: 'no', bogus: false });
  expect(s.entra).toBe(false);
  expect(s.teams).toBe(true);
  expect(s.m365).toBe(true);
  expect(overlaySwitchesOf(null).defender).toBe(true);
  expect(Object.keys(s)).not.toContain('bogus');
});
