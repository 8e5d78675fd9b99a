/**
 * The rules that decide whom a Defender for Office 365 / EOP policy protects (issue 17). A policy
 * protects only the recipients its enabled rule covers — or everyone, when it is the default policy or
 * the Built-In Protection policy — so every policy-kind source comes with its rules. Each rule cmdlet
 * names its policy in a different property (SafeLinksPolicy, AntiPhishPolicy …); the parse turns each
 * into one `ProtectionRule`, so coverage is decided once (controls/shared/defender-coverage.ts).
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-safelinksrule (and siblings)
 */
import type { AllowedCmdlet } from '../cmdlet-allow-list';
import { defineServiceSource, type ServiceSourceDef } from '../define-service-source';
import type { LicenceRequirement } from '../source-def';
import { num, oneOf, present, str, strings, type Check, type Shape } from '../shape';
import { cmdletObjects } from './cmdlet-output';

/** Recipient conditions and exceptions, as every `*Rule` cmdlet returns them (null when unset). */
export interface RuleConditions {
  readonly SentTo: readonly string[] | null;
  readonly SentToMemberOf: readonly string[] | null;
  readonly RecipientDomainIs: readonly string[] | null;
  readonly ExceptIfSentTo: readonly string[] | null;
  readonly ExceptIfSentToMemberOf: readonly string[] | null;
  readonly ExceptIfRecipientDomainIs: readonly string[] | null;
}

export const ruleConditionsShape: Shape<RuleConditions> = {
  SentTo: present(strings),
  SentToMemberOf: present(strings),
  RecipientDomainIs: present(strings),
  ExceptIfSentTo: present(strings),
  ExceptIfSentToMemberOf: present(strings),
  ExceptIfRecipientDomainIs: present(strings),
};

/** One rule, whatever cmdlet it came from: whom it covers, whether it is on, and the policies it applies. */
export interface ProtectionRule extends RuleConditions {
  readonly Identity: string;
  readonly State: 'Enabled' | 'Disabled';
  /** 0 is applied first. */
  readonly Priority: number;
  /** The policies it applies, by the cmdlet's property: `{ SafeLinksPolicy: 'Sales links' }`. */
  readonly policies: Readonly<Record<string, string>>;
}

type Raw = Omit<ProtectionRule, 'policies'> & Record<string, unknown>;

const ruleShape = (policyFields: readonly string[]): Shape<Raw> =>
  ({
    Identity: str,
    State: oneOf(['Enabled', 'Disabled']),
    Priority: num,
    ...Object.fromEntries(policyFields.map((f) => [f, str])),
    ...ruleConditionsShape,
  }) as Record<string, Check> as Shape<Raw>;

/** A `Get-*Rule` cmdlet's rules, each naming its policies in `policyFields`. */
export function protectionRules(
  id: string,
  cmdlet: AllowedCmdlet,
  policyFields: readonly string[],
  licence?: LicenceRequirement,
): ServiceSourceDef<ProtectionRule[]> {
  const parse = cmdletObjects<Raw>(ruleShape(policyFields));
  return defineServiceSource<ProtectionRule[]>({
    id,
    service: 'exchange',
    request: { kind: 'cmdlet', cmdlet },
    collection: true,
    ...(licence ? { licence } : {}),
    parse: (body) => {
      const parsed = parse(body);
      if (!parsed.ok) return parsed;
      const policiesOf = (r: Raw) => Object.fromEntries(policyFields.map((f) => [f, r[f] as string]));
      return { ok: true, value: parsed.value.map((r) => ({ ...r, policies: policiesOf(r) })) };
    },
  });
}
