import { describe, expect, test } from 'vitest';
import { adminCenterOf, type AdminCenterId } from '../admin-centers';
import { isAdminHost } from '../admin-hosts';
import { defenderPages } from './defender';
import { entraPages } from './entra';
import { entraReportPages } from './entra-reports';
import { exchangePages } from './exchange';
import { intunePages } from './intune';
import { m365Pages } from './m365';
import { purviewPages } from './purview';
import { sharepointPages } from './sharepoint';
import { teamsPages } from './teams';
import { adminPages, pagesFor } from './index';

const pages = Object.entries(adminPages);

describe('admin pages', () => {
  test.each(pages.flatMap(([id, p]) => p.examples.map((url) => [id, url] as const)))(
    '%s matches %s and no other page does',
    (id, url) => {
      expect(pagesFor(new URL(url)).map((p) => p.id)).toEqual([id]);
    },
  );

  test.each(pages)('%s: id, deep link on an admin host, link matched by its own page', (id, page) => {
    expect(page.id).toBe(id);
    expect(isAdminHost(new URL(page.url))).toBe(true);
    expect(page.matches(new URL(page.url))).toBe(true);
    expect(page.examples.length).toBeGreaterThan(0);
  });

  // One file per admin center: a page listed in another center's file would be switched on and off with the wrong one.
  test.each([
    ['entra', entraPages],
    ['entra', entraReportPages],
    ['m365', m365Pages],
    ['sharepoint', sharepointPages],
    ['exchange', exchangePages],
    ['intune', intunePages],
    ['defender', defenderPages],
    ['purview', purviewPages],
    ['teams', teamsPages],
  ] as const)('the %s file holds only pages of that admin center', (center: AdminCenterId, file) => {
    for (const p of Object.values(file)) {
      expect(adminCenterOf(new URL(p.url)), p.id).toBe(center);
      for (const u of p.examples) expect(adminCenterOf(new URL(u)), u).toBe(center);
    }
  });

  test('pages on other hosts are not matched', () => {
    expect(
      pagesFor(new URL('https://evil.example/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles')),
    ).toEqual([]);
  });
});
