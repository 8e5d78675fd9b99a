/**
 * `Get-ExternalInOutlook` (Exchange Online): whether Outlook shows the External tag on mail from
 * outside the organisation.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-externalinoutlook
 */
import { defineServiceSource } from '../define-service-source';
import { bool, str } from '../shape';
import { cmdletObject } from './cmdlet-output';

export interface ExternalInOutlook {
  readonly Identity: string;
  readonly Enabled: boolean;
}

export const exoExternalInOutlook = defineServiceSource<ExternalInOutlook>({
  id: 'exoExternalInOutlook',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-ExternalInOutlook' },
  collection: false,
  parse: cmdletObject<ExternalInOutlook>({ Identity: str, Enabled: bool }),
});
