import { expect, test } from 'vitest';
import { sharePointAdminHostOf } from './tenant-hosts';

test.each([
  ['contoso.onmicrosoft.com', 'contoso-admin.sharepoint.com'],
  ['Contoso.OnMicrosoft.com', 'contoso-admin.sharepoint.com'],
  ['woodgrove-bank.onmicrosoft.com', 'woodgrove-bank-admin.sharepoint.com'],
  // Not an initial domain Microsoft gives out: no host rather than a guess.
  ['contoso.com', null],
  ['contoso.mail.onmicrosoft.com', null],
  ['evil.sharepoint.com.onmicrosoft.com', null],
  [undefined, null],
])('%s → %s', (domain, host) => expect(sharePointAdminHostOf(domain)).toBe(host));
