/**
 * `Get-TransportRule -ResultSize Unlimited` (Exchange Online): every mail flow rule, read once per scan
 * whatever number of controls read it, each control through its own narrow shape. Properties the rule
 * doesn't set come back as null, so they are required-but-nullable here (`present`).
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-transportrule
 */
import { defineServiceSource, type ServiceSourceDef } from '../define-service-source';
import { num, oneOf, present, str, strings, type Shape } from '../shape';
import { cmdletObjects } from './cmdlet-output';

const RULE_STATES = ['Enabled', 'Disabled'] as const;
const RULE_MODES = ['Audit', 'AuditAndNotify', 'Enforce'] as const;

function transportRules<T>(shape: Shape<T>): ServiceSourceDef<T[]> {
  return defineServiceSource<T[]>({
    id: 'exoTransportRules',
    service: 'exchange',
    request: { kind: 'cmdlet', cmdlet: 'Get-TransportRule', parameters: { ResultSize: 'Unlimited' } },
    collection: true,
    parse: cmdletObjects(shape),
  });
}

interface RuleBase {
  readonly Identity: string;
  readonly Name: string;
  readonly State: (typeof RULE_STATES)[number];
  readonly Mode: (typeof RULE_MODES)[number];
}
const base: Shape<RuleBase> = { Identity: str, Name: str, State: oneOf(RULE_STATES), Mode: oneOf(RULE_MODES) };

export interface SclRule extends RuleBase {
  readonly SenderDomainIs: readonly string[] | null;
  readonly SetSCL: number | null;
}

/** Rules that may set a spam confidence level for sender domains (CIS 6.2.2). */
export const exoSclRules = transportRules<SclRule>({ ...base, SenderDomainIs: present(strings), SetSCL: present(num) });

export interface WarningRule extends RuleBase {
  readonly FromScope: string | null;
  readonly PrependSubject: string | null;
}

/** Rules that may tag mail from outside the organisation (ScubaGear MS.EXO.7.1v1). */
export const exoWarningRules = transportRules<WarningRule>({
  ...base,
  FromScope: present(oneOf(['InOrganization', 'NotInOrganization'])),
  PrependSubject: present(str),
});

export interface ForwardingRule extends RuleBase {
  readonly RedirectMessageTo: readonly string[] | null;
  readonly BlindCopyTo: readonly string[] | null;
}

/** Rules that may redirect or blind-copy mail to other recipients (CIS 6.2.1). */
export const exoForwardingRules = transportRules<ForwardingRule>({
  ...base,
  RedirectMessageTo: present(strings),
  BlindCopyTo: present(strings),
});
