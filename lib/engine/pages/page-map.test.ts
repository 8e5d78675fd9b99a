import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../controls';
import { adminCenterOf, adminCenterIds } from './admin-centers';
import { isAdminHost } from './admin-hosts';
import { overlayPages } from './overlay-pages';
import { anchorLabels, anchorTable, controlsOn, governingPageFor, pageMap } from './page-map';

const pages = pageMap.map((g) => g.page);
const byId = (id: string) => catalogue.find((c) => c.id === id)!;

describe('page map', () => {
  test.each(pages.flatMap((p) => p.examples.map((url) => [p.id, url] as const)))(
    '%s matches %s and no other page does',
    (id, url) => {
      expect(pages.filter((p) => p.matches(new URL(url))).map((p) => p.id)).toEqual([id]);
      expect(governingPageFor(new URL(url))?.page.id).toBe(id);
    },
  );

  test('page ids are unique', () => {
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
  });

  test.each(pageMap.map((g) => [g.page.id, g] as const))('%s is on an admin host', (_, g) => {
    expect(isAdminHost(new URL(g.page.url))).toBe(true);
    expect(g.page.matches(new URL(g.page.url))).toBe(true);
  });

  // Admin pages get their controls as the catalogue grows; a page only the overlay adds must govern one now.
  test.each(Object.keys(overlayPages))('%s (an overview page) governs a control', (id) => {
    const g = pageMap.find((x) => x.page.id === id)!;
    expect(controlsOn(g, catalogue).length).toBeGreaterThan(0);
  });

  test('a page a control names besides its fix page shows it there too', () => {
    const g = governingPageFor(
      new URL('https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Properties'),
    )!;
    expect(g.page.id).toBe('securityDefaults');
    expect(controlsOn(g, catalogue).map((c) => c.id)).toEqual(
      expect.arrayContaining(['entra-admin-mfa-required', 'entra-legacy-auth-blocked']),
    );
    expect(byId('entra-admin-mfa-required').fixAt.id).not.toBe('securityDefaults');
  });

  test('every control is governed by the page it is fixed on', () => {
    for (const c of catalogue) {
      const g = governingPageFor(new URL(c.fixAt.url));
      expect(g && controlsOn(g, catalogue).map((x) => x.id), c.id).toContain(c.id);
    }
  });

  test('every admin center the overlay can be switched on has a mapped page', () => {
    const centers = new Set(pages.map((p) => adminCenterOf(new URL(p.url))));
    for (const p of pages) for (const u of p.examples) centers.add(adminCenterOf(new URL(u)));
    expect(adminCenterIds.filter((id) => !centers.has(id))).toEqual([]);
  });

  test('the Secure Score page lists exactly the controls Microsoft also scores', () => {
    const g = governingPageFor(new URL('https://security.microsoft.com/securescore?viewid=actions'))!;
    const ids = controlsOn(g, catalogue).map((c) => c.id);
    expect(ids).toContain('entra-admin-mfa-required');
    expect(ids).not.toContain('entra-device-quota-limited');
  });

  test('the Org settings list governs the services fixed beneath it, not its neighbours', () => {
    const g = governingPageFor(new URL('https://admin.microsoft.com/#/Settings/Services'))!;
    expect(controlsOn(g, catalogue).map((c) => c.id)).toEqual(
      expect.arrayContaining(['m365-user-owned-apps-restricted', 'm365-forms-phishing-protection-enabled']),
    );
    expect(controlsOn(g, catalogue).map((c) => c.id)).not.toContain('m365-password-expiry-disabled');
  });

  test('unknown pages and other hosts are not mapped', () => {
    expect(governingPageFor(new URL('https://admin.microsoft.com/#/homepage'))).toBeNull();
    expect(governingPageFor(new URL('https://evil.example/#/Settings/Services'))).toBeNull();
  });
});

describe('anchor table, derived from the controls', () => {
  const anchors = anchorTable(catalogue);

  test.each(anchors.map((a) => [a.page, a.control, a] as const))('%s › %s', (page, control, a) => {
    const g = pageMap.find((x) => x.page.id === page);
    expect(g, `unknown page ${page}`).toBeDefined();
    expect(catalogue.map((c) => c.id)).toContain(control);
    // A badge only goes where the page governs the control, so the panel and the badges agree.
    expect(controlsOn(g!, catalogue).map((c) => c.id)).toContain(control);
    expect(a.labels.length).toBeGreaterThan(0);
    for (const l of a.labels) expect(l.trim()).not.toBe('');
  });

  test('one entry per page and control', () => {
    const keys = anchors.map((a) => `${a.page} ${a.control}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('labels are looked up per page: the same control has another label elsewhere', () => {
    expect(anchorLabels(byId('m365-password-expiry-disabled'), 'm365PasswordExpiry')).toContain(
      'Set passwords to never expire (recommended)',
    );
    expect(anchorLabels(byId('m365-password-expiry-disabled'), 'm365SecurityPrivacy')).toEqual([
      'Password expiration policy',
    ]);
    expect(anchorLabels(byId('entra-admin-mfa-required'), 'caPolicies')).toBeUndefined();
  });

  test('the Secure Score page anchors only controls Microsoft also scores', () => {
    for (const a of anchors.filter((x) => x.page === 'defenderSecureScore'))
      expect(byId(a.control).refs.secureScore, a.control).toBeDefined();
  });
});
