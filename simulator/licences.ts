import type { TenantModel } from './tenant-model';

/** A licence Graph checks before answering, decided from the tenant's `subscribedSkus[].servicePlans`. */
export interface Licence {
  readonly name: string;
  readonly servicePlans: readonly string[];
}

export const Licences = {
  entraP1: { name: 'Microsoft Entra ID P1', servicePlans: ['AAD_PREMIUM', 'AAD_PREMIUM_P2'] },
  entraP2: { name: 'Microsoft Entra ID P2', servicePlans: ['AAD_PREMIUM_P2'] },
  intune: { name: 'Microsoft Intune', servicePlans: ['INTUNE_A', 'INTUNE_EDU', 'INTUNE_SMBIZ'] },
} as const satisfies Record<string, Licence>;

const ACTIVE_SKU = new Set(['enabled', 'warning']);

/** Any active SKU carries one of the licence's service plans, not switched off. */
export function hasLicence(tenant: Pick<TenantModel, 'subscribedSkus'>, licence: Licence): boolean {
  const wanted = new Set(licence.servicePlans.map((p) => p.toUpperCase()));
  return tenant.subscribedSkus.some(
    (sku) =>
      ACTIVE_SKU.has((sku.capabilityStatus ?? '').toLowerCase()) &&
      (sku.servicePlans ?? []).some(
        (plan) =>
          wanted.has((plan.servicePlanName ?? '').toUpperCase()) &&
          (plan.provisioningStatus ?? '').toLowerCase() !== 'disabled',
      ),
  );
}
