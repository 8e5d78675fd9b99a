import { describe, expect, test } from 'vitest';
import { normalizeLabel } from './normalize-label';

const same = (a: string, b: string) => expect(normalizeLabel(a)).toBe(normalizeLabel(b));

describe('label comparison', () => {
  test('curly quotes, dashes, spacing and case compare equal', () => {
    same('Allow guests to share items they don\u2019t  own', "allow guests to share items they don't own");
    same('\u201CAnyone\u201D links \u2013 expire', '"Anyone" links - expire');
  });

  test('a "(Preview)" tag the portal adds, in any of its forms, is ignored', () => {
    const label = 'System-preferred multifactor authentication';
    for (const tagged of [
      `${label} (Preview)`,
      `${label} (preview)`,
      `${label} [Preview]`,
      `${label} - Preview`,
      `${label} Preview`,
    ]) {
      same(tagged, label);
    }
    same('Microsoft Authenticator (New)', 'Microsoft Authenticator');
  });

  test('a trailing colon or required-field asterisk is ignored, also after a tag', () => {
    same('Maximum number of devices per user:', 'Maximum number of devices per user');
    same('Phishing email threshold *', 'Phishing email threshold');
    same('Guest invite restrictions (Preview):', 'Guest invite restrictions');
  });

  test('compatibility forms compare equal: full-width colon, no-break space, zero-width space', () => {
    same('Users can register applications\uFF1A', 'Users can register applications');
    same('Users\u00A0can register\u200B applications', 'Users can register applications');
  });

  test('"preview" inside a label, or a parenthesis that says something, is kept', () => {
    expect(normalizeLabel('Preview features')).toBe('preview features');
    expect(normalizeLabel('Set passwords to never expire (recommended)')).toBe(
      'set passwords to never expire (recommended)',
    );
    expect(normalizeLabel('Office365 AntiPhish Default (Default)')).toBe('office365 antiphish default (default)');
  });

  test('a label that is only a decoration is empty, never a wildcard', () => {
    expect(normalizeLabel(' : ')).toBe('');
  });
});
