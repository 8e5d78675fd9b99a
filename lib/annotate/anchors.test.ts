import { describe, expect, test } from 'vitest';
import { catalogue } from '../../controls';
import { controlsOn, pageMap } from '../engine/pages/page-map';
import { anchorLabels, anchors, normalizeLabel } from './anchors';

describe('anchor table', () => {
  test.each(anchors.map((a) => [a.page, a.control, a] as const))('%s › %s', (page, control, a) => {
    const g = pageMap.find((x) => x.page.id === page);
    expect(g, `unknown page ${page}`).toBeDefined();
    expect(catalogue.map((c) => c.id)).toContain(control);
    // A badge only goes where the page governs the control, so the panel and the badges agree.
    expect(controlsOn(g!, catalogue).map((c) => c.id)).toContain(control);
    expect(a.labels.length).toBeGreaterThan(0);
    for (const l of a.labels) expect(normalizeLabel(l)).not.toBe('');
  });

  test('one entry per page and control', () => {
    const keys = anchors.map((a) => `${a.page} ${a.control}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('labels are looked up per page: the same control has another label elsewhere', () => {
    expect(anchorLabels('m365PasswordExpiry', 'm365-password-expiry-disabled')).toContain(
      'Set passwords to never expire (recommended)',
    );
    expect(anchorLabels('m365SecurityPrivacy', 'm365-password-expiry-disabled')).toEqual([
      'Password expiration policy',
    ]);
    expect(anchorLabels('caPolicies', 'entra-admin-mfa-required')).toBeUndefined();
  });

  test('curly quotes, dashes, spacing and case compare equal', () => {
    expect(normalizeLabel('Allow guests to share items they don\u2019t  own')).toBe(
      normalizeLabel("allow guests to share items they don't own"),
    );
  });
});
