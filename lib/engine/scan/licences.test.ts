import { describe, expect, test } from 'vitest';
import type { SkuRow } from '../../graph/sources/subscribed-skus';
import { hasLicence, licenceStateOf, type LicenceState } from './licences';

const P1 = { name: 'Microsoft Entra ID P1', servicePlans: ['AAD_PREMIUM'] };
const P2 = { name: 'Microsoft Entra ID P2', servicePlans: ['AAD_PREMIUM_P2'] };

function sku(skuPartNumber: string, capabilityStatus: string, plans: Record<string, string | undefined>): SkuRow {
  return {
    skuPartNumber,
    capabilityStatus,
    servicePlans: Object.entries(plans).map(([servicePlanName, provisioningStatus]) => ({
      servicePlanName,
      provisioningStatus,
    })),
  };
}

function plansOf(state: LicenceState): string[] {
  if (!state.known) throw new Error('expected known licences');
  return [...state.plans].sort();
}

describe('licenceStateOf', () => {
  test('counts subscriptions that are enabled or in their warning grace period', () => {
    const state = licenceStateOf([
      sku('SPE_E3', 'Enabled', { AAD_PREMIUM: 'Success' }),
      sku('EMSPREMIUM', 'Warning', { AAD_PREMIUM_P2: 'Success' }),
    ]);
    expect(state).toMatchObject({ known: true, skus: ['SPE_E3', 'EMSPREMIUM'] });
    expect(plansOf(state)).toEqual(['AAD_PREMIUM', 'AAD_PREMIUM_P2']);
  });

  test.each(['Suspended', 'LockedOut', 'Deleted'])('ignores a %s subscription and its plans', (status) => {
    const state = licenceStateOf([sku('EMSPREMIUM', status, { AAD_PREMIUM_P2: 'Success' })]);
    expect(state).toMatchObject({ known: true, skus: [] });
    expect(plansOf(state)).toEqual([]);
    expect(hasLicence(state, P2)).toBe(false);
  });

  test('counts plans that are provisioned or on their way, and plans with no status', () => {
    const state = licenceStateOf([
      sku('SPE_E5', 'Enabled', {
        AAD_PREMIUM: 'Success',
        AAD_PREMIUM_P2: 'PendingActivation',
        INTUNE_A: 'PendingProvisioning',
        EXCHANGE_S_ENTERPRISE: undefined,
      }),
    ]);
    expect(plansOf(state)).toEqual(['AAD_PREMIUM', 'AAD_PREMIUM_P2', 'EXCHANGE_S_ENTERPRISE', 'INTUNE_A']);
  });

  test('ignores plans that are disabled or failed inside a live subscription', () => {
    const state = licenceStateOf([
      sku('SPE_E5', 'Enabled', { AAD_PREMIUM: 'Success', AAD_PREMIUM_P2: 'Disabled', INTUNE_A: 'Error' }),
    ]);
    expect(plansOf(state)).toEqual(['AAD_PREMIUM']);
    expect(hasLicence(state, P2)).toBe(false);
  });

  test('a tenant with no subscriptions is known to have no licences', () => {
    const state = licenceStateOf([]);
    expect(state).toMatchObject({ known: true, skus: [] });
    expect(hasLicence(state, P1)).toBe(false);
  });
});

describe('hasLicence', () => {
  const state = licenceStateOf([sku('AAD_PREMIUM', 'Enabled', { AAD_PREMIUM: 'Success' })]);

  test('true when the tenant has any one of the service plans', () => {
    expect(hasLicence(state, P1)).toBe(true);
    expect(hasLicence(state, { name: 'P1 or P2', servicePlans: ['AAD_PREMIUM_P2', 'AAD_PREMIUM'] })).toBe(true);
  });

  test('false when it has none of them', () => {
    expect(hasLicence(state, P2)).toBe(false);
  });

  test('undefined when the licences could not be read, so the control is still evaluated', () => {
    expect(hasLicence({ known: false, why: 'GET /v1.0/subscribedSkus failed with HTTP 403' }, P1)).toBeUndefined();
  });
});
