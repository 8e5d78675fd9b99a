import { describe, expect, test } from 'vitest';
import { diffScans } from './diff';
import type { ControlResult } from '../verdict/result';
import type { Status } from '../verdict/status';

function result(id: string, status: Status, score: number, maxScore = 10): ControlResult {
  return {
    id,
    title: `Control ${id}`,
    category: 'identity',
    status,
    score,
    maxScore,
    userImpact: 'low',
    refs: { learn: 'https://learn.microsoft.com/' },
    reason: 'Because.',
    evidence: [],
    sources: [],
    permissions: [],
    adminUrl: 'https://entra.microsoft.com/',
    source: 'posture-lens',
  };
}
const scan = (...controls: ControlResult[]) => ({ controls });

describe('diffScans', () => {
  test('two identical scans have no changes', () => {
    const s = scan(result('a', 'pass', 10), result('b', 'fail', 0), result('c', 'unknown', 0));
    expect(diffScans(s, s)).toEqual([]);
  });

  test('unchanged controls are left out; a changed one shows before, after and the points moved', () => {
    const changes = diffScans(
      scan(result('same', 'pass', 10), result('mfa', 'fail', 0)),
      scan(result('same', 'pass', 10), result('mfa', 'pass', 10)),
    );
    expect(changes).toEqual([
      {
        id: 'mfa',
        title: 'Control mfa',
        before: { status: 'fail', score: 0 },
        after: { status: 'pass', score: 10 },
        delta: 10,
        kind: 'improvement',
      },
    ]);
  });

  test('points lost are a negative delta and a regression', () => {
    const [c] = diffScans(scan(result('mfa', 'pass', 10)), scan(result('mfa', 'partial', 7.5)));
    expect(c).toMatchObject({ kind: 'regression', delta: -2.5 });
  });

  test('deltas keep two decimals', () => {
    const [c] = diffScans(scan(result('mfa', 'partial', 0.3)), scan(result('mfa', 'partial', 0.1)));
    expect(c?.delta).toBe(-0.2);
  });

  test('a pass that can no longer be read is a regression', () => {
    const [c] = diffScans(scan(result('mfa', 'pass', 10)), scan(result('mfa', 'unknown', 0)));
    expect(c).toMatchObject({ kind: 'regression', delta: -10 });
  });

  test('a fail becoming unknown is an improvement in status with no points moved', () => {
    const [c] = diffScans(scan(result('mfa', 'fail', 0)), scan(result('mfa', 'unknown', 0)));
    expect(c).toMatchObject({ kind: 'improvement', delta: 0 });
  });

  test('an unknown becoming a fail is a regression with no points moved', () => {
    const [c] = diffScans(scan(result('mfa', 'unknown', 0)), scan(result('mfa', 'fail', 0)));
    expect(c).toMatchObject({ kind: 'regression', delta: 0 });
  });

  test('a move between statuses of equal standing is a change, neither better nor worse', () => {
    const [c] = diffScans(scan(result('dlp', 'notLicensed', 0)), scan(result('dlp', 'manual', 0)));
    expect(c).toMatchObject({ kind: 'changed', delta: 0 });
  });

  test('a control new in the later scan is added, with its score as the delta', () => {
    const [c] = diffScans(scan(), scan(result('new', 'partial', 4)));
    expect(c).toEqual({
      id: 'new',
      title: 'Control new',
      before: null,
      after: { status: 'partial', score: 4 },
      delta: 4,
      kind: 'added',
    });
  });

  test('a control gone from the later scan is removed, its score lost', () => {
    const [c] = diffScans(scan(result('old', 'pass', 6)), scan());
    expect(c).toEqual({
      id: 'old',
      title: 'Control old',
      before: { status: 'pass', score: 6 },
      after: null,
      delta: -6,
      kind: 'removed',
    });
  });

  test('regressions come first, then removed, then improvements, then added', () => {
    const changes = diffScans(
      scan(result('better', 'fail', 0), result('worse', 'pass', 10), result('gone', 'pass', 2)),
      scan(result('fresh', 'pass', 3), result('better', 'pass', 10), result('worse', 'fail', 0)),
    );
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ['worse', 'regression'],
      ['gone', 'removed'],
      ['better', 'improvement'],
      ['fresh', 'added'],
    ]);
  });

  test('within a kind, the most points moved come first, then by id', () => {
    const changes = diffScans(
      scan(
        result('small', 'pass', 10),
        result('big', 'pass', 10),
        result('b-tie', 'pass', 10),
        result('a-tie', 'pass', 10),
      ),
      scan(
        result('small', 'partial', 9),
        result('big', 'fail', 0),
        result('b-tie', 'partial', 5),
        result('a-tie', 'partial', 5),
      ),
    );
    expect(changes.map((c) => c.id)).toEqual(['big', 'a-tie', 'b-tie', 'small']);
  });
});

test('a review control says where the review stood on each side', async () => {
  const { controlResult } = await import('../../../test/fixtures/scan-result');
  const review = (state: 'current' | 'due', score: number) =>
    controlResult({
      id: 'entra-signin-logs-reviewed',
      status: state === 'current' ? 'pass' : 'fail',
      score,
      maxScore: 3,
      review: { cadence: 'weekly', what: 'Sign-ins.', state },
    });
  const [change] = diffScans({ controls: [review('current', 3)] }, { controls: [review('due', 0)] });
  expect(change).toMatchObject({
    kind: 'regression',
    before: { status: 'pass', score: 3, review: 'current' },
    after: { status: 'fail', score: 0, review: 'due' },
  });
});
