/**
 * Exclusions judged person by person (issue 12 §1 and §2b), through the user-MFA control and the
 * admin-MFA control, scanned against the simulator: nested groups, unreadable or oversized groups,
 * objects that aren't people, excluded roles, and the declarations that replace the heuristic.
 */
import { describe, expect, test } from 'vitest';
import type { Declarations, DeclaredAccount } from '../../lib/engine/scan/declarations';
import {
  addGroup,
  describeControl,
  failing,
  forbidden,
  hardenedE5Ids,
  malformed,
  nestedEmergencyAccess,
  RoleTemplates,
  staff,
  withoutServicePlans,
  type TenantModel,
  wavesFor,
} from '../../test/describe-control';
import adminMfa from '../entra/entra-admin-mfa-required';
import userMfa from '../entra/entra-user-mfa-required';

const [BG1, BG2] = hardenedE5Ids.breakGlass as unknown as [string, string];
const EA = hardenedE5Ids.emergencyAccessGroup;
const POLICY = 'CA002 Require MFA for all users';

const account = (id: string, reason: string, more: Partial<DeclaredAccount> = {}): DeclaredAccount => ({
  id,
  kind: 'user',
  reason,
  ...more,
});
const declared = (d: Partial<Declarations>): Declarations => ({
  emergencyAccess: [],
  exemptions: [],
  privilegedRoles: null,
  ...d,
});
const bothBreakGlass = declared({
  emergencyAccess: [account(BG1, 'Break-glass 1, FIDO2 key in the safe'), account(BG2, 'Break-glass 2, FIDO2 key')],
});

/** Every policy excludes only the Emergency Access group (and no user directly). */
function onlyTheGroup(t: TenantModel): void {
  for (const p of t.conditionalAccessPolicies) {
    p.conditions!.users!.excludeUsers = [];
    p.conditions!.users!.excludeGroups = [EA];
  }
}

/** Adds a user copied from a staff member; returns its id. */
function addUser(t: TenantModel, displayName: string, n: number): string {
  const id = `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;
  t.users.push({ ...staff(t, 1)[0]!, id, displayName, userPrincipalName: `u${n}@woodgrovebank.com` });
  return id;
}

/** CA002 also excludes Reception, an ordinary account, by id. */
const receptionExcluded = (t: TenantModel): void => {
  const reception = addUser(t, 'Reception', 1);
  const p = t.conditionalAccessPolicies.find((x) => x.displayName === POLICY)!;
  p.conditions!.users!.excludeUsers = [BG1, BG2, reception];
};

const notes = (r: { evidence: readonly { note?: string }[] }): string => r.evidence.map((e) => e.note ?? '').join('\n');

describeControl(userMfa, {
  pass: {
    'with nothing declared, the sentence says the two-account rule is a heuristic and where to declare': {
      reasonIncludes: ['a heuristic', 'Settings › Exclusions in the extension', '--declarations FILE in the CLI'],
    },
    'declared break-glass accounts are accepted and listed with their reason': {
      declarations: bothBreakGlass,
      reasonIncludes: ['all declared', 'Break Glass 01 (emergency access: Break-glass 1, FIDO2 key in the safe)'],
      check: (r) => expect(notes(r)).toContain('declared (emergency access): Break-glass 2, FIDO2 key'),
    },
    'a declared emergency-access group covers its two direct members': {
      declarations: declared({
        emergencyAccess: [{ id: EA, kind: 'group', reason: 'The break-glass group', displayName: 'Emergency Access' }],
      }),
      reasonIncludes: ['all declared', 'member of declared group Emergency Access'],
    },
    'an exemption scoped to this control excuses the account here (the control is told its own id)': {
      tenant: receptionExcluded,
      declarations: declared({
        emergencyAccess: bothBreakGlass.emergencyAccess,
        exemptions: [
          account('00000000-0000-4000-9000-000000000001', 'Reception kiosk, MFA by its own device', {
            controls: ['entra-user-mfa-required'],
          }),
        ],
      }),
      reasonIncludes: 'all declared',
      check: (r) => expect(notes(r)).toContain('declared (exemption): Reception kiosk, MFA by its own device'),
    },
    "names are cosmetic: a 403 on the excluded users' names leaves the verdict as it was": {
      faults: [forbidden('/users'), forbidden(`/groups/${EA}`)],
      reasonIncludes: 'excludes 2 accounts (Break Glass 01, Break Glass 02)',
    },
    'a membership cycle is followed once': {
      tenant: (t) => {
        onlyTheGroup(t);
        const inner = addGroup(t, 'Loop', [EA, BG2]);
        t.groupMembers[EA] = [BG1, inner];
      },
      reasonIncludes: 'excludes 2 accounts',
      check: (r) => expect(notes(r)).toContain('via Emergency Access Accounts › Loop'),
    },
    'a device and a service principal in the excluded group are named, not counted as people': {
      tenant: (t) => {
        t.devices = [{ id: '00000000-0000-4000-a000-000000000001', displayName: 'Kiosk-01' }];
        const sp = t.servicePrincipals[0]!.id!;
        t.groupMembers[EA] = [BG1, BG2, '00000000-0000-4000-a000-000000000001', sp];
      },
      reasonIncludes: ['excludes 2 accounts', "2 objects that aren't people (device Kiosk-01 and service principal"],
      check: (r) =>
        expect(notes(r)).toContain("a device, not a person: the policy's user conditions don't apply to it"),
    },
  },
  fail: {
    'declared: an undeclared account is named with the near miss': {
      tenant: receptionExcluded,
      declarations: bothBreakGlass,
      reasonIncludes: [
        "excludes 1 account (Reception) who isn't declared",
        'It would pass if Reception were a declared emergency account or exemption.',
      ],
    },
    'declared group: 40 people nested inside it are not smuggled in': {
      tenant: (t) => {
        nestedEmergencyAccess(t);
      },
      declarations: declared({
        emergencyAccess: [account(BG1, 'Break-glass 1'), { id: EA, kind: 'group', reason: 'The break-glass group' }],
      }),
      reasonIncludes: ["excludes 41 accounts (Break Glass 02, Nested user 01, Nested user 02, …) who aren't declared"],
      check: (r) => expect(r.affected).toMatchObject({ count: 41 }),
    },
    'a declared emergency-access group of five is a team, not break-glass': {
      tenant: (t) => {
        onlyTheGroup(t);
        t.groupMembers[EA] = [BG1, BG2, ...staff(t, 3).map((u) => u.id!)];
      },
      declarations: declared({ emergencyAccess: [{ id: EA, kind: 'group', reason: 'The break-glass group' }] }),
      reasonIncludes: "excludes 5 accounts (Break Glass 01, Break Glass 02, Chen Smith, …) who aren't declared",
    },
    'an exemption scoped to another control does not excuse this one': {
      tenant: receptionExcluded,
      declarations: declared({
        emergencyAccess: bothBreakGlass.emergencyAccess,
        exemptions: [
          account('00000000-0000-4000-9000-000000000001', 'Kiosk', { controls: ['entra-legacy-auth-blocked'] }),
        ],
      }),
      reasonIncludes: "excludes 1 account (Reception) who isn't declared",
    },
    'excluded guests are named as such and cannot be declared': {
      tenant: (t) => {
        const p = t.conditionalAccessPolicies.find((x) => x.displayName === POLICY)!;
        p.conditions!.users!.excludeGuestsOrExternalUsers = {
          guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest' as 'internalGuest',
          externalTenants: { membershipKind: 'all' },
        };
      },
      declarations: bothBreakGlass,
      reasonIncludes:
        "guests or external users (internalGuest, b2bCollaborationGuest) from all external tenants, who can't be declared",
    },
    'an excluded role is resolved to its active and eligible holders': {
      tenant: (t) => {
        t.conditionalAccessPolicies.find((x) => x.displayName === POLICY)!.conditions!.users!.excludeRoles = [
          RoleTemplates.globalAdministrator,
        ];
      },
      declarations: bothBreakGlass,
      reasonIncludes: "who isn't declared",
      check: (r) => expect(notes(r)).toContain('via role Global Administrator (eligible)'),
    },
  },
  unknown: {
    '403 on a nested group names it': {
      tenant: (t) => {
        nestedEmergencyAccess(t);
      },
      faults: [{ path: new RegExp(`^/groups/(?!${EA})[^/]+/members$`, 'i'), kind: 'forbidden' }],
      reasonIncludes: ["group 'Break-glass (nested)', nested in an excluded group", 'GroupMember.Read.All', 'HTTP 403'],
    },
    '404 on an excluded group names it': {
      faults: [failing(`/groups/${EA}/members`, 404)],
      reasonIncludes: [`the members of excluded group ${EA}`, 'HTTP 404'],
    },
    'a group with more members than one page is not judged from the first page': {
      tenant: onlyTheGroup,
      faults: [
        malformed(`/groups/${EA}/members`, {
          '@odata.count': 1500,
          value: [
            { '@odata.type': '#microsoft.graph.user', id: BG1, displayName: 'Break Glass 01' },
            { '@odata.type': '#microsoft.graph.user', id: BG2, displayName: 'Break Glass 02' },
          ],
        }),
      ],
      reasonIncludes: ["group 'Emergency Access Accounts' has 1500 members, more than the 2 a scan reads"],
    },
    'groups nested deeper than the bound are not guessed at': {
      tenant: (t) => {
        onlyTheGroup(t);
        let inner = addGroup(t, 'Level 7', [BG2]);
        for (let level = 6; level >= 1; level--) inner = addGroup(t, `Level ${level}`, [inner]);
        t.groupMembers[EA] = [BG1, inner];
      },
      reasonIncludes: ["the members of group 'Level 6' were not read", 'nested more than 5 deep'],
    },
  },
});

describeControl(adminMfa, {
  pass: {
    'the default privileged roles are named in the evidence, with their source': {
      evidence: ['15 privileged roles (default)'],
      check: (r) => expect(notes(r)).toContain('CISA ScubaGear'),
    },
    'declared privileged roles replace the default': {
      declarations: declared({ privilegedRoles: [RoleTemplates.globalAdministrator] }),
      reasonIncludes: 'for all 1 privileged roles',
      evidence: ['1 privileged roles (declared)'],
    },
  },
  fail: {
    'declared: a nested group in the admin policy leaves undeclared admins out': {
      tenant: (t) => {
        nestedEmergencyAccess(t);
      },
      declarations: bothBreakGlass,
      reasonIncludes: "who aren't declared",
    },
  },
  unknown: {
    '403 on the active holders of an excluded role names RoleManagement.Read.Directory': {
      tenant: (t) => {
        t.conditionalAccessPolicies.find((x) => x.displayName === POLICY)!.conditions!.users!.excludeRoles = [
          RoleTemplates.globalAdministrator,
        ];
      },
      faults: [forbidden('/roleManagement/directory/roleAssignments')],
      reasonIncludes: ['the holders of the excluded roles', 'RoleManagement.Read.Directory'],
    },
  },
});

describeControl(userMfa, {
  pass: {
    'without Entra ID P2 no one can be eligible, and the evidence says so': {
      tenant: (t) => {
        withoutServicePlans(t, 'AAD_PREMIUM_P2');
        t.conditionalAccessPolicies.find((x) => x.displayName === POLICY)!.conditions!.users!.excludeRoles = [
          RoleTemplates.globalAdministrator,
        ];
        // Only the two break-glass accounts hold Global Administrator actively.
        t.roleAssignments = t.roleAssignments.filter(
          (a) => a.roleDefinitionId !== RoleTemplates.globalAdministrator || [BG1, BG2].includes(a.principalId!),
        );
      },
      declarations: bothBreakGlass,
      reasonIncludes: 'all declared',
      check: (r) => expect(notes(r)).toContain('the tenant has no Entra ID P2, so no one can be eligible for it'),
    },
  },
  fail: {
    'with P2 the eligible Global Administrator is counted': {
      tenant: (t) => {
        t.conditionalAccessPolicies.find((x) => x.displayName === POLICY)!.conditions!.users!.excludeRoles = [
          RoleTemplates.globalAdministrator,
        ];
        t.roleAssignments = t.roleAssignments.filter(
          (a) => a.roleDefinitionId !== RoleTemplates.globalAdministrator || [BG1, BG2].includes(a.principalId!),
        );
      },
      declarations: bothBreakGlass,
      reasonIncludes: "who isn't declared",
      check: (r) => expect(notes(r)).toContain('via role Global Administrator (eligible)'),
    },
  },
  unknown: {
    '403 on the eligible holders names RoleEligibilitySchedule.Read.Directory': {
      tenant: (t) => {
        t.conditionalAccessPolicies.find((x) => x.displayName === POLICY)!.conditions!.users!.excludeRoles = [
          RoleTemplates.globalAdministrator,
        ];
      },
      faults: [forbidden('/roleManagement/directory/roleEligibilityScheduleInstances')],
      reasonIncludes: ['the eligible (PIM) holders of the excluded roles', 'RoleEligibilitySchedule.Read.Directory'],
    },
  },
});

describe('waves of Graph reads', () => {
  test('a tenant without nested groups needs no wave beyond the follow-ups', async () => {
    expect(await wavesFor(userMfa)).toBe(2);
  });
  test('each level of nesting adds one wave, no more', async () => {
    expect(await wavesFor(userMfa, { tenant: (t) => void nestedEmergencyAccess(t) })).toBe(3);
  });
});
