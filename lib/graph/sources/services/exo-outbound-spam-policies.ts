/**
 * `Get-HostedOutboundSpamFilterPolicy` (Exchange Online Protection, read on the Exchange endpoint):
 * every outbound spam policy, the `Default` one included, with what it does to automatic forwarding.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-hostedoutboundspamfilterpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { bool, oneOf, str } from '../shape';
import { cmdletObjects } from './cmdlet-output';

/** The documented values: `Automatic` (system-controlled, blocked since 2020), `On`, `Off`. */
export const AUTO_FORWARDING_MODES = ['Automatic', 'On', 'Off'] as const;

export interface OutboundSpamPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly IsDefault: boolean;
  readonly AutoForwardingMode: (typeof AUTO_FORWARDING_MODES)[number];
}

export const exoOutboundSpamPolicies = defineServiceSource<OutboundSpamPolicy[]>({
  id: 'exoOutboundSpamPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-HostedOutboundSpamFilterPolicy' },
  collection: true,
  parse: cmdletObjects<OutboundSpamPolicy>({
    Identity: str,
    Name: str,
    IsDefault: bool,
    AutoForwardingMode: oneOf(AUTO_FORWARDING_MODES),
  }),
});
