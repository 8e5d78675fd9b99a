import { describe, expect, test } from 'vitest';
import { isSpfRecord, spfPolicyOf } from './spf-policy';

const OK = 'v=spf1 include:spf.protection.outlook.com -all';

describe('record selection (RFC 7208 §4.5)', () => {
  test.each([
    ['v=spf1 -all', true],
    ['V=SPF1 -ALL', true],
    ['v=spf1', true],
    ['v=spf10 -all', false],
    ['v=spf1\t-all', false],
    [' v=spf1 -all', false],
    ['spf1 -all', false],
    ['MS=ms12345678', false],
  ])('%j is an SPF record: %s', (txt, is) => expect(isSpfRecord(txt)).toBe(is));

  test('TXT records that are not SPF are ignored', () => {
    expect(spfPolicyOf(['MS=ms1', OK, 'v=spf10 +all'])).toEqual({ kind: 'all', qualifier: '-', term: '-all' });
  });

  test('no SPF record: the result is none', () => {
    expect(spfPolicyOf(['MS=ms1'])).toEqual({ kind: 'none' });
    expect(spfPolicyOf([])).toEqual({ kind: 'none' });
  });

  test('several SPF records are a permerror, not "the last wins"', () => {
    expect(spfPolicyOf(['v=spf1 +all', OK])).toEqual({
      kind: 'permerror',
      why: '2 SPF records, where RFC 7208 §4.5 allows one',
    });
  });
});

describe('evaluation ends at all (RFC 7208 §4.6.2, §5.1)', () => {
  test('the first all decides; mechanisms after it are ignored', () => {
    expect(spfPolicyOf(['v=spf1 ~all -all'])).toMatchObject({ kind: 'all', qualifier: '~', term: '~all' });
    expect(spfPolicyOf(['v=spf1 -all include:a.example'])).toMatchObject({ kind: 'all', qualifier: '-' });
  });

  test('a bare all is +all', () => {
    expect(spfPolicyOf(['v=spf1 all'])).toMatchObject({ kind: 'all', qualifier: '+', term: 'all' });
  });

  test('redirect= is ignored when the record has an all (§6.1)', () => {
    expect(spfPolicyOf(['v=spf1 redirect=_spf.example.com -all'])).toMatchObject({ kind: 'all', qualifier: '-' });
    expect(spfPolicyOf(['v=spf1 -all redirect=_spf.example.com'])).toMatchObject({ kind: 'all', qualifier: '-' });
  });

  test('without all, redirect= hands the policy to the target (§6.1)', () => {
    expect(spfPolicyOf(['v=spf1 include:a.example redirect=_spf.example.com'])).toEqual({
      kind: 'redirect',
      target: '_spf.example.com',
    });
  });

  test('without all or redirect, the result is neutral (§4.7)', () => {
    expect(spfPolicyOf(['v=spf1 include:a.example'])).toEqual({ kind: 'neutral' });
  });

  test('unknown modifiers are ignored (§6)', () => {
    expect(spfPolicyOf(['v=spf1 foo=bar -all'])).toMatchObject({ kind: 'all', qualifier: '-' });
  });

  test('mechanisms and modifiers without regard to case', () => {
    expect(spfPolicyOf(['v=spf1 INCLUDE:spf.protection.outlook.com IP4:192.0.2.0/24 -ALL'])).toMatchObject({
      kind: 'all',
      qualifier: '-',
    });
  });

  test('trailing spaces and several spaces between terms are allowed (§12)', () => {
    expect(spfPolicyOf(['v=spf1  ip4:192.0.2.1   -all  '])).toMatchObject({ kind: 'all', qualifier: '-' });
  });

  test.each([
    ['ip4:0.0.0.0/0', '+ip4:0.0.0.0/0'],
    ['+ip6:::/0', '+ip6:::/0'],
  ])('%s before -all lets every address pass', (term, says) => {
    expect(spfPolicyOf([`v=spf1 ${term} -all`])).toEqual({ kind: 'passesAnyone', term: says });
  });

  test('a /0 that fails or is after all passes no one', () => {
    expect(spfPolicyOf(['v=spf1 -ip4:0.0.0.0/0 -all'])).toMatchObject({ kind: 'all', qualifier: '-' });
    expect(spfPolicyOf(['v=spf1 -all ip4:0.0.0.0/0'])).toMatchObject({ kind: 'all', qualifier: '-' });
  });
});

describe('malformed records are a permerror (RFC 7208 §4.6)', () => {
  test.each([
    ['an unknown mechanism', 'v=spf1 include:a.example allow -all', "unknown mechanism 'allow' (RFC 7208 §4.6.1)"],
    ['a bad qualifier', 'v=spf1 !include:a.example -all', "unknown mechanism '!include:a.example' (RFC 7208 §4.6.1)"],
    ['all with an argument', 'v=spf1 -all:foo', "syntax error in '-all:foo' (RFC 7208 §4.6.1)"],
    ['include without a domain', 'v=spf1 include -all', "syntax error in 'include' (RFC 7208 §4.6.1)"],
    [
      'a domain without a top label',
      'v=spf1 include:localhost -all',
      "syntax error in 'include:localhost' (RFC 7208 §4.6.1)",
    ],
    ['a bad IPv4 address', 'v=spf1 ip4:192.0.2.300 -all', "syntax error in 'ip4:192.0.2.300' (RFC 7208 §4.6.1)"],
    ['a bad IPv4 prefix', 'v=spf1 ip4:192.0.2.0/33 -all', "syntax error in 'ip4:192.0.2.0/33' (RFC 7208 §4.6.1)"],
    ['a bad IPv6 address', 'v=spf1 ip6:2001:db8::g -all', "syntax error in 'ip6:2001:db8::g' (RFC 7208 §4.6.1)"],
    [
      'a broken macro',
      'v=spf1 exists:%{z}.example.com -all',
      "syntax error in 'exists:%{z}.example.com' (RFC 7208 §4.6.1)",
    ],
    [
      'a tab between terms',
      'v=spf1 include:a.example\t-all',
      "syntax error in 'include:a.example\t-all' (RFC 7208 §4.6.1)",
    ],
    ['an error after all still counts', 'v=spf1 -all bogus', "unknown mechanism 'bogus' (RFC 7208 §4.6.1)"],
    ['two redirect= modifiers', 'v=spf1 redirect=a.example redirect=b.example', "'redirect=' twice (RFC 7208 §6)"],
    ['two exp= modifiers', 'v=spf1 exp=a.example exp=b.example -all', "'exp=' twice (RFC 7208 §6)"],
    ['a redirect to nothing', 'v=spf1 redirect=', "syntax error in 'redirect=' (RFC 7208 §4.6.1)"],
  ])('%s', (_, record, why) => {
    expect(spfPolicyOf([record])).toEqual({ kind: 'permerror', why });
  });

  test('more than 10 DNS-querying terms before all (§4.6.4)', () => {
    const includes = Array.from({ length: 9 }, (_, i) => `include:s${i}.example`).join(' ');
    expect(spfPolicyOf([`v=spf1 ${includes} a mx -all`])).toEqual({
      kind: 'permerror',
      why: '11 terms that query DNS, more than the 10 RFC 7208 §4.6.4 allows',
    });
    expect(spfPolicyOf([`v=spf1 ${includes} a -all mx`])).toMatchObject({ kind: 'all', qualifier: '-' });
  });

  test('a redirect counts as a DNS-querying term', () => {
    const includes = Array.from({ length: 10 }, (_, i) => `include:s${i}.example`).join(' ');
    expect(spfPolicyOf([`v=spf1 ${includes} redirect=_spf.example.com`])).toMatchObject({ kind: 'permerror' });
  });

  test.each([
    'v=spf1 a mx ptr a:mail.example.com mx:example.com/24 a/24//64 ip4:192.0.2.1 ip6:2001:db8::/32 ip6:::ffff:192.0.2.1 exists:%{i}._spf.%{d} ptr:example.com -all',
    'v=spf1 include:%{d2}.example.com exp=explain.%{d} -all',
  ])('valid terms parse: %s', (record) => {
    expect(spfPolicyOf([record])).toMatchObject({ kind: 'all', qualifier: '-' });
  });
});
