/**
 * `Get-SharingPolicy` (Exchange Online): every sharing policy, each `Domains` entry written
 * `domain:Action[,Action]`, e.g. `*:CalendarSharingFreeBusySimple` (every domain) or
 * `Anonymous:CalendarSharingFreeBusyReviewer`.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-sharingpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { bool, str, strings } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface SharingPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly Enabled: boolean;
  readonly Default: boolean;
  readonly Domains: readonly string[];
}

export const exoSharingPolicies = defineServiceSource<SharingPolicy[]>({
  id: 'exoSharingPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-SharingPolicy' },
  collection: true,
  parse: cmdletObjects<SharingPolicy>({ Identity: str, Name: str, Enabled: bool, Default: bool, Domains: strings }),
});

/**
 * The entries of enabled policies that share `action` (e.g. `CalendarSharing`, `ContactsSharing`)
 * with every domain (`*`) or anonymously: one `{ policy, entry }` per entry. A disabled policy applies
 * to no one.
 */
export function sharedWithAll(
  policies: readonly SharingPolicy[],
  action: string,
): Array<{ readonly policy: SharingPolicy; readonly entry: string }> {
  return policies.flatMap((policy) =>
    policy.Enabled
      ? policy.Domains.filter((d) => {
          const [domain = '', actions = ''] = d.split(':');
          return (domain.trim() === '*' || domain.trim() === 'Anonymous') && actions.includes(action);
        }).map((entry) => ({ policy, entry }))
      : [],
  );
}
