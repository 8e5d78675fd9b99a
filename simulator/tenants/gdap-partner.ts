/**
 * A partner (MSP) managing a customer tenant over GDAP (issue 16 §1): the partner's security groups
 * hold directory roles in the customer's tenant. Role assignments name them and `$expand=principal`
 * shows them as groups, but they live in the partner's tenant, so the customer's `/groups/{id}/members`
 * answers 404 (maester365/maester#521; CIPP reads these assignments the same way). The roles are read
 * roles, as a posture-reading partner would ask for (CIPP's GDAP role presets also hold write ones).
 */
import { RoleTemplates } from '../built-in-roles';
import { stableGuid } from '../seeded-random';
import type { TenantModel } from '../tenant-model';

/** One of the partner's security groups and the roles it holds in every customer tenant. */
export interface GdapGroup {
  readonly id: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

export interface GdapPartner {
  readonly name: string;
  /** The partner's own tenant id, where its groups and their members live. */
  readonly tenantId: string;
  readonly groups: readonly GdapGroup[];
}

/** The simulated partner, Fabrikam Partners: its home tenant is `partnerHome` in ./partner-fleet.ts. */
export const fabrikamPartner: GdapPartner = {
  name: 'Fabrikam Partners',
  tenantId: 'fab00000-0000-4000-8000-000000000001',
  groups: [
    {
      id: 'fab0a000-0000-4000-8000-0000000000a1',
      displayName: 'Fabrikam GDAP Global Readers',
      roles: [RoleTemplates.globalReader],
    },
    {
      id: 'fab0a000-0000-4000-8000-0000000000a2',
      displayName: 'Fabrikam GDAP Security Readers',
      roles: [RoleTemplates.securityReader, RoleTemplates.reportsReader],
    },
  ],
};

/** `model` managed by `partner` over GDAP: its groups shown as role principals, never served as groups. */
export function withGdapPartner(model: TenantModel, partner: GdapPartner = fabrikamPartner): TenantModel {
  const tenantKey = model.organization.id ?? model.name;
  model.partnerGroups = [
    ...(model.partnerGroups ?? []),
    ...partner.groups.map((g) => ({ id: g.id, displayName: g.displayName, securityEnabled: true, mailEnabled: false })),
  ];
  for (const g of partner.groups)
    for (const role of g.roles)
      model.roleAssignments.push({
        id: stableGuid('gdap', tenantKey, g.id, role),
        principalId: g.id,
        roleDefinitionId: role,
        directoryScopeId: '/',
        appScopeId: null,
      });
  return model;
}
