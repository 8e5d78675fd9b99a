import { expect } from 'vitest';
import {
  describeControl,
  failing,
  forbidden,
  hardenedE5Ids,
  malformed,
  staff,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-admin-accounts-cloud-only';

const ASSIGNMENTS = '/roleManagement/directory/roleAssignments';
const USERS = '/users/*';

const user = (t: TenantModel, id: string) => t.users.find((u) => u.id === id)!;
const syncBreakGlass = (t: TenantModel): void => {
  user(t, hardenedE5Ids.breakGlass[0]).onPremisesSyncEnabled = true;
};

describeControl(control, {
  pass: {
    'every admin with an active privileged role is cloud-only': {
      reasonIncludes: 'users holding privileged roles are cloud-only accounts.',
      evidence: ['Break Glass 01', 'Break Glass 02'],
    },
    'a user no longer synchronised (false) is cloud-only': {
      tenant: (t) => {
        user(t, hardenedE5Ids.breakGlass[0]).onPremisesSyncEnabled = false;
      },
      reasonIncludes: 'are cloud-only accounts.',
    },
    'a synchronised user without a privileged role does not matter': {
      tenant: (t) => {
        staff(t, 1)[0]!.onPremisesSyncEnabled = true;
      },
      reasonIncludes: 'are cloud-only accounts.',
    },
  },
  fail: {
    'a synchronised Global Administrator': {
      tenant: syncBreakGlass,
      reasonIncludes: 'are synchronised from on-premises AD: Break Glass 01 (Global Administrator).',
      evidence: ['Break Glass 01'],
      check: (r) =>
        expect(r.affected).toMatchObject({ noun: 'synchronised administrators', count: 1, sample: ['Break Glass 01'] }),
    },
  },
  unknown: {
    '403 on role assignments names RoleManagement.Read.Directory': {
      faults: [forbidden(ASSIGNMENTS)],
      reasonIncludes: ['HTTP 403', 'RoleManagement.Read.Directory'],
    },
    '403 on users names User.Read.All': {
      faults: [forbidden(USERS)],
      reasonIncludes: ['HTTP 403', 'User.Read.All'],
    },
    'a user without onPremisesSyncEnabled': {
      faults: [malformed(USERS, { id: 'x', displayName: 'X' })],
      reasonIncludes: "'onPremisesSyncEnabled' (missing)",
    },
    'an assignment without a principal': {
      faults: [malformed(ASSIGNMENTS, { value: [{ id: 'a', principalId: 'p', roleDefinitionId: 'r' }] })],
      reasonIncludes: "'value[0].principal' (missing)",
    },
    'no user holds a privileged role': {
      tenant: (t) => {
        t.roleAssignments = [];
      },
      reasonIncludes: 'No user holds an active privileged role assignment',
    },
    '500 on role assignments': {
      faults: [failing(ASSIGNMENTS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
