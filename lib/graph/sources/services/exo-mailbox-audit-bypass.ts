/**
 * `Get-MailboxAuditBypassAssociation -ResultSize Unlimited` (Exchange Online): one object per user or
 * computer account, saying whether its mailbox access is left out of mailbox audit logging.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxauditbypassassociation
 */
import { defineServiceSource } from '../define-service-source';
import { bool, str } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface AuditBypass {
  readonly Identity: string;
  readonly Name: string;
  readonly AuditBypassEnabled: boolean;
}

export const exoAuditBypass = defineServiceSource<AuditBypass[]>({
  id: 'exoMailboxAuditBypass',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-MailboxAuditBypassAssociation', parameters: { ResultSize: 'Unlimited' } },
  collection: true,
  parse: cmdletObjects<AuditBypass>({ Identity: str, Name: str, AuditBypassEnabled: bool }),
});
