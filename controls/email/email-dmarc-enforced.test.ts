import { expect } from 'vitest';
import {
  addDomain,
  describeControl,
  dnsMalformed,
  emailDnsUnknowns,
  servfail,
  type TenantModel,
} from '../../test/describe-control';
import control from './email-dmarc-enforced';

const PRIMARY = 'woodgrovebank.com';
const INITIAL = 'woodgrovebank.onmicrosoft.com';
const DMARC = `_dmarc.${PRIMARY}`;

const publishDmarc = (t: TenantModel, ...txt: string[]): void => {
  t.publicDns[DMARC] = { TXT: txt };
};

describeControl(control, {
  pass: {
    'the golden tenant: p=reject': {
      reasonIncludes: `${PRIMARY} enforces DMARC with 'p=quarantine' or 'p=reject'.`,
      evidence: [PRIMARY, INITIAL],
      check: (r) => {
        expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({ name: DMARC });
        expect(r.sources).toEqual([
          'GET /v1.0/domains?$select=id,isVerified,supportedServices',
          'DNS TXT _dmarc.{domain}',
        ]);
      },
    },
    'p=quarantine passes (CIS), noting that CISA asks for reject': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=quarantine; rua=mailto:dmarc@woodgrovebank.com'),
      check: (r) => expect(r.evidence.find((e) => e.id === PRIMARY)?.note).toContain('CISA MS.EXO.4.2v1'),
    },
    'pct=100 said out loud': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=reject; pct=100'),
    },
    'tags in capitals and without spaces': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1;P=Reject;RUA=mailto:dmarc@woodgrovebank.com'),
    },
    '_dmarc is a CNAME to a DMARC provider': {
      tenant: (t) => {
        t.publicDns[DMARC] = { CNAME: ['woodgrovebank.com.dmarc.provider.example'] };
        t.publicDns['woodgrovebank.com.dmarc.provider.example'] = { TXT: ['v=DMARC1; p=reject'] };
      },
    },
    'unrelated TXT records at _dmarc are ignored': {
      tenant: (t) => publishDmarc(t, 'some-verification=xyz', 'v=DMARC1; p=reject'),
    },
    "a subdomain without a record of its own takes its organizational domain's (RFC 7489 §6.6.3 step 3)": {
      tenant: (t) => addDomain(t, 'mail.woodgrovebank.com', { isRoot: false }),
      reasonIncludes: 'All 2 custom mail domains enforce DMARC',
      check: (r) =>
        expect(r.evidence.find((e) => e.id === 'mail.woodgrovebank.com')?.note).toContain(
          "mail.woodgrovebank.com has no DMARC record of its own; its organizational domain's applies: _dmarc.woodgrovebank.com enforces 'p=reject'",
        ),
    },
    'an unknown tag is ignored (RFC 7489 §6.3)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=reject; np=reject; psd=n'),
    },
    'onmicrosoft.com domains are not looked up': {
      dnsFaults: [servfail(`_dmarc.${INITIAL}`)],
    },
    'a domain not set up for Email needs no DMARC': {
      tenant: (t) => addDomain(t, 'intranet.woodgrovebank.com', { supportedServices: ['OfficeCommunicationsOnline'] }),
    },
  },
  notApplicable: {
    'only Microsoft-managed domains: no record of ours to judge': {
      tenant: (t) => {
        t.domains = t.domains.filter((d) => d.id !== PRIMARY);
      },
      reasonIncludes: `The tenant has no custom mail domain to check: Microsoft runs DNS for ${INITIAL}.`,
      evidence: [INITIAL],
    },
  },
  fail: {
    'p=none only monitors': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=none; rua=mailto:dmarc@woodgrovebank.com'),
      reasonIncludes: `1 of 1 custom mail domain doesn't enforce DMARC with 'p=quarantine' or 'p=reject': ${PRIMARY} has 'p=none', which only monitors.`,
      evidence: [PRIMARY],
      check: (r) => expect(r.affected).toMatchObject({ noun: 'mail domains without DMARC enforcement', count: 1 }),
    },
    'no DMARC record (NXDOMAIN)': {
      tenant: (t) => {
        delete t.publicDns[DMARC];
      },
      reasonIncludes: `${PRIMARY} has no DMARC record.`,
      check: (r) => expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({ rcode: 'NXDOMAIN' }),
    },
    'a TXT record at _dmarc that is not DMARC': {
      tenant: (t) => publishDmarc(t, 'p=reject; v=DMARC1'),
      reasonIncludes: 'has no DMARC record',
    },
    'two DMARC records: no policy, "as if none" (RFC 7489 §6.6.3 step 5)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=none', 'v=DMARC1; p=reject'),
      reasonIncludes: `${PRIMARY} has no DMARC policy receivers can rely on: 2 DMARC records, so receivers apply none of them (RFC 7489 §6.6.3).`,
    },
    'no p= tag, with rua: treated as p=none (RFC 7489 §6.6.3 step 6)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; rua=mailto:dmarc@woodgrovebank.com'),
      reasonIncludes: `${PRIMARY} has no 'p=', so receivers treat it as 'p=none' (RFC 7489 §6.6.3).`,
    },
    'an unknown policy without rua: no DMARC (RFC 7489 §6.6.3 step 6)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=block'),
      reasonIncludes: "no valid 'p=' ('p=block') and no valid 'rua=', so receivers apply no DMARC (RFC 7489 §6.6.3)",
    },
    'p= twice: not "the last tag wins" (RFC 7489 §6.4)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=none; p=reject'),
      reasonIncludes: "'p=' twice, where RFC 7489 §6.4 allows each tag once",
    },
    'p= that is not the tag right after v=DMARC1 (RFC 7489 §6.3, §6.4)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; rua=mailto:dmarc@woodgrovebank.com; p=reject'),
      reasonIncludes: "'p=reject' is not the tag right after 'v=DMARC1'",
    },
    'v=dmarc1 in lower case is not exactly DMARC1 (RFC 7489 §6.3)': {
      tenant: (t) => publishDmarc(t, 'v=dmarc1; p=reject'),
      reasonIncludes: "requires exactly 'v=DMARC1'",
    },
    'an invalid sp= (RFC 7489 §6.6.3 step 6)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=reject; sp=block'),
      reasonIncludes: "no valid 'p=' ('sp=block')",
    },
    'pct that is not an integer from 0 to 100 (RFC 7489 §6.3)': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=reject; pct=1000'),
      reasonIncludes: "'pct=1000', which is not an integer from 0 to 100",
    },
    'a subdomain whose organizational domain only monitors subdomains (sp=none)': {
      tenant: (t) => {
        publishDmarc(t, 'v=DMARC1; p=reject; sp=none');
        addDomain(t, 'mail.woodgrovebank.com', { isRoot: false });
      },
      reasonIncludes:
        "mail.woodgrovebank.com has no DMARC record of its own; its organizational domain's applies: _dmarc.woodgrovebank.com has 'sp=none', which only monitors.",
    },
    'a three-label domain with no record, nor one at its parent': {
      tenant: (t) => addDomain(t, 'woodgrove.co.uk'),
      reasonIncludes: 'woodgrove.co.uk has no DMARC record.',
    },
    'reject applied to only a quarter of failing mail': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=reject; pct=25'),
      reasonIncludes: "'pct=25'",
    },
    'a second custom domain without DMARC': {
      tenant: (t) => addDomain(t, 'woodgrove.bank'),
      reasonIncludes:
        "1 of 2 custom mail domains doesn't enforce DMARC with 'p=quarantine' or 'p=reject': woodgrove.bank has no DMARC record.",
      evidence: ['woodgrove.bank', PRIMARY],
    },
  },
  unknown: {
    ...emailDnsUnknowns({ name: DMARC, type: 'TXT', lookup: 'DNS TXT _dmarc.{domain}' }),
    "a subdomain whose organizational domain can't be told without the public suffix list (RFC 7489 §3.2)": {
      tenant: (t) => {
        addDomain(t, 'mail.woodgrove.co.uk', { isRoot: true });
        t.publicDns['_dmarc.woodgrove.co.uk'] = { TXT: ['v=DMARC1; p=reject'] };
      },
      reasonIncludes: [
        'mail.woodgrove.co.uk has no DMARC record of its own',
        'public suffix list',
        "_dmarc.woodgrove.co.uk enforces 'p=reject'",
      ],
    },
    'SERVFAIL at a parent looked up for the organizational domain': {
      tenant: (t) => addDomain(t, 'woodgrove.co.uk'),
      dnsFaults: [servfail('_dmarc.co.uk')],
      reasonIncludes: ['TXT _dmarc.co.uk', 'SERVFAIL'],
    },
    'malformed DoH JSON': {
      dnsFaults: [dnsMalformed(DMARC, { Status: 'ok' })],
      reasonIncludes: [DMARC, 'not DNS JSON'],
    },
    'broken TXT quoting': {
      dnsFaults: [
        dnsMalformed(DMARC, { Status: 0, Answer: [{ name: `${DMARC}.`, type: 16, TTL: 1, data: '"v=DMARC1' }] }),
      ],
      reasonIncludes: 'broken quoting',
    },
  },
});
