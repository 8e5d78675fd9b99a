import { expect, test } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { historyView } from './history';

const monday = scanWith(
  [controlResult({ id: 'a', status: 'pass', score: 10 }), controlResult({ id: 'b', status: 'pass', score: 10 })],
  {
    scannedAt: '2026-11-23T09:00:00.000Z',
  },
);
const tuesday = scanWith(
  [controlResult({ id: 'a', status: 'pass', score: 10 }), controlResult({ id: 'b', status: 'fail', score: 0 })],
  {
    scannedAt: '2026-11-24T09:00:00.000Z',
  },
);

test('points run oldest first, with per-category percents and null where nothing was available', () => {
  const v = historyView([tuesday, monday]);
  expect(v.points.map((p) => [p.scannedAt, p.percent])).toEqual([
    ['2026-11-23T09:00:00.000Z', 100],
    ['2026-11-24T09:00:00.000Z', 50],
  ]);
  expect(v.points[1]!.byCategory).toEqual({ identity: 50, data: null, device: null, apps: null });
});

test('changes compare the latest scan with the one before, regressions first', () => {
  const v = historyView([tuesday, monday]);
  expect(v.previousScannedAt).toBe(monday.scannedAt);
  expect(v.changes).toMatchObject([{ id: 'b', kind: 'regression', delta: -10 }]);
});

test('a single scan has a point and no changes', () => {
  expect(historyView([monday])).toMatchObject({ changes: [], previousScannedAt: null });
  expect(historyView([])).toEqual({ points: [], changes: [], previousScannedAt: null });
});

test('two scans judged against different declarations are flagged, so their changes are not compared silently', () => {
  const declared = {
    emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user' as const, reason: 'In the safe' }],
    exemptions: [],
    privilegedRoles: null,
  };
  expect(historyView([{ ...tuesday, declarations: declared }, monday]).declarationsChanged).toBe(true);
  expect(
    historyView([
      { ...tuesday, declarations: declared },
      { ...monday, declarations: declared },
    ]).declarationsChanged,
  ).toBe(false);
  expect(historyView([tuesday, monday]).declarationsChanged).toBe(false);
});
