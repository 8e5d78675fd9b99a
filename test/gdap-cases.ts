/**
 * The cases every conditional access control shares for a tenant a partner manages over GDAP (issue
 * 16 §1): the partner's groups hold roles in the golden tenant (Global Reader among them, which CA009
 * excludes), and Graph answers 404 for their members. A control that doesn't need those members is
 * decided as before; one that does says which group and why, and fails where it fails anyway.
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import { RoleTemplates } from '../simulator/built-in-roles';
import type { TenantModel } from '../simulator/tenant-model';
import { fabrikamPartner, withGdapPartner } from '../simulator/tenants/gdap-partner';
import { hardenedE5Ids } from '../simulator/tenants/hardened-e5';
import type { ControlCase } from './describe-control';

/** The partner group that holds Global Reader, as sentences name it. */
export const GDAP_READERS = fabrikamPartner.groups[0]!.displayName;
/** What every sentence about such a group says, whatever it completes. */
export const GDAP_WORDS = "a partner's group over GDAP, whose members live in the partner's tenant";

/** Managed over GDAP and nothing else changed: the verdict is the golden tenant's. */
export const gdapManaged = (): Record<string, ControlCase> => ({
  "managed over GDAP: the partner's groups hold roles, their members answer 404": {
    tenant: (t) => void withGdapPartner(t),
  },
});

/** Changes one conditional access policy of the tenant: `patchCaPolicy('CA003')`. */
type Patch = (change: (p: Graph.ConditionalAccessPolicy) => void) => (t: TenantModel) => void;

/** The policy that `patch` changes also excludes Global Reader, which a partner's group holds. */
const excludingReaders =
  (patch: Patch) =>
  (t: TenantModel): void => {
    withGdapPartner(t);
    patch((p) => {
      p.conditions!.users!.excludeRoles = [RoleTemplates.globalReader];
    })(t);
  };

/**
 * For a control judging who a policy's excluded roles let through: excluding Global Reader fails by the
 * heuristic (an excluded role), naming the partner's group it couldn't read; with everyone else declared,
 * only that group is left, and the control can't tell.
 */
export function gdapRoleExclusionCases(patch: Patch): {
  fail: Record<string, ControlCase>;
  unknown: Record<string, ControlCase>;
} {
  const [bg1, bg2] = hardenedE5Ids.breakGlass;
  const account = (id: string, reason: string) => ({ id, kind: 'user' as const, reason });
  return {
    fail: {
      "excluding a role a partner's GDAP group holds fails, and says its members couldn't be read": {
        tenant: excludingReaders(patch),
        reasonIncludes: ['and 1 role', `'${GDAP_READERS}'`, GDAP_WORDS],
      },
    },
    unknown: {
      "every excluded person declared, but a partner's GDAP group holds the excluded role": {
        tenant: excludingReaders(patch),
        declarations: {
          emergencyAccess: [account(bg1, 'Break glass'), account(bg2, 'Break glass')],
          exemptions: [account(hardenedE5Ids.postureReader, 'The posture scanner')],
          privilegedRoles: null,
        },
        reasonIncludes: [`'${GDAP_READERS}'`, "isn't in this tenant's directory", GDAP_WORDS],
      },
    },
  };
}
