import { expect } from 'vitest';
import { PER_USER_MFA_READ_LIMIT } from '../../lib/graph/sources/per-user-mfa-states';
import {
  describeControl,
  failing,
  forbidden,
  hardenedE5Ids,
  malformed,
  staff,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-per-user-mfa-disabled';

// Every per-user read (the user list is `/users` itself, which this prefix doesn't match).
const REQUIREMENTS = '/users/*';
const USERS = '/users';

const guestOf = (t: TenantModel) => t.users.find((u) => u.userType === 'Guest')!;
const setState = (t: TenantModel, id: string | undefined, state: TenantModel['perUserMfaStates'][string]): void => {
  t.perUserMfaStates[id!] = state;
};
/** Grows the directory to `n` users with copies of a staff member, every one per-user MFA disabled. */
const growTo = (t: TenantModel, n: number): void => {
  const model = staff(t, 1)[0]!;
  for (let i = t.users.length; i < n; i += 1)
    t.users.push({
      ...model,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      userPrincipalName: `extra${i}@woodgrovebank.com`,
      displayName: `Extra ${i}`,
    });
};

describeControl(control, {
  pass: {
    'every user, members and guests, has per-user MFA disabled': {
      reasonIncludes: 'Per-user MFA is disabled for all',
      evidence: ['userDirectory'],
      check: (r) => expect(r.evidence[0]!.fields).toMatchObject({ perUserMfaOn: 0 }),
    },
    'a directory of exactly the read limit is read in full': {
      tenant: (t) => growTo(t, PER_USER_MFA_READ_LIMIT),
      reasonIncludes: `Per-user MFA is disabled for all ${PER_USER_MFA_READ_LIMIT} users.`,
    },
  },
  fail: {
    'one member has per-user MFA enforced': {
      tenant: (t) => setState(t, staff(t, 1)[0]!.id, 'enforced'),
      reasonIncludes: ['1 of ', 'users have legacy per-user MFA on:', '(enforced)'],
      check: (r) => {
        expect(r.affected).toMatchObject({ noun: 'users with per-user MFA on', count: 1 });
        expect(r.evidence.find((e) => e.source === 'perUserMfaStates')?.fields).toMatchObject({
          perUserMfaState: 'enforced',
        });
      },
    },
    'one member has per-user MFA enabled (not yet registered)': {
      tenant: (t) => setState(t, staff(t, 1)[0]!.id, 'enabled'),
      reasonIncludes: '(enabled)',
    },
    'a guest has per-user MFA enforced: CIS counts all users': {
      tenant: (t) => setState(t, guestOf(t).id, 'enforced'),
      reasonIncludes: '1 of ',
      check: (r) => expect(r.evidence[1]!.fields).toMatchObject({ userType: 'Guest', perUserMfaState: 'enforced' }),
    },
    'a disabled account keeps per-user MFA enabled for when it is re-enabled': {
      tenant: (t) => {
        const u = staff(t, 1)[0]!;
        u.accountEnabled = false;
        setState(t, u.id, 'enabled');
      },
      check: (r) => expect(r.evidence[1]!.note).toContain('Account disabled'),
    },
  },
  unknown: {
    '403 on the per-user reads names Policy.Read.All': {
      faults: [forbidden(REQUIREMENTS)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.All'],
    },
    '403 on the user list names User.Read.All': {
      faults: [forbidden(USERS)],
      reasonIncludes: ['HTTP 403', 'User.Read.All'],
    },
    'a state Graph does not document names the field': {
      faults: [malformed(REQUIREMENTS, { perUserMfaState: 'sometimes' })],
      reasonIncludes: "'perUserMfaState'",
    },
    'a missing state names the field': {
      faults: [malformed(REQUIREMENTS, {})],
      reasonIncludes: "'perUserMfaState' (missing)",
    },
    'unknownFutureValue is not judged': {
      tenant: (t) => setState(t, staff(t, 1)[0]!.id, 'unknownFutureValue'),
      reasonIncludes: ['perUserMfaState', 'unknownFutureValue'],
    },
    'one failing per-user read fails the control closed and names the user': {
      faults: [failing(`/users/${hardenedE5Ids.breakGlass[0]}/authentication/requirements`, 500)],
      reasonIncludes: ['HTTP 500', `/users/${hardenedE5Ids.breakGlass[0]}/authentication/requirements`],
    },
    'a user list without its count names @odata.count': {
      faults: [malformed(USERS, { value: [] })],
      reasonIncludes: "'@odata.count' (missing)",
    },
    'more users than the read limit is unknown, never a pass from a sample': {
      tenant: (t) => growTo(t, PER_USER_MFA_READ_LIMIT + 1),
      reasonIncludes: [
        `${PER_USER_MFA_READ_LIMIT + 1} users, more than the ${PER_USER_MFA_READ_LIMIT}`,
        'Users › All users › Per-user MFA',
      ],
    },
  },
});
