/**
 * The simulated tenants' SharePoint data (simulator/services/data/sharepoint.ts) as a user meets it with
 * SharePoint Online read: the hardened tenant passes every control read from it (the Anyone-link and
 * verification-code ones don't apply, as it shares with existing guests only), the demo tenant mixes
 * passes and failures, and a tenant as Microsoft creates it fails every one.
 */
import { expect, test } from 'vitest';
import { serviceVerdicts } from './service-verdicts';
import type { TenantModel } from '../simulator/tenant-model';
import { contoso } from '../simulator/tenants/contoso';
import { freshDefaults } from '../simulator/tenants/fresh-defaults';
import { hardenedE5 } from '../simulator/tenants/hardened-e5';

const IDS = [
  'spo-sharing-links-restricted',
  'spo-infected-file-download-blocked',
  'spo-anyone-links-expire',
  'spo-anyone-links-view-only',
  'spo-verification-code-reauth',
  'spo-guest-access-expires',
  'spo-b2b-integration-enabled',
  'spo-onedrive-sharing-limited',
] as const;

async function statuses(tenant: TenantModel): Promise<Record<string, string>> {
  const { results, statuses } = await serviceVerdicts(tenant, IDS);
  expect(results.map((r) => r.serviceRead)).toEqual(IDS.map(() => ({ services: ['sharepoint'], live: true })));
  return statuses;
}

test('the hardened tenant passes every SharePoint control read live, or has nothing for it to judge', async () => {
  expect(await statuses(hardenedE5())).toEqual({
    'spo-sharing-links-restricted': 'pass',
    'spo-infected-file-download-blocked': 'pass',
    'spo-anyone-links-expire': 'notApplicable',
    'spo-anyone-links-view-only': 'notApplicable',
    'spo-verification-code-reauth': 'notApplicable',
    'spo-guest-access-expires': 'pass',
    'spo-b2b-integration-enabled': 'pass',
    'spo-onedrive-sharing-limited': 'pass',
  });
});

test('the demo tenant passes some and fails others', async () => {
  expect(await statuses(contoso())).toEqual({
    'spo-sharing-links-restricted': 'fail',
    'spo-infected-file-download-blocked': 'pass',
    'spo-anyone-links-expire': 'pass',
    'spo-anyone-links-view-only': 'pass',
    'spo-verification-code-reauth': 'fail',
    'spo-guest-access-expires': 'fail',
    'spo-b2b-integration-enabled': 'pass',
    'spo-onedrive-sharing-limited': 'fail',
  });
});

test("Microsoft's defaults fail every one: Anyone links that edit and never expire, guests for ever, edit by default", async () => {
  expect(await statuses(freshDefaults())).toEqual(Object.fromEntries(IDS.map((id) => [id, 'fail'])));
});
