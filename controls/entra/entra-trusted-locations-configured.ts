import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { IP_LOCATION, namedLocations } from '../../lib/graph/sources/named-locations';
import {
  blocks,
  candidateEvidence,
  exclusions,
  isUnconditional,
  judgePolicies,
  targetsAllApps,
  targetsAllUsers,
  type PolicyJudgement,
} from '../shared/conditional-access';

// The source checks the locations condition (lists of strings, key always sent); null means none.
const locationsOf = (p: CaPolicy): CaPolicy['conditions']['locations'] => p.conditions.locations;

/** The policy's other conditions, leaving its location condition aside. */
const withoutLocations = (p: CaPolicy): CaPolicy => ({ ...p, conditions: { ...p.conditions, locations: null } });

function blockSentence(j: PolicyJudgement): string {
  switch (j.kind) {
    case 'good':
      return `'${j.policy.displayName}' blocks sign-ins from untrusted locations for all users and apps`;
    case 'excludesTooMany':
      return `'${j.policy.displayName}' blocks untrusted locations but excludes more than the two break-glass accounts or people not declared`;
    case 'unresolved':
      return `'${j.policy.displayName}' blocks untrusted locations, but who it excludes couldn't be read in full`;
    case 'notEnforced':
      return `'${j.policy.displayName}' would block untrusted locations, but it is ${j.policy.state === 'disabled' ? 'disabled' : 'report-only'}`;
    case 'tooNarrow':
      return `'${j.policy.displayName}' blocks untrusted locations, but not for every user, app and sign-in`;
    case 'none':
      return 'no conditional access policy blocks sign-ins from untrusted locations';
  }
}

export default defineControl({
  id: 'entra-trusted-locations-configured',
  title: 'A trusted named location is defined and untrusted locations are blocked',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP1,
  refs: {
    cis: '5.2.2.14, 5.2.2.15',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-assignment-network',
  },
  threats: ['Password spraying from abroad', 'Use of stolen credentials', 'Anonymous infrastructure'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'Named locations let policies and risk detection tell your own networks from everywhere else, and ' +
    'blocking the countries you never work from removes most automated credential attacks. Follows CIS v7 ' +
    '5.2.2.14 (an IP named location marked trusted, with at least one range) and 5.2.2.15 (an enforced ' +
    'conditional access policy for all users and apps that blocks sign-ins from untrusted locations, ' +
    'excluding only trusted ones and break-glass accounts). Each half earns half the credit. CISA SCuBA and ' +
    'Secure Score have no matching rule; location blocks are coarse (VPNs evade them) and complement MFA, ' +
    'never replace it.',
  remediation: [
    'Open Entra admin center › Conditional Access › Named locations › IP ranges location; add your office egress ranges and tick "Mark as trusted location".',
    'Add a Countries location with the countries and regions you never work from.',
    'Create a conditional access policy: Users All (exclude break-glass accounts); Target resources All cloud apps; Network: include the countries location, exclude All trusted locations; Grant: Block access. Enable it.',
  ],
  fixAt: adminPages.caNamedLocations,
  setTo: { setting: 'IP ranges location › Mark as trusted location', value: 'Checked, with at least one IP range' },
  sources: { locations: namedLocations, policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ locations, policies, groups: read }, v, ctx) => {
    const groups = exclusions(read, ctx);
    for (const [i, l] of locations.entries()) {
      if (l['@odata.type'] === IP_LOCATION && l.ipRanges === undefined)
        return v.malformed('namedLocations', `value[${i}].ipRanges`, 'missing');
    }
    // isTrusted is documented as "Optional. Default value is false".
    const trustedIds = new Set(
      locations.filter((l) => l['@odata.type'] === IP_LOCATION && l.isTrusted === true).map((l) => l.id),
    );
    const trusted = locations.filter((l) => trustedIds.has(l.id) && (l.ipRanges ?? []).length > 0);
    const isTrustedRef = (id: string) => id === 'AllTrusted' || trustedIds.has(id);
    const blocksUntrusted = (p: CaPolicy): boolean => {
      const loc = locationsOf(p);
      return (
        blocks(p) &&
        loc !== null &&
        loc.includeLocations.length > 0 &&
        !loc.includeLocations.some(isTrustedRef) &&
        loc.excludeLocations.every(isTrustedRef)
      );
    };
    const candidates = policies.filter(blocksUntrusted);
    const everyone = (p: CaPolicy) => targetsAllUsers(p) && targetsAllApps(p) && isUnconditional(withoutLocations(p));
    const judgement = judgePolicies(candidates, groups, everyone);
    const ev = [
      ...locations.map((l) =>
        evidence('namedLocations', { ...l, ipRangeCount: l.ipRanges?.length ?? null }, [
          '@odata.type',
          'isTrusted',
          'ipRangeCount',
          'countriesAndRegions',
        ]),
      ),
      ...candidateEvidence(candidates, policies, groups, ['conditions.locations']),
    ];
    const names = trusted.map((l) => `'${l.displayName}'`).join(', ');
    const trustedPart =
      trusted.length === 0
        ? 'No IP named location is marked trusted with an IP range'
        : trusted.length === 1
          ? `${names} is a trusted IP named location`
          : `${names} are trusted IP named locations`;
    const blockPart = blockSentence(judgement);
    const blockOk = judgement.kind === 'good';
    if (trusted.length && blockOk) return v.pass(`${trustedPart}, and ${blockPart}.`, ev);
    if (trusted.length || blockOk) return v.partial(0.5, `${trustedPart}, but ${blockPart}.`, ev);
    return v.fail(`${trustedPart}, and ${blockPart}.`, ev);
  },
});
