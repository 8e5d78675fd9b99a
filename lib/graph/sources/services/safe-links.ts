/**
 * Safe Links (Defender for Office 365 Plan 1): Get-SafeLinksPolicy with the rules that apply each
 * custom policy (Get-SafeLinksRule). Preset and Built-In Protection policies are listed here too; their
 * rules come from preset-rules.ts. Without the plan the cmdlets don't exist, so the read is not licensed.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-safelinkspolicy
 */
import { licences } from '../licences';
import { defineServiceSource } from '../define-service-source';
import { bool, str, type Shape } from '../shape';
import { cmdletObjects } from './cmdlet-output';
import { protectionRules } from './protection-rules';

export interface SafeLinksPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly IsBuiltInProtection: boolean;
  readonly EnableSafeLinksForEmail: boolean;
  readonly EnableSafeLinksForTeams: boolean;
  readonly EnableSafeLinksForOffice: boolean;
  readonly ScanUrls: boolean;
  readonly EnableForInternalSenders: boolean;
  readonly DeliverMessageAfterScan: boolean;
  readonly TrackClicks: boolean;
  readonly AllowClickThrough: boolean;
}

const shape: Shape<SafeLinksPolicy> = {
  Identity: str,
  Name: str,
  IsBuiltInProtection: bool,
  EnableSafeLinksForEmail: bool,
  EnableSafeLinksForTeams: bool,
  EnableSafeLinksForOffice: bool,
  ScanUrls: bool,
  EnableForInternalSenders: bool,
  DeliverMessageAfterScan: bool,
  TrackClicks: bool,
  AllowClickThrough: bool,
};

export const safeLinksPolicies = defineServiceSource<SafeLinksPolicy[]>({
  id: 'safeLinksPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-SafeLinksPolicy' },
  collection: true,
  licence: licences.defenderOfficeP1,
  parse: cmdletObjects(shape),
});

export const safeLinksRules = protectionRules(
  'safeLinksRules',
  'Get-SafeLinksRule',
  ['SafeLinksPolicy'],
  licences.defenderOfficeP1,
);
