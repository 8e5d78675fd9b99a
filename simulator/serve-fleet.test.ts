import { describe, expect, test } from 'vitest';
import { contoso } from './tenants/contoso';
import { fleetModel, fleetOf, fleetTenantId, fleetToken } from './fleet';
import { mostAtOnce, tidOfBearer } from './serve-fleet';

describe('the fleet simulator', () => {
  test.each([
    [[], 0],
    [[{ first: 1, last: 1 }], 1],
    [
      [
        { first: 1, last: 4 },
        { first: 5, last: 8 },
      ],
      1,
    ],
    [
      [
        { first: 1, last: 4 },
        { first: 2, last: 3 },
        { first: 3, last: 9 },
      ],
      3,
    ],
    [
      [
        { first: 1, last: 4 },
        { first: 4, last: 6 },
      ],
      2,
    ],
  ])('scans at once over %j: %i', (intervals, most) => {
    expect(mostAtOnce(intervals)).toBe(most);
  });

  test.each([
    [`Bearer ${fleetToken('F1EE7000-0000-4000-8000-000000000001')}`, 'f1ee7000-0000-4000-8000-000000000001'],
    ['Bearer opaque-token', undefined],
    ['Bearer a.!!!.c', undefined],
    [undefined, undefined],
  ])('the tenant of %j is %j', (header, tid) => {
    expect(tidOfBearer(header)).toBe(tid);
  });

  test('a fleet cycles through the postures, each copy under its own id everywhere', () => {
    const fleet = fleetOf(5);
    expect(fleet.map((t) => t.posture)).toEqual(['contoso', 'hardenedE5', 'freshDefaults', 'unconsented', 'contoso']);
    const original = contoso();
    const copy = fleetModel(fleet[4]!);
    expect(copy.organization.id).toBe(fleetTenantId(5));
    const text = JSON.stringify(copy);
    expect(text).not.toContain(original.organization.id);
    // As many places name the copy as named the original (organization, Secure Score, SKUs …).
    expect(text.split(fleetTenantId(5)).length).toBe(JSON.stringify(original).split(original.organization.id!).length);
    expect(text.split(fleetTenantId(5)).length).toBeGreaterThan(3);
  });
});
