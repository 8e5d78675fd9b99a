/**
 * Safe Attachments (Defender for Office 365 Plan 1): Get-SafeAttachmentPolicy with the rules that apply
 * each custom policy (Get-SafeAttachmentRule), and the tenant-wide switch for SharePoint, OneDrive and
 * Teams (Get-AtpPolicyForO365). Without the plan the cmdlets don't exist, so the read is not licensed.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-safeattachmentpolicy
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-atppolicyforo365
 */
import { licences } from '../licences';
import { defineServiceSource } from '../define-service-source';
import { bool, str, type Shape } from '../shape';
import { cmdletObject, cmdletObjects } from './cmdlet-output';
import { protectionRules } from './protection-rules';

export interface SafeAttachmentPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly IsBuiltInProtection: boolean;
  /** Safe Attachments on for the recipients the policy covers. */
  readonly Enable: boolean;
  /** 'Block', 'DynamicDelivery', 'Allow' (monitor only) … */
  readonly Action: string;
}

const policyShape: Shape<SafeAttachmentPolicy> = {
  Identity: str,
  Name: str,
  IsBuiltInProtection: bool,
  Enable: bool,
  Action: str,
};

export const safeAttachmentPolicies = defineServiceSource<SafeAttachmentPolicy[]>({
  id: 'safeAttachmentPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-SafeAttachmentPolicy' },
  collection: true,
  licence: licences.defenderOfficeP1,
  parse: cmdletObjects(policyShape),
});

export const safeAttachmentRules = protectionRules(
  'safeAttachmentRules',
  'Get-SafeAttachmentRule',
  ['SafeAttachmentPolicy'],
  licences.defenderOfficeP1,
);

export interface AtpForCollaboration {
  readonly Identity: string;
  readonly EnableATPForSPOTeamsODB: boolean;
}

/** Safe Attachments for SharePoint, OneDrive and Microsoft Teams: one tenant-wide object. */
export const atpPolicyForO365 = defineServiceSource<AtpForCollaboration>({
  id: 'atpPolicyForO365',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-AtpPolicyForO365' },
  collection: false,
  licence: licences.defenderOfficeP1,
  parse: cmdletObject<AtpForCollaboration>({ Identity: str, EnableATPForSPOTeamsODB: bool }),
});
