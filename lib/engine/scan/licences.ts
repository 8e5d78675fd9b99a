import type { LicenceRequirement } from '../../graph/sources/define-source';
import type { SkuRow } from '../../graph/sources/subscribed-skus';

/** What the tenant is licensed for, or why we can't tell. */
export type LicenceState =
  | { readonly known: true; readonly plans: ReadonlySet<string>; readonly skus: readonly string[] }
  | { readonly known: false; readonly why: string };

// A plan counts when its subscription is live; 'PendingActivation' and 'Success' both serve users.
const LIVE_SKU = new Set(['Enabled', 'Warning']);
const LIVE_PLAN = new Set(['Success', 'PendingActivation', 'PendingProvisioning']);

export function licenceStateOf(skus: readonly SkuRow[]): LicenceState {
  const plans = new Set<string>();
  const live = skus.filter((s) => LIVE_SKU.has(s.capabilityStatus));
  for (const sku of live) {
    for (const plan of sku.servicePlans) {
      if (
        plan.provisioningStatus === undefined ||
        plan.provisioningStatus === null ||
        LIVE_PLAN.has(plan.provisioningStatus)
      ) {
        plans.add(plan.servicePlanName);
      }
    }
  }
  return { known: true, plans, skus: live.map((s) => s.skuPartNumber) };
}

/** True or false when the licences are known; undefined when they aren't (a control needing one is then unknown). */
export function hasLicence(state: LicenceState, need: LicenceRequirement): boolean | undefined {
  if (!state.known) return undefined;
  return need.servicePlans.some((p) => state.plans.has(p));
}
