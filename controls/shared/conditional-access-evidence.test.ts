import { expect, test } from 'vitest';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { hardenedE5 } from '../../simulator/tenants/hardened-e5';
import { caEvidence, policyListEvidence } from './conditional-access-evidence';

const GROUP = '0e3937e6-a26a-471f-b364-45c480b3ef0d';

/** The hardened tenant's policies, parsed as a control sees them. */
function policies(): CaPolicy[] {
  const parsed = conditionalAccessPolicies.parse({ value: hardenedE5().conditionalAccessPolicies });
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.value;
}

const forAllUsers = () => policies().find((p) => p.conditions.users.includeUsers.includes('All'))!;

test("a policy's deciding fields: its state and grant, and what narrows it; 'All' users is context", () => {
  const p = forAllUsers();
  const narrowed: CaPolicy = {
    ...p,
    conditions: { ...p.conditions, users: { ...p.conditions.users, excludeGroups: [GROUP] } },
  };
  const decided = caEvidence(narrowed).decidedBy ?? [];
  expect(decided).toContain('state');
  expect(decided).toContain('grantControls.builtInControls');
  expect(decided).toContain('conditions.users.excludeGroups');
  expect(decided).not.toContain('conditions.users.includeUsers');
  // Without the exclusion, the same field is context.
  const users = { ...p.conditions.users, excludeGroups: [] };
  const plain = caEvidence({ ...narrowed, conditions: { ...narrowed.conditions, users } });
  expect(plain.decidedBy).not.toContain('conditions.users.excludeGroups');
});

test("a control's own fields decide; the whole list's counts are context", () => {
  expect(caEvidence(forAllUsers(), ['sessionControls.signInFrequency']).decidedBy).toContain(
    'sessionControls.signInFrequency',
  );
  expect(policyListEvidence(policies()).decidedBy).toEqual([]);
});
