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
    expect(answerFromDohJson(cloudflare(['"v=spf1 -all"', '"MS=ms1" "2345"']), 'TXT')).toEqual({
      ok: true,
      rcode: 'NOERROR',
      records: ['v=spf1 -all', 'MS=ms12345'],
    });
  });

  test('CNAMEs on the way are left out of a TXT answer', () => {
    const cname = { name: '_dmarc.contoso.com', type: 5, TTL: 300, data: 'contoso.dmarc.example.' };
    expect(answerFromDohJson(cloudflare(['"v=DMARC1; p=reject"'], [cname]), 'TXT')).toMatchObject({
      records: ['v=DMARC1; p=reject'],
    });
  });

  test('CNAME and MX data lose their trailing dots', () => {
    const body = (type: number, data: string) => ({ Status: 0, Answer: [{ name: 'x.', type, TTL: 1, data }] });
    expect(answerFromDohJson(body(5, 'target.example.'), 'CNAME')).toMatchObject({ records: ['target.example'] });
    expect(answerFromDohJson(body(15, '0  contoso-com.mail.protection.outlook.com.'), 'MX')).toMatchObject({
      records: ['0 contoso-com.mail.protection.outlook.com'],
    });
  });

  test('NXDOMAIN and NOERROR without records are answers, not failures', () => {
    expect(answerFromDohJson({ Status: 3 }, 'TXT')).toEqual({ ok: true, rcode: 'NXDOMAIN', records: [] });
    expect(answerFromDohJson({ Status: 0 }, 'TXT')).toEqual({ ok: true, rcode: 'NOERROR', records: [] });
  });

  test.each([
    [2, 'it answered SERVFAIL'],
    [5, 'it answered REFUSED'],
    [9, 'it answered RCODE 9'],
  ])('status %i is a failure', (Status, problem) => {
    expect(answerFromDohJson({ Status }, 'TXT')).toEqual({ ok: false, problem });
  });

  test.each([
    ['not an object', []],
    ['no Status', { Answer: [] }],
    ['no Status', { Status: '0' }],
    ['Answer is not a list', { Status: 0, Answer: {} }],
    ['Answer[0] has no type or data', { Status: 0, Answer: [{ type: 16 }] }],
    ['Answer[0] is a TXT record with broken quoting', { Status: 0, Answer: [{ type: 16, data: '"open' }] }],
  ])('malformed: %s', (what, body) => {
    expect(answerFromDohJson(body, 'TXT')).toEqual({ ok: false, problem: `its answer was not DNS JSON (${what})` });
  });
});
