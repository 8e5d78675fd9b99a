/**
 * The Exchange Online controls on the three simulated tenants, read live (issue 17): the hardened one
 * passes every one, a tenant as Microsoft creates it shows Microsoft's defaults, and the demo tenant
 * stays a believable mix. Each verdict here is what a user would see with Exchange Online reading on.
 */
import { describe, expect, test } from 'vitest';
import { serviceVerdicts } from './service-verdicts';
import { catalogue } from '../controls';
import type { TenantModel } from '../simulator/tenant-model';
import { contoso } from '../simulator/tenants/contoso';
import { freshDefaults } from '../simulator/tenants/fresh-defaults';
import { hardenedE5 } from '../simulator/tenants/hardened-e5';

/** Every control this part reads from Exchange Online, and what each tenant shows for it. */
const EXPECTED: Readonly<Record<string, { contoso: string; fresh: string }>> = {
  'email-direct-send-rejected': { contoso: 'fail', fresh: 'fail' },
  'email-modern-auth-required': { contoso: 'pass', fresh: 'pass' },
  'email-smtp-auth-disabled': { contoso: 'fail', fresh: 'pass' },
  'email-external-forwarding-blocked': { contoso: 'fail', fresh: 'fail' },
  'email-domain-allowlist-rules-absent': { contoso: 'fail', fresh: 'pass' },
  'email-external-sender-tagged': { contoso: 'pass', fresh: 'fail' },
  'email-calendar-sharing-restricted': { contoso: 'fail', fresh: 'fail' },
  'email-contacts-sharing-restricted': { contoso: 'pass', fresh: 'pass' },
  'email-outlook-addins-restricted': { contoso: 'fail', fresh: 'fail' },
  'email-owa-storage-providers-restricted': { contoso: 'pass', fresh: 'fail' },
  'email-mailtips-enabled': { contoso: 'fail', fresh: 'fail' },
  'email-mailbox-audit-enabled': { contoso: 'pass', fresh: 'pass' },
  'email-shared-mailbox-signin-blocked': { contoso: 'pass', fresh: 'pass' },
  'purview-audit-log-enabled': { contoso: 'pass', fresh: 'pass' },
};
const controls = catalogue.filter((c) => c.id in EXPECTED);

async function statuses(tenant: TenantModel): Promise<Record<string, string>> {
  const { results, statuses } = await serviceVerdicts(tenant, Object.keys(EXPECTED));
  for (const r of results) expect(r.serviceRead?.live, r.id).toBe(true);
  return statuses;
}

describe('Exchange Online controls read live', () => {
  test('every one is in the catalogue', () =>
    expect(controls.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED).sort()));

  test('the hardened tenant passes every one', async () => {
    expect(await statuses(hardenedE5())).toEqual(Object.fromEntries(Object.keys(EXPECTED).map((id) => [id, 'pass'])));
  });

  test("a fresh tenant shows Microsoft's defaults", async () => {
    expect(await statuses(freshDefaults())).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([id, e]) => [id, e.fresh])),
    );
  });

  test('the demo tenant is a mix: Customer Lockbox aside, about half pass', async () => {
    expect(await statuses(contoso())).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([id, e]) => [id, e.contoso])),
    );
  });
});
