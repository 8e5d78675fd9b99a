import type { SecureScoreControlProfile, SecureScoreControlStateUpdate } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, bool, collection, nullable, num, object, optional, str, strings, type Need } from './shape';

export type ControlStateRow = Need<SecureScoreControlStateUpdate, 'state'> &
  Pick<SecureScoreControlStateUpdate, 'updatedBy' | 'updatedDateTime' | 'comment'>;

export type ControlProfileRow = Need<SecureScoreControlProfile, 'id' | 'title' | 'maxScore' | 'controlCategory'> &
  Pick<
    SecureScoreControlProfile,
    | 'deprecated'
    | 'actionUrl'
    | 'remediation'
    | 'tier'
    | 'userImpact'
    | 'threats'
    | 'service'
    | 'rank'
    | 'implementationCost'
    | 'controlStateUpdates'
  > & { controlStateUpdates?: ControlStateRow[] | null };

/**
 * Every control Microsoft Secure Score knows (about 260, paged), with its points, category and
 * Microsoft's remediation. Read once per scan. https://learn.microsoft.com/graph/api/security-list-securescorecontrolprofiles
 */
export const secureScoreControlProfiles = defineSource<ControlProfileRow[]>({
  id: 'secureScoreControlProfiles',
  version: 'v1.0',
  path: '/security/secureScoreControlProfiles',
  permission: 'SecurityEvents.Read.All',
  collection: true,
  parse: collection<ControlProfileRow>({
    id: str,
    title: str,
    maxScore: num,
    controlCategory: str,
    deprecated: optional(bool),
    actionUrl: optional(str),
    remediation: optional(str),
    tier: optional(str),
    userImpact: optional(str),
    threats: optional(strings),
    service: optional(str),
    rank: optional(num),
    implementationCost: optional(str),
    controlStateUpdates: optional(
      arrayOf(
        object<ControlStateRow>({
          state: str,
          updatedBy: optional(nullable(str)),
          updatedDateTime: optional(str),
          comment: optional(str),
        }),
      ),
    ),
  }),
});
