/**
 * `Get-AcceptedDomain` (Exchange Online): the domains the tenant receives mail for, so an address can be
 * told inside (an accepted domain or below one) from outside.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-accepteddomain
 */
import { defineServiceSource } from '../define-service-source';
import { str } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface AcceptedDomain {
  readonly Identity: string;
  readonly DomainName: string;
}

export const exoAcceptedDomains = defineServiceSource<AcceptedDomain[]>({
  id: 'exoAcceptedDomains',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-AcceptedDomain' },
  collection: true,
  parse: cmdletObjects<AcceptedDomain>({ Identity: str, DomainName: str }),
});

/**
 * Where a recipient a rule names goes: `inside` (an accepted domain or a subdomain of one), `outside`,
 * or `unsure` when it isn't an address (a recipient's name or alias, which may be a mail contact outside).
 */
export function recipientSide(recipient: string, accepted: readonly AcceptedDomain[]): 'inside' | 'outside' | 'unsure' {
  const at = recipient.lastIndexOf('@');
  if (at < 0) return 'unsure';
  const domain = recipient
    .slice(at + 1)
    .trim()
    .toLowerCase();
  const ours = accepted.map((d) => d.DomainName.toLowerCase());
  return ours.some((d) => domain === d || domain.endsWith(`.${d}`)) ? 'inside' : 'outside';
}
