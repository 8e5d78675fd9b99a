import type { ServicePlanInfo, SubscribedSku } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, collection, object, oneOf, optional, str, type Need } from './shape';

export type PlanRow = Need<ServicePlanInfo, 'servicePlanName'> &
  Pick<ServicePlanInfo, 'provisioningStatus' | 'servicePlanId'>;
export type SkuRow = Need<SubscribedSku, 'skuPartNumber' | 'capabilityStatus'> & { servicePlans: PlanRow[] };

/**
 * A subscription's state, as Graph documents it (https://learn.microsoft.com/graph/api/resources/assignedplan#capabilitystatus-values).
 * Any other value is malformed: read as "not live" it would make a paid licence look absent and take
 * its controls out of the score.
 */
const CAPABILITY_STATUS = ['Enabled', 'Warning', 'Suspended', 'Deleted', 'LockedOut'];

/** Licences, for gating controls. https://learn.microsoft.com/graph/api/subscribedsku-list */
export const subscribedSkus = defineSource<SkuRow[]>({
  id: 'subscribedSkus',
  version: 'v1.0',
  path: '/subscribedSkus',
  query: { $select: 'skuPartNumber,capabilityStatus,servicePlans' },
  permission: 'Organization.Read.All',
  collection: true,
  parse: collection<SkuRow>({
    skuPartNumber: str,
    capabilityStatus: oneOf(CAPABILITY_STATUS),
    servicePlans: arrayOf(
      object<PlanRow>({ servicePlanName: str, provisioningStatus: optional(str), servicePlanId: optional(str) }),
    ),
  }),
});
