import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { recordDisposition, type DispositionRecord } from '../history/dispositions';
import type { ControlResult } from '../verdict/result';
import { dispositionsFingerprint, linePointOf, tenantScores } from './overview-row';

const tenant = { id: '11111111-1111-4111-8111-111111111111', displayName: 'Contoso', cloud: 'global' };
const NOW = '2026-11-24T12:00:00.000Z';
const mfa = (status: 'pass' | 'fail') =>
  controlResult({
    id: 'entra-mfa-required',
    title: 'MFA is required',
    status,
    score: status === 'pass' ? 8 : 0,
    maxScore: 8,
    refs: { learn: 'https://learn.microsoft.com/', cis: '5.2.2.1', secureScore: 'MFARegistrationV2' },
  });
const legacy = (status: 'pass' | 'fail') =>
  controlResult({
    id: 'entra-legacy-auth-blocked',
    title: 'Legacy authentication is blocked',
    status,
    score: status === 'pass' ? 2 : 0,
    maxScore: 2,
    refs: { learn: 'https://learn.microsoft.com/', scuba: 'MS.AAD.1.1v1' },
  });
const sharing = (status: 'pass' | 'fail') =>
  controlResult({ id: 'spo-sharing-limited', category: 'data', status, score: status === 'pass' ? 10 : 0 });
const scanAt = (scannedAt: string, controls: ControlResult[], skus = ['SPE_E3']) =>
  scanWith(controls, { tenant, scannedAt, licences: { known: true, skus } });
const thirdParty = (controlId: string, at: string, tenantId = tenant.id): DispositionRecord =>
  recordDisposition(undefined, { tenantId, controlId }, { kind: 'thirdParty' }, 'admin@contoso.example', at);

describe('tenantScores', () => {
  test('never scanned: no scores, no line, nothing regressed', () => {
    expect(tenantScores([], [], NOW)).toEqual({
      latest: null,
      change: null,
      sparkline: [],
      worstRegression: null,
      regressions: 0,
    });
  });

  test('one scan: its score, band, failing count, categories, frameworks and licence; no change yet', () => {
    const s = tenantScores(
      [scanAt('2026-11-20T09:00:00.000Z', [mfa('pass'), legacy('fail'), sharing('fail')])],
      [],
      NOW,
    );
    expect(s.latest).toMatchObject({
      scannedAt: '2026-11-20T09:00:00.000Z',
      percent: 40,
      achieved: 8,
      available: 20,
      band: { id: 'fair', label: 'Fair' },
      failing: 2,
      byCategory: { identity: 80, data: 0, device: null, apps: null },
      // CIS references MFA alone (8/8); SCuBA legacy auth alone (0/2); Secure Score MFA alone.
      byFramework: { cis: 100, scuba: 0, secureScore: 100 },
      licence: 'Microsoft 365 E3',
    });
    expect(s.change).toBeNull();
    expect(s.sparkline).toEqual([{ at: '2026-11-20T09:00:00.000Z', percent: 40 }]);
    expect(s.worstRegression).toBeNull();
  });

  test('a framework the tenant has no points in reads null, not 0', () => {
    const s = tenantScores([scanAt('2026-11-20T09:00:00.000Z', [sharing('pass')])], [], NOW);
    expect(s.latest?.byFramework).toEqual({ cis: null, scuba: null, secureScore: null });
  });

  test('unreadable licences are null, never a tier', () => {
    const scan = { ...scanAt('2026-11-20T09:00:00.000Z', [mfa('pass')]), licences: { known: false, skus: [] } };
    expect(tenantScores([scan], [], NOW).latest?.licence).toBeNull();
  });

  test('change, the line oldest first, and the worst regression by points lost', () => {
    const newest = scanAt('2026-11-22T09:00:00.000Z', [mfa('fail'), legacy('fail'), sharing('pass')]);
    const before = scanAt('2026-11-21T09:00:00.000Z', [mfa('pass'), legacy('pass'), sharing('pass')]);
    const oldest = scanAt('2026-10-01T09:00:00.000Z', [mfa('fail'), legacy('fail'), sharing('fail')]);
    const s = tenantScores([newest, before, oldest], [], NOW);
    expect(s.latest?.percent).toBe(50);
    expect(s.change).toBe(-50);
    expect(s.sparkline).toEqual([
      { at: '2026-10-01T09:00:00.000Z', percent: 0 },
      { at: '2026-11-21T09:00:00.000Z', percent: 100 },
      { at: '2026-11-22T09:00:00.000Z', percent: 50 },
    ]);
    expect(s.regressions).toBe(2);
    expect(s.worstRegression).toEqual({ controlId: 'entra-mfa-required', title: 'MFA is required', pointsLost: 8 });
  });

  test('only improvements: nothing regressed', () => {
    const newest = scanAt('2026-11-22T09:00:00.000Z', [mfa('pass'), legacy('pass')]);
    const before = scanAt('2026-11-21T09:00:00.000Z', [mfa('fail'), legacy('pass')]);
    const s = tenantScores([newest, before], [], NOW);
    expect(s.change).toBe(80);
    expect(s).toMatchObject({ regressions: 0, worstRegression: null });
  });

  test("the tenant's own disposition resolves a failing control and lifts its score; another tenant's doesn't", () => {
    const scan = scanAt('2026-11-20T09:00:00.000Z', [mfa('fail'), legacy('pass')]);
    const other = thirdParty('entra-mfa-required', '2026-11-01T00:00:00.000Z', '22222222-2222-4222-8222-222222222222');
    expect(tenantScores([scan], [other], NOW).latest).toMatchObject({ percent: 20, failing: 1 });
    const own = thirdParty('entra-mfa-required', '2026-11-01T00:00:00.000Z');
    expect(tenantScores([scan], [own], NOW).latest).toMatchObject({ percent: 100, failing: 0 });
  });

  test('a disposition recorded today scores today, not the past: the line keeps the older scan as measured', () => {
    const newest = scanAt('2026-11-22T09:00:00.000Z', [mfa('fail'), legacy('pass')]);
    const before = scanAt('2026-11-21T09:00:00.000Z', [mfa('fail'), legacy('pass')]);
    const s = tenantScores([newest, before], [thirdParty('entra-mfa-required', NOW)], NOW);
    expect(s.sparkline.map((p) => p.percent)).toEqual([20, 100]);
    expect(s.change).toBe(80);
  });

  test('risk accepted leaves a control failing', () => {
    const scan = scanAt('2026-11-20T09:00:00.000Z', [mfa('fail')]);
    const accepted = recordDisposition(
      undefined,
      { tenantId: tenant.id, controlId: 'entra-mfa-required' },
      { kind: 'riskAccepted', reason: 'Break-glass only', reviewBy: '2027-01-01' },
      'admin@contoso.example',
      '2026-11-01T00:00:00.000Z',
    );
    expect(tenantScores([scan], [accepted], NOW).latest?.failing).toBe(1);
  });
});

describe('points kept between reads', () => {
  const at = '2026-11-10T09:00:00.000Z';
  test("an older scan's point is scored with the dispositions of its time", () => {
    const scan = scanAt(at, [mfa('fail'), legacy('pass')]);
    expect(linePointOf(scan, [thirdParty('entra-mfa-required', '2026-11-01T00:00:00.000Z')])).toEqual({
      at,
      percent: 100,
    });
    expect(linePointOf(scan, [thirdParty('entra-mfa-required', NOW)])).toEqual({ at, percent: 20 });
  });

  test('the fingerprint changes only with what was in force at that time', () => {
    const before = dispositionsFingerprint([], at);
    expect(dispositionsFingerprint([thirdParty('entra-mfa-required', NOW)], at)).toBe(before);
    expect(dispositionsFingerprint([thirdParty('entra-mfa-required', '2026-11-01T00:00:00.000Z')], at)).not.toBe(
      before,
    );
  });

  test('kept points lead the line, oldest first, before the scans read in full', () => {
    const newest = scanAt('2026-11-22T09:00:00.000Z', [mfa('pass'), legacy('pass')]);
    const before = scanAt('2026-11-21T09:00:00.000Z', [mfa('fail'), legacy('pass')]);
    const s = tenantScores([newest, before], [], NOW, [
      { at: '2026-10-01T09:00:00.000Z', percent: 5 },
      { at: '2026-10-02T09:00:00.000Z', percent: 7 },
    ]);
    expect(s.sparkline.map((p) => p.percent)).toEqual([5, 7, 20, 100]);
  });
});
