/**
 * `Get-DlpCompliancePolicy` (Security & Compliance): every DLP policy with its mode and the locations
 * it covers. Locations arrive as names (`All`, or the sites, groups and accounts it is scoped to), the
 * way ScubaGear's Defender Rego reads them (`"All" in Policy.ExchangeLocation`).
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-dlpcompliancepolicy
 */
import { defineServiceSource } from '../define-service-source';
import { licences } from '../licences';
import { bool, str, strings } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface DlpPolicy {
  readonly Name: string;
  /** `Enable` enforces; `TestWithNotifications` / `TestWithoutNotifications` only simulate; `Disable`. */
  readonly Mode: string;
  readonly Enabled: boolean;
  readonly ExchangeLocation: readonly string[];
  readonly SharePointLocation: readonly string[];
  readonly OneDriveLocation: readonly string[];
  readonly TeamsLocation: readonly string[];
}

export const complianceDlpPolicies = defineServiceSource({
  id: 'complianceDlpPolicies',
  service: 'compliance',
  request: { kind: 'cmdlet', cmdlet: 'Get-DlpCompliancePolicy' },
  collection: true,
  licence: licences.dataLossPrevention,
  parse: cmdletObjects<DlpPolicy>({
    Name: str,
    Mode: str,
    Enabled: bool,
    ExchangeLocation: strings,
    SharePointLocation: strings,
    OneDriveLocation: strings,
    TeamsLocation: strings,
  }),
});
