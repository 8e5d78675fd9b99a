/**
 * The verdict every Defender for Office 365 policy control shares (issue 17): each policy in effect
 * must meet the rule, and together they must protect everyone. The reason says which policy covers
 * whom; the evidence names each policy in effect with the properties that decided it, and its rule.
 */
import type { VerdictKit } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';
import type { AppliedPolicy, Coverage, NamedPolicy } from './defender-coverage';

const RULE_FIELDS = [
  'State',
  'Priority',
  'SentTo',
  'SentToMemberOf',
  'RecipientDomainIs',
  'ExceptIfSentTo',
  'ExceptIfSentToMemberOf',
  'ExceptIfRecipientDomainIs',
];

export interface PolicyRule<P> {
  /** "Safe Links policy", "Anti-phishing policy". */
  readonly kind: string;
  /** Source id the policies came from (evidence). */
  readonly source: string;
  /** The properties the rule reads, shown in evidence. */
  readonly fields: readonly string[];
  /** What a policy gets wrong, one short phrase each ("AllowClickThrough is True"); none: it meets the rule. */
  readonly problems: (p: P) => readonly string[];
  /** What a policy meeting the rule does, for the pass sentence ("checks links in email, Teams and Office apps"). */
  readonly meets: string;
}

function evidenceOf<P extends NamedPolicy>(a: AppliedPolicy<P>, r: PolicyRule<P>): Evidence[] {
  const rule = a.rule
    ? [
        evidence(
          a.ruleSource ?? 'rules',
          a.rule,
          RULE_FIELDS.filter((f) => f in a.rule!),
          `Applies '${a.policy.Name}' to ${a.who}.`,
        ),
      ]
    : [];
  return [evidence(r.source, a.policy, r.fields, `Applies to ${a.who}.`, [...r.fields]), ...rule];
}

/** Every policy in effect meets the rule, and one covers everyone; otherwise fail naming who is short. */
export function judgePolicies<P extends NamedPolicy>(v: VerdictKit, c: Coverage<P>, r: PolicyRule<P>): Verdict {
  if (!c.ok) return v.malformed(c.source, c.path, c.problem);
  const ev = c.applied.flatMap((a) => evidenceOf(a, r));
  // Nothing applies to anyone: the evidence is the list of policies, none of them in effect.
  if (!ev.length) ev.push(evidence(r.source, { Name: r.kind, policies: c.listed }, ['policies']));
  const short = c.applied.flatMap((a) => {
    const problems = r.problems(a.policy);
    return problems.length ? [`${r.kind} '${a.policy.Name}' (applies to ${a.who}): ${problems.join(', ')}`] : [];
  });
  if (short.length) return v.fail(`${short.join('; ')}.`, ev);
  if (!c.coversEveryone) {
    const who = c.applied.map((a) => `'${a.policy.Name}' applies to ${a.who}`).join('; ');
    return v.fail(`No ${r.kind} protects everyone${who ? `: ${who}` : ': no enabled rule applies one'}.`, ev);
  }
  const last = c.applied[c.applied.length - 1]!;
  const before = c.applied.slice(0, -1).map((a) => `'${a.policy.Name}' (${a.who})`);
  const others = before.length ? ` else, after ${before.join(', ')}` : '';
  return v.pass(`Every ${r.kind} in effect ${r.meets}: '${last.policy.Name}' covers everyone${others}.`, ev);
}

/** Two judgements of one control (mail ZAP in spam and malware policies): both must pass. */
export function bothOf(v: VerdictKit, a: Verdict, b: Verdict): Verdict {
  if (a.status === 'unknown') return a;
  if (b.status === 'unknown') return b;
  const ev = [...a.evidence, ...b.evidence];
  if (a.status === 'pass' && b.status === 'pass') return v.pass(`${a.reason} ${b.reason}`, ev);
  return v.fail(
    [a, b]
      .filter((x) => x.status !== 'pass')
      .map((x) => x.reason)
      .join(' '),
    ev,
  );
}
