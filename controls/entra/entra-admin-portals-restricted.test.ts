import { expect } from 'vitest';
import {
  addGroup,
  caUnknowns,
  describeControl,
  malformed,
  narrowings,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
  staff,
} from '../../test/describe-control';
import { gdapManaged } from '../../test/gdap-cases';
import control from './entra-admin-portals-restricted';

const CA = '/identity/conditionalAccess/policies';
const POLICY = 'CA009 Block admin portals for non-administrators';

const ca009 = patchCaPolicy('CA009');

describeControl(control, {
  pass: {
    // CA009 excludes Global Reader, which a partner's group holds: judged role by role, it needs no members.
    ...gdapManaged(),
    'everyone but the administrator roles is blocked from the admin portals': {
      reasonIncludes: `'${POLICY}' blocks the admin portals for everyone but 17 administrator roles; it excludes 2 accounts (Break Glass 01, Break Glass 02), counting the members of 1 excluded group, within the two break-glass accounts CIS allows (a heuristic`,
      evidence: [POLICY],
    },
    'no break-glass exclusion at all': {
      tenant: ca009((p) => {
        p.conditions!.users!.excludeUsers = [];
        p.conditions!.users!.excludeGroups = [];
      }),
      reasonIncludes: 'for everyone but 17 administrator roles.',
    },
  },
  fail: {
    'no such policy': {
      tenant: (t) => removeCaPolicies(t, 'CA009'),
      reasonIncludes: 'No conditional access policy blocks the Microsoft Admin Portals for non-administrators.',
      evidence: ['13 conditional access policies'],
    },
    'report-only': {
      tenant: ca009((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${POLICY}' would block the admin portals, but it is report-only.`,
    },
    'the Azure Management app instead of the Microsoft Admin Portals': {
      tenant: ca009((p) => {
        p.conditions!.applications!.includeApplications = ['797f4846-ba00-4fd7-ba43-dac1f8f63013'];
      }),
      reasonIncludes: 'No conditional access policy blocks the Microsoft Admin Portals',
    },
    'requiring MFA instead of blocking': {
      tenant: ca009((p) => {
        p.grantControls!.builtInControls = ['mfa'];
      }),
    },
    'a group of three ordinary users let through': {
      tenant: ca009((p, t) => {
        p.conditions!.users!.excludeGroups = [
          addGroup(
            t,
            'Portal power users',
            staff(t, 3).map((u) => u.id!),
          ),
        ];
      }),
      reasonIncludes: ['but it also excludes 5 accounts', 'only two break-glass accounts should be left out.'],
      check: (r) => expect(r.affected).toMatchObject({ noun: 'accounts excluded', count: 5 }),
    },
    'only one group of users targeted': {
      tenant: ca009((p, t) => {
        p.conditions!.users!.includeUsers = [];
        p.conditions!.users!.includeGroups = [
          addGroup(
            t,
            'Pilot',
            staff(t, 3).map((u) => u.id!),
          ),
        ];
      }),
      reasonIncludes: `'${POLICY}' blocks the admin portals, but not for every user and sign-in.`,
    },
    'everywhere but trusted locations': {
      tenant: ca009(narrowings['everywhere but trusted locations (the office network is let through)']!),
      reasonIncludes: 'but not for every user and sign-in.',
    },
    'only on iOS and Android': {
      tenant: ca009(narrowings['only on iOS and Android']!),
      reasonIncludes: 'but not for every user and sign-in.',
    },
  },
  notLicensed: needsEntraP1(),
  unknown: {
    ...caUnknowns(),
    'a policy without excluded roles': {
      tenant: ca009((p) => {
        delete p.conditions!.users!.excludeRoles;
      }),
      reasonIncludes: ['conditions.users.excludeRoles', 'missing'],
    },
    'a policy list that is not a list': {
      faults: [malformed(CA, { value: {} })],
      reasonIncludes: "'value' (expected array, got object)",
    },
  },
});
