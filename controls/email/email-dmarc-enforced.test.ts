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
    'two DMARC records cancel each other': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=reject', 'v=DMARC1; p=none'),
      reasonIncludes: 'has 2 DMARC records',
    },
    'no p= tag': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; rua=mailto:dmarc@woodgrovebank.com'),
      reasonIncludes: "has no 'p=' policy",
    },
    'an unknown policy': {
      tenant: (t) => publishDmarc(t, 'v=DMARC1; p=block'),
      reasonIncludes: "unknown policy 'p=block'",
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
