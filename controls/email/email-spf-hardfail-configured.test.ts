import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  addDomain,
  describeControl,
  dnsMalformed,
  emailDnsUnknowns,
  failing,
  resolverStatus,
  servfail,
  type TenantModel,
} from '../../test/describe-control';
import control from './email-spf-hardfail-configured';

const PRIMARY = 'woodgrovebank.com';
const INITIAL = 'woodgrovebank.onmicrosoft.com';
const GOOD = 'v=spf1 include:spf.protection.outlook.com -all';

/** Replaces the TXT records a name publishes (keeping its MX). */
const publishTxt = (t: TenantModel, name: string, ...txt: string[]): void => {
  t.publicDns[name] = { ...t.publicDns[name], TXT: txt };
};
const domainNamed = (t: TenantModel, id: string): Graph.Domain => t.domains.find((d) => d.id === id)!;

// Mechanisms padded to 252 characters, so that the 255-character split falls inside '-all'.
const LONG = `v=spf1 ${Array.from({ length: 9 }, (_, i) => `ip4:198.51.${100 + i}.0/24`).join(' ')} include:spf.protection.outlook.com`;
const LONG_HARDFAIL = `${LONG.padEnd(252)} -all`;

describeControl(control, {
  pass: {
    'the golden tenant: one SPF record ending in -all': {
      reasonIncludes: `${PRIMARY} publishes one SPF record ending in '-all'.`,
      evidence: [PRIMARY, INITIAL],
      check: (r) => {
        expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({ name: PRIMARY, records: [GOOD] });
        expect(r.evidence.find((e) => e.id === INITIAL)?.note).toContain('not checked');
        expect(r.sources).toEqual(['GET /v1.0/domains?$select=id,isVerified,supportedServices', 'DNS TXT {domain}']);
        expect(r.permissions).toEqual(['Domain.Read.All']);
      },
    },
    'other TXT records beside SPF are fine': {
      tenant: (t) => publishTxt(t, PRIMARY, 'MS=ms12345678', GOOD, 'google-site-verification=abc'),
    },
    'a long record, split into quoted strings by DNS, is joined without spaces': {
      tenant: (t) => publishTxt(t, PRIMARY, LONG_HARDFAIL),
      check: () => expect(LONG_HARDFAIL.slice(250, 260)).toBe('   -all'),
    },
    'a modifier after -all': {
      tenant: (t) => publishTxt(t, PRIMARY, `${GOOD} exp=explain._spf.${PRIMARY}`),
    },
    'qualifiers and the version in capitals': {
      tenant: (t) => publishTxt(t, PRIMARY, 'V=SPF1 include:spf.protection.outlook.com -ALL'),
    },
    'a TXT record that only looks like SPF is not one and is ignored (RFC 7208 §4.5)': {
      tenant: (t) => publishTxt(t, PRIMARY, GOOD, 'v=spf10 +all', ' v=spf1 +all'),
    },
    'redirect= is ignored when the record has an all (RFC 7208 §6.1)': {
      tenant: (t) =>
        publishTxt(t, PRIMARY, 'v=spf1 redirect=_spf.mailhost.example include:spf.protection.outlook.com -all'),
    },
    'every custom domain hard-fails': {
      tenant: (t) => {
        addDomain(t, 'woodgrove.bank');
        t.publicDns['woodgrove.bank'] = { TXT: [GOOD] };
      },
      reasonIncludes: "All 2 custom mail domains publish one SPF record ending in '-all'.",
      evidence: [PRIMARY, 'woodgrove.bank'],
    },
    'onmicrosoft.com domains are not looked up (a failing lookup for one changes nothing)': {
      dnsFaults: [servfail(INITIAL)],
    },
    'a domain not set up for Email needs no SPF': {
      tenant: (t) => addDomain(t, 'intranet.woodgrovebank.com', { supportedServices: ['OfficeCommunicationsOnline'] }),
      reasonIncludes: `${PRIMARY} publishes`,
    },
    'an unverified domain is not judged yet': {
      tenant: (t) => addDomain(t, 'woodgrove.bank', { isVerified: false }),
      reasonIncludes: `${PRIMARY} publishes`,
    },
  },
  notApplicable: {
    'only Microsoft-managed domains need no DNS resolver either': {
      tenant: (t) => {
        t.domains = t.domains.filter((d) => d.id !== PRIMARY);
      },
      noDnsResolver: true,
      reasonIncludes: 'The tenant has no custom mail domain to check',
    },
    'only Microsoft-managed domains: nothing to publish': {
      tenant: (t) => {
        t.domains = t.domains.filter((d) => d.id !== PRIMARY);
      },
      reasonIncludes: `The tenant has no custom mail domain to check: Microsoft runs DNS for ${INITIAL}.`,
      evidence: [INITIAL],
    },
  },
  fail: {
    'soft fail (~all)': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 include:spf.protection.outlook.com ~all'),
      reasonIncludes: `1 of 1 custom mail domain doesn't publish one SPF record ending in '-all': ${PRIMARY} ends in '~all' (soft fail) instead of '-all'.`,
      evidence: [PRIMARY],
      check: (r) =>
        expect(r.affected).toMatchObject({ noun: 'mail domains without SPF hard fail', count: 1, sample: [PRIMARY] }),
    },
    'neutral (?all)': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 include:spf.protection.outlook.com ?all'),
      reasonIncludes: "'?all' (neutral)",
    },
    'pass for anyone (+all)': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 +all'),
      reasonIncludes: "'+all' (pass for anyone)",
    },
    'a bare all is +all': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 include:spf.protection.outlook.com all'),
      reasonIncludes: "'all' (pass for anyone)",
    },
    'the first all decides (-all after ~all is never reached)': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 ~all -all'),
      reasonIncludes: "'~all'",
    },
    'no SPF record among the TXT records': {
      tenant: (t) => publishTxt(t, PRIMARY, 'MS=ms12345678'),
      reasonIncludes: `${PRIMARY} has no SPF record.`,
    },
    'the name does not exist in DNS (NXDOMAIN)': {
      tenant: (t) => {
        delete t.publicDns[PRIMARY];
      },
      reasonIncludes: `${PRIMARY} has no SPF record.`,
      check: (r) => expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({ rcode: 'NXDOMAIN' }),
    },
    'two SPF records: a permerror, not "the last wins" (RFC 7208 §4.5)': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 +all', GOOD),
      reasonIncludes: `${PRIMARY} has an SPF permanent error, so receivers apply no SPF policy: 2 SPF records, where RFC 7208 §4.5 allows one`,
      check: (r) =>
        expect(r.evidence.find((e) => e.id === PRIMARY)?.fields).toMatchObject({ records: ['v=spf1 +all', GOOD] }),
    },
    'an unknown mechanism is a permerror (RFC 7208 §4.6.1)': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 include:spf.protection.outlook.com allow:mailhost.example -all'),
      reasonIncludes: "unknown mechanism 'allow:mailhost.example' (RFC 7208 §4.6.1)",
    },
    'a syntax error after -all is still a permerror (RFC 7208 §4.6.1)': {
      tenant: (t) => publishTxt(t, PRIMARY, `${GOOD} ip4:192.0.2.300`),
      reasonIncludes: "syntax error in 'ip4:192.0.2.300' (RFC 7208 §4.6.1)",
    },
    'redirect= twice is a permerror (RFC 7208 §6)': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 redirect=_spf.a.example redirect=_spf.b.example'),
      reasonIncludes: "'redirect=' twice (RFC 7208 §6)",
    },
    'exp= twice is a permerror even with -all (RFC 7208 §6)': {
      tenant: (t) => publishTxt(t, PRIMARY, `${GOOD} exp=a.example exp=b.example`),
      reasonIncludes: "'exp=' twice (RFC 7208 §6)",
    },
    'more than 10 DNS-querying terms before -all (RFC 7208 §4.6.4)': {
      tenant: (t) =>
        publishTxt(
          t,
          PRIMARY,
          `v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:s${i}.mailhost.example`).join(' ')} -all`,
        ),
      reasonIncludes: '11 terms that query DNS, more than the 10 RFC 7208 §4.6.4 allows',
    },
    'every IPv4 address passes before -all is reached': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 ip4:0.0.0.0/0 -all'),
      reasonIncludes: `${PRIMARY} passes every sender with '+ip4:0.0.0.0/0' before its 'all' is reached`,
    },
    'an SPF record without any all mechanism': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 include:spf.protection.outlook.com'),
      reasonIncludes: "no 'all'",
    },
    'one of two custom domains soft-fails': {
      tenant: (t) => {
        addDomain(t, 'woodgrove.bank');
        t.publicDns['woodgrove.bank'] = { TXT: ['v=spf1 include:spf.protection.outlook.com ~all'] };
      },
      reasonIncludes:
        "1 of 2 custom mail domains doesn't publish one SPF record ending in '-all': woodgrove.bank ends in '~all'",
      evidence: [PRIMARY, 'woodgrove.bank'],
    },
    'a failing domain outweighs one that redirects': {
      tenant: (t) => {
        publishTxt(t, PRIMARY, 'v=spf1 redirect=_spf.woodgrovebank.com');
        addDomain(t, 'woodgrove.bank');
        t.publicDns['woodgrove.bank'] = { TXT: [] };
      },
      reasonIncludes: 'woodgrove.bank has no SPF record.',
    },
  },
  unknown: {
    ...emailDnsUnknowns({ name: PRIMARY, type: 'TXT', lookup: 'DNS TXT {domain}' }),
    '500 on domains': {
      faults: [failing('/domains', 500)],
      reasonIncludes: 'HTTP 500',
    },
    'the resolver answers HTTP 503': {
      dnsFaults: [resolverStatus(PRIMARY, 503)],
      reasonIncludes: [PRIMARY, 'HTTP 503'],
    },
    'DoH JSON without a Status': {
      dnsFaults: [dnsMalformed(PRIMARY, { Answer: [] })],
      reasonIncludes: [PRIMARY, 'not DNS JSON (no Status)'],
    },
    'an answer whose data is missing': {
      dnsFaults: [dnsMalformed(PRIMARY, { Status: 0, Answer: [{ name: `${PRIMARY}.`, type: 16 }] })],
      reasonIncludes: 'Answer[0] has no name, type or data',
    },
    'an HTML page instead of JSON': {
      dnsFaults: [dnsMalformed(PRIMARY, '<html>captive portal</html>')],
      reasonIncludes: 'not DNS JSON',
    },
    'a record that redirects elsewhere is not followed, so not guessed': {
      tenant: (t) => publishTxt(t, PRIMARY, 'v=spf1 redirect=_spf.woodgrovebank.com'),
      reasonIncludes: "doesn't follow",
    },
    'supportedServices missing': {
      tenant: (t) => {
        delete domainNamed(t, PRIMARY).supportedServices;
      },
      reasonIncludes: ['.supportedServices', 'missing'],
    },
  },
});
