import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import type { DnsRecords } from '../../lib/graph/sources/define-dns-source';
import { dkimKeyProblem } from '../../lib/graph/sources/dkim-key';
import { DKIM_SELECTORS, dkimKeyKey, dkimName, dkimRecords } from '../../lib/graph/sources/dkim-records';
import { emailDomains } from '../../lib/graph/sources/email-domains';
import { mailDomainVerdict, type DomainFinding } from '../shared/mail-domains';

/**
 * One domain's two selector answers as one set of records, each CNAME as "<name> → <target>", so the
 * evidence shows both names and what each points to. Undefined when an answer is missing.
 */
function selectorsOf(domain: string, records: Readonly<Record<string, DnsRecords>>): DnsRecords | undefined {
  const answers = DKIM_SELECTORS.map((s) => ({ name: dkimName(s, domain), found: records[dkimName(s, domain)] }));
  if (answers.some((a) => !a.found)) return undefined;
  return {
    rcode: answers.every((a) => a.found!.rcode === 'NOERROR') ? 'NOERROR' : 'NXDOMAIN',
    records: answers.flatMap((a) => a.found!.records.map((target) => `${a.name} → ${target}`)),
  };
}

// Exchange Online signs with selector1 or selector2 and rotates between them, so both CNAMEs must exist
// (Microsoft Learn, "Set up DKIM"). Whether signing is switched on is Get-DkimSigningConfig's Enabled,
// which Graph can't read: the CNAMEs are a heuristic for it, and the rationale says so.
function judgeCnames(cnames: readonly string[]): DomainFinding {
  const has = DKIM_SELECTORS.filter((s) => cnames.some((c) => c.startsWith(`${s}._domainkey.`)));
  if (has.length === DKIM_SELECTORS.length) return { outcome: 'ok', says: 'publishes both DKIM selector CNAMEs' };
  if (has.length === 0) return { outcome: 'bad', says: 'has no DKIM selector CNAME' };
  const missing = DKIM_SELECTORS.filter((s) => !has.includes(s));
  return { outcome: 'bad', says: `has a CNAME at ${has.join(', ')} but none at ${missing.join(', ')}` };
}

// Where both CNAMEs exist, the key records they lead to must be usable: an empty p= is a revoked key
// (RFC 6376 §3.6.1), and a missing or malformed key fails every signature with it (§6.1.2), so DKIM
// can't pass whatever Exchange signs with. Still a heuristic: signing itself stays unread.
function judgeKeys(domain: string, records: Readonly<Record<string, DnsRecords>>): DomainFinding | undefined {
  const problems: string[] = [];
  for (const s of DKIM_SELECTORS) {
    const key = records[dkimKeyKey(dkimName(s, domain))];
    if (!key) return { outcome: 'unsure', says: `has no DNS answer for the key at ${dkimName(s, domain)}` };
    const problem = dkimKeyProblem(key.records);
    if (problem === undefined) continue;
    problems.push(
      key.records.length === 0
        ? `${s}'s CNAME leads to no DKIM key record, so no signature with it can verify (RFC 6376 §6.1.2)`
        : `${s}'s key record ${problem}`,
    );
  }
  return problems.length === 0
    ? undefined
    : { outcome: 'bad', says: `publishes both DKIM selector CNAMEs, but ${problems.join(', and ')}` };
}

export default defineControl({
  id: 'email-dkim-enabled',
  title: 'Every mail domain publishes the DKIM selectors Exchange signs with',
  category: 'apps',
  service: 'email',
  maxScore: 2,
  refs: {
    cis: '2.1.9',
    scuba: 'MS.EXO.3.1v1',
    learn: 'https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure',
  },
  threats: ['Email spoofing of your domains', 'Phishing', 'Tampering with mail in transit'],
  userImpact: 'low',
  implementationCost: 'low',
  notApplicableWhen:
    'The tenant has no custom mail domain (verified, set up for Email, not onmicrosoft.com): Microsoft signs mail from its own domains.',
  rationale:
    'DKIM signs outgoing mail so receivers can tell it really came from your domain and was not changed, and ' +
    'DMARC relies on it when SPF breaks on forwarding. CIS 2.1.9 and CISA MS.EXO.3.1v1 ask for DKIM signing on ' +
    "every domain; the real state is Exchange's Get-DkimSigningConfig Enabled, which Graph can't read. So this " +
    'is a DNS heuristic: a domain passes when public DNS has CNAMEs at both selector1._domainkey and ' +
    'selector2._domainkey, the records Exchange Online signs with, each leading to a usable key record (a revoked, ' +
    'empty p= or a malformed key fails: RFC 6376 §3.6.1). Credit is shared by domain. A domain signed ' +
    'by another provider with TXT keys shows as missing. *.onmicrosoft.com domains are skipped: Microsoft signs them.',
  remediation: [
    'Microsoft Defender › Policies › Email authentication settings › DKIM: select each domain and copy the two CNAME records it shows.',
    "At each domain's DNS host, publish the CNAMEs selector1._domainkey and selector2._domainkey with those targets.",
    'Back on the DKIM page, turn on "Sign messages for this domain with DKIM signatures".',
  ],
  fixAt: adminPages.defenderDkim,
  setTo: {
    setting: 'CNAME records selector1._domainkey and selector2._domainkey at each mail domain',
    value: 'The targets the DKIM page shows for that domain',
  },
  onPages: [{ page: adminPages.defenderDkim, labels: ['Sign messages for this domain with DKIM signatures'] }],
  sources: { domains: emailDomains, dkim: dkimRecords },
  evaluate: ({ domains, dkim }, v) =>
    mailDomainVerdict(v, domains, dkim, {
      source: 'dkimRecords',
      nameOf: (d) => DKIM_SELECTORS.map((s) => dkimName(s, d)).join(', '),
      recordsOf: selectorsOf,
      relevant: () => true,
      judge: (cnames, domain) => {
        const found = judgeCnames(cnames);
        return found.outcome === 'ok' ? (judgeKeys(domain, dkim) ?? found) : found;
      },
      must: 'publish both DKIM selector CNAMEs (a DNS heuristic for DKIM signing)',
      met: 'publishes both DKIM selector CNAMEs (a DNS heuristic for DKIM signing)',
      affectedNoun: 'mail domains without DKIM selector CNAMEs',
      skippedNote: 'Microsoft signs mail for onmicrosoft.com domains with DKIM; not checked.',
      partialCredit: true,
    }),
});
