import { describe, expect, test } from 'vitest';
import { answerFromDohJson, txtData, txtText } from './doh-json';

/** What Cloudflare answered for a TXT lookup (shape from its DoH JSON docs). */
const cloudflare = (data: string[], extra: object[] = []) => ({
  Status: 0,
  TC: false,
  RD: true,
  RA: true,
  AD: false,
  CD: false,
  Question: [{ name: 'contoso.com', type: 16 }],
  Answer: [...extra, ...data.map((d) => ({ name: 'contoso.com', type: 16, TTL: 300, data: d }))],
});

describe('txtText', () => {
  test.each([
    ['one quoted string', '"v=spf1 -all"', 'v=spf1 -all'],
    [
      'split strings are joined without a space (RFC 7208 §3.3)',
      '"v=spf1 include:a.example -a" "ll"',
      'v=spf1 include:a.example -all',
    ],
    ['escaped quotes and backslashes', '"say \\"hi\\" \\\\o/"', 'say "hi" \\o/'],
    ['decimal escapes', '"a\\059b"', 'a;b'],
    ['Google sends it unquoted', 'v=spf1 include:_spf.google.com ~all', 'v=spf1 include:_spf.google.com ~all'],
    ['an empty string', '""', ''],
  ])('%s', (_, data, text) => expect(txtText(data)).toBe(text));

  test.each(['"unterminated', '"a" junk', '"ends in a backslash\\'])('broken quoting: %s', (data) =>
    expect(txtText(data)).toBeNull(),
  );

  test('txtData splits at 255 characters and txtText reads it back', () => {
    const text = `v=spf1 ${'ip4:192.0.2.1 '.repeat(30)}"quoted" \\ -all`;
    const data = txtData(text);
    expect(data.split('" "')).toHaveLength(2);
    expect(txtText(data)).toBe(text);
  });
});

describe('answerFromDohJson', () => {
  test('TXT records, quoted and split, in order', () => {
    expect(answerFromDohJson(cloudflare(['"v=spf1 -all"', '"MS=ms1" "2345"']), 'TXT', 'contoso.com')).toEqual({
      ok: true,
      rcode: 'NOERROR',
      records: ['v=spf1 -all', 'MS=ms12345'],
    });
  });

  // A resolver follows a CNAME and answers with the chain then the records at its end (RFC 1034 §3.6.2,
  // §4.3.2): that is what a receiving server reads, so the records at the chain's end are the answer.
  test('a CNAME chain from the name asked is followed to the records at its end', () => {
    const body = {
      Status: 0,
      TC: false,
      Question: [{ name: '_dmarc.contoso.com.', type: 16 }],
      Answer: [
        { name: '_dmarc.contoso.com.', type: 5, TTL: 300, data: 'contoso.dmarc.example.' },
        { name: 'contoso.dmarc.example.', type: 5, TTL: 300, data: 'policy.dmarc.example.' },
        { name: 'policy.dmarc.example.', type: 16, TTL: 300, data: '"v=DMARC1; p=reject"' },
      ],
    };
    expect(answerFromDohJson(body, 'TXT', '_dmarc.contoso.com')).toEqual({
      ok: true,
      rcode: 'NOERROR',
      records: ['v=DMARC1; p=reject'],
    });
  });

  test('names compare without case and trailing dot', () => {
    const body = { Status: 0, Answer: [{ name: 'Contoso.COM.', type: 16, TTL: 1, data: '"v=spf1 -all"' }] };
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toMatchObject({ ok: true, records: ['v=spf1 -all'] });
  });

  test('CNAME and MX data lose their trailing dots', () => {
    const body = (type: number, data: string) => ({ Status: 0, Answer: [{ name: 'x.', type, TTL: 1, data }] });
    expect(answerFromDohJson(body(5, 'target.example.'), 'CNAME', 'x')).toMatchObject({ records: ['target.example'] });
    expect(answerFromDohJson(body(15, '0  contoso-com.mail.protection.outlook.com.'), 'MX', 'x')).toMatchObject({
      records: ['0 contoso-com.mail.protection.outlook.com'],
    });
  });

  test('NXDOMAIN and NOERROR without records are answers, not failures', () => {
    expect(answerFromDohJson({ Status: 3 }, 'TXT', 'x')).toEqual({ ok: true, rcode: 'NXDOMAIN', records: [] });
    expect(answerFromDohJson({ Status: 0 }, 'TXT', 'x')).toEqual({ ok: true, rcode: 'NOERROR', records: [] });
  });

  test.each([
    [2, 'it answered SERVFAIL'],
    [5, 'it answered REFUSED'],
    [9, 'it answered RCODE 9'],
  ])('status %i is a failure', (Status, problem) => {
    expect(answerFromDohJson({ Status }, 'TXT', 'x')).toEqual({ ok: false, problem });
  });

  test.each([
    ['not an object', []],
    ['no Status', { Answer: [] }],
    ['no Status', { Status: '0' }],
    ['Answer is not a list', { Status: 0, Answer: {} }],
    ['Answer[0] has no name, type or data', { Status: 0, Answer: [{ type: 16 }] }],
    ['Answer[0] has no name, type or data', { Status: 0, Answer: [{ type: 16, data: '"v=spf1 -all"' }] }],
    [
      'Answer[0] is a TXT record with broken quoting',
      { Status: 0, Answer: [{ name: 'contoso.com', type: 16, data: '"open' }] },
    ],
    ['TC is not true or false', { Status: 0, TC: 'yes' }],
    ['Question is not a list', { Status: 0, Question: {} }],
  ])('malformed: %s', (what, body) => {
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toEqual({
      ok: false,
      problem: `its answer was not DNS JSON (${what})`,
    });
  });
});

// Answers a receiving server could not rely on: the records may be incomplete or about another name, so
// the check can't tell — never "the records that happened to come back".
describe('answerFromDohJson: answers that could be wrong are failures naming the problem', () => {
  test('a truncated answer (TC set): records may be missing (RFC 1035 §4.1.1)', () => {
    expect(answerFromDohJson({ ...cloudflare(['"v=spf1 -all"']), TC: true }, 'TXT', 'contoso.com')).toEqual({
      ok: false,
      problem: 'its answer was truncated (TC flag set), so records may be missing',
    });
  });

  test('a truncated NXDOMAIN is still truncated', () => {
    expect(answerFromDohJson({ Status: 3, TC: true }, 'TXT', 'contoso.com')).toMatchObject({ ok: false });
  });

  test('an answer to another question', () => {
    const body = { ...cloudflare(['"v=spf1 -all"']), Question: [{ name: 'fabrikam.com.', type: 16 }] };
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toEqual({
      ok: false,
      problem: 'it answered a question about TXT fabrikam.com, not TXT contoso.com',
    });
  });

  test('an answer to the right name but another type', () => {
    const body = { ...cloudflare([]), Question: [{ name: 'contoso.com.', type: 15 }] };
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toMatchObject({
      ok: false,
      problem: 'it answered a question about MX contoso.com, not TXT contoso.com',
    });
  });

  test('records for a name that is neither the name asked nor on its CNAME chain', () => {
    const body = {
      Status: 0,
      Answer: [
        { name: 'contoso.com.', type: 16, TTL: 1, data: '"v=spf1 -all"' },
        { name: 'attacker.example.', type: 16, TTL: 1, data: '"v=spf1 +all"' },
      ],
    };
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toEqual({
      ok: false,
      problem: 'it answered with a record for attacker.example, which is not contoso.com nor a CNAME target of it',
    });
  });

  test('a name with a CNAME and other records (RFC 1034 §3.6.2 forbids it)', () => {
    const body = {
      Status: 0,
      Answer: [
        { name: 'contoso.com.', type: 16, TTL: 1, data: '"v=spf1 -all"' },
        { name: 'contoso.com.', type: 5, TTL: 1, data: 'elsewhere.example.' },
        { name: 'elsewhere.example.', type: 16, TTL: 1, data: '"v=spf1 +all"' },
      ],
    };
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toEqual({
      ok: false,
      problem: 'it answered with both a CNAME and other records at contoso.com (RFC 1034 §3.6.2)',
    });
  });

  test('two CNAMEs at one name', () => {
    const body = {
      Status: 0,
      Answer: [
        { name: 'contoso.com.', type: 5, TTL: 1, data: 'a.example.' },
        { name: 'contoso.com.', type: 5, TTL: 1, data: 'b.example.' },
        { name: 'a.example.', type: 16, TTL: 1, data: '"v=spf1 -all"' },
      ],
    };
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toEqual({
      ok: false,
      problem: 'it answered with 2 CNAMEs at contoso.com, where DNS allows one (RFC 1034 §3.6.2)',
    });
  });

  test('a CNAME loop', () => {
    const body = {
      Status: 0,
      Answer: [
        { name: 'contoso.com.', type: 5, TTL: 1, data: 'a.example.' },
        { name: 'a.example.', type: 5, TTL: 1, data: 'contoso.com.' },
      ],
    };
    expect(answerFromDohJson(body, 'TXT', 'contoso.com')).toEqual({
      ok: false,
      problem: 'its CNAME chain from contoso.com loops or is longer than 8 links',
    });
  });

  test('a CNAME asked for directly is not followed', () => {
    const body = {
      Status: 0,
      Answer: [
        { name: 'selector1._domainkey.contoso.com.', type: 5, TTL: 1, data: 'key.example.' },
        { name: 'key.example.', type: 16, TTL: 1, data: '"v=DKIM1; p="' },
      ],
    };
    expect(answerFromDohJson(body, 'CNAME', 'selector1._domainkey.contoso.com')).toEqual({
      ok: false,
      problem:
        'it answered with a record for key.example, which is not selector1._domainkey.contoso.com nor a CNAME target of it',
    });
  });
});
