/**
 * `Get-LabelPolicy` (Security & Compliance): sensitivity-label publishing policies, each with the
 * labels it publishes and who it publishes them to (`ExchangeLocation`: `All`, or users and groups).
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-labelpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { licences } from '../licences';
import { bool, str, strings } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface LabelPolicy {
  readonly Name: string;
  readonly Enabled: boolean;
  /** The labels published, by name or GUID. */
  readonly Labels: readonly string[];
  readonly ExchangeLocation: readonly string[];
}

export const complianceLabelPolicies = defineServiceSource({
  id: 'complianceLabelPolicies',
  service: 'compliance',
  request: { kind: 'cmdlet', cmdlet: 'Get-LabelPolicy' },
  collection: true,
  licence: licences.sensitivityLabels,
  parse: cmdletObjects<LabelPolicy>({ Name: str, Enabled: bool, Labels: strings, ExchangeLocation: strings }),
});
