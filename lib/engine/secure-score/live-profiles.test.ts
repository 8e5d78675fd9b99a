import { describe, expect, test } from 'vitest';
import type { ControlProfileRow, ProfileItem } from '../../graph/sources/secure-score-control-profiles';
import { liveProfiles } from './live-profiles';

const TENANT = '9f0e1d2c-3b4a-4596-8877-665544332211';
const row = (id: string, over: Partial<ControlProfileRow> = {}): ProfileItem => ({
  ok: true,
  profile: {
    id,
    title: `Title ${id}`,
    maxScore: 5,
    controlCategory: 'Identity',
    deprecated: false,
    azureTenantId: TENANT,
    ...over,
  },
});
const broken = (id: string | null, over: Partial<Extract<ProfileItem, { ok: false }>> = {}): ProfileItem => ({
  ok: false,
  id,
  index: 0,
  path: 'value[0].maxScore',
  problem: 'expected a number',
  deprecated: false,
  ...over,
});

describe('liveProfiles', () => {
  test('a usable profile of this tenant keeps its row and points; deprecated ones are left out', () => {
    const { profiles } = liveProfiles([row('MFA'), row('Old', { deprecated: true })], TENANT);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ id: 'MFA', title: 'Title MFA', maxScore: 5, row: { id: 'MFA' } });
    expect(profiles[0]).not.toHaveProperty('problem');
  });

  test("another tenant's profile is unusable, naming the tenant id", () => {
    const [p] = liveProfiles([row('MFA', { azureTenantId: 'other' })], TENANT).profiles;
    expect(p).not.toHaveProperty('row');
    expect(p?.problem).toMatchObject({ kind: 'malformedField', path: 'MFA.azureTenantId' });
  });

  test('an id listed twice is one unusable profile saying how often', () => {
    const { profiles } = liveProfiles([row('MFA'), row('MFA')], TENANT);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]?.problem).toMatchObject({ path: 'MFA.id', problem: 'listed 2 times' });
  });

  test('a malformed profile names its field under its id; one without an id only counts its points', () => {
    const { profiles, unidentified } = liveProfiles(
      [broken('MFA', { title: 'Require MFA' }), broken(null, { maxScore: 2.5 }), broken(null, { path: 'value[2].id' })],
      TENANT,
    );
    expect(profiles).toEqual([
      {
        id: 'MFA',
        title: 'Require MFA',
        controlCategory: '',
        maxScore: 0,
        problem: {
          kind: 'malformedField',
          source: expect.stringContaining('secureScoreControlProfiles') as string,
          path: 'MFA.maxScore',
          problem: 'expected a number',
        },
      },
    ]);
    expect(unidentified).toEqual({
      paths: ['value[0].maxScore (expected a number)', 'value[2].id (expected a number)'],
      maxScore: 2.5,
    });
  });
});
