import { adminPages } from '../../lib/engine/admin-pages';
import { defineControl } from '../../lib/engine/control';
import { emailDomains } from '../../lib/graph/sources/email-domains';
import { spfRecords } from '../../lib/graph/sources/spf-records';
import { mailDomainVerdict, type DomainFinding } from '../shared/mail-domains';

const SPF = /^v=spf1(\s|$)/i;
const ALL = /^([+\-~?]?)all$/i;
const QUALIFIERS: Readonly<Record<string, string>> = {
  '+': 'pass for anyone',
  '': 'pass for anyone',
  '?': 'neutral',
  '~': 'soft fail',
};

// RFC 7208: more than one v=spf1 record is a permerror (§4.5); evaluation stops at the first `all`
// (§5.1), and without one the result is neutral unless a redirect= names another record (§6.1).
// CISA MS.EXO.2.2v3 asks for hard fail (-all), as ScubaGear does, following redirect=; we don't
// follow it, so a redirect without `all` is unknown rather than guessed.
function judge(spf: readonly string[]): DomainFinding {
  if (spf.length === 0) return { outcome: 'bad', says: 'has no SPF record' };
  if (spf.length > 1)
    return { outcome: 'bad', says: `has ${spf.length} SPF records, which receivers treat as an error` };
  const record = spf[0]!.trim();
  const terms = record.split(/\s+/).slice(1);
  const all = terms.map((t) => ALL.exec(t)).find((m) => m !== null);
  if (all) {
    const q = all[1] ?? '';
    return q === '-'
      ? { outcome: 'ok', says: "publishes one SPF record ending in '-all'" }
      : { outcome: 'bad', says: `ends in '${all[0]}' (${QUALIFIERS[q]}) instead of '-all'` };
  }
  const redirect = terms.find((t) => /^redirect=/i.test(t));
  if (redirect)
    return { outcome: 'unsure', says: `sends SPF to another record (${redirect}), which Posture Lens doesn't follow` };
  return { outcome: 'bad', says: "has an SPF record with no 'all', so mail from anywhere else is neutral" };
}

export default defineControl({
  id: 'email-spf-hardfail-configured',
  title: 'Every mail domain publishes an SPF record that hard-fails',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    secureScore: 'exo_SPF_records_for_all_domains',
    cis: '2.1.8',
    scuba: 'MS.EXO.2.2v3',
    learn: 'https://learn.microsoft.com/defender-office-365/email-authentication-spf-configure',
  },
  threats: ['Email spoofing of your domains', 'Phishing', 'Business email compromise'],
  userImpact: 'low',
  implementationCost: 'low',
  notApplicableWhen:
    'The tenant has no custom mail domain (verified, set up for Email, not onmicrosoft.com): Microsoft publishes the records of its own domains.',
  rationale:
    'SPF tells receiving servers which hosts may send mail for a domain; ending the record in -all (hard fail) ' +
    'tells them to reject the rest, where ~all and ?all only mark it. Passes when every verified domain set up ' +
    'for Email publishes exactly one v=spf1 TXT record whose all mechanism is -all (CISA MS.EXO.2.2v3, CIS 2.1.8), ' +
    'read from public DNS. *.onmicrosoft.com domains are skipped: Microsoft publishes and manages their SPF records.',
  remediation: [
    'List the domains: Exchange admin center › Mail flow › Accepted domains.',
    "At each domain's DNS host, publish one TXT record such as 'v=spf1 include:spf.protection.outlook.com -all', adding every other service that sends as the domain.",
    'Merge duplicate v=spf1 records into one, and change ~all or ?all to -all.',
  ],
  fixAt: adminPages.exchangeAcceptedDomains,
  sources: { domains: emailDomains, spf: spfRecords },
  evaluate: ({ domains, spf }, v) =>
    mailDomainVerdict(v, domains, spf, {
      source: 'spfRecords',
      nameOf: (d) => d,
      relevant: (r) => SPF.test(r.trim()),
      judge,
      must: "publish one SPF record ending in '-all'",
      met: "publishes one SPF record ending in '-all'",
      affectedNoun: 'mail domains without SPF hard fail',
      skippedNote: 'Microsoft publishes and manages SPF for onmicrosoft.com domains; not checked.',
    }),
});
