import { describe, expect, test } from 'vitest';
import {
  applyDispositions,
  checkDisposition,
  clearDisposition,
  dispositionsAt,
  recordDisposition,
  reviewsDue,
  type Disposition,
  type DispositionInput,
  type DispositionRecord,
} from './dispositions';
import { toJson } from '../export/export-json';
import { topImprovements } from '../score/improvements';
import type { ControlResult } from '../verdict/result';
import type { ScanResult } from '../scan/run-scan';
import type { Status } from '../verdict/status';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';

const control = (id: string, status: Status, score: number, maxScore: number): ControlResult =>
  controlResult({
    id,
    status,
    score,
    maxScore,
    evidence: [{ source: 'policies', id: `${id}-policy`, displayName: `Policy of ${id}`, fields: {} }],
  });
const scanOf = (controls: ControlResult[]): ScanResult =>
  scanWith(controls, { tenant: { id: 't1', displayName: 'Contoso', cloud: 'global' } });

// 14 of 30 points: mfa passes (10), legacy fails (0 of 10), guests partly (4 of 10); pim isn't licensed.
const scan = scanOf([
  control('mfa', 'pass', 10, 10),
  control('legacy', 'fail', 0, 10),
  control('guests', 'partial', 4, 10),
  control('pim', 'notLicensed', 0, 5),
]);
const NOW = '2026-11-02T09:00:00.000Z';
const by = (kind: DispositionInput['kind'], extra: Partial<Disposition> = {}): Disposition => ({
  kind,
  recordedBy: 'admin@contoso.example',
  recordedAt: '2026-11-02T08:00:00.000Z',
  ...extra,
});
const one = (id: string, d: Disposition) => new Map([[id, d]]);

describe('applyDispositions', () => {
  test('third party and alternate mitigation earn the full points, keeping the measured verdict', () => {
    expect(scan.score).toEqual({ achieved: 14, available: 30, percent: 47 });
    for (const kind of ['thirdParty', 'alternateMitigation'] as const) {
      const view = applyDispositions(scan, one('legacy', by(kind)), NOW);
      expect(view.score).toEqual({ achieved: 24, available: 30, percent: 80 });
      const legacy = view.controls.find((c) => c.id === 'legacy')!;
      expect(legacy).toMatchObject({ status: 'fail', score: 10, reason: 'Reason for legacy.' });
      expect(legacy.evidence).toEqual(scan.controls[1]!.evidence);
      expect(legacy.disposition).toMatchObject({ kind, applies: true, measured: { status: 'fail', score: 0 } });
      expect(view.summary.byCategory.identity.achieved).toBe(24);
    }
  });

  test('risk accepted earns nothing and stays in the available points, even on a partial control', () => {
    const view = applyDispositions(
      scan,
      one('guests', by('riskAccepted', { reason: 'r', reviewBy: '2027-01-01' })),
      NOW,
    );
    expect(view.score).toEqual({ achieved: 10, available: 30, percent: 33 });
    expect(view.controls.find((c) => c.id === 'guests')!.disposition?.measured).toEqual({
      status: 'partial',
      score: 4,
    });
  });

  test('planned changes no points but is carried for the UI', () => {
    const view = applyDispositions(scan, one('legacy', by('planned')), NOW);
    expect(view.score).toEqual(scan.score);
    expect(view.controls.find((c) => c.id === 'legacy')!.disposition?.kind).toBe('planned');
  });

  test('a control that passes now, or is not scored, keeps its points whatever was recorded', () => {
    const view = applyDispositions(
      scan,
      new Map([
        ['mfa', by('riskAccepted', { reason: 'r', reviewBy: '2027-01-01' })],
        ['pim', by('thirdParty')],
      ]),
      NOW,
    );
    expect(view.score).toEqual(scan.score);
    expect(view.controls.find((c) => c.id === 'mfa')!.disposition?.applies).toBe(false);
  });

  test('never rewrites the stored scan', () => {
    const before = structuredClone(scan);
    applyDispositions(scan, one('legacy', by('thirdParty')), NOW);
    expect(scan).toEqual(before);
  });

  test('records of another tenant, and cleared ones, do nothing', () => {
    const rec = recordDisposition(undefined, { tenantId: 't2', controlId: 'legacy' }, { kind: 'thirdParty' }, 'a', NOW);
    expect(applyDispositions(scan, [rec], NOW).score).toEqual(scan.score);
    const mine = recordDisposition(
      undefined,
      { tenantId: 't1', controlId: 'legacy' },
      { kind: 'thirdParty' },
      'a',
      NOW,
    );
    expect(applyDispositions(scan, [mine], NOW).score.achieved).toBe(24);
    expect(applyDispositions(scan, [clearDisposition(mine, 'a', NOW)], NOW).score).toEqual(scan.score);
  });

  test('a risk acceptance past its review date is flagged review due', () => {
    const d = by('riskAccepted', { reason: 'r', reviewBy: '2026-11-02' });
    expect(reviewsDue(applyDispositions(scan, one('legacy', d), NOW)).map((c) => c.id)).toEqual(['legacy']);
    expect(reviewsDue(applyDispositions(scan, one('legacy', d), '2026-11-01T23:59:00.000Z'))).toEqual([]);
  });
});

describe('top improvements under dispositions', () => {
  const base = scanOf([control('a', 'fail', 0, 10), control('b', 'fail', 0, 8), control('c', 'fail', 0, 6)]);
  const ids = (m: Map<string, Disposition>) =>
    topImprovements(applyDispositions(base, m, NOW).controls).map((i) => i.id);

  test('risk accepted, third party and alternate mitigation drop out', () => {
    expect(ids(new Map())).toEqual(['a', 'b', 'c']);
    expect(ids(one('a', by('riskAccepted', { reason: 'r', reviewBy: '2027-01-01' })))).toEqual(['b', 'c']);
    expect(ids(one('b', by('thirdParty')))).toEqual(['a', 'c']);
    expect(ids(one('c', by('alternateMitigation')))).toEqual(['a', 'b']);
  });

  test('planned ones sink below the unplanned and say so', () => {
    const items = topImprovements(applyDispositions(base, one('a', by('planned')), NOW).controls);
    expect(items.map((i) => [i.id, i.planned ?? false])).toEqual([
      ['b', false],
      ['c', false],
      ['a', true],
    ]);
  });
});

describe('recording and clearing', () => {
  const key = { tenantId: 't1', controlId: 'legacy' };
  test('replacing and clearing keep the whole trail, with who and when', () => {
    let rec: DispositionRecord = recordDisposition(
      undefined,
      key,
      { kind: 'planned' },
      'ann@x',
      '2026-11-01T00:00:00Z',
    );
    rec = recordDisposition(rec, key, { kind: 'thirdParty', note: 'EDR vendor' }, 'bob@x', '2026-11-02T00:00:00Z');
    rec = clearDisposition(rec, 'ann@x', '2026-11-03T00:00:00Z');
    expect(rec.current).toBeNull();
    expect(rec.trail).toEqual([
      { action: 'set', disposition: { kind: 'planned', recordedBy: 'ann@x', recordedAt: '2026-11-01T00:00:00Z' } },
      {
        action: 'set',
        disposition: {
          kind: 'thirdParty',
          note: 'EDR vendor',
          recordedBy: 'bob@x',
          recordedAt: '2026-11-02T00:00:00Z',
        },
      },
      { action: 'cleared', by: 'ann@x', at: '2026-11-03T00:00:00Z', was: 'thirdParty' },
    ]);
    expect(clearDisposition(rec, 'x', 'y')).toBe(rec); // nothing current: nothing to clear
  });
});

describe('checkDisposition', () => {
  const today = '2026-11-02';
  test('risk accepted needs a reason and a review date after today', () => {
    expect(checkDisposition({ kind: 'riskAccepted' }, today)).toEqual({
      ok: false,
      errors: { reason: 'Say why the risk is accepted.', reviewBy: 'Choose when to review the accepted risk.' },
    });
    expect(checkDisposition({ kind: 'riskAccepted', reason: 'x', reviewBy: today }, today)).toEqual({
      ok: false,
      errors: { reviewBy: 'The review date must be after today.' },
    });
    expect(checkDisposition({ kind: 'riskAccepted', reason: ' x ', reviewBy: '2026-02-30' }, today)).toMatchObject({
      ok: false,
      errors: { reviewBy: 'Give the review date as YYYY-MM-DD.' },
    });
    expect(checkDisposition({ kind: 'riskAccepted', reason: ' Legacy app ', reviewBy: '2027-05-01' }, today)).toEqual({
      ok: true,
      value: { kind: 'riskAccepted', reason: 'Legacy app', reviewBy: '2027-05-01' },
    });
  });

  test('other kinds take an optional note; blanks and stray review dates are dropped', () => {
    expect(checkDisposition({ kind: 'thirdParty', note: '  ', reviewBy: '2027-01-01' }, today)).toEqual({
      ok: true,
      value: { kind: 'thirdParty' },
    });
    expect(checkDisposition({ kind: 'ignored' }, today)).toEqual({
      ok: false,
      errors: { kind: 'Choose a disposition.' },
    });
    expect(checkDisposition({ kind: 'planned', note: 'x'.repeat(1001) }, today)).toMatchObject({ ok: false });
    expect(checkDisposition('planned', today)).toMatchObject({ ok: false });
  });
});

describe('dispositions over time', () => {
  test('each moment sees the disposition then in force', () => {
    const key = { tenantId: 't1', controlId: 'legacy' };
    let rec = recordDisposition(undefined, key, { kind: 'planned' }, 'a', '2026-11-01T00:00:00.000Z');
    rec = recordDisposition(rec, key, { kind: 'thirdParty' }, 'a', '2026-11-05T00:00:00.000Z');
    rec = clearDisposition(rec, 'a', '2026-11-09T00:00:00.000Z');
    const kindAt = (at: string) => dispositionsAt([rec], at).get('legacy')?.kind;
    expect(kindAt('2026-10-31T00:00:00.000Z')).toBeUndefined();
    expect(kindAt('2026-11-03T00:00:00.000Z')).toBe('planned');
    expect(kindAt('2026-11-05T00:00:00.000Z')).toBe('thirdParty');
    expect(kindAt('2026-11-10T00:00:00.000Z')).toBeUndefined();
  });
});

describe('the JSON export', () => {
  test('carries the scored view: the disposed score and what the disposition did', () => {
    const json = toJson(applyDispositions(scan, one('legacy', by('thirdParty', { note: 'EDR' })), NOW));
    expect(json.score.percent).toBe(80);
    expect(json.controls.find((c) => c.id === 'legacy')).toMatchObject({
      status: 'fail',
      score: 10,
      disposition: { kind: 'thirdParty', note: 'EDR', measured: { status: 'fail', score: 0 } },
    });
    expect(toJson(scan).controls.every((c) => !('disposition' in c))).toBe(true);
  });
});
