/**
 * Anti-phishing policies (Get-AntiPhishPolicy) and the rules that apply the custom ones
 * (Get-AntiPhishRule). Every tenant has them (spoof protection is Exchange Online Protection); the
 * impersonation and mailbox-intelligence settings act only with Defender for Office 365 Plan 1, which
 * the controls reading them require. The default policy (IsDefault) covers everyone no rule covers.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-antiphishpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { bool, num, present, str, strings, type Shape } from '../shape';
import { cmdletObjects } from './cmdlet-output';
import { protectionRules } from './protection-rules';

export interface AntiPhishPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly IsDefault: boolean;
  readonly Enabled: boolean;
  /** 1 Standard, 2 Aggressive, 3 More aggressive, 4 Most aggressive. */
  readonly PhishThresholdLevel: number;
  readonly EnableTargetedUserProtection: boolean;
  /** "Display name;address" entries (null when none). */
  readonly TargetedUsersToProtect: readonly string[] | null;
  readonly EnableOrganizationDomainsProtection: boolean;
  readonly EnableMailboxIntelligence: boolean;
  readonly EnableMailboxIntelligenceProtection: boolean;
  readonly EnableSpoofIntelligence: boolean;
  readonly TargetedUserProtectionAction: string;
  readonly TargetedDomainProtectionAction: string;
  readonly MailboxIntelligenceProtectionAction: string;
}

const shape: Shape<AntiPhishPolicy> = {
  Identity: str,
  Name: str,
  IsDefault: bool,
  Enabled: bool,
  PhishThresholdLevel: num,
  EnableTargetedUserProtection: bool,
  TargetedUsersToProtect: present(strings),
  EnableOrganizationDomainsProtection: bool,
  EnableMailboxIntelligence: bool,
  EnableMailboxIntelligenceProtection: bool,
  EnableSpoofIntelligence: bool,
  TargetedUserProtectionAction: str,
  TargetedDomainProtectionAction: str,
  MailboxIntelligenceProtectionAction: str,
};

export const antiPhishPolicies = defineServiceSource<AntiPhishPolicy[]>({
  id: 'antiPhishPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-AntiPhishPolicy' },
  collection: true,
  parse: cmdletObjects(shape),
});

export const antiPhishRules = protectionRules('antiPhishRules', 'Get-AntiPhishRule', ['AntiPhishPolicy']);
