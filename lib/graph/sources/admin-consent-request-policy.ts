import type { AccessReviewReviewerScope, AdminConsentRequestPolicy } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, bool, entity, nullable, object, optional, str, type Need } from './shape';

export type ConsentReviewer = Need<AccessReviewReviewerScope, 'query'> & Pick<AccessReviewReviewerScope, 'queryType'>;
export type AdminConsentPolicy = Need<AdminConsentRequestPolicy, 'isEnabled'> &
  Pick<AdminConsentRequestPolicy, 'notifyReviewers' | 'remindersEnabled'> & { reviewers: ConsentReviewer[] };

/** https://learn.microsoft.com/graph/api/adminconsentrequestpolicy-get */
export const adminConsentRequestPolicy = defineSource<AdminConsentPolicy>({
  id: 'adminConsentRequestPolicy',
  version: 'v1.0',
  path: '/policies/adminConsentRequestPolicy',
  permission: 'Policy.Read.All',
  collection: false,
  parse: entity<AdminConsentPolicy>({
    isEnabled: bool,
    notifyReviewers: optional(bool),
    remindersEnabled: optional(bool),
    reviewers: arrayOf(object<ConsentReviewer>({ query: str, queryType: optional(nullable(str)) })),
  }),
});
