/**
 * Preset security policies and Built-In Protection (issue 17): the rules that apply Microsoft's
 * Standard and Strict presets (Get-EOPProtectionPolicyRule for anti-spam, anti-malware and
 * anti-phishing; Get-ATPProtectionPolicyRule for Safe Links and Safe Attachments), and the one rule of
 * the Built-In Protection preset (Get-ATPBuiltInProtectionRule), which protects everyone but its
 * exceptions. A preset that was never turned on has no rule at all.
 * https://learn.microsoft.com/defender-office-365/preset-security-policies
 */
import { licences } from '../licences';
import { defineServiceSource } from '../define-service-source';
import { str, type Shape } from '../shape';
import { cmdletObject } from './cmdlet-output';
import { protectionRules, ruleConditionsShape, type RuleConditions } from './protection-rules';

/** Standard and Strict rules for Exchange Online Protection (present in every tenant's plan). */
export const eopPresetRules = protectionRules('eopProtectionPolicyRules', 'Get-EOPProtectionPolicyRule', [
  'HostedContentFilterPolicy',
  'AntiPhishPolicy',
  'MalwareFilterPolicy',
]);

/** Standard and Strict rules for Defender for Office 365 (Safe Links, Safe Attachments); Plan 1 or more. */
export const atpPresetRules = protectionRules(
  'atpProtectionPolicyRules',
  'Get-ATPProtectionPolicyRule',
  ['SafeAttachmentPolicy', 'SafeLinksPolicy'],
  licences.defenderOfficeP1,
);

type BuiltInConditions = Pick<
  RuleConditions,
  'ExceptIfSentTo' | 'ExceptIfSentToMemberOf' | 'ExceptIfRecipientDomainIs'
>;

export interface BuiltInProtectionRule extends BuiltInConditions {
  readonly Identity: string;
  readonly SafeAttachmentPolicy: string;
  readonly SafeLinksPolicy: string;
}

const builtInShape: Shape<BuiltInProtectionRule> = {
  Identity: str,
  SafeAttachmentPolicy: str,
  SafeLinksPolicy: str,
  ExceptIfSentTo: ruleConditionsShape.ExceptIfSentTo,
  ExceptIfSentToMemberOf: ruleConditionsShape.ExceptIfSentToMemberOf,
  ExceptIfRecipientDomainIs: ruleConditionsShape.ExceptIfRecipientDomainIs,
};

/** The Built-In Protection rule: only exceptions, no conditions; the tenant has exactly one. */
export const builtInProtectionRule = defineServiceSource<BuiltInProtectionRule>({
  id: 'atpBuiltInProtectionRule',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-ATPBuiltInProtectionRule' },
  collection: false,
  licence: licences.defenderOfficeP1,
  parse: cmdletObject(builtInShape),
});
