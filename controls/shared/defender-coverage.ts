/**
 * Whom each Defender for Office 365 / EOP policy protects (issue 17). A policy protects only the
 * recipients an enabled rule gives it, so coverage is decided from the rules, in Microsoft's order of
 * precedence: Strict preset, Standard preset, custom policies by rule priority, then the fallback — the
 * default policy (anti-spam, anti-malware, anti-phishing) or Built-In Protection (Safe Links, Safe
 * Attachments) for everyone the others leave out. The first policy covering everyone shadows all below
 * it, so those never apply and don't count. https://learn.microsoft.com/defender-office-365/preset-security-policies#order-of-precedence-for-preset-security-policies-and-other-policies
 */
import type { BuiltInProtectionRule } from '../../lib/graph/sources/services/preset-rules';
import type { ProtectionRule, RuleConditions } from '../../lib/graph/sources/services/protection-rules';

/** A policy in the shape every policy cmdlet shares. */
export interface NamedPolicy {
  readonly Identity: string;
  readonly Name: string;
}

/** One policy that applies to someone, whom, and what makes it apply. */
export interface AppliedPolicy<P extends NamedPolicy> {
  readonly policy: P;
  /** "everyone", "everyone except …", "only …". */
  readonly who: string;
  readonly everyone: boolean;
  /** The rule that applies it (a preset, custom or Built-In Protection rule), or none for a default policy. */
  readonly rule?: ProtectionRule | BuiltInProtectionRule;
  /** Source id of `rule`, for evidence. */
  readonly ruleSource?: string;
}

export type Coverage<P extends NamedPolicy> =
  | {
      readonly ok: true;
      readonly applied: readonly AppliedPolicy<P>[];
      readonly coversEveryone: boolean;
      /** Every policy the tenant lists, in effect or not (for evidence when none is). */
      readonly listed: readonly string[];
    }
  | { readonly ok: false; readonly source: string; readonly path: string; readonly problem: string };

const some = (xs: readonly string[] | null | undefined): xs is readonly string[] => (xs?.length ?? 0) > 0;
const list = (xs: readonly string[]): string => (xs.length > 3 ? `${xs.slice(0, 3).join(', ')} …` : xs.join(', '));

/** Whom a rule's conditions and exceptions cover, in words, and whether that is everyone. */
export function scopeOf(c: Partial<RuleConditions>): { everyone: boolean; who: string } {
  const only = [
    some(c.SentTo) ? `recipients ${list(c.SentTo)}` : '',
    some(c.SentToMemberOf) ? `members of ${list(c.SentToMemberOf)}` : '',
    some(c.RecipientDomainIs) ? `recipients in ${list(c.RecipientDomainIs)}` : '',
  ].filter(Boolean);
  const except = [
    ...(some(c.ExceptIfSentTo) ? c.ExceptIfSentTo : []),
    ...(some(c.ExceptIfSentToMemberOf) ? c.ExceptIfSentToMemberOf.map((g) => `members of ${g}`) : []),
    ...(some(c.ExceptIfRecipientDomainIs) ? c.ExceptIfRecipientDomainIs.map((d) => `recipients in ${d}`) : []),
  ];
  const base = only.length ? `only ${only.join(' and ')}` : 'everyone';
  return { everyone: !only.length && !except.length, who: except.length ? `${base} except ${list(except)}` : base };
}

export interface CoverageInput<P extends NamedPolicy> {
  readonly policies: readonly P[];
  /** The policy kind's own rules (Get-SafeLinksRule …), and their source id. */
  readonly rules: readonly ProtectionRule[];
  readonly rulesSource: string;
  /** Preset rules (Get-EOPProtectionPolicyRule or Get-ATPProtectionPolicyRule), and their source id. */
  readonly presetRules: readonly ProtectionRule[];
  readonly presetSource: string;
  /** The property naming this kind's policy on both kinds of rule: 'SafeLinksPolicy', 'AntiPhishPolicy' … */
  readonly field: string;
  /** The fallback for everyone else: the default policy, or the Built-In Protection policy with its rule. */
  readonly fallback: (p: P) => boolean;
  readonly builtIn?: { readonly rule: BuiltInProtectionRule; readonly source: string };
}

const presetRank = (r: ProtectionRule) => (/strict/i.test(r.Identity) ? 0 : 1);

/** The policies that apply to someone, in precedence order, up to the first that covers everyone. */
export function coverageOf<P extends NamedPolicy>(i: CoverageInput<P>): Coverage<P> {
  const listed = i.policies.map((p) => p.Name);
  const byName = new Map(i.policies.flatMap((p) => [[p.Name, p] as const, [p.Identity, p] as const]));
  const enabled = (rs: readonly ProtectionRule[]) => rs.filter((r) => r.State === 'Enabled');
  const ordered = [
    ...enabled(i.presetRules)
      .sort((a, b) => presetRank(a) - presetRank(b))
      .map((rule) => ({ rule, source: i.presetSource })),
    ...enabled(i.rules)
      .sort((a, b) => a.Priority - b.Priority)
      .map((rule) => ({ rule, source: i.rulesSource })),
  ];
  const applied: AppliedPolicy<P>[] = [];
  for (const { rule, source } of ordered) {
    const name = rule.policies[i.field];
    const policy = name === undefined ? undefined : byName.get(name);
    if (!policy)
      return {
        ok: false,
        source,
        path: `${rule.Identity}.${i.field}`,
        problem: `names no policy the tenant lists ('${name}')`,
      };
    const scope = scopeOf(rule);
    applied.push({ policy, ...scope, rule, ruleSource: source });
    if (scope.everyone) return { ok: true, applied, coversEveryone: true, listed };
  }
  const fallback = i.policies.find(i.fallback);
  if (fallback) {
    const scope = i.builtIn ? scopeOf(i.builtIn.rule) : { everyone: true, who: 'everyone' };
    applied.push({
      policy: fallback,
      ...scope,
      ...(i.builtIn ? { rule: i.builtIn.rule, ruleSource: i.builtIn.source } : {}),
    });
    return { ok: true, applied, coversEveryone: scope.everyone, listed };
  }
  return { ok: true, applied, coversEveryone: false, listed };
}
