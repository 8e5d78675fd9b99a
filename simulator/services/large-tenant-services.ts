/**
 * The large tenant's admin-service data (issue 17 §3): Contoso's, scaled so a scan pages and reads many
 * objects: hundreds of transport rules, a dozen custom policies and their rules per Defender pair, and
 * a mailbox per member (one in `SHARED_EVERY` shared) for Get-EXOMailbox. Every copy is made from
 * Contoso's own objects (renamed, re-prioritised, re-pointed), so its shapes are the data owners' and
 * its verdicts stay Contoso's; a cmdlet Contoso doesn't hold isn't invented here.
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import type { AllowedCmdlet } from '../../lib/graph/sources/cmdlet-allow-list';
import { stableGuid } from '../seeded-random';
import type { ServiceData, ServiceObject } from './service-data';
import { contosoServices } from './tenant-services';

export const LARGE_TRANSPORT_RULES = 400;
export const LARGE_CUSTOM_POLICIES = 12;
/** One member in this many has a shared mailbox rather than a user mailbox. */
export const SHARED_EVERY = 40;

/** A Defender policy cmdlet, its rule cmdlet, and the rule property naming the policy. */
const DEFENDER_PAIRS: ReadonlyArray<readonly [AllowedCmdlet, AllowedCmdlet, string]> = [
  ['Get-AntiPhishPolicy', 'Get-AntiPhishRule', 'AntiPhishPolicy'],
  ['Get-SafeLinksPolicy', 'Get-SafeLinksRule', 'SafeLinksPolicy'],
  ['Get-SafeAttachmentPolicy', 'Get-SafeAttachmentRule', 'SafeAttachmentPolicy'],
  ['Get-MalwareFilterPolicy', 'Get-MalwareFilterRule', 'MalwareFilterPolicy'],
  ['Get-HostedContentFilterPolicy', 'Get-HostedContentFilterRule', 'HostedContentFilterPolicy'],
];

const named = (template: ServiceObject, name: string, extra: ServiceObject = {}): ServiceObject => ({
  ...template,
  Identity: name,
  Name: name,
  ...('Guid' in template ? { Guid: stableGuid('large', name) } : {}),
  ...extra,
});

function transportRules(data: ServiceData): void {
  const templates = data.cmdlets['Get-TransportRule'] ?? [];
  if (templates.length === 0) return;
  data.cmdlets['Get-TransportRule'] = Array.from({ length: LARGE_TRANSPORT_RULES }, (_, i) => {
    const t = templates[i % templates.length] ?? {};
    return named(t, `${String(t['Name'])} ${i + 1}`, { Priority: i });
  });
}

/** Any rule of Contoso's Defender pairs, to copy for a pair that has none: its shape without its policy. */
function anyRule(data: ServiceData): ServiceObject | undefined {
  for (const [, ruleCmdlet, ref] of DEFENDER_PAIRS) {
    const r = data.cmdlets[ruleCmdlet]?.[0];
    if (r) {
      const { [ref]: _policy, ...shape } = r;
      return shape;
    }
  }
  return undefined;
}

function defenderPolicies(data: ServiceData): void {
  const ruleShape = anyRule(data);
  for (const [policyCmdlet, ruleCmdlet, ref] of DEFENDER_PAIRS) {
    const policies = data.cmdlets[policyCmdlet];
    const rules = data.cmdlets[ruleCmdlet];
    if (!policies || !rules) continue;
    // A custom policy (one a rule applies) when Contoso has one, else the default as admins copy it.
    const ruled = new Set(rules.map((r) => r[ref]));
    const policy = policies.find((p) => ruled.has(p['Name'])) ?? policies.find((p) => p['IsDefault'] === true);
    const rule = rules[0] ?? ruleShape;
    if (!policy || !rule) continue;
    const first = rules.length;
    for (let i = 1; i <= LARGE_CUSTOM_POLICIES; i++) {
      const name = `${String(policy['Name'])} ${i}`;
      policies.push(named(policy, name, 'IsDefault' in policy ? { IsDefault: false } : {}));
      rules.push(named(rule, name, { [ref]: name, Priority: first + i - 1 }));
    }
  }
}

function mailboxes(data: ServiceData, users: readonly Graph.User[]): void {
  const own = data.cmdlets['Get-EXOMailbox'] ?? [];
  const template = own[0];
  if (!template) return;
  const covered = new Set(own.map((m) => m['ExternalDirectoryObjectId']));
  const members = users.filter((u) => u.userType === 'Member' && u.userPrincipalName && !covered.has(u.id));
  const generated = members.map((u, i) => {
    const upn = u.userPrincipalName ?? '';
    return {
      ...template,
      Identity: u.mailNickname ?? upn,
      Name: u.mailNickname ?? upn,
      UserPrincipalName: upn,
      PrimarySmtpAddress: u.mail ?? upn,
      ExternalDirectoryObjectId: u.id,
      RecipientTypeDetails: i % SHARED_EVERY === SHARED_EVERY - 1 ? 'SharedMailbox' : 'UserMailbox',
    };
  });
  data.cmdlets['Get-EXOMailbox'] = [...own, ...generated];
}

/** Contoso's service data (or `base`, in tests) at the large tenant's scale; `users` are the large tenant's. */
export function largeTenantServices(users: readonly Graph.User[], base: ServiceData = contosoServices()): ServiceData {
  const data = structuredClone(base);
  transportRules(data);
  defenderPolicies(data);
  mailboxes(data, users);
  return data;
}
