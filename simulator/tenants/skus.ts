import type * as Graph from '@microsoft/microsoft-graph-types';

/** Service plans by name → id (public product-names-and-service-plan-identifiers list). */
const PLAN_IDS = {
  AAD_PREMIUM: '41781fb2-bc02-4b7c-bd55-b576c07bb09d',
  AAD_PREMIUM_P2: 'eec0eb4f-6444-4f95-aba0-50c24d67f998',
  MFA_PREMIUM: '8a256a2b-b617-496d-b51b-e76466e88db0',
  INTUNE_A: 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5',
  INTUNE_SMBIZ: '8e9ff0ff-aa7a-4b20-83c1-2f636b600ac2',
  EXCHANGE_S_STANDARD: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
  EXCHANGE_S_ENTERPRISE: 'efb87545-963c-4e0d-99df-69c6916d9eb0',
  SHAREPOINTSTANDARD: 'c7699d2e-19aa-44de-8edf-1736da088ca1',
  SHAREPOINTENTERPRISE: '5dbe027f-2339-4123-9542-606e4d348a72',
  TEAMS1: '57ff2da0-773e-42df-b2af-ffb7a2317929',
  ATP_ENTERPRISE: 'f20fedf3-f3c3-43c3-8267-2bfdd51c0939',
  THREAT_INTELLIGENCE: '8e0c0a52-6a6c-4d40-8370-dd62790dcd70',
  WINDEFATP: '871d91ec-ec1a-452b-a83f-bd76c7d770ef',
  MDE_SMB: 'bfc1bbd9-981b-4f71-9b82-17c35fd0e2a4',
  ADALLOM_S_STANDALONE: '2e2ddb96-6af9-4b1d-a3f0-d6ecfd22edb2',
  ATA: '14ab5db5-e6c4-4b20-b4bc-13e36fd2227f',
  LOCKBOX_ENTERPRISE: '9f431833-0334-42de-a7dc-70aa40db46db',
  MIP_S_CLP1: '5136a095-5cf0-4aff-bec3-e84448b38ea5',
  MIP_S_CLP2: 'efb0351d-3b08-4503-993d-383af8de41e3',
  OFFICESUBSCRIPTION: '43de0ff5-c92c-492b-9116-175376d08c38',
  FLOW_P1_VIRAL: '50e68c76-46c6-4674-81f9-75456511b170',
} as const;
type PlanName = keyof typeof PLAN_IDS;

export const SkuIds = {
  businessPremium: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
  businessBasic: '3b555118-da6a-4418-894f-7df1e2096870',
  exchangePlan1: '4b9405b0-7788-4568-add1-99614e613b69',
  e5: '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
  entraP2: '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
  flowFree: 'f30db892-07e9-47e9-837c-80727f46fd3d',
} as const;

interface SkuSpec {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly plans: readonly PlanName[];
  readonly appliesTo?: string;
}

const SKUS = {
  businessPremium: {
    skuId: SkuIds.businessPremium,
    skuPartNumber: 'SPB',
    plans: [
      'AAD_PREMIUM',
      'MFA_PREMIUM',
      'INTUNE_A',
      'INTUNE_SMBIZ',
      'EXCHANGE_S_STANDARD',
      'SHAREPOINTSTANDARD',
      'TEAMS1',
      'ATP_ENTERPRISE',
      'MDE_SMB',
      'MIP_S_CLP1',
      'OFFICESUBSCRIPTION',
    ],
  },
  businessBasic: {
    skuId: SkuIds.businessBasic,
    skuPartNumber: 'O365_BUSINESS_ESSENTIALS',
    plans: ['EXCHANGE_S_STANDARD', 'SHAREPOINTSTANDARD', 'TEAMS1'],
  },
  exchangePlan1: { skuId: SkuIds.exchangePlan1, skuPartNumber: 'EXCHANGESTANDARD', plans: ['EXCHANGE_S_STANDARD'] },
  e5: {
    skuId: SkuIds.e5,
    skuPartNumber: 'SPE_E5',
    plans: [
      'AAD_PREMIUM',
      'AAD_PREMIUM_P2',
      'MFA_PREMIUM',
      'INTUNE_A',
      'EXCHANGE_S_ENTERPRISE',
      'SHAREPOINTENTERPRISE',
      'TEAMS1',
      'ATP_ENTERPRISE',
      'THREAT_INTELLIGENCE',
      'WINDEFATP',
      'ADALLOM_S_STANDALONE',
      'ATA',
      'LOCKBOX_ENTERPRISE',
      'MIP_S_CLP1',
      'MIP_S_CLP2',
      'OFFICESUBSCRIPTION',
    ],
  },
  entraP2: {
    skuId: SkuIds.entraP2,
    skuPartNumber: 'AAD_PREMIUM_P2',
    plans: ['AAD_PREMIUM', 'AAD_PREMIUM_P2', 'MFA_PREMIUM'],
  },
  flowFree: { skuId: SkuIds.flowFree, skuPartNumber: 'FLOW_FREE', plans: ['FLOW_P1_VIRAL'] },
} as const satisfies Record<string, SkuSpec>;

export type SkuName = keyof typeof SKUS;

/** One `subscribedSku` entry shaped like the subscribedsku-list example. */
export function subscribedSku(
  tenantId: string,
  name: SkuName,
  prepaid: number,
  consumed: number,
  subscriptionId: string,
): Graph.SubscribedSku {
  const spec: SkuSpec = SKUS[name];
  return {
    accountName: null,
    accountId: tenantId,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: consumed,
    id: `${tenantId}_${spec.skuId}`,
    prepaidUnits: { enabled: prepaid, lockedOut: 0, suspended: 0, warning: 0 },
    servicePlans: spec.plans.map((plan) => ({
      servicePlanId: PLAN_IDS[plan],
      servicePlanName: plan,
      provisioningStatus: 'Success',
      appliesTo: plan === 'EXCHANGE_S_STANDARD' || plan === 'EXCHANGE_S_ENTERPRISE' ? 'User' : 'Company',
    })),
    skuId: spec.skuId,
    skuPartNumber: spec.skuPartNumber,
    subscriptionIds: [subscriptionId],
  };
}

/** `organization.assignedPlans` for the tenant's SKUs. */
export function assignedPlans(names: readonly SkuName[], assignedDateTime: string): Graph.AssignedPlan[] {
  const seen = new Set<string>();
  const out: Graph.AssignedPlan[] = [];
  for (const name of names) {
    const spec: SkuSpec = SKUS[name];
    for (const plan of spec.plans) {
      if (seen.has(plan)) continue;
      seen.add(plan);
      out.push({
        assignedDateTime,
        capabilityStatus: 'Enabled',
        service: plan.toLowerCase(),
        servicePlanId: PLAN_IDS[plan],
      });
    }
  }
  return out;
}
