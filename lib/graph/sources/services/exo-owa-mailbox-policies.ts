/**
 * `Get-OwaMailboxPolicy` (Exchange Online): Outlook on the web policies, `OwaMailboxPolicy-Default`
 * included, here whether users may add other storage providers.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-owamailboxpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { bool, str } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface OwaStoragePolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly AdditionalStorageProvidersAvailable: boolean;
}

export const exoOwaStoragePolicies = defineServiceSource<OwaStoragePolicy[]>({
  id: 'exoOwaMailboxPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-OwaMailboxPolicy' },
  collection: true,
  parse: cmdletObjects<OwaStoragePolicy>({ Identity: str, Name: str, AdditionalStorageProvidersAvailable: bool }),
});
