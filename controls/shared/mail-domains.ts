import type { VerdictKit } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';
import type { DnsRecords } from '../../lib/graph/sources/define-dns-source';
import {
  customMailDomains,
  isMicrosoftManagedDomain,
  type EmailDomainRow,
} from '../../lib/graph/sources/email-domains';

/** What one domain's DNS says about one rule: `unsure` when Posture Lens can't tell from the records. */
export interface DomainFinding {
  readonly outcome: 'ok' | 'bad' | 'unsure';
  /** Completes "<domain> …", e.g. "ends in '~all' (soft fail)". */
  readonly says: string;
  /** Shown beside the records in the evidence. */
  readonly note?: string;
}

export interface MailDomainRule {
  /** The DNS source's id, for evidence. */
  readonly source: string;
  /** The name looked up for a domain, e.g. `_dmarc.contoso.com`. */
  readonly nameOf: (domain: string) => string;
  /** Which records the rule reads (e.g. those starting `v=spf1`), shown as evidence. */
  readonly relevant: (record: string) => boolean;
  /** `domain` for rules that read more than the domain's own records (DMARC's organizational domain). */
  readonly judge: (relevant: readonly string[], domain: string) => DomainFinding;
  /** Completes "All 3 custom mail domains …" and "1 of 3 … doesn't …": "publish one SPF record ending in -all". */
  readonly must: string;
  /** Completes "<domain> …" when it is the only one: "publishes one SPF record ending in -all". */
  readonly met: string;
  /** "mail domains without SPF hard fail", for the affected count. */
  readonly affectedNoun: string;
  /** For the Microsoft-managed domains that are not checked. */
  readonly skippedNote: string;
  /**
   * A domain's records, when one domain takes more than one lookup (DKIM's two selectors); by default
   * the answer keyed by the domain id. Undefined when an answer is missing.
   */
  readonly recordsOf?: (domain: string, records: Readonly<Record<string, DnsRecords>>) => DnsRecords | undefined;
  /** Credit by the share of domains that meet the rule, instead of failing when any doesn't. */
  readonly partialCredit?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const listed = (items: readonly string[], n = 3): string =>
  items.slice(0, n).join('; ') + (items.length > n ? `; and ${items.length - n} more` : '');

/**
 * One rule judged on every custom mail domain (verified, set up for Email, not onmicrosoft.com):
 * fails when any domain breaks it, is unknown when none does but some can't be told, passes otherwise.
 */
export function mailDomainVerdict(
  v: VerdictKit,
  domains: readonly EmailDomainRow[],
  records: Readonly<Record<string, DnsRecords>>,
  rule: MailDomainRule,
): Verdict {
  const checked = customMailDomains(domains);
  const skipped = domains
    .filter((d) => d.isVerified && d.supportedServices.includes('Email') && isMicrosoftManagedDomain(d.id))
    .map((d) => evidence('emailDomains', d, ['isVerified', 'supportedServices'], rule.skippedNote));
  if (checked.length === 0 && skipped.length === 0)
    return v.malformed('emailDomains', 'value', 'no verified domain is set up for Email');

  const judged: Array<{ domain: string; finding: DomainFinding }> = [];
  const ev: Evidence[] = [];
  for (const d of checked) {
    const found = rule.recordsOf ? rule.recordsOf(d.id, records) : records[d.id];
    if (!found) return v.malformed(rule.source, d.id, 'no DNS answer for this domain');
    const relevant = found.records.filter(rule.relevant);
    const finding = rule.judge(relevant, d.id);
    judged.push({ domain: d.id, finding });
    ev.push({
      source: rule.source,
      id: d.id,
      fields: { name: rule.nameOf(d.id), rcode: found.rcode, records: relevant },
      note: finding.note ?? `${d.id} ${finding.says}.`,
    });
  }
  ev.push(...skipped);

  const bad = judged.filter((j) => j.finding.outcome === 'bad');
  const unsure = judged.filter((j) => j.finding.outcome === 'unsure');
  if (bad.length > 0) {
    const reason = `${bad.length} of ${plural(checked.length, 'custom mail domain')} ${bad.length === 1 ? "doesn't" : "don't"} ${rule.must}: ${listed(bad.map((b) => `${b.domain} ${b.finding.says}`))}.`;
    const affected = { noun: rule.affectedNoun, count: bad.length, sample: sample(bad.map((b) => b.domain)) };
    const ok = judged.filter((j) => j.finding.outcome === 'ok').length;
    // Partial credit only when nothing is unsure: an unreadable domain must not earn or cost points.
    return rule.partialCredit && unsure.length === 0
      ? v.partial(ok / checked.length, reason, ev, affected)
      : v.fail(reason, ev, affected);
  }
  if (unsure.length > 0) {
    const why = `Couldn't decide: ${listed(unsure.map((u) => `${u.domain} ${u.finding.says}`))}.`;
    return v.unknown({ kind: 'notEvaluated', why }, ev);
  }
  // Vacuous: with only Microsoft-managed domains there is no record of ours to judge, so no points.
  if (checked.length === 0) {
    return v.notApplicable(
      `The tenant has no custom mail domain to check: Microsoft runs DNS for ${skipped.map((s) => s.id).join(', ')}.`,
      ev,
    );
  }
  const only = checked.length === 1 ? checked[0] : undefined;
  return v.pass(only ? `${only.id} ${rule.met}.` : `All ${checked.length} custom mail domains ${rule.must}.`, ev);
}
