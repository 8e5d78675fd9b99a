/**
 * The simulated tenants' defender data (issue 17): one part per tenant, merged in tenant-services.ts.
 * Owned by the defender controls: add the output of each cmdlet or configuration they read here.
 * The objects come from defender-policies.ts, with Microsoft's values; each tenant changes what its
 * admins would have changed. A cmdlet missing here is one the tenant's plan lacks.
 */
import type { ServiceData, ServiceDataPart, ServiceObject } from '../service-data';
import {
  atpForO365,
  atpPresetRule,
  builtInProtectionRule,
  builtInSafeAttachments,
  builtInSafeLinks,
  antiPhishPolicy,
  connectionFilter,
  defaultAntiPhish,
  defaultMalware,
  defaultSpam,
  eopPresetRule,
  presetPolicies,
  reportSubmission,
  rule,
  safeLinksPolicy,
  teamsMessagingGlobal,
  teamsProtection,
  type Scope,
} from './defender-policies';

type Cmdlets = ServiceData['cmdlets'];

/** The policies of both presets, and their rules applied to `scope` (Strict only when `strict` is given). */
function presets(standard: Scope, strict: Scope | 'off', protectedUsers: string[]): Cmdlets {
  const std = presetPolicies('standard', protectedUsers);
  const str = presetPolicies('strict', protectedUsers);
  const strictState = strict === 'off' ? 'Disabled' : 'Enabled';
  const strictScope = strict === 'off' ? {} : strict;
  return {
    'Get-EOPProtectionPolicyRule': [
      eopPresetRule('strict', strictScope, strictState),
      eopPresetRule('standard', standard),
    ],
    'Get-ATPProtectionPolicyRule': [
      atpPresetRule('strict', strictScope, strictState),
      atpPresetRule('standard', standard),
    ],
    'Get-AntiPhishPolicy': [str.antiPhish, std.antiPhish],
    'Get-MalwareFilterPolicy': [str.malware, std.malware],
    'Get-HostedContentFilterPolicy': [str.spam, std.spam],
    'Get-SafeLinksPolicy': [str.safeLinks, std.safeLinks],
    'Get-SafeAttachmentPolicy': [str.safeAttachments, std.safeAttachments],
  };
}

type Changes = Partial<ServiceObject>;

/** What every tenant has from the start: the default EOP policies (with the admins' `changes`), no rules. */
function eopDefaults(
  changes: { malware?: Changes; spam?: Changes; connection?: Changes; reportTo?: string } = {},
): Cmdlets {
  return {
    'Get-ReportSubmissionPolicy': [reportSubmission(changes.reportTo)],
    'Get-EOPProtectionPolicyRule': [],
    'Get-AntiPhishPolicy': [defaultAntiPhish()],
    'Get-AntiPhishRule': [],
    'Get-MalwareFilterPolicy': [defaultMalware(changes.malware)],
    'Get-MalwareFilterRule': [],
    'Get-HostedContentFilterPolicy': [defaultSpam(changes.spam)],
    'Get-HostedContentFilterRule': [],
    'Get-HostedConnectionFilterPolicy': [connectionFilter(changes.connection)],
  };
}

/** What Defender for Office 365 Plan 1 adds: Built-In Protection, and the Safe Links/Attachments cmdlets. */
function atpDefaults(collaboration = false): Cmdlets {
  return {
    'Get-ATPProtectionPolicyRule': [],
    'Get-ATPBuiltInProtectionRule': [builtInProtectionRule()],
    'Get-SafeLinksPolicy': [builtInSafeLinks()],
    'Get-SafeLinksRule': [],
    'Get-SafeAttachmentPolicy': [builtInSafeAttachments()],
    'Get-SafeAttachmentRule': [],
    'Get-AtpPolicyForO365': [atpForO365(collaboration)],
  };
}

/** Each cmdlet's objects from every part, defaults last (the order the cmdlets list them doesn't matter). */
function combine(...parts: Cmdlets[]): Cmdlets {
  const out: Cmdlets = {};
  for (const part of parts)
    for (const [cmdlet, objects] of Object.entries(part) as [keyof Cmdlets, ServiceData['cmdlets'][keyof Cmdlets]][])
      out[cmdlet] = [...(out[cmdlet] ?? []), ...(objects ?? [])];
  return out;
}

/** The hardened E5 tenant: Strict for everyone (Standard on too, shadowed), ZAP for Teams, nothing allowed through. */
export const hardenedDefender: ServiceDataPart = {
  cmdlets: combine(
    presets({}, {}, ['Megan Bowen;megan@woodgrovebank.com', 'Nestor Wilke;nestor@woodgrovebank.com']),
    eopDefaults({ reportTo: 'reported-phish@woodgrovebank.com' }),
    atpDefaults(true),
    { 'Get-TeamsProtectionPolicy': [teamsProtection()] },
  ),
  teams: { TeamsMessagingPolicy: [teamsMessagingGlobal()] },
};

const EXECUTIVES = ['Executives@contoso.com'];

/**
 * The demo tenant (Contoso, Business Premium: Plan 1, no Plan 2): Standard piloted on IT only, a good
 * anti-phishing policy for executives over a default one left as created, a Safe Links policy for
 * contoso.com only (the acquired fabrikam.co.uk falls to Built-In Protection, which lets people click
 * through), a partner domain and a scanner's IP allowed past spam filtering, SharePoint/OneDrive/Teams
 * not scanned, user reports sent to Microsoft only. Safe Attachments (Built-In Protection), the file filter and mail ZAP hold.
 */
export const contosoDefender: ServiceDataPart = {
  cmdlets: combine(
    presets({ SentToMemberOf: ['IT Pilot@contoso.com'] }, 'off', []),
    {
      'Get-AntiPhishPolicy': [
        antiPhishPolicy('Contoso executives', {
          PhishThresholdLevel: 3,
          EnableTargetedUserProtection: true,
          TargetedUsersToProtect: ['Patti Fernandez;patti@contoso.com', 'Lynne Robbins;lynne@contoso.com'],
          EnableOrganizationDomainsProtection: true,
          EnableMailboxIntelligenceProtection: true,
          TargetedUserProtectionAction: 'Quarantine',
          TargetedDomainProtectionAction: 'Quarantine',
          MailboxIntelligenceProtectionAction: 'Quarantine',
        }),
      ],
      'Get-AntiPhishRule': [
        rule('Contoso executives', 0, { AntiPhishPolicy: 'Contoso executives' }, { SentToMemberOf: EXECUTIVES }),
      ],
      'Get-SafeLinksPolicy': [safeLinksPolicy('Contoso links')],
      'Get-SafeLinksRule': [
        rule('Contoso links', 0, { SafeLinksPolicy: 'Contoso links' }, { RecipientDomainIs: ['contoso.com'] }),
      ],
    },
    eopDefaults({
      malware: { EnableInternalSenderAdminNotifications: true, InternalSenderAdminAddress: 'secops@contoso.com' },
      spam: { AllowedSenderDomains: ['fabrikam-partners.com', 'contoso-events.net'] },
      connection: { IPAllowList: ['203.0.113.25'] },
    }),
    atpDefaults(),
  ),
  // Reports still go to Microsoft only (the default); Teams shows the report option (the default).
  teams: { TeamsMessagingPolicy: [teamsMessagingGlobal()] },
};

/** A tenant as Microsoft creates it (Business Basic: Exchange Online Protection only): the default policies. */
export const freshDefaultsDefender: ServiceDataPart = {
  cmdlets: eopDefaults(),
  teams: { TeamsMessagingPolicy: [teamsMessagingGlobal()] },
};
