import { describe, expect, test } from 'vitest';
import { isAdminHost } from '../admin-hosts';
import { adminPages, pagesFor } from '.';

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

  test('pages on other hosts are not matched', () => {
    expect(
      pagesFor(new URL('https://evil.example/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles')),
    ).toEqual([]);
  });
});
