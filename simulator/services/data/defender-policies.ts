/**
 * Defender for Office 365 / EOP objects as the Get-* cmdlets return them (issue 17), with Microsoft's
 * values: the default policies every tenant has (Identity `Default`, `Office365 AntiPhish Default`),
 * Built-In Protection (Safe Links and Safe Attachments for everyone, with one rule of exceptions), and
 * the Standard and Strict preset policies with their rules once turned on. simulator/services/data/defender.ts
 * assembles tenants from them. https://learn.microsoft.com/defender-office-365/recommended-settings-for-eop-and-office365
 */
import type { ServiceObject } from '../service-data';

const NO_SCOPE = {
  SentTo: null,
  SentToMemberOf: null,
  RecipientDomainIs: null,
  ExceptIfSentTo: null,
  ExceptIfSentToMemberOf: null,
  ExceptIfRecipientDomainIs: null,
};

/** Recipient conditions or exceptions, the rest null as the cmdlets return them. */
export type Scope = Partial<Record<keyof typeof NO_SCOPE, string[]>>;

/** A rule applying one or more policies (`{ SafeLinksPolicy: 'Sales links' }`) to `scope`. */
export function rule(
  name: string,
  priority: number,
  policies: Record<string, string>,
  scope: Scope = {},
  state: 'Enabled' | 'Disabled' = 'Enabled',
): ServiceObject {
  return {
    Identity: name,
    Name: name,
    State: state,
    Priority: priority,
    ...policies,
    ...NO_SCOPE,
    ...scope,
    Comments: null,
  };
}

export const PRESET = {
  strict: { rule: 'Strict Preset Security Policy', policy: 'Strict Preset Security Policy1665578431267' },
  standard: { rule: 'Standard Preset Security Policy', policy: 'Standard Preset Security Policy1665578430991' },
} as const;
export type Preset = keyof typeof PRESET;
const TYPE = { strict: 'Strict', standard: 'Standard' } as const;

/** The preset's Exchange Online Protection rule (anti-spam, anti-malware, anti-phishing). */
export const eopPresetRule = (p: Preset, scope: Scope = {}, state: 'Enabled' | 'Disabled' = 'Enabled') =>
  rule(
    PRESET[p].rule,
    p === 'strict' ? 0 : 1,
    {
      HostedContentFilterPolicy: PRESET[p].policy,
      AntiPhishPolicy: PRESET[p].policy,
      MalwareFilterPolicy: PRESET[p].policy,
    },
    scope,
    state,
  );

/** The preset's Defender for Office 365 rule (Safe Links, Safe Attachments). */
export const atpPresetRule = (p: Preset, scope: Scope = {}, state: 'Enabled' | 'Disabled' = 'Enabled') =>
  rule(
    PRESET[p].rule,
    p === 'strict' ? 0 : 1,
    { SafeAttachmentPolicy: PRESET[p].policy, SafeLinksPolicy: PRESET[p].policy },
    scope,
    state,
  );

export const BUILT_IN = 'Built-In Protection Policy';
export const builtInProtectionRule = (except: Scope = {}): ServiceObject => ({
  ...rule('ATP Built-In Protection Rule', -1, { SafeAttachmentPolicy: BUILT_IN, SafeLinksPolicy: BUILT_IN }),
  ...except,
});

const named = (name: string) => ({ Identity: name, Name: name });

export function antiPhishPolicy(name: string, o: Partial<ServiceObject> = {}): ServiceObject {
  return {
    ...named(name),
    IsDefault: false,
    Enabled: true,
    PhishThresholdLevel: 1,
    EnableTargetedUserProtection: false,
    TargetedUsersToProtect: null,
    EnableOrganizationDomainsProtection: false,
    EnableTargetedDomainsProtection: false,
    TargetedDomainsToProtect: null,
    EnableMailboxIntelligence: true,
    EnableMailboxIntelligenceProtection: false,
    EnableSpoofIntelligence: true,
    HonorDmarcPolicy: true,
    TargetedUserProtectionAction: 'NoAction',
    TargetedDomainProtectionAction: 'NoAction',
    MailboxIntelligenceProtectionAction: 'NoAction',
    RecommendedPolicyType: 'Custom',
    ...o,
  };
}
export const defaultAntiPhish = () => antiPhishPolicy('Office365 AntiPhish Default', { IsDefault: true });

/** Impersonation protection as the Strict preset sets it (Standard: threshold 3, mailbox intelligence to Junk). */
export const presetAntiPhish = (p: Preset, protectedUsers: string[]) =>
  antiPhishPolicy(PRESET[p].policy, {
    PhishThresholdLevel: p === 'strict' ? 4 : 3,
    EnableTargetedUserProtection: protectedUsers.length > 0,
    TargetedUsersToProtect: protectedUsers.length ? protectedUsers : null,
    EnableOrganizationDomainsProtection: true,
    EnableMailboxIntelligenceProtection: true,
    TargetedUserProtectionAction: 'Quarantine',
    TargetedDomainProtectionAction: 'Quarantine',
    MailboxIntelligenceProtectionAction: p === 'strict' ? 'Quarantine' : 'MoveToJmf',
    RecommendedPolicyType: TYPE[p],
  });

const FILE_TYPES = [
  'ace',
  'ani',
  'apk',
  'app',
  'cab',
  'cmd',
  'com',
  'deb',
  'dmg',
  'exe',
  'hta',
  'img',
  'iso',
  'jar',
  'js',
  'jse',
  'lnk',
  'msi',
  'ps1',
  'reg',
  'scr',
  'vbe',
  'vbs',
  'wsf',
];
export function malwarePolicy(name: string, o: Partial<ServiceObject> = {}): ServiceObject {
  return {
    ...named(name),
    IsDefault: false,
    EnableFileFilter: true,
    FileTypes: FILE_TYPES,
    FileTypeAction: 'Reject',
    ZapEnabled: true,
    EnableInternalSenderAdminNotifications: false,
    InternalSenderAdminAddress: null,
    QuarantineTag: 'AdminOnlyAccessPolicy',
    RecommendedPolicyType: 'Custom',
    ...o,
  };
}
export const defaultMalware = (o: Partial<ServiceObject> = {}) => malwarePolicy('Default', { IsDefault: true, ...o });

export function spamPolicy(name: string, o: Partial<ServiceObject> = {}): ServiceObject {
  return {
    ...named(name),
    IsDefault: false,
    BulkThreshold: 7,
    SpamAction: 'MoveToJmf',
    HighConfidencePhishAction: 'Quarantine',
    AllowedSenders: [],
    AllowedSenderDomains: [],
    BlockedSenderDomains: [],
    SpamZapEnabled: true,
    PhishZapEnabled: true,
    RecommendedPolicyType: 'Custom',
    ...o,
  };
}
export const defaultSpam = (o: Partial<ServiceObject> = {}) => spamPolicy('Default', { IsDefault: true, ...o });

export const connectionFilter = (o: Partial<ServiceObject> = {}): ServiceObject => ({
  ...named('Default'),
  IsDefault: true,
  IPAllowList: [],
  IPBlockList: [],
  EnableSafeList: false,
  ...o,
});

export function safeLinksPolicy(name: string, o: Partial<ServiceObject> = {}): ServiceObject {
  return {
    ...named(name),
    IsBuiltInProtection: false,
    EnableSafeLinksForEmail: true,
    EnableSafeLinksForTeams: true,
    EnableSafeLinksForOffice: true,
    ScanUrls: true,
    EnableForInternalSenders: true,
    DeliverMessageAfterScan: true,
    TrackClicks: true,
    AllowClickThrough: false,
    DisableUrlRewrite: false,
    RecommendedPolicyType: 'Custom',
    ...o,
  };
}
/** Built-In Protection's Safe Links: on everywhere, but internal mail unchecked and click-through allowed. */
export const builtInSafeLinks = () =>
  safeLinksPolicy(BUILT_IN, {
    IsBuiltInProtection: true,
    EnableForInternalSenders: false,
    AllowClickThrough: true,
    RecommendedPolicyType: 'BuiltInProtection',
  });

export function safeAttachmentPolicy(name: string, o: Partial<ServiceObject> = {}): ServiceObject {
  return {
    ...named(name),
    IsBuiltInProtection: false,
    Enable: true,
    Action: 'Block',
    QuarantineTag: 'AdminOnlyAccessPolicy',
    RecommendedPolicyType: 'Custom',
    ...o,
  };
}
export const builtInSafeAttachments = () =>
  safeAttachmentPolicy(BUILT_IN, { IsBuiltInProtection: true, RecommendedPolicyType: 'BuiltInProtection' });

/** The preset's own policies of each kind (Microsoft's values; Standard and Strict differ in thresholds). */
export const presetPolicies = (p: Preset, protectedUsers: string[] = []) => ({
  antiPhish: presetAntiPhish(p, protectedUsers),
  malware: malwarePolicy(PRESET[p].policy, { RecommendedPolicyType: TYPE[p] }),
  spam: spamPolicy(PRESET[p].policy, {
    BulkThreshold: p === 'strict' ? 5 : 6,
    SpamAction: p === 'strict' ? 'Quarantine' : 'MoveToJmf',
    RecommendedPolicyType: TYPE[p],
  }),
  safeLinks: safeLinksPolicy(PRESET[p].policy, { RecommendedPolicyType: TYPE[p] }),
  safeAttachments: safeAttachmentPolicy(PRESET[p].policy, { RecommendedPolicyType: TYPE[p] }),
});

export const atpForO365 = (spoTeamsOdb: boolean): ServiceObject => ({
  ...named('Default'),
  EnableATPForSPOTeamsODB: spoTeamsOdb,
  EnableSafeDocs: false,
  AllowSafeDocsOpen: false,
});

export const teamsProtection = (zap = true): ServiceObject => ({
  ...named('Teams Protection Policy'),
  ZapEnabled: zap,
  HighConfidencePhishQuarantineTag: 'AdminOnlyAccessPolicy',
  MalwareQuarantineTag: 'AdminOnlyAccessPolicy',
});

/** Microsoft's report submission policy: reports go to Microsoft only, none to a mailbox of yours. */
export const reportSubmission = (mailbox?: string): ServiceObject => ({
  ...named('DefaultReportSubmissionPolicy'),
  EnableReportToMicrosoft: true,
  ReportJunkToCustomizedAddress: mailbox !== undefined,
  ReportNotJunkToCustomizedAddress: mailbox !== undefined,
  ReportPhishToCustomizedAddress: mailbox !== undefined,
  ReportJunkAddresses: mailbox ? [mailbox] : [],
  ReportNotJunkAddresses: mailbox ? [mailbox] : [],
  ReportPhishAddresses: mailbox ? [mailbox] : [],
  ReportChatMessageEnabled: mailbox === undefined,
  ReportChatMessageToCustomizedAddressEnabled: mailbox !== undefined,
});

/** Teams' Global messaging policy, as far as reporting goes (on by default). */
export const teamsMessagingGlobal = (report = true): ServiceObject => ({
  Identity: 'Global',
  AllowSecurityEndUserReporting: report,
  AllowUserChat: true,
  AllowUserEditMessage: true,
  AllowUserDeleteMessage: true,
});
