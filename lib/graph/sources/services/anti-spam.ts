/**
 * Inbound anti-spam: the spam filter policies (Get-HostedContentFilterPolicy) with the rules that apply
 * the custom ones (Get-HostedContentFilterRule), and the connection filter (Get-HostedConnectionFilterPolicy,
 * one Default policy). Exchange Online Protection, in every plan. Outbound spam policies are read by the
 * Exchange controls (external forwarding).
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-hostedcontentfilterpolicy
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-hostedconnectionfilterpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { bool, present, str, strings, type Shape } from '../shape';
import { cmdletObjects } from './cmdlet-output';
import { protectionRules } from './protection-rules';

export interface SpamFilterPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly IsDefault: boolean;
  readonly AllowedSenderDomains: readonly string[] | null;
  readonly SpamZapEnabled: boolean;
  readonly PhishZapEnabled: boolean;
}

const spamShape: Shape<SpamFilterPolicy> = {
  Identity: str,
  Name: str,
  IsDefault: bool,
  AllowedSenderDomains: present(strings),
  SpamZapEnabled: bool,
  PhishZapEnabled: bool,
};

export const spamFilterPolicies = defineServiceSource<SpamFilterPolicy[]>({
  id: 'hostedContentFilterPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-HostedContentFilterPolicy' },
  collection: true,
  parse: cmdletObjects(spamShape),
});

export const spamFilterRules = protectionRules('hostedContentFilterRules', 'Get-HostedContentFilterRule', [
  'HostedContentFilterPolicy',
]);

export interface ConnectionFilterPolicy {
  readonly Identity: string;
  readonly Name: string;
  readonly IPAllowList: readonly string[] | null;
  readonly EnableSafeList: boolean;
}

/** The connection filter: Microsoft creates one policy, Default, and it applies to all inbound mail. */
export const connectionFilterPolicies = defineServiceSource<ConnectionFilterPolicy[]>({
  id: 'hostedConnectionFilterPolicies',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-HostedConnectionFilterPolicy' },
  collection: true,
  parse: cmdletObjects<ConnectionFilterPolicy>({
    Identity: str,
    Name: str,
    IPAllowList: present(strings),
    EnableSafeList: bool,
  }),
});
