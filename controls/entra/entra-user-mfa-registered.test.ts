import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  staff,
  withoutServicePlans,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-user-mfa-registered';

// Prefix matches: the summary's path carries its function arguments.
const SUMMARY = '/reports/authenticationMethods/usersRegisteredByFeature*';
const ROWS = '/reports/authenticationMethods/userRegistrationDetails';
const summary = (totalUserCount: unknown, mfaCapable: unknown) => ({
  totalUserCount,
  userRegistrationFeatureCounts: [
    { feature: 'ssprRegistered', userCount: 0 },
    { feature: 'mfaCapable', userCount: mfaCapable },
  ],
});

/** The registration rows of `n` ordinary members. */
const rowsOf = (t: TenantModel, n: number): Graph.UserRegistrationDetails[] => {
  const ids = new Set(staff(t, n).map((u) => u.id));
  return t.userRegistrationDetails.filter((r) => ids.has(r.id));
};
/** Set by a case's tenant change, read by its check. */
let unregistered = '';
const cannotDoMfa = (r: Graph.UserRegistrationDetails): void => {
  r.isMfaCapable = false;
  r.isMfaRegistered = false;
  r.methodsRegistered = [];
};

describeControl(control, {
  pass: {
    'every member account can complete MFA': {
      reasonIncludes: 'All 43 member accounts can complete MFA.',
      evidence: ['memberRegistrationSummary'],
    },
    'guests who cannot complete MFA are not members': {
      tenant: (t) => t.userRegistrationDetails.filter((r) => r.userType === 'guest').forEach(cannotDoMfa),
      reasonIncludes: 'All 43 member accounts',
    },
    'Entra ID P1 without P2 is licence enough': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM_P2'),
    },
  },
  partial: {
    'one member cannot complete MFA, and is named': {
      tenant: (t) => {
        const row = rowsOf(t, 1)[0]!;
        cannotDoMfa(row);
        unregistered = row.userDisplayName!;
      },
      reasonIncludes: "1 of 43 member accounts can't complete MFA (97% can).",
      score: 8.79,
      check: (r) => {
        expect(r.score).toBeLessThan(r.maxScore);
        expect(r.affected).toMatchObject({ noun: 'members who cannot complete MFA', count: 1, sample: [unregistered] });
        expect(r.evidence.some((e) => e.source === 'membersNotMfaCapable')).toBe(true);
      },
    },
    'ten members cannot: credit is the share who can': {
      tenant: (t) => rowsOf(t, 10).forEach(cannotDoMfa),
      reasonIncludes: "10 of 43 member accounts can't complete MFA (76% can).",
      score: 6.91,
      check: (r) => expect(r.affected).toMatchObject({ count: 10 }),
    },
    'registered but not capable (the method is switched off) still counts as missing': {
      tenant: (t) => {
        rowsOf(t, 1)[0]!.isMfaCapable = false;
      },
      reasonIncludes: "1 of 43 member accounts can't complete MFA",
      score: 8.79,
    },
    'the rows naming them refused (403): the summary still scores it': {
      tenant: (t) => rowsOf(t, 1).forEach(cannotDoMfa),
      faults: [forbidden(ROWS)],
      reasonIncludes: "1 of 43 member accounts can't complete MFA",
      score: 8.79,
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: [] }),
    },
    'malformed rows are left out, not trusted': {
      tenant: (t) => rowsOf(t, 1).forEach(cannotDoMfa),
      faults: [malformed(ROWS, { value: [{ id: 'x' }] })],
      score: 8.79,
      check: (r) => expect(r.affected?.sample).toEqual([]),
    },
  },
  fail: {
    'no member can complete MFA': {
      tenant: (t) => t.userRegistrationDetails.filter((r) => r.userType === 'member').forEach(cannotDoMfa),
      reasonIncludes: "43 of 43 member accounts can't complete MFA (0% can).",
      evidence: ['memberRegistrationSummary'],
    },
  },
  notLicensed: {
    'without Entra ID P1 or P2': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM', 'AAD_PREMIUM_P2'),
      reasonIncludes: 'Needs Microsoft Entra ID P1',
      score: 0,
    },
    'Graph refuses the report for want of a premium licence': {
      faults: [
        { path: SUMMARY, kind: 'status', status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' },
      ],
      reasonIncludes: 'Microsoft Entra ID P1',
      score: 0,
    },
  },
  unknown: {
    '403 on the registration summary names AuditLog.Read.All': {
      faults: [forbidden(SUMMARY)],
      reasonIncludes: ['HTTP 403', 'AuditLog.Read.All', 'usersRegisteredByFeature'],
    },
    'a summary without feature counts': {
      faults: [malformed(SUMMARY, { totalUserCount: 43 })],
      reasonIncludes: "'userRegistrationFeatureCounts' (missing)",
    },
    'a member total sent as a string': {
      faults: [malformed(SUMMARY, summary('43', 43))],
      reasonIncludes: "'totalUserCount' (expected number, got string)",
    },
    'a feature count that is not a number': {
      faults: [malformed(SUMMARY, summary(43, null))],
      reasonIncludes: "'userRegistrationFeatureCounts[1].userCount' (expected number, got null)",
    },
    'a summary without the MFA-capable count': {
      faults: [
        malformed(SUMMARY, {
          totalUserCount: 43,
          userRegistrationFeatureCounts: [{ feature: 'ssprRegistered', userCount: 1 }],
        }),
      ],
      reasonIncludes: 'mfaCapable',
    },
    'a summary that counts no member accounts': {
      faults: [malformed(SUMMARY, summary(0, 0))],
      reasonIncludes: "'totalUserCount'",
    },
    '500 on the registration summary': {
      faults: [failing(SUMMARY, 500)],
      reasonIncludes: 'HTTP 500',
    },
    '404 on the registration summary': {
      faults: [failing(SUMMARY, 404)],
      reasonIncludes: 'HTTP 404',
    },
    'throttled on every retry': {
      faults: [{ path: SUMMARY, kind: 'throttle', times: 20, retryAfterSeconds: 1 }],
      reasonIncludes: 'kept throttling',
    },
  },
});
