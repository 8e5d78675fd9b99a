/**
 * `Get-AdminAuditLogConfig` (read on the Exchange Online endpoint, as CIPP and ScubaGear do): whether
 * the unified audit log records user and admin activity.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-adminauditlogconfig
 */
import { defineServiceSource } from '../define-service-source';
import { bool } from '../shape';
import { cmdletObject } from './cmdlet-output';

export interface UnifiedAuditLog {
  readonly UnifiedAuditLogIngestionEnabled: boolean;
}

export const exoUnifiedAuditLog = defineServiceSource<UnifiedAuditLog>({
  id: 'exoAdminAuditLogConfig',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-AdminAuditLogConfig' },
  collection: false,
  parse: cmdletObject<UnifiedAuditLog>({ UnifiedAuditLogIngestionEnabled: bool }),
});
