/**
 * Microsoft Teams protection (Get-TeamsProtectionPolicy): zero-hour auto purge for Teams chats, one
 * tenant-wide policy. The cmdlet exists only with Defender for Office 365 Plan 2, so without it the read
 * is not licensed.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-teamsprotectionpolicy
 */
import { licences } from '../licences';
import { defineServiceSource } from '../define-service-source';
import { bool, str } from '../shape';
import { cmdletObject } from './cmdlet-output';

export interface TeamsProtectionPolicy {
  readonly Identity: string;
  readonly ZapEnabled: boolean;
}

export const teamsProtectionPolicy = defineServiceSource<TeamsProtectionPolicy>({
  id: 'teamsProtectionPolicy',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-TeamsProtectionPolicy' },
  collection: false,
  licence: licences.defenderOfficeP2,
  parse: cmdletObject<TeamsProtectionPolicy>({ Identity: str, ZapEnabled: bool }),
});
