/**
 * The simulated tenants' Teams and Purview data (simulator/services/data/{teams,purview}.ts) as a user
 * meets it with every admin service read: the hardened tenant passes every control read from them, the
 * demo tenant mixes passes and failures, and a tenant as Microsoft creates it fails what Microsoft's
 * defaults leave open (and isn't licensed for DLP or labels on Business Basic).
 */
import { expect, test } from 'vitest';
import { serviceVerdicts } from './service-verdicts';
import type { TenantModel } from '../simulator/tenant-model';
import { contoso } from '../simulator/tenants/contoso';
import { freshDefaults } from '../simulator/tenants/fresh-defaults';
import { hardenedE5 } from '../simulator/tenants/hardened-e5';

const IDS = [
  'teams-external-access-restricted',
  'teams-unmanaged-accounts-blocked',
  'teams-meeting-lobby-enforced',
  'teams-anonymous-meeting-start-blocked',
  'teams-external-control-blocked',
  'teams-meeting-presenters-restricted',
  'teams-meeting-recording-restricted',
  'teams-cloud-storage-restricted',
  'purview-dlp-policies-enabled',
  'purview-sensitivity-labels-published',
] as const;

async function statuses(tenant: TenantModel): Promise<Record<string, string>> {
  const { results, statuses } = await serviceVerdicts(tenant, IDS);
  expect(results).toHaveLength(IDS.length);
  expect(results.every((r) => r.serviceRead?.live !== false)).toBe(true);
  return statuses;
}

test('the hardened tenant passes every Teams and Purview control read live', async () => {
  expect(await statuses(hardenedE5())).toEqual(Object.fromEntries(IDS.map((id) => [id, 'pass'])));
});

test('the demo tenant passes some and fails others', async () => {
  expect(await statuses(contoso())).toEqual({
    'teams-external-access-restricted': 'pass',
    'teams-unmanaged-accounts-blocked': 'fail',
    'teams-meeting-lobby-enforced': 'pass',
    'teams-anonymous-meeting-start-blocked': 'fail',
    'teams-external-control-blocked': 'fail',
    'teams-meeting-presenters-restricted': 'pass',
    'teams-meeting-recording-restricted': 'fail',
    'teams-cloud-storage-restricted': 'fail',
    'purview-dlp-policies-enabled': 'fail',
    'purview-sensitivity-labels-published': 'pass',
  });
});

test("Microsoft's defaults leave federation, personal accounts, anonymous join, presenting, recording, storage and apps open", async () => {
  expect(await statuses(freshDefaults())).toEqual({
    'teams-external-access-restricted': 'fail',
    'teams-unmanaged-accounts-blocked': 'fail',
    'teams-meeting-lobby-enforced': 'fail',
    'teams-anonymous-meeting-start-blocked': 'pass',
    'teams-external-control-blocked': 'pass',
    'teams-meeting-presenters-restricted': 'fail',
    'teams-meeting-recording-restricted': 'fail',
    'teams-cloud-storage-restricted': 'fail',
    'purview-dlp-policies-enabled': 'notLicensed',
    'purview-sensitivity-labels-published': 'notLicensed',
  });
});
