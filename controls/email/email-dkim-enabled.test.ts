import { expect } from 'vitest';
import {
  addDomain,
  describeControl,
  dnsMalformed,
  emailDnsUnknowns,
  malformed,
  servfail,
} from '../../test/describe-control';
import control from './email-dkim-enabled';

const PRIMARY = 'woodgrovebank.com';
const INITIAL = 'woodgrovebank.onmicrosoft.com';
const S1 = `selector1._domainkey.${PRIMARY}`;
const S2 = `selector2._domainkey.${PRIMARY}`;

describeControl(control, {
  pass: {
    'the golden tenant: both selectors point at Microsoft, and the reason says it is a DNS heuristic': {
      reasonIncludes: `${PRIMARY} publishes both DKIM selector CNAMEs (a DNS heuristic for DKIM signing).`,
      evidence: [PRIMARY, INITIAL],
      check: (r) => {
        expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({
          name: `${S1}, ${S2}`,
          records: [
            `${S1} → selector1-woodgrovebank-com._domainkey.${INITIAL}`,
            `${S2} → selector2-woodgrovebank-com._domainkey.${INITIAL}`,
          ],
        });
        expect(r.sources).toEqual([
          'GET /v1.0/domains?$select=id,isVerified,supportedServices',
          'DNS CNAME and TXT selector1._domainkey.{domain}, selector2._domainkey.{domain}',
        ]);
      },
    },
    'onmicrosoft.com domains are not looked up': {
      dnsFaults: [servfail(`selector1._domainkey.${INITIAL}`)],
    },
    'a domain not set up for Email needs no DKIM': {
      tenant: (t) => addDomain(t, 'intranet.woodgrovebank.com', { supportedServices: ['OfficeCommunicationsOnline'] }),
    },
  },
  partial: {
    'a second custom domain without DKIM earns half': {
      tenant: (t) => addDomain(t, 'woodgrove.bank'),
      reasonIncludes:
        "1 of 2 custom mail domains doesn't publish both DKIM selector CNAMEs (a DNS heuristic for DKIM signing): woodgrove.bank has no DKIM selector CNAME.",
      score: 1,
      evidence: ['woodgrove.bank', PRIMARY],
      check: (r) => expect(r.affected).toMatchObject({ noun: 'mail domains without DKIM selector CNAMEs', count: 1 }),
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
    'no selector CNAMEs (NXDOMAIN)': {
      tenant: (t) => {
        delete t.publicDns[S1];
        delete t.publicDns[S2];
      },
      reasonIncludes: `${PRIMARY} has no DKIM selector CNAME.`,
      check: (r) => expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({ rcode: 'NXDOMAIN' }),
    },
    'only selector1 published: rotation to selector2 would break signing': {
      tenant: (t) => {
        delete t.publicDns[S2];
      },
      reasonIncludes: `${PRIMARY} has a CNAME at selector1 but none at selector2.`,
    },
    'an empty p= at the end of a selector CNAME: the key is revoked (RFC 6376 §3.6.1)': {
      tenant: (t) => {
        t.publicDns[`selector2-woodgrovebank-com._domainkey.${INITIAL}`] = { TXT: ['v=DKIM1; k=rsa; p='] };
      },
      reasonIncludes: `${PRIMARY} publishes both DKIM selector CNAMEs, but selector2's key record has a revoked key: empty 'p=' (RFC 6376 §3.6.1).`,
    },
    'a malformed p= at the end of a selector CNAME (RFC 6376 §3.6.1)': {
      tenant: (t) => {
        t.publicDns[`selector1-woodgrovebank-com._domainkey.${INITIAL}`] = { TXT: ['v=DKIM1; k=rsa; p=not*base64!'] };
      },
      reasonIncludes: "selector1's key record has a 'p=' that isn't base64 (RFC 6376 §3.6.1)",
    },
    'a selector CNAME that leads to no key (RFC 6376 §6.1.2)': {
      tenant: (t) => {
        delete t.publicDns[`selector1-woodgrovebank-com._domainkey.${INITIAL}`];
      },
      reasonIncludes:
        "selector1's CNAME leads to no DKIM key record, so no signature with it can verify (RFC 6376 §6.1.2)",
    },
    'a TXT key instead of the CNAME Exchange uses': {
      tenant: (t) => {
        t.publicDns[S1] = { TXT: ['v=DKIM1; k=rsa; p=MIGfMA0'] };
        t.publicDns[S2] = { TXT: ['v=DKIM1; k=rsa; p=MIGfMA0'] };
      },
      reasonIncludes: 'has no DKIM selector CNAME',
      check: (r) => expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({ rcode: 'NOERROR' }),
    },
  },
  unknown: {
    ...emailDnsUnknowns({
      name: S1,
      type: 'CNAME',
      lookup: 'DNS CNAME and TXT selector1._domainkey.{domain}',
      servfailName: S2,
    }),
    'a domain without supportedServices names the field': {
      faults: [malformed('/domains', { value: [{ id: PRIMARY, isVerified: true }] })],
      reasonIncludes: 'supportedServices',
    },
    'malformed DoH JSON': {
      dnsFaults: [dnsMalformed(S1, { Status: 'ok' })],
      reasonIncludes: [S1, 'not DNS JSON'],
    },
  },
});
