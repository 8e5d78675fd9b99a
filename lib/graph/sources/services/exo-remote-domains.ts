/**
 * `Get-RemoteDomain` (Exchange Online), every remote domain: `Default` (DomainName `*`) and any named
 * one, each saying whether automatic forwarding to that domain is allowed.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-remotedomain
 */
import { defineServiceSource } from '../define-service-source';
import { bool, str } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface RemoteDomain {
  readonly Identity: string;
  readonly Name: string;
  readonly DomainName: string;
  readonly AutoForwardEnabled: boolean;
}

export const exoRemoteDomains = defineServiceSource<RemoteDomain[]>({
  id: 'exoRemoteDomains',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-RemoteDomain' },
  collection: true,
  parse: cmdletObjects<RemoteDomain>({ Identity: str, Name: str, DomainName: str, AutoForwardEnabled: bool }),
});
