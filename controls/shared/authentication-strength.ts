/**
 * What an authentication strength lets a person sign in with, judged from the tenant's strength list
 * rather than from the bare fact that a policy names one: a strength counts as MFA only when every
 * combination it allows is multifactor, and as phishing-resistant only when every combination is.
 */
import type { VerdictKit } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';
import { authenticationStrengths, type AuthStrength } from '../../lib/graph/sources/authentication-strengths';
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { sourceKey } from '../../lib/graph/sources/define-source';

/**
 * Every authentication method mode Graph documents; anything else is a mode we can't judge.
 * https://learn.microsoft.com/graph/api/resources/authenticationmethodmodes (qrCodePin is the
 * evolvable member behind `Prefer: include-unknown-enum-members`).
 */
const DOCUMENTED_MODES = new Set([
  'password',
  'voice',
  'hardwareOath',
  'softwareOath',
  'sms',
  'fido2',
  'windowsHelloForBusiness',
  'microsoftAuthenticatorPush',
  'deviceBasedPush',
  'temporaryAccessPassOneTime',
  'temporaryAccessPassMultiUse',
  'email',
  'x509CertificateSingleFactor',
  'x509CertificateMultiFactor',
  'federatedSingleFactor',
  'federatedMultiFactor',
  'qrCodePin',
]);

/**
 * The combinations of the built-in "Multifactor authentication" strength (id …0002), as the v1.0
 * reference lists them: the combinations Entra itself counts as MFA. Any other combination of
 * documented modes (a password alone, SMS alone, a single-factor certificate, email) is single-factor.
 * https://learn.microsoft.com/graph/api/authenticationstrengthroot-list-policies (example 1)
 */
const MULTIFACTOR = [
  'windowsHelloForBusiness',
  'fido2',
  'x509CertificateMultiFactor',
  'deviceBasedPush',
  'temporaryAccessPassOneTime',
  'temporaryAccessPassMultiUse',
  'password,microsoftAuthenticatorPush',
  'password,softwareOath',
  'password,hardwareOath',
  'password,x509CertificateSingleFactor',
  'password,x509CertificateMultiFactor',
  'password,sms',
  'password,voice',
  'federatedMultiFactor',
  'microsoftAuthenticatorPush,federatedSingleFactor',
  'softwareOath,federatedSingleFactor',
  'hardwareOath,federatedSingleFactor',
  'sms,federatedSingleFactor',
  'voice,federatedSingleFactor',
];

/**
 * The combinations of the built-in "Phishing-resistant MFA" strength (id …0004), same page: Windows
 * Hello for Business, FIDO2 and certificate-based MFA (CIS 5.2.2.5, CISA MS.AAD.3.1v1 and 3.6v1).
 */
const PHISHING_RESISTANT = ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'];

/** A combination's modes, order-free: "sms, password" and "password,sms" are the same combination. */
const modesOf = (combination: string): string[] =>
  combination
    .split(',')
    .map((m) => m.trim())
    .sort();
const key = (combination: string): string => modesOf(combination).join(',');
const MULTIFACTOR_KEYS = new Set(MULTIFACTOR.map(key));
const PHISHING_RESISTANT_KEYS = new Set(PHISHING_RESISTANT.map(key));

export type StrengthLevel = 'mfa' | 'phishingResistant';

export type StrengthJudgement =
  | {
      readonly kind: 'known';
      readonly strength: AuthStrength;
      readonly mfa: boolean;
      readonly phishingResistant: boolean;
    }
  | { readonly kind: 'unknown'; readonly why: string };

/** One strength from the list, judged by what it allows. */
export function judgeStrength(s: AuthStrength): StrengthJudgement {
  const undocumented = s.allowedCombinations.flatMap(modesOf).find((m) => !DOCUMENTED_MODES.has(m));
  if (undocumented)
    return {
      kind: 'unknown',
      why: `the authentication strength '${s.displayName}' allows the method mode '${undocumented}', which Graph's authenticationMethodModes list doesn't document`,
    };
  if (s.requirementsSatisfied === 'unknownFutureValue')
    return {
      kind: 'unknown',
      why: `the authentication strength '${s.displayName}' satisfies requirements Graph calls 'unknownFutureValue'`,
    };
  const keys = s.allowedCombinations.map(key);
  return {
    kind: 'known',
    strength: s,
    // Entra grants the MFA claim only for strengths whose requirementsSatisfied is 'mfa'.
    mfa: s.requirementsSatisfied === 'mfa' && keys.every((k) => MULTIFACTOR_KEYS.has(k)),
    phishingResistant: s.requirementsSatisfied === 'mfa' && keys.every((k) => PHISHING_RESISTANT_KEYS.has(k)),
  };
}

const sameCombinations = (a: readonly string[], b: readonly string[]): boolean => {
  const x = new Set(a.map(key));
  const y = new Set(b.map(key));
  return x.size === y.size && [...x].every((k) => y.has(k));
};

/**
 * The strength a policy requires, judged from the list. The policy's own copy of the strength
 * (`grantControls.authenticationStrength.allowedCombinations`, when Graph sends it) must agree with the
 * list: both are Graph describing one object, so a disagreement means we can't tell which one Entra
 * enforces, and picking either could raise a verdict on a stale or tampered copy.
 */
export function policyStrength(p: CaPolicy, strengths: readonly AuthStrength[] | undefined): StrengthJudgement | null {
  const ref = p.grantControls?.authenticationStrength;
  if (!ref) return null;
  const name = `'${ref.displayName ?? ref.id}'`;
  if (!strengths)
    return {
      kind: 'unknown',
      why: `the authentication strengths couldn't be read (${sourceKey(authenticationStrengths)}, which needs ${authenticationStrengths.permission}), so what the strength ${name} required by '${p.displayName}' allows is unknown`,
    };
  const s = strengths.find((x) => x.id.toLowerCase() === ref.id.toLowerCase());
  if (!s)
    return {
      kind: 'unknown',
      why: `'${p.displayName}' requires the authentication strength ${name} (${ref.id}), which is not in the list of the tenant's strengths`,
    };
  if (ref.allowedCombinations && !sameCombinations(ref.allowedCombinations, s.allowedCombinations))
    return {
      kind: 'unknown',
      why: `'${p.displayName}' carries combinations for the authentication strength '${s.displayName}' that disagree with the strength list (${ref.allowedCombinations.join('; ')} against ${s.allowedCombinations.join('; ')})`,
    };
  return judgeStrength(s);
}

/** Whether the strength a policy requires reaches a level; an evaluator's view of the strengths. */
export interface StrengthReading {
  meets(p: CaPolicy, level: StrengthLevel): boolean;
}

const RANK: Readonly<Record<string, number>> = { pass: 3, partial: 2, fail: 1 };
const raises = (a: Verdict, b: Verdict): boolean => (RANK[b.status] ?? 0) > (RANK[a.status] ?? 0) || b.score > a.score;

/**
 * Decides a verdict that depends on what strengths allow, failing closed: `decide` runs first with
 * every strength that can't be judged read as too weak. If some could not be judged and reading them
 * as strong enough would raise the verdict, the verdict is unknown, naming them (up to three). The
 * strengths consulted are added to the evidence.
 */
export function decideWithStrengths(
  strengths: readonly AuthStrength[] | undefined,
  v: VerdictKit,
  decide: (reading: StrengthReading) => Verdict,
): Verdict {
  const doubts: string[] = [];
  const consulted = new Map<string, AuthStrength>();
  const reading = (assume: boolean): StrengthReading => ({
    meets: (p, level) => {
      const j = policyStrength(p, strengths);
      if (!j) return false;
      if (j.kind === 'unknown') {
        if (!doubts.includes(j.why)) doubts.push(j.why);
        return assume;
      }
      consulted.set(j.strength.id, j.strength);
      return level === 'mfa' ? j.mfa : j.phishingResistant;
    },
  });
  const worst = decide(reading(false));
  if (doubts.length === 0 || worst.status === 'pass') return withStrengthEvidence(worst, consulted);
  const best = decide(reading(true));
  if (!raises(worst, best)) return withStrengthEvidence(worst, consulted);
  return v.unknown({
    kind: 'notEvaluated',
    why: `Couldn't decide: ${doubts.slice(0, 3).join('; ')}${doubts.length > 3 ? `; and ${doubts.length - 3} more` : ''}.`,
  });
}

function withStrengthEvidence(verdict: Verdict, consulted: ReadonlyMap<string, AuthStrength>): Verdict {
  if (consulted.size === 0 || verdict.status === 'unknown') return verdict;
  const ev: Evidence[] = [...consulted.values()].map((s) => {
    const j = judgeStrength(s);
    const note =
      j.kind === 'known'
        ? j.phishingResistant
          ? 'Every combination it allows is phishing-resistant.'
          : j.mfa
            ? 'Every combination it allows is multifactor.'
            : 'It allows a single-factor combination.'
        : undefined;
    return evidence(
      'authenticationStrengthPolicies',
      s,
      ['policyType', 'requirementsSatisfied', 'allowedCombinations'],
      note,
    );
  });
  return { ...verdict, evidence: [...verdict.evidence, ...ev] };
}
