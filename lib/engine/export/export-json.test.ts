import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { toJson } from './export-json';
import { applyDispositions } from '../history/dispositions';
import type { ControlResult } from '../verdict/result';

const microsoft = (measuredAt: string): ControlResult['microsoft'] => ({
  profileId: 'mdo_autoforwardingmode',
  title: "Microsoft's rule",
  status: 'fail',
  score: 0,
  maxScore: 8,
  measuredAt,
  ageDays: 9,
  stale: true,
});

describe('borrowed verdicts in the JSON export', () => {
  test('say whose verdict it is, when it was measured and that it is stale', () => {
    const json = toJson(
      scanWith([
        controlResult({ id: 'old', source: 'microsoft', microsoft: microsoft('2026-02-20T06:00:00Z') }),
        controlResult({ id: 'ours' }),
      ]),
    );
    expect(json.controls[0]).toMatchObject({
      borrowed: { from: 'Microsoft Secure Score', measuredAt: '2026-02-20T06:00:00Z', ageDays: 9, stale: true },
      microsoft: { stale: true },
    });
    expect(json.controls[1]).not.toHaveProperty('borrowed');
  });

  test("an attestation is exported as Microsoft's, with who and when", () => {
    const attested: ControlResult['microsoft'] = {
      ...microsoft('2026-02-28T06:00:00Z')!,
      status: 'attested',
      stale: false,
      attestation: {
        kind: 'thirdParty',
        state: 'ThirdParty',
        updatedBy: 'megan@contoso.com',
        updatedDateTime: '2026-02-01T00:00:00Z',
        says: 'Microsoft Secure Score: marked resolved by a third party by megan@contoso.com on 2026-02-01 — an attestation, not a measurement.',
      },
    };
    const [c] = toJson(
      scanWith([controlResult({ id: 'x', source: 'microsoft', status: 'unknown', microsoft: attested })]),
    ).controls;
    expect(c).toMatchObject({
      status: 'unknown',
      microsoft: { status: 'attested', attestation: { updatedBy: 'megan@contoso.com' } },
      borrowed: { stale: false, attestation: expect.stringContaining('an attestation, not a measurement') },
    });
  });
});

describe('the improvements in the JSON export', () => {
  test('list what to fix first, in the ranking, with its columns in order', () => {
    const json = toJson(
      scanWith([
        controlResult({ id: 'passing', status: 'pass', score: 10, maxScore: 10 }),
        controlResult({ id: 'small', maxScore: 2, implementationCost: 'low' }),
        controlResult({ id: 'big-disruptive', maxScore: 8, userImpact: 'high', implementationCost: 'moderate' }),
        controlResult({ id: 'big-painless', maxScore: 8, userImpact: 'low', implementationCost: 'high' }),
        controlResult({ id: 'unknown', status: 'unknown', maxScore: 9 }),
      ]),
    );
    expect(json.improvements).toEqual([
      { controlId: 'big-painless', pointsToGain: 8, userImpact: 'low', implementationCost: 'high' },
      { controlId: 'big-disruptive', pointsToGain: 8, userImpact: 'high', implementationCost: 'moderate' },
      { controlId: 'small', pointsToGain: 2, userImpact: 'low', implementationCost: 'low' },
    ]);
    expect(Object.keys(json.improvements[0] ?? {})).toEqual([
      'controlId',
      'pointsToGain',
      'userImpact',
      'implementationCost',
    ]);
  });

  test('keep every existing field beside them', () => {
    const json = toJson(scanWith([controlResult({ id: 'x' })]));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['tool', 'tenant', 'scannedAt', 'score', 'categories', 'controls', 'stats']),
    );
    expect(json.controls).toHaveLength(1);
  });

  test('an empty list when nothing can gain points', () => {
    expect(toJson(scanWith([controlResult({ id: 'ok', status: 'pass', score: 10 })])).improvements).toEqual([]);
  });
});

describe('controls out of the score in the JSON export', () => {
  test('say why their score counts for nothing; scored controls carry no such key', () => {
    const json = toJson(
      scanWith([
        controlResult({ id: 'pim', status: 'notLicensed', maxScore: 7, licence: 'Microsoft Entra ID P2' }),
        controlResult({ id: 'lockbox', status: 'manual' }),
        controlResult({ id: 'failing' }),
      ]),
    );
    expect(json.controls.map((c) => c.outOfScore)).toEqual(['needs Microsoft Entra ID P2', 'check by hand', undefined]);
    expect(json.controls[2]).not.toHaveProperty('outOfScore');
  });
});

describe('review controls in the JSON report', () => {
  test("each control says its kind; a review's status is an attestation, with where the review stands", () => {
    const review = controlResult({
      id: 'entra-signin-logs-reviewed',
      maxScore: 3,
      review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
    });
    const marks = new Map([
      [
        review.id,
        {
          kind: 'reviewed' as const,
          note: 'Fine',
          recordedBy: 'alex@contoso.com',
          recordedAt: '2026-12-01T09:00:00.000Z',
        },
      ],
    ]);
    const json = toJson(
      applyDispositions(scanWith([review, controlResult({ id: 'm' })]), marks, '2026-12-02T00:00:00Z'),
    );
    expect(json.controls[0]).toMatchObject({
      kind: 'attestation',
      status: 'pass',
      score: 3,
      review: { state: 'current', last: { by: 'alex@contoso.com', note: 'Fine' }, dueAt: '2026-12-08T09:00:00.000Z' },
    });
    expect(json.controls[1]).toMatchObject({ kind: 'measured' });
    expect(json.controls[1]).not.toHaveProperty('review');
  });
});

describe('controls read from an admin service (issue 17)', () => {
  test('name the service, whether it was read live, and why not', () => {
    const json = toJson(
      scanWith([
        controlResult({ id: 'live', serviceRead: { services: ['exchange'], live: true } }),
        controlResult({
          id: 'off',
          status: 'manual',
          serviceRead: {
            services: ['teams'],
            live: false,
            why: 'Microsoft Teams was not read: no --teams-token given.',
          },
        }),
        controlResult({ id: 'graph' }),
      ]),
    );
    expect(json.controls.map((c) => c.serviceRead)).toEqual([
      { services: ['exchange'], live: true },
      { services: ['teams'], live: false, why: 'Microsoft Teams was not read: no --teams-token given.' },
      undefined,
    ]);
  });
});
