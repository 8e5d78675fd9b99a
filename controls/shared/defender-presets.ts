/**
 * The preset-rule verdict (issue 17), as ScubaGear's DefenderConfig.rego reads Get-EOPProtectionPolicyRule
 * and Get-ATPProtectionPolicyRule: a preset is on when its rule (Identity "Standard Preset Security
 * Policy" / "Strict …") has State Enabled, and covers everyone when it has no SentTo, SentToMemberOf or
 * RecipientDomainIs (we also count exceptions as leaving people out).
 */
import type { VerdictKit } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import type { Verdict } from '../../lib/engine/verdict/verdict';
import type { ProtectionRule } from '../../lib/graph/sources/services/protection-rules';
import { scopeOf } from './defender-coverage';

const PRESETS = ['Standard Preset Security Policy', 'Strict Preset Security Policy'] as const;
const FIELDS = [
  'State',
  'SentTo',
  'SentToMemberOf',
  'RecipientDomainIs',
  'ExceptIfSentTo',
  'ExceptIfSentToMemberOf',
  'ExceptIfRecipientDomainIs',
];

/** One preset covers everyone; with `bothOn`, both presets must also be on (MS.DEFENDER.1.1v1). */
export function judgePresets(
  v: VerdictKit,
  rules: readonly ProtectionRule[],
  source: { readonly id: string; readonly cmdlet: string },
  bothOn: boolean,
): Verdict {
  const found = PRESETS.map((name) => ({ name, rule: rules.find((r) => r.Identity === name) }));
  const ev = found.flatMap(({ rule }) =>
    rule ? [evidence(source.id, rule, FIELDS, `Applies to ${scopeOf(rule).who}.`)] : [],
  );
  // No preset rule at all: the evidence is the empty answer itself.
  if (!ev.length) ev.push(evidence(source.id, { Name: source.cmdlet, rules: rules.length }, ['rules']));
  const on = (r: ProtectionRule | undefined): r is ProtectionRule => r?.State === 'Enabled';
  const off = found
    .filter(({ rule }) => bothOn && !on(rule))
    .map(({ name, rule }) => `${name} is ${rule ? 'off' : 'never turned on'}`);
  const everyone = found.find(({ rule }) => on(rule) && scopeOf(rule).everyone);
  const scopes = found
    .filter(({ rule }) => on(rule))
    .map(({ name, rule }) => `${name} applies to ${scopeOf(rule!).who}`);
  const who = everyone
    ? `${everyone.name} applies to everyone`
    : `neither applies to everyone${scopes.length ? ` (${scopes.join('; ')})` : ''}`;
  if (off.length || !everyone) return v.fail(`${[...off, who].join('; ')}.`, ev);
  return v.pass(`${bothOn ? 'Both preset policies are on and ' : ''}${who}.`, ev);
}
