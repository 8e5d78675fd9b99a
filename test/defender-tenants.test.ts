/**
 * The Defender for Office 365 data of the simulated tenants, as a user would meet it with Exchange
 * Online read: the hardened tenant passes every defender control that reads it, the demo tenant
 * (Contoso) passes some and fails others for the reasons its story tells, and a tenant as Microsoft
 * creates it (Business Basic: Exchange Online Protection only) fails where Microsoft's defaults fall
 * short and is not licensed for the rest.
 */
import { describe, expect, test } from 'vitest';
import { scanWithServices } from './describe-control';
import { catalogue } from '../controls';
import { isManualControl } from '../lib/engine/verdict/manual-control';
import type { TenantModel } from '../simulator/tenant-model';
import { contoso } from '../simulator/tenants/contoso';
import { freshDefaults } from '../simulator/tenants/fresh-defaults';
import { hardenedE5 } from '../simulator/tenants/hardened-e5';

const defender = catalogue.filter((c) => c.service === 'defender' && !isManualControl(c));

async function scan(tenant: TenantModel): Promise<Record<string, string>> {
  const s = await scanWithServices(tenant, defender);
  return Object.fromEntries(s.controls.map((c) => [c.id, `${c.status}: ${c.reason}`]));
}

describe('Defender for Office 365 read live from the simulated tenants', () => {
  test('the hardened tenant passes every defender control', async () => {
    const r = await scan(hardenedE5());
    for (const c of defender) expect(r[c.id], c.id).toMatch(/^pass: /);
  });

  test('Contoso: a believable mix, each verdict for the reason its admins made', async () => {
    const r = await scan(contoso());
    expect(r).toMatchObject({
      'defender-safe-attachments-enabled': expect.stringMatching(
        /^pass: .*'Built-In Protection Policy' covers everyone else, after 'Standard Preset Security Policy\d+' \(only members of IT Pilot@contoso\.com\)/,
      ),
      'defender-attachment-filter-enabled': expect.stringMatching(/^pass: /),
      'defender-zap-enabled': expect.stringMatching(/^pass: /),
      'defender-safe-links-enabled': expect.stringMatching(
        /^fail: .*'Built-In Protection Policy' \(applies to everyone\): EnableForInternalSenders is False, AllowClickThrough is True/,
      ),
      'defender-anti-phishing-configured': expect.stringMatching(
        /^fail: .*'Office365 AntiPhish Default' \(applies to everyone\)/,
      ),
      'defender-spam-allowlists-empty': expect.stringMatching(/^fail: .*allows fabrikam-partners\.com/),
      'defender-connection-filter-allowlist-empty': expect.stringMatching(/^fail: .*203\.0\.113\.25/),
      'defender-safe-attachments-collaboration-enabled': expect.stringMatching(/^fail: /),
      'defender-preset-policies-applied': expect.stringMatching(
        /^fail: Strict Preset Security Policy is off; .*IT Pilot/,
      ),
      'defender-teams-zap-enabled': expect.stringMatching(/^notLicensed: /),
      'defender-user-reporting-enabled': expect.stringMatching(/^fail: .*ReportPhishToCustomizedAddress is False/),
      'defender-preset-impersonation-configured': expect.stringMatching(
        /^fail: Standard Preset Security Policy protects no user/,
      ),
    });
  });

  test("a tenant as Microsoft creates it: the defaults' gaps fail, Defender for Office 365 isn't licensed", async () => {
    const r = await scan(freshDefaults());
    expect(r).toMatchObject({
      'defender-attachment-filter-enabled': expect.stringMatching(/^pass: .*'Default' covers everyone/),
      'defender-zap-enabled': expect.stringMatching(/^pass: /),
      'defender-spam-allowlists-empty': expect.stringMatching(/^pass: /),
      'defender-connection-filter-allowlist-empty': expect.stringMatching(/^pass: /),
      'defender-preset-policies-applied': expect.stringMatching(/^fail: .*never turned on/),
      'defender-safe-links-enabled': expect.stringMatching(/^notLicensed: /),
      'defender-safe-attachments-enabled': expect.stringMatching(/^notLicensed: /),
      'defender-safe-attachments-collaboration-enabled': expect.stringMatching(/^notLicensed: /),
      'defender-anti-phishing-configured': expect.stringMatching(/^notLicensed: /),
      'defender-teams-zap-enabled': expect.stringMatching(/^notLicensed: /),
      'defender-user-reporting-enabled': expect.stringMatching(/^fail: /),
      'defender-preset-impersonation-configured': expect.stringMatching(/^notLicensed: /),
      'defender-preset-atp-applied': expect.stringMatching(/^notLicensed: /),
    });
  });
});
