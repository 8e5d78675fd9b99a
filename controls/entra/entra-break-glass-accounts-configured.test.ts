import { expect } from 'vitest';
import {
  caFailing,
  caForbidden,
  describeControl,
  forbidden,
  hardenedE5Ids,
  malformed,
  needsEntraP1,
  type TenantModel,
} from '../../test/describe-control';
import { gdapManaged } from '../../test/gdap-cases';
import control from './entra-break-glass-accounts-configured';

const ASSIGNMENTS = '/roleManagement/directory/roleAssignments';
const [BG1, BG2] = hardenedE5Ids.breakGlass;

/** A user of the golden tenant by id. */
const user = (t: TenantModel, id: string) => {
  const u = t.users.find((x) => x.id === id);
  if (!u) throw new Error(`no user ${id}`);
  return u;
};

describeControl(control, {
  pass: {
    ...gdapManaged(),
    'the golden tenant: two cloud-only Global Administrators left out of every enforced policy, named': {
      reasonIncludes: 'Break Glass 01, Break Glass 02.',
      evidence: ['Break Glass 01', 'Break Glass 02'],
      check: (r) => {
        expect(r.reason).toMatch(
          /^2 cloud-only Global Administrators are left out of all \d+ enforced conditional access policies/,
        );
        expect(r.evidence.find((e) => e.displayName === 'Break Glass 01')?.note).toContain('likely break-glass');
      },
    },
    'report-only and disabled policies are not counted: they exclude no one and still pass': {
      tenant: (t) => {
        t.conditionalAccessPolicies[0]!.state = 'enabledForReportingButNotEnforced';
        t.conditionalAccessPolicies[0]!.conditions!.users!.excludeUsers = [];
        t.conditionalAccessPolicies[0]!.conditions!.users!.excludeGroups = [];
      },
    },
  },
  partial: {
    'one break-glass account is synchronised from on-premises AD': {
      tenant: (t) => {
        user(t, BG2).onPremisesSyncEnabled = true;
      },
      reasonIncludes: 'Only 1 cloud-only Global Administrator is left out of',
      score: 1.5,
      check: (r) =>
        expect(r.evidence.find((e) => e.displayName === 'Break Glass 02')?.note).toContain(
          'is synchronised from on-premises AD',
        ),
    },
    'one break-glass account lost Global Administrator': {
      tenant: (t) => {
        t.roleAssignments = t.roleAssignments.filter((a) => a.principalId !== BG1);
      },
      reasonIncludes: '(Break Glass 02), where CIS 1.1.2 asks for two.',
    },
  },
  fail: {
    'one enforced policy leaves no one out': {
      tenant: (t) => {
        const p = t.conditionalAccessPolicies.find((x) => x.state === 'enabled')!;
        p.conditions!.users!.excludeUsers = [];
        p.conditions!.users!.excludeGroups = [];
      },
      reasonIncludes: 'No account is left out of all',
    },
    'the accounts left out are synchronised': {
      tenant: (t) => {
        user(t, BG1).onPremisesSyncEnabled = true;
        user(t, BG2).onPremisesSyncEnabled = true;
      },
      reasonIncludes: '2 accounts are left out of all',
      evidence: ['Break Glass 01', 'Break Glass 02'],
    },
    'no conditional access policy is enforced': {
      tenant: (t) => {
        for (const p of t.conditionalAccessPolicies) p.state = 'enabledForReportingButNotEnforced';
      },
      reasonIncludes: 'No conditional access policy is enforced, so no account is set apart as break-glass.',
    },
  },
  notLicensed: needsEntraP1(),
  unknown: {
    ...caForbidden(),
    '403 on role assignments names RoleManagement.Read.Directory': {
      faults: [forbidden(ASSIGNMENTS)],
      reasonIncludes: ['HTTP 403', 'RoleManagement.Read.Directory'],
    },
    '403 on an administrator names User.Read.All': {
      faults: [forbidden(`/users/${BG1}`)],
      reasonIncludes: ['HTTP 403', 'User.Read.All'],
    },
    'an administrator without onPremisesSyncEnabled names the field': {
      faults: [malformed(`/users/${BG1}`, { id: BG1, displayName: 'Break Glass 01' })],
      reasonIncludes: 'onPremisesSyncEnabled',
    },
    ...caFailing(),
  },
});
