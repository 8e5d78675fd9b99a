/**
 * `Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited` (Exchange Online): every
 * shared mailbox, with the Entra user behind it (`ExternalDirectoryObjectId`). Whether that user can
 * sign in is Graph's `accountEnabled`.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-exomailbox
 */
import { defineServiceSource } from '../define-service-source';
import { oneOf, str } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface SharedMailbox {
  readonly Identity: string;
  readonly UserPrincipalName: string;
  readonly ExternalDirectoryObjectId: string;
  readonly RecipientTypeDetails: 'SharedMailbox';
}

export const exoSharedMailboxes = defineServiceSource<SharedMailbox[]>({
  id: 'exoSharedMailboxes',
  service: 'exchange',
  request: {
    kind: 'cmdlet',
    cmdlet: 'Get-EXOMailbox',
    parameters: { RecipientTypeDetails: 'SharedMailbox', ResultSize: 'Unlimited' },
  },
  collection: true,
  parse: cmdletObjects<SharedMailbox>({
    Identity: str,
    UserPrincipalName: str,
    ExternalDirectoryObjectId: str,
    RecipientTypeDetails: oneOf(['SharedMailbox']),
  }),
});
