import { builtInRoleName } from './built-in-roles';

/**
 * Privileged Entra role template ids: the default list, and the names of roles shown in sentences.
 * Sources read the assignments of these roles; controls/shared/privileged-roles.ts picks this list
 * or the one an admin declared instead.
 *
 * The default is the 15 roles CIS v7 5.2.2.1 asks MFA for (Maester uses the same set). It holds all
 * eight of CISA ScubaGear's own default `privilegedRoles` (Global, Privileged Role, User, SharePoint,
 * Exchange, Hybrid Identity, Application and Cloud Application Administrator:
 * https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/Modules/ScubaConfig/ScubaConfigDefaults.json)
 * and seven more that can reach the same power (Security, Conditional Access, Authentication and
 * Privileged Authentication, Helpdesk, Teams, Billing). We keep the wider list: a control that asks
 * "is every privileged role covered" is stricter with it, never looser. A declared list replaces it.
 */
export const privilegedRoles = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
  '29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
  '69091246-20e8-4a56-aa4d-066075b2a7a8': 'Teams Administrator',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': 'Application Administrator',
  '158c047a-c907-4556-b7ef-446551a6b5f7': 'Cloud Application Administrator',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9': 'Conditional Access Administrator',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f': 'Authentication Administrator',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
  'b0f54661-2d74-4c50-afa3-1ec803f12efe': 'Billing Administrator',
  '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2': 'Hybrid Identity Administrator',
} as const satisfies Record<string, string>;

export const privilegedRoleIds = Object.keys(privilegedRoles) as ReadonlyArray<keyof typeof privilegedRoles>;

/** A role's name for sentences: any built-in role by name, a custom role by its id. */
export function roleName(id: string): string {
  return (privilegedRoles as Record<string, string>)[id.toLowerCase()] ?? builtInRoleName(id) ?? id;
}
