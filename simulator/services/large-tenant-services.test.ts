import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import { generateLargeTenant } from '../tenants/generate-large-tenant';
import type { ServiceData } from './service-data';
import {
  LARGE_CUSTOM_POLICIES,
  LARGE_TRANSPORT_RULES,
  largeTenantServices,
  SHARED_EVERY,
} from './large-tenant-services';
import { contosoServices } from './tenant-services';
import { cmdlet, post } from './service-test-requests';

const large = generateLargeTenant({ users: 2000 });
const tid = large.organization.id ?? '';
const INVOKE = `https://outlook.office365.com/adminapi/beta/${tid}/InvokeCommand`;
const rule = (name: string, ref: Record<string, string>) => ({
  Identity: name,
  Name: name,
  State: 'Enabled',
  Priority: 0,
  SentToMemberOf: ['IT'],
  ...ref,
});

/** Contoso-like parts, as the data owners write them. */
const base: ServiceData = {
  cmdlets: {
    'Get-TransportRule': [
      { Identity: 'Partner bypass', Name: 'Partner bypass', Guid: 'g1', Priority: 0, SetSCL: -1 },
      { Identity: 'Disclaimer', Name: 'Disclaimer', Guid: 'g2', Priority: 1, State: 'Disabled' },
    ],
    'Get-AntiPhishPolicy': [
      { Identity: 'Office365 AntiPhish Default', Name: 'Office365 AntiPhish Default', IsDefault: true },
      { Identity: 'Executives', Name: 'Executives', IsDefault: false, PhishThresholdLevel: 3 },
    ],
    'Get-AntiPhishRule': [rule('Executives', { AntiPhishPolicy: 'Executives' })],
    'Get-HostedContentFilterPolicy': [
      { Identity: 'Default', Name: 'Default', IsDefault: true, AllowedSenderDomains: ['x.com'] },
    ],
    'Get-HostedContentFilterRule': [],
    'Get-EXOMailbox': [
      {
        Identity: 'reception',
        Name: 'reception',
        RecipientTypeDetails: 'SharedMailbox',
        ExternalDirectoryObjectId: 'reception-id',
      },
    ],
  },
  teams: {},
};

describe('the large tenant’s admin services', () => {
  const data = largeTenantServices(large.users, base);
  const sim = createGraphSimulator({ ...large, services: data });

  test('hundreds of transport rules, read in pages', async () => {
    let url: string | undefined = INVOKE;
    const names: unknown[] = [];
    let pages = 0;
    while (url) {
      const page = await post(sim, url, cmdlet('Get-TransportRule', { ResultSize: 'Unlimited' }), {
        Prefer: 'odata.maxpagesize=100',
      });
      names.push(...(page.json.value ?? []).map((r) => r['Name']));
      url = page.json['@odata.nextLink'];
      pages++;
    }
    expect(pages).toBe(LARGE_TRANSPORT_RULES / 100);
    expect(new Set(names).size).toBe(LARGE_TRANSPORT_RULES);
    expect(names.slice(0, 2)).toEqual(['Partner bypass 1', 'Disclaimer 2']);
  });

  test('custom policies and their rules per Defender pair, each rule applying its own copy', () => {
    const policies = data.cmdlets['Get-AntiPhishPolicy'] ?? [];
    const rules = data.cmdlets['Get-AntiPhishRule'] ?? [];
    expect(policies).toHaveLength(2 + LARGE_CUSTOM_POLICIES);
    expect(policies.filter((p) => p['IsDefault'] === true)).toHaveLength(1);
    expect(rules).toHaveLength(1 + LARGE_CUSTOM_POLICIES);
    expect(rules.at(-1)).toMatchObject({
      Name: `Executives ${LARGE_CUSTOM_POLICIES}`,
      AntiPhishPolicy: `Executives ${LARGE_CUSTOM_POLICIES}`,
    });
    expect(policies.at(-1)).toMatchObject({ Name: `Executives ${LARGE_CUSTOM_POLICIES}`, PhishThresholdLevel: 3 });
    // No custom anti-spam policy in the base: copies of the default, with rules shaped like the others.
    const spam = data.cmdlets['Get-HostedContentFilterRule'] ?? [];
    expect(spam).toHaveLength(LARGE_CUSTOM_POLICIES);
    expect(spam[0]).toMatchObject({ HostedContentFilterPolicy: 'Default 1', SentToMemberOf: ['IT'] });
    expect(spam[0]).not.toHaveProperty('AntiPhishPolicy');
  });

  test("a mailbox per member, one in SHARED_EVERY shared, Contoso's own kept; shared ones page", async () => {
    const members = large.users.filter((u) => u.userType === 'Member').length;
    const all = data.cmdlets['Get-EXOMailbox'] ?? [];
    expect(all).toHaveLength(members + 1);
    expect(all[0]?.['Identity']).toBe('reception');
    const shared = await post(sim, INVOKE, cmdlet('Get-EXOMailbox', { RecipientTypeDetails: 'SharedMailbox' }), {
      Prefer: 'odata.maxpagesize=20',
    });
    expect(shared.json.value).toHaveLength(20);
    expect(shared.json['@odata.nextLink']).toBeDefined();
    expect(all.filter((m) => m['RecipientTypeDetails'] === 'SharedMailbox').length).toBe(
      1 + Math.floor(members / SHARED_EVERY),
    );
    expect(sim.serviceStats.violations).toEqual([]);
  });

  test('generateLargeTenant gives it Contoso’s service data at scale, every Contoso cmdlet kept', () => {
    const contoso = contosoServices();
    expect(Object.keys(large.services?.cmdlets ?? {}).sort()).toEqual(Object.keys(contoso.cmdlets).sort());
    expect(Object.keys(large.services?.teams ?? {}).sort()).toEqual(Object.keys(contoso.teams).sort());
    const rules = contoso.cmdlets['Get-TransportRule']?.length ?? 0;
    expect(large.services?.cmdlets['Get-TransportRule']?.length ?? 0).toBe(rules > 0 ? LARGE_TRANSPORT_RULES : 0);
  });
});
