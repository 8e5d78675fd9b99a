import { expect, test } from 'vitest';
import { dkimKeyProblem } from './dkim-key';

const KEY =
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC+W6scd3XWwvC/hPRksfDYFi3ztgyS9OSqnnjtNQeDdTSD1DRx/xFar2wjmzxp2+SnJ5pspaF77VZveN3P/HVmXZVghr3asoV9WBx/uW1nDIUxU35L4juXiTwsMAbgMyh3NqIKTNKyMDy4P8vpEhtH1iv/BrwMdBjHDVCycB8WnwIDAQAB';

test('a well-formed key record has no problem', () => {
  expect(dkimKeyProblem([`v=DKIM1; k=rsa; p=${KEY}`])).toBeUndefined();
  expect(dkimKeyProblem([`p=${KEY.slice(0, 60)} ${KEY.slice(60)}; t=s; x_new=1`])).toBeUndefined();
  expect(dkimKeyProblem([`v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=`])).toBeUndefined();
});

test.each([
  ['no key record at all', [], 'has no DKIM key record'],
  [
    'several TXT records at one selector (RFC 6376 §3.6.2.2)',
    [`v=DKIM1; p=${KEY}`, 'v=DKIM1; p='],
    'has 2 TXT records, for which RFC 6376 §3.6.2.2 leaves the result undefined',
  ],
  [
    'an empty p= is a revoked key (RFC 6376 §3.6.1)',
    ['v=DKIM1; k=rsa; p='],
    "has a revoked key: empty 'p=' (RFC 6376 §3.6.1)",
  ],
  ['no p= at all', ['v=DKIM1; k=rsa'], "has no 'p=', which RFC 6376 §3.6.1 requires"],
  ['p= that is not base64', ['v=DKIM1; p=not*base64!'], "has a 'p=' that isn't base64 (RFC 6376 §3.6.1)"],
  ['another version', [`v=DKIM2; p=${KEY}`], "has 'v=DKIM2', where RFC 6376 §3.6.1 allows only 'DKIM1', first"],
  ['v= not first', [`k=rsa; v=DKIM1; p=${KEY}`], "has 'v=DKIM1', where RFC 6376 §3.6.1 allows only 'DKIM1', first"],
  [
    'an unknown key type',
    [`v=DKIM1; k=dsa; p=${KEY}`],
    "has 'k=dsa', a key type receivers don't know (RFC 6376 §3.6.1)",
  ],
  ['a duplicated tag', [`v=DKIM1; p=${KEY}; p=`], "has 'p=' twice, which makes the record invalid (RFC 6376 §3.2)"],
  ['a syntax error', [`v=DKIM1; p=${KEY}; garbage`], "has a syntax error in 'garbage' (RFC 6376 §3.2)"],
])('%s', (_, records, problem) => {
  expect(dkimKeyProblem(records)).toBe(problem);
});
