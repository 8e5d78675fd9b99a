/**
 * `Get-TransportConfig` (Exchange Online): the organisation's transport settings, here whether SMTP
 * client submission (SMTP AUTH) is off by default.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-transportconfig
 */
import { defineServiceSource } from '../define-service-source';
import { bool } from '../shape';
import { cmdletObject } from './cmdlet-output';

export interface SmtpClientAuth {
  readonly SmtpClientAuthenticationDisabled: boolean;
}

export const exoSmtpClientAuth = defineServiceSource<SmtpClientAuth>({
  id: 'exoTransportConfig',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-TransportConfig' },
  collection: false,
  parse: cmdletObject<SmtpClientAuth>({ SmtpClientAuthenticationDisabled: bool }),
});
