import { describe, expect, test } from 'vitest';
import { dmarcPolicyOf, looksLikeDmarc, orgDomainCandidates } from './dmarc-policy';

describe('record discovery (RFC 7489 §6.6.3)', () => {
  test('no record that starts with v=DMARC1: none here, so the organizational domain is asked (step 3)', () => {
    expect(dmarcPolicyOf([])).toEqual({ kind: 'none' });
    expect(dmarcPolicyOf(['some-verification=xyz', 'p=reject; v=DMARC1'])).toEqual({ kind: 'none' });
    expect(dmarcPolicyOf(['v=DMARC10; p=reject'])).toEqual({ kind: 'none' });
  });

  test('several records: discovery ends with no DMARC policy, "as if none" (step 5)', () => {
    expect(dmarcPolicyOf(['v=DMARC1; p=reject', 'v=DMARC1; p=none'])).toEqual({
      kind: 'invalid',
      why: '2 DMARC records, so receivers apply none of them (RFC 7489 §6.6.3)',
    });
  });

  test("a record whose version is not exactly 'DMARC1' is one receivers may or may not read (§6.3)", () => {
    expect(looksLikeDmarc('v=dmarc1; p=reject')).toBe(true);
    expect(dmarcPolicyOf(['v=dmarc1; p=reject'])).toEqual({
      kind: 'invalid',
      why: "a record starting 'v=dmarc1', where RFC 7489 §6.3 requires exactly 'v=DMARC1', so receivers may ignore it",
    });
    expect(dmarcPolicyOf([' v=DMARC1; p=reject'])).toMatchObject({ kind: 'invalid' });
  });

  test('the v tag name and spaces around = and ; are allowed (§6.4)', () => {
    expect(dmarcPolicyOf(['V = DMARC1 ;p= Reject ;'])).toEqual({ kind: 'policy', p: 'reject', pct: 100 });
  });
});

describe('policy record (RFC 7489 §6.3, §6.4)', () => {
  test('p, sp and pct', () => {
    expect(dmarcPolicyOf(['v=DMARC1; p=quarantine; sp=none; pct=50; rua=mailto:d@contoso.com'])).toEqual({
      kind: 'policy',
      p: 'quarantine',
      sp: 'none',
      pct: 50,
    });
  });

  test('tag names and policy values without regard to case; unknown tags ignored', () => {
    expect(dmarcPolicyOf(['v=DMARC1; P=REJECT; SP=Quarantine; x-new=1'])).toEqual({
      kind: 'policy',
      p: 'reject',
      sp: 'quarantine',
      pct: 100,
    });
  });

  test('an unknown or missing p= with a valid rua: treated as p=none (§6.6.3 step 6)', () => {
    expect(dmarcPolicyOf(['v=DMARC1; p=block; rua=mailto:d@contoso.com'])).toEqual({
      kind: 'policy',
      p: 'none',
      pct: 100,
      asNone: "no valid 'p=' ('p=block'), so receivers treat it as 'p=none' (RFC 7489 §6.6.3)",
    });
    expect(dmarcPolicyOf(['v=DMARC1; rua=mailto:d@contoso.com'])).toMatchObject({ kind: 'policy', p: 'none' });
  });

  test('an unknown or missing p= without a valid rua: no DMARC at all (§6.6.3 step 6)', () => {
    expect(dmarcPolicyOf(['v=DMARC1; p=block'])).toEqual({
      kind: 'invalid',
      why: "no valid 'p=' ('p=block') and no valid 'rua=', so receivers apply no DMARC (RFC 7489 §6.6.3)",
    });
    expect(dmarcPolicyOf(['v=DMARC1; rua=not a uri'])).toMatchObject({ kind: 'invalid' });
  });

  test('p= that is not the tag right after v=DMARC1 is not a valid p= (§6.3: "in that order"; §6.4)', () => {
    expect(dmarcPolicyOf(['v=DMARC1; rua=mailto:d@contoso.com; p=reject'])).toMatchObject({
      kind: 'policy',
      p: 'none',
      asNone:
        "no valid 'p=' ('p=reject' is not the tag right after 'v=DMARC1'), so receivers treat it as 'p=none' (RFC 7489 §6.6.3)",
    });
  });

  test('an invalid sp= is handled as an invalid p= (§6.6.3 step 6)', () => {
    expect(dmarcPolicyOf(['v=DMARC1; p=reject; sp=block'])).toMatchObject({ kind: 'invalid' });
    expect(dmarcPolicyOf(['v=DMARC1; p=reject; sp=block; rua=mailto:d@contoso.com'])).toMatchObject({
      kind: 'policy',
      p: 'none',
    });
  });

  test.each(['abc', '101', '-1', '50.5', '', '1000'])('pct=%s is not an integer 0-100 (§6.3)', (pct) => {
    expect(dmarcPolicyOf([`v=DMARC1; p=reject; pct=${pct}`])).toEqual({
      kind: 'invalid',
      why: `'pct=${pct}', which is not an integer from 0 to 100 (RFC 7489 §6.3), so receivers may use 100 or ignore the record`,
    });
  });

  test.each(['p', 'pct', 'rua', 'sp'])(
    'a duplicated %s= tag is a syntax error receivers resolve differently (§6.4)',
    (tag) => {
      const rec = `v=DMARC1; p=reject; sp=reject; pct=100; rua=mailto:d@contoso.com; ${tag.toUpperCase()}=${tag === 'pct' ? '100' : tag === 'rua' ? 'mailto:e@contoso.com' : 'none'}`;
      expect(dmarcPolicyOf([rec])).toEqual({
        kind: 'invalid',
        why: `'${tag}=' twice, where RFC 7489 §6.4 allows each tag once, so receivers differ on which applies`,
      });
    },
  );
});

describe('organizational domain candidates (RFC 7489 §3.2, without the public suffix list)', () => {
  test('a two-label domain is its own organizational domain: nothing to add', () => {
    expect(orgDomainCandidates('contoso.com', ['contoso.com'])).toEqual({ parents: [], selfPossible: true });
  });

  test('a verified parent bounds the organizational domain from below', () => {
    expect(orgDomainCandidates('mail.contoso.com', ['mail.contoso.com', 'contoso.com'])).toEqual({
      parents: ['contoso.com'],
      selfPossible: false,
    });
  });

  test('with no verified parent, every parent of two labels or more may be it, and so may the domain', () => {
    expect(orgDomainCandidates('fabrikam.co.uk', ['fabrikam.co.uk'])).toEqual({
      parents: ['co.uk'],
      selfPossible: true,
    });
    expect(orgDomainCandidates('Mail.Fabrikam.co.uk.', ['fabrikam.co.uk'])).toEqual({
      parents: ['co.uk', 'fabrikam.co.uk'],
      selfPossible: false,
    });
  });

  test('at most 4 parents, nearest the root first', () => {
    expect(orgDomainCandidates('a.b.c.d.e.f.example', [])).toEqual({
      parents: ['f.example', 'e.f.example', 'd.e.f.example', 'c.d.e.f.example'],
      selfPossible: true,
      beyond: 'b.c.d.e.f.example',
    });
  });
});
