import type * as Graph from '@microsoft/microsoft-graph-types';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  needsEntraP1,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-guest-dynamic-group-configured';

const GROUPS = '/groups';
const guestGroup = (t: TenantModel): Graph.Group => t.groups.find((g) => g.displayName === 'Guests (dynamic)')!;

describeControl(control, {
  pass: {
    'a dynamic group with user.userType -eq "Guest"': {
      reasonIncludes: 'The dynamic group Guests (dynamic) holds guests ((user.userType -eq "Guest")).',
      evidence: ['Guests (dynamic)'],
    },
    'the rule in another case and spacing, combined with another condition': {
      tenant: (t) => {
        guestGroup(t).membershipRule = '(User.UserType  -EQ "guest") and (user.accountEnabled -eq true)';
      },
    },
  },
  fail: {
    'the guest group is gone': {
      tenant: (t) => {
        t.groups = t.groups.filter((g) => g.displayName !== 'Guests (dynamic)');
      },
      reasonIncludes: 'None of the 1 dynamic group has a rule for user.userType -eq "Guest".',
      evidence: ['All Staff (dynamic)'],
    },
    'the guest group holds members instead': {
      tenant: (t) => {
        guestGroup(t).membershipRule = '(user.userType -eq "Member")';
      },
      reasonIncludes: 'None of the 2 dynamic groups',
    },
    'a group excluding guests does not count': {
      tenant: (t) => {
        guestGroup(t).membershipRule = '(user.userType -ne "Guest")';
      },
      reasonIncludes: 'None of the 2 dynamic groups',
    },
    'no dynamic groups at all': {
      tenant: (t) => {
        t.groups = t.groups.filter((g) => !(g.groupTypes ?? []).includes('DynamicMembership'));
      },
      reasonIncludes: 'None of the 0 dynamic groups',
    },
  },
  unknown: {
    '403 names GroupMember.Read.All': {
      faults: [forbidden(GROUPS)],
      reasonIncludes: ['HTTP 403', 'GroupMember.Read.All'],
    },
    'a group without an id': {
      faults: [malformed(GROUPS, { value: [{ displayName: 'x', membershipRule: null }] })],
      reasonIncludes: "'value[0].id' (missing)",
    },
    'a membership rule that is not a string': {
      tenant: (t) => {
        Object.assign(guestGroup(t), { membershipRule: 42 });
      },
      reasonIncludes: ['.membershipRule', 'expected string, got number'],
    },
    '500': { faults: [failing(GROUPS, 500)], reasonIncludes: 'HTTP 500' },
  },
  notLicensed: needsEntraP1(),
});
