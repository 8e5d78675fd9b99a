import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { emailDomains } from '../../lib/graph/sources/email-domains';
import { isSpfRecord, spfPolicyOf, type Qualifier } from '../../lib/graph/sources/spf-policy';
import { spfRecords } from '../../lib/graph/sources/spf-records';
import { mailDomainVerdict, type DomainFinding } from '../shared/mail-domains';

const QUALIFIERS: Readonly<Record<Qualifier, string>> = {
  '+': 'pass for anyone',
  '?': 'neutral',
  '~': 'soft fail',
  '-': 'hard fail',
};

// What a receiver does with mail from a host the domain never listed, read as RFC 7208 reads the record
// (lib/graph/sources/spf-policy.ts: one record, no syntax error, evaluation stopping at the first `all`).
// CISA MS.EXO.2.2v3 asks for hard fail (-all), as ScubaGear does, following redirect=; we don't follow
// it, so a record that hands its policy to another (redirect= without `all`) is unknown, never guessed.
function judge(txt: readonly string[]): DomainFinding {
  const policy = spfPolicyOf(txt);
  switch (policy.kind) {
    case 'none':
      return { outcome: 'bad', says: 'has no SPF record' };
    case 'permerror':
      return { outcome: 'bad', says: `has an SPF permanent error, so receivers apply no SPF policy: ${policy.why}` };
    case 'all':
      return policy.qualifier === '-'
        ? { outcome: 'ok', says: "publishes one SPF record ending in '-all'" }
        : { outcome: 'bad', says: `ends in '${policy.term}' (${QUALIFIERS[policy.qualifier]}) instead of '-all'` };
    case 'passesAnyone':
      return { outcome: 'bad', says: `passes every sender with '${policy.term}' before its 'all' is reached` };
    case 'redirect':
      return {
        outcome: 'unsure',
        says: `hands its SPF policy to another record (redirect=${policy.target}), which Posture Lens doesn't follow`,
      };
    case 'neutral':
      return { outcome: 'bad', says: "has an SPF record with no 'all', so mail from anywhere else is neutral" };
  }
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
    'read from public DNS as receivers read it (RFC 7208): two records, a syntax error or more than 10 DNS lookups ' +
    'are a permanent error and fail; a redirect= is not followed, so is unknown. *.onmicrosoft.com domains are ' +
    'skipped: Microsoft publishes and manages their SPF records.',
  remediation: [
    'List the domains: Exchange admin center › Mail flow › Accepted domains.',
    "At each domain's DNS host, publish one TXT record such as 'v=spf1 include:spf.protection.outlook.com -all', adding every other service that sends as the domain.",
    'Merge duplicate v=spf1 records into one, and change ~all or ?all to -all.',
  ],
  fixAt: adminPages.exchangeAcceptedDomains,
  setTo: { setting: 'TXT record at <domain>', value: 'One v=spf1 record ending in -all' },
  sources: { domains: emailDomains, spf: spfRecords },
  evaluate: ({ domains, spf }, v) =>
    mailDomainVerdict(v, domains, spf, {
      source: 'spfRecords',
      nameOf: (d) => d,
      relevant: isSpfRecord,
      judge,
      must: "publish one SPF record ending in '-all'",
      met: "publishes one SPF record ending in '-all'",
      affectedNoun: 'mail domains without SPF hard fail',
      skippedNote: 'Microsoft publishes and manages SPF for onmicrosoft.com domains; not checked.',
    }),
});
