/**
 * The roles that count as privileged for one scan: the list an admin declared, or the documented
 * default (lib/graph/sources/privileged-role-ids.ts), and the evidence naming them.
 */
import type { EvalContext } from '../../lib/engine/verdict/control';
import type { Evidence } from '../../lib/engine/verdict/verdict';
import { privilegedRoleIds, roleName } from '../../lib/graph/sources/privileged-role-ids';

/** The roles that count as privileged for this scan: the declared list, or the documented default. */
export interface PrivilegedRoleList {
  readonly ids: readonly string[];
  readonly declared: boolean;
}

export function privilegedRolesOf(ctx: Pick<EvalContext, 'declared'>): PrivilegedRoleList {
  const declared = ctx.declared?.privilegedRoles;
  return declared ? { ids: declared, declared: true } : { ids: privilegedRoleIds, declared: false };
}

/** Evidence naming the roles a verdict counted as privileged, and where the list came from. */
export function privilegedRolesEvidence(list: PrivilegedRoleList): Evidence {
  return {
    source: 'privilegedRoles',
    displayName: `${list.ids.length} privileged roles (${list.declared ? 'declared' : 'default'})`,
    fields: { roles: list.ids.map(roleName) },
    // The list a verdict was judged against: context, not what decided it.
    decidedBy: [],
    note: list.declared
      ? 'The privileged roles the admin declared.'
      : 'The default list: the 15 roles of CIS v7 5.2.2.1, which include the eight of CISA ScubaGear’s default. Declare your own under Settings › Exclusions in the extension, or with --declarations FILE in the CLI.',
  };
}
