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

const URD = '/reports/authenticationMethods/userRegistrationDetails';
const USERS = '/users';

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
      evidence: ['memberCount'],
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
        expect(r.evidence.map((e) => e.displayName)).toContain(unregistered);
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
  },
  fail: {
    'no member can complete MFA': {
      tenant: (t) => t.userRegistrationDetails.filter((r) => r.userType === 'member').forEach(cannotDoMfa),
      reasonIncludes: "43 of 43 member accounts can't complete MFA (0% can).",
      evidence: ['memberCount'],
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
        { path: URD, kind: 'status', status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' },
      ],
      reasonIncludes: 'Microsoft Entra ID P1',
      score: 0,
    },
  },
  unknown: {
    '403 on the registration report names AuditLog.Read.All': {
      faults: [forbidden(URD)],
      reasonIncludes: ['HTTP 403', 'AuditLog.Read.All', 'userRegistrationDetails'],
    },
    '403 on the member count names User.Read.All': {
      faults: [forbidden(USERS)],
      reasonIncludes: ['HTTP 403', 'User.Read.All'],
    },
    'a registration row without a user principal name': {
      faults: [malformed(URD, { value: [{ id: 'x' }] })],
      reasonIncludes: "'value[0].userPrincipalName' (missing)",
    },
    'registered methods that are a string, not a list': {
      tenant: (t) => {
        const row = rowsOf(t, 1)[0]!;
        cannotDoMfa(row);
        Object.assign(row, { methodsRegistered: 'none' });
      },
      reasonIncludes: "'value[0].methodsRegistered' (expected array, got string)",
    },
    'a registration row without isMfaRegistered': {
      tenant: (t) => {
        const row = rowsOf(t, 1)[0]!;
        cannotDoMfa(row);
        delete row.isMfaRegistered;
      },
      reasonIncludes: "'value[0].isMfaRegistered' (missing)",
    },
    'a member count without @odata.count': {
      faults: [malformed(USERS, { value: [] })],
      reasonIncludes: "'@odata.count' (missing)",
    },
    'a directory that reports no member accounts': {
      faults: [malformed(USERS, { '@odata.count': 0, value: [] })],
      reasonIncludes: 'the tenant reports no member accounts',
    },
    '500 on the registration report': {
      faults: [failing(URD, 500)],
      reasonIncludes: 'HTTP 500',
    },
    '404 on the member count': {
      faults: [failing(USERS, 404)],
      reasonIncludes: 'HTTP 404',
    },
    'throttled on every retry': {
      faults: [{ path: URD, kind: 'throttle', times: 20, retryAfterSeconds: 1 }],
      reasonIncludes: 'kept throttling',
    },
  },
});
