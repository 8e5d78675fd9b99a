import { defineSource } from './define-source';
import { bool, collection, str, strings, type Shape } from './shape';

/**
 * One entry of `GET /beta/legacy/policies`. The API is undocumented (CIS v7's audit text and Prowler
 * read it), so Graph's generated types have no such resource: the shape is the one those tools parse,
 * and every field the controls read is checked here.
 */
export interface LegacyPolicyRow {
  id: string;
  displayName: string;
  /** e.g. `B2BManagementPolicy`. */
  type: string;
  /** JSON documents as strings, as in Graph's other policy types (`stsPolicy.definition`). */
  definition: string[];
  isOrganizationDefault: boolean;
}

const row: Shape<LegacyPolicyRow> = {
  id: str,
  displayName: str,
  type: str,
  definition: strings,
  isOrganizationDefault: bool,
};

/** The tenant's legacy policies, among them the B2BManagementPolicy that holds guest-invitation domain lists. */
export const legacyPolicies = defineSource<LegacyPolicyRow[]>({
  id: 'legacyPolicies',
  version: 'beta',
  path: '/legacy/policies',
  permission: 'Policy.Read.All',
  collection: true,
  parse: collection(row),
});
