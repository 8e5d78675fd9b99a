import { expect } from 'vitest';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  withoutServicePlans,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-sspr-enabled';

// Prefix match: the summary's path carries its function arguments.
const SUMMARY = '/reports/authenticationMethods/usersRegisteredByFeature*';
const ROWS = '/reports/authenticationMethods/userRegistrationDetails';
const summary = (totalUserCount: unknown, ssprEnabled: unknown) => ({
  totalUserCount,
  userRegistrationFeatureCounts: [
    { feature: 'mfaCapable', userCount: 0 },
    { feature: 'ssprEnabled', userCount: ssprEnabled },
  ],
});
const users = (t: TenantModel) => t.userRegistrationDetails.filter((r) => r.userType === 'member' && !r.isAdmin);

describeControl(control, {
  pass: {
    'every member is allowed to reset their password; the break-glass admins are left out': {
      reasonIncludes: [
        'All 41 member accounts are allowed to reset their own password (ssprEnabled).',
        '2 administrator(s) on the admin reset policy are left out.',
      ],
      evidence: ['memberRegistrationSummary', 'Break Glass 01'],
    },
    'guests outside the policy are not members': {
      tenant: (t) =>
        t.userRegistrationDetails.filter((r) => r.userType === 'guest').forEach((r) => (r.isSsprEnabled = false)),
      reasonIncludes: 'All 41 member accounts',
    },
    'no administrator outside SSPR': {
      tenant: (t) => t.userRegistrationDetails.forEach((r) => (r.isSsprEnabled = true)),
      reasonIncludes: 'All 43 member accounts are allowed to reset their own password (ssprEnabled).',
    },
  },
  partial: {
    'SSPR for a selected group leaves some members out': {
      tenant: (t) =>
        users(t)
          .slice(0, 3)
          .forEach((r) => (r.isSsprEnabled = false)),
      reasonIncludes: '3 of 41 member accounts are not enabled for self-service password reset (92% are).',
      check: (r) => expect(r.affected).toMatchObject({ count: 3 }),
    },
  },
  fail: {
    'SSPR off for everyone': {
      tenant: (t) => t.userRegistrationDetails.forEach((r) => (r.isSsprEnabled = false)),
      reasonIncludes: 'None of 36 member accounts is allowed to reset their own password.',
    },
  },
  unknown: {
    '403 on the registration summary names AuditLog.Read.All': {
      faults: [forbidden(SUMMARY)],
      reasonIncludes: ['HTTP 403', 'AuditLog.Read.All'],
    },
    '403 on the registration rows': {
      faults: [forbidden(ROWS)],
      reasonIncludes: ['HTTP 403', 'AuditLog.Read.All'],
    },
    'a summary without the ssprEnabled row': {
      faults: [malformed(SUMMARY, { totalUserCount: 5, userRegistrationFeatureCounts: [] })],
      reasonIncludes: "'userRegistrationFeatureCounts[ssprEnabled]' (missing)",
    },
    'a count that is a string': {
      faults: [malformed(SUMMARY, summary(5, '5'))],
      reasonIncludes: 'expected a whole number from 0 to 9007199254740991, got string',
    },
    'an enabled count of 1e300 is malformed, not every member enabled (fuzz class 2)': {
      faults: [malformed(SUMMARY, summary(5, 1e300))],
      reasonIncludes:
        "'userRegistrationFeatureCounts[1].userCount' (expected a whole number from 0 to 9007199254740991, got 1e+300)",
    },
    'more enabled members than the report counts in all is malformed': {
      faults: [malformed(SUMMARY, summary(5, 6))],
      reasonIncludes: "6 members, more than the report's totalUserCount of 5",
    },
    'a report that counts no members': {
      faults: [malformed(SUMMARY, summary(0, 0))],
      reasonIncludes: "'totalUserCount' (the report counts no non-admin members)",
    },
    'an admin row without isSsprEnabled': {
      faults: [
        malformed(ROWS, { value: [{ id: 'x', userPrincipalName: 'a@b', userDisplayName: 'A', isAdmin: true }] }),
      ],
      reasonIncludes: "'value[0].isSsprEnabled' (missing)",
    },
    '500 on the registration summary': {
      faults: [failing(SUMMARY, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: {
    'without Entra ID P1 the report is not available': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM', 'AAD_PREMIUM_P2'),
    },
  },
});
