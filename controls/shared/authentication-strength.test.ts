import { describe, expect, test } from 'vitest';
import { authenticationStrengths, type AuthStrength } from '../../lib/graph/sources/authentication-strengths';
import { judgeStrength } from './authentication-strength';

const strength = (allowedCombinations: string[], over: Partial<AuthStrength> = {}): AuthStrength => ({
  id: 'x',
  displayName: 'X',
  policyType: 'custom',
  requirementsSatisfied: 'mfa',
  allowedCombinations,
  ...over,
});
const judged = (s: AuthStrength) => {
  const j = judgeStrength(s);
  return j.kind === 'known' ? { mfa: j.mfa, phishingResistant: j.phishingResistant } : j.why;
};

describe('judgeStrength', () => {
  // The built-in strengths' combinations, as the v1.0 list reference shows them (example 1).
  test('the built-in "Multifactor authentication" strength is MFA, not phishing-resistant', () => {
    const mfa = ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush']
      .concat(['temporaryAccessPassOneTime', 'temporaryAccessPassMultiUse', 'password,microsoftAuthenticatorPush'])
      .concat(['password,softwareOath', 'password,hardwareOath', 'password,x509CertificateSingleFactor'])
      .concat(['password,x509CertificateMultiFactor', 'password,sms', 'password,voice', 'federatedMultiFactor'])
      .concat(['microsoftAuthenticatorPush,federatedSingleFactor', 'softwareOath,federatedSingleFactor'])
      .concat(['hardwareOath,federatedSingleFactor', 'sms,federatedSingleFactor', 'voice,federatedSingleFactor']);
    expect(judged(strength(mfa))).toEqual({ mfa: true, phishingResistant: false });
  });
  test('the built-in "Phishing resistant MFA" strength is both', () => {
    expect(judged(strength(['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor']))).toEqual({
      mfa: true,
      phishingResistant: true,
    });
  });
  test('a password alone, SMS alone, email or a single-factor certificate is not MFA', () => {
    for (const single of ['password', 'sms', 'email', 'x509CertificateSingleFactor', 'federatedSingleFactor'])
      expect(judged(strength(['fido2', single]))).toEqual({ mfa: false, phishingResistant: false });
  });
  test('a combination is the same whatever the order and spacing of its modes', () => {
    expect(judged(strength(['sms, password']))).toEqual({ mfa: true, phishingResistant: false });
  });
  test("a strength whose requirementsSatisfied is 'none' grants no MFA claim, whatever it allows", () => {
    expect(judged(strength(['fido2'], { requirementsSatisfied: 'none' }))).toEqual({
      mfa: false,
      phishingResistant: false,
    });
  });
  test('an undocumented mode or requirement is named, not guessed', () => {
    expect(judged(strength(['fido2', 'password,retinaScan']))).toContain("'retinaScan'");
    expect(judged(strength(['fido2'], { requirementsSatisfied: 'unknownFutureValue' }))).toContain(
      'unknownFutureValue',
    );
  });
});

describe('the strengths source', () => {
  const body = (s: unknown) => ({ value: [s] });
  const good = strength(['fido2']);
  test('reads a strength', () => expect(authenticationStrengths.parse(body(good)).ok).toBe(true));
  test('an empty list of combinations is malformed, not vacuously multifactor', () => {
    expect(authenticationStrengths.parse(body({ ...good, allowedCombinations: [] }))).toMatchObject({
      ok: false,
      path: 'value[0].allowedCombinations',
    });
  });
  test('a combination that is not comma-joined modes is malformed', () => {
    expect(authenticationStrengths.parse(body({ ...good, allowedCombinations: ['fido2', 7] }))).toMatchObject({
      ok: false,
      path: 'value[0].allowedCombinations[1]',
    });
  });
  test('an unknown requirementsSatisfied value is malformed', () => {
    expect(authenticationStrengths.parse(body({ ...good, requirementsSatisfied: 'all' }))).toMatchObject({
      ok: false,
      path: 'value[0].requirementsSatisfied',
    });
  });
});
