import { adminPages } from '../../lib/engine/admin-pages';
import { defineControl } from '../../lib/engine/control';
import { dmarcRecords } from '../../lib/graph/sources/dmarc-records';
import { emailDomains } from '../../lib/graph/sources/email-domains';
import { mailDomainVerdict, type DomainFinding } from '../shared/mail-domains';

const DMARC = /^v=DMARC1\s*(;|$)/i;

/** A DMARC record's tags, names lowercased: `v=DMARC1; p=reject; pct=100` (RFC 7489 §6.3). */
function tagsOf(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return tags;
}

// CIS 2.1.10 accepts p=quarantine or p=reject, and so do we; CISA MS.EXO.4.2v1 wants p=reject, which the
// evidence notes. Several records mean no DMARC at all (RFC 7489 §6.6.3), and pct below 100 applies the
// policy to only part of the failing mail (§6.3), so both fail.
function judge(dmarc: readonly string[]): DomainFinding {
  if (dmarc.length === 0) return { outcome: 'bad', says: 'has no DMARC record' };
  if (dmarc.length > 1)
    return { outcome: 'bad', says: `has ${dmarc.length} DMARC records, so receivers apply none of them` };
  const tags = tagsOf(dmarc[0]!);
  const p = tags.get('p')?.toLowerCase();
  const pct = tags.get('pct');
  if (p === 'none') return { outcome: 'bad', says: "has 'p=none', which only monitors" };
  if (p !== 'quarantine' && p !== 'reject')
    return { outcome: 'bad', says: p === undefined ? "has no 'p=' policy" : `has an unknown policy 'p=${p}'` };
  if (pct !== undefined && pct !== '100')
    return { outcome: 'bad', says: `has 'p=${p}' but 'pct=${pct}', so only part of the failing mail is held to it` };
  return {
    outcome: 'ok',
    says: `enforces DMARC with 'p=${p}'`,
    ...(p === 'quarantine'
      ? { note: "Enforced with 'p=quarantine' (CIS 2.1.10); CISA MS.EXO.4.2v1 asks for 'p=reject'." }
      : {}),
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
    scuba: 'MS.EXO.4.1v1',
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
    'p=quarantine or p=reject, applied to all mail (CIS 2.1.10), read from public DNS. CISA MS.EXO.4.2v1 asks for ' +
    'p=reject; quarantine passes here and is noted. *.onmicrosoft.com domains are skipped: Microsoft manages their DNS.',
  remediation: [
    'List the domains: Exchange admin center › Mail flow › Accepted domains.',
    "Publish a TXT record at _dmarc.<domain>, starting with 'v=DMARC1; p=none; rua=mailto:<reports address>' to see who sends as you.",
    "Once legitimate senders pass SPF or DKIM, raise it to 'p=quarantine' and then 'p=reject' (without pct, or pct=100).",
  ],
  fixAt: adminPages.exchangeAcceptedDomains,
  sources: { domains: emailDomains, dmarc: dmarcRecords },
  evaluate: ({ domains, dmarc }, v) =>
    mailDomainVerdict(v, domains, dmarc, {
      source: 'dmarcRecords',
      nameOf: (d) => `_dmarc.${d}`,
      relevant: (r) => DMARC.test(r.trim()),
      judge,
      must: "enforce DMARC with 'p=quarantine' or 'p=reject'",
      met: "enforces DMARC with 'p=quarantine' or 'p=reject'",
      affectedNoun: 'mail domains without DMARC enforcement',
      skippedNote: 'Microsoft manages DNS for onmicrosoft.com domains; not checked.',
    }),
});
