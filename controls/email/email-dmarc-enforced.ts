import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import type { DnsRecords } from '../../lib/graph/sources/define-dns-source';
import {
  dmarcPolicyOf,
  looksLikeDmarc,
  orgDomainCandidates,
  type DmarcPolicy,
} from '../../lib/graph/sources/dmarc-policy';
import { dmarcName, dmarcRecords, verifiedDomainIds } from '../../lib/graph/sources/dmarc-records';
import { emailDomains } from '../../lib/graph/sources/email-domains';
import { mailDomainVerdict, type DomainFinding } from '../shared/mail-domains';

type PolicyRecord = Extract<DmarcPolicy, { kind: 'policy' }>;
type Finding = Omit<DomainFinding, 'outcome'> & { readonly outcome: 'ok' | 'bad' };

const QUARANTINE_NOTE = "Enforced with 'quarantine' (CIS 2.1.10); CISA MS.EXO.4.2v1 asks for 'reject'.";

// CIS 2.1.10 accepts quarantine or reject, and so do we; CISA MS.EXO.4.2v1 wants reject, which the
// evidence notes. pct below 100 applies the policy to only part of the failing mail (§6.3), so fails.
/** What a policy record does with failing mail from its own domain, or from a subdomain (`sp=`, else `p=`). */
function enforcement(policy: PolicyRecord, forSubdomain: boolean): Finding {
  if (policy.asNone) return { outcome: 'bad', says: `has ${policy.asNone}` };
  const tag = forSubdomain && policy.sp !== undefined ? 'sp' : 'p';
  const disposition = tag === 'sp' ? policy.sp! : policy.p;
  if (disposition === 'none') return { outcome: 'bad', says: `has '${tag}=none', which only monitors` };
  if (policy.pct < 100)
    return {
      outcome: 'bad',
      says: `has '${tag}=${disposition}' but 'pct=${policy.pct}', so only part of the failing mail is held to it`,
    };
  return {
    outcome: 'ok',
    says: forSubdomain ? `enforces '${tag}=${disposition}'` : `enforces DMARC with 'p=${disposition}'`,
    ...(disposition === 'quarantine' ? { note: QUARANTINE_NOTE } : {}),
  };
}

/** What one `_dmarc.` name's records do for the mail of `forSubdomain ? a subdomain : the name's domain`. */
function atName(records: readonly string[], forSubdomain: boolean): Finding & { readonly found: boolean } {
  const policy = dmarcPolicyOf(records);
  switch (policy.kind) {
    case 'none':
      return { outcome: 'bad', says: 'has no DMARC record', found: false };
    case 'invalid':
      return { outcome: 'bad', says: `has no DMARC policy receivers can rely on: ${policy.why}`, found: true };
    case 'policy':
      return { ...enforcement(policy, forSubdomain), found: true };
  }
}

/**
 * A domain without a DMARC record of its own is held to its organizational domain's (RFC 7489 §6.6.3
 * step 3), whose `sp=` (else `p=`) applies. Which parent that is needs the public suffix list, which
 * Posture Lens doesn't carry: `orgDomainCandidates` narrows it with the tenant's verified domains, and
 * when the parents that may be it disagree, the domain is unsure rather than guessed.
 */
function viaOrgDomain(
  domain: string,
  verified: readonly string[],
  answers: Readonly<Record<string, DnsRecords>>,
): DomainFinding {
  const { parents, selfPossible, beyond } = orgDomainCandidates(domain, verified);
  if (parents.length === 0) return { outcome: 'bad', says: 'has no DMARC record' };
  const options: Array<Finding & { found: boolean }> = [];
  for (const parent of parents) {
    const answer = answers[dmarcName(parent)];
    if (!answer) return { outcome: 'unsure', says: `has no DMARC record, and ${dmarcName(parent)} wasn't looked up` };
    const at = atName(answer.records.filter(looksLikeDmarc), true);
    options.push({ ...at, says: `${dmarcName(parent)} ${at.says}` });
  }
  const listed = options.map((o) => o.says).join('; ');
  const own = 'has no DMARC record of its own';
  if (beyond !== undefined)
    return {
      outcome: 'unsure',
      says: `${own}, and its organizational domain may be ${beyond} or a name below it, more parents than Posture Lens looks up`,
    };
  // One parent and it can't be the domain itself: that parent is the organizational domain.
  if (!selfPossible && options.length === 1)
    return { ...options[0]!, says: `${own}; its organizational domain's applies: ${listed}` };
  if (options.every((o) => o.outcome === 'bad')) {
    if (options.every((o) => !o.found))
      return {
        outcome: 'bad',
        says: 'has no DMARC record',
        note: `${domain} has no DMARC record, nor has ${parents.map(dmarcName).join(' or ')}, where its organizational domain's would be.`,
      };
    return {
      outcome: 'bad',
      says: `${own}, and no parent that could be its organizational domain enforces one: ${listed}`,
    };
  }
  if (!selfPossible && options.every((o) => o.outcome === 'ok'))
    return {
      outcome: 'ok',
      says: `${own}; its organizational domain's applies: ${listed}`,
      ...(options.some((o) => o.note)
        ? { note: `${domain} ${own}; its organizational domain's applies: ${listed}. ${QUARANTINE_NOTE}` }
        : {}),
    };
  return {
    outcome: 'unsure',
    says:
      `${own}, and whether a parent's applies depends on which name is its organizational domain, which needs ` +
      `the public suffix list Posture Lens doesn't carry (RFC 7489 §3.2): ${listed}${selfPossible ? `; or ${domain} itself, with no policy` : ''}`,
  };
}

export default defineControl({
  id: 'email-dmarc-enforced',
  title: 'Every mail domain enforces DMARC (quarantine or reject)',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    cis: '2.1.10',
    learn: 'https://learn.microsoft.com/defender-office-365/email-authentication-dmarc-configure',
  },
  threats: ['Exact-domain spoofing', 'Phishing', 'Business email compromise'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  notApplicableWhen:
    'The tenant has no custom mail domain (verified, set up for Email, not onmicrosoft.com): Microsoft publishes the records of its own domains.',
  rationale:
    'DMARC ties SPF and DKIM to the From address people see and tells receivers what to do with mail that fails: ' +
    'with p=quarantine or p=reject, mail forged in your name is held or refused; p=none only reports it. Passes ' +
    'when every verified domain set up for Email publishes one v=DMARC1 TXT record at _dmarc.<domain> with ' +
    'p=quarantine or p=reject, applied to all mail (CIS 2.1.10), read from public DNS as receivers read it (RFC 7489): ' +
    'several records, a duplicated tag or an invalid p=, sp= or pct= fail; a domain without a record is held to its ' +
    "organizational domain's sp=, unknown when that can't be told. CISA MS.EXO.4.2v1 asks for " +
    'p=reject; quarantine passes here and is noted. *.onmicrosoft.com domains are skipped: Microsoft manages their DNS.',
  remediation: [
    'List the domains: Exchange admin center › Mail flow › Accepted domains.',
    "Publish a TXT record at _dmarc.<domain>, starting with 'v=DMARC1; p=none; rua=mailto:<reports address>' to see who sends as you.",
    "Once legitimate senders pass SPF or DKIM, raise it to 'p=quarantine' and then 'p=reject' (without pct, or pct=100).",
  ],
  fixAt: adminPages.exchangeAcceptedDomains,
  setTo: {
    setting: 'TXT record at _dmarc.<domain>',
    value: 'v=DMARC1; p=reject or p=quarantine, with no pct below 100',
  },
  sources: { domains: emailDomains, dmarc: dmarcRecords },
  evaluate: ({ domains, dmarc }, v) => {
    const verified = verifiedDomainIds(domains);
    return mailDomainVerdict(v, domains, dmarc, {
      source: 'dmarcRecords',
      nameOf: dmarcName,
      relevant: looksLikeDmarc,
      judge: (records, domain) => {
        const own = atName(records, false);
        return own.found ? own : viaOrgDomain(domain, verified, dmarc);
      },
      must: "enforce DMARC with 'p=quarantine' or 'p=reject'",
      met: "enforces DMARC with 'p=quarantine' or 'p=reject'",
      affectedNoun: 'mail domains without DMARC enforcement',
      skippedNote: 'Microsoft manages DNS for onmicrosoft.com domains; not checked.',
    });
  },
});
