import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../controls';
import { WATCHED_ACTIVITIES } from '../../graph/sources/directory-audits';
import { attachedControls, sourceReaders } from './attach-audit';

const readers = sourceReaders(catalogue);
const EXCLUDED = 'a1b2c3d4-0000-4000-8000-000000000001';
const excluded = new Set([EXCLUDED]);

describe('attachedControls: the controls an audit event can affect', () => {
  test.each([
    // activity, as the log may spell it → a control it must reach, and one it must not
    ['Update conditional access policy', 'entra-user-mfa-required', 'entra-user-consent-restricted'],
    ['update CONDITIONAL ACCESS policy', 'entra-device-code-flow-blocked', 'entra-global-admins-limited'],
    ['Delete conditional access policy', 'entra-legacy-auth-blocked', 'entra-weak-auth-methods-disabled'],
    ['Update named location', 'entra-trusted-locations-configured', 'entra-user-mfa-required'],
    ['Update security defaults', 'entra-user-mfa-required', 'entra-trusted-locations-configured'],
    ['Update authorization policy', 'entra-user-consent-restricted', 'entra-user-mfa-required'],
    ['Update permission grant policy', 'entra-user-consent-restricted', 'entra-legacy-auth-blocked'],
    ['Consent to application', 'entra-admin-consent-workflow-enabled', 'entra-legacy-auth-blocked'],
    ['Add member to role', 'entra-global-admins-limited', 'entra-user-consent-restricted'],
    ['Add eligible member to role', 'entra-least-privileged-roles-used', 'entra-user-consent-restricted'],
    ['Authentication Methods Policy Update', 'entra-weak-auth-methods-disabled', 'entra-global-admins-limited'],
    [
      'authentication strength policy update',
      'entra-admin-phishing-resistant-mfa-required',
      'entra-weak-auth-methods-disabled',
    ],
    ['Set password policy', 'm365-password-expiry-disabled', 'entra-user-consent-restricted'],
    ['Set federation settings on domain', 'entra-admin-mfa-required', 'email-dmarc-enforced'],
  ])('%s reaches %s, not %s', (activity, reaches, not) => {
    const ids = attachedControls(activity, null, readers, excluded);
    expect(ids).toContain(reaches);
    expect(ids).not.toContain(not);
  });

  test('every source a watched activity names is one a control reads (a renamed source fails here)', () => {
    const named = [...new Set(Object.values(WATCHED_ACTIVITIES).flat())];
    expect(named.filter((id) => !readers.has(id))).toEqual([]);
  });

  test('an activity nobody reads reaches nothing', () => {
    expect(attachedControls('Update user', null, readers, excluded)).toEqual([]);
  });

  test('an addition to a group counts only when a Conditional Access policy excludes the group', () => {
    const toExcluded = attachedControls('Add member to group', EXCLUDED.toUpperCase(), readers, excluded);
    expect(toExcluded).toContain('entra-user-mfa-required');
    expect(toExcluded).toContain('entra-legacy-auth-blocked');
    expect(attachedControls('Add member to group', 'some-other-group', readers, excluded)).toEqual([]);
    expect(attachedControls('Add member to group', null, readers, excluded)).toEqual([]);
  });
});
