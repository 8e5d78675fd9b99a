import { cleanup, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import type { ControlChange } from '../lib/engine/history/diff';
import { ChangeList } from './change-list';

const change = (id: string, kind: ControlChange['kind'], delta: number): ControlChange => ({
  id,
  title: `Control ${id}`,
  before: kind === 'added' ? null : { status: 'pass', score: 5 },
  after: kind === 'removed' ? null : { status: delta < 0 ? 'fail' : 'pass', score: 5 + delta },
  delta,
  kind,
});

describe('what changed', () => {
  test('a regression stays in view while two hundred new controls fold into one line', () => {
    const added = Array.from({ length: 200 }, (_, i) => change(`microsoft-${i}`, 'added', 1));
    render(<ChangeList changes={[change('a', 'regression', -5), ...added]} since="2026-11-24T09:00:00.000Z" />);
    const moved = screen.getByRole('list', { name: 'Changes since the previous scan' });
    expect(moved.textContent).toBe('Regressed Control a Passing → Failing (-5 pts)');
    expect(moved.querySelectorAll('li')).toHaveLength(1);
    // Each change opens its control's timeline, where the scans and who changed it are.
    expect(screen.getByRole('link', { name: 'Control a' }).getAttribute('href')).toBe('#control=a&view=timeline');
    expect(screen.getByText(/200 controls new in this scan/).textContent).toBe(
      '200 controls new in this scan (+200 pts)',
    );
    expect(screen.getByRole('group').hasAttribute('open')).toBe(false);
  });

  test('when only new controls arrived, it says nothing already scanned changed', () => {
    render(<ChangeList changes={[change('n', 'added', 0)]} since="2026-11-24T09:00:00.000Z" />);
    expect(screen.getByText(/No control already scanned changed since/)).toBeTruthy();
    expect(screen.getByText(/1 control new in this scan/).textContent).toBe('1 control new in this scan (0 pts)');
  });

  test('a first scan and an unchanged scan each say so', () => {
    const { unmount } = render(<ChangeList changes={[]} since={null} />);
    expect(screen.getByText(/first scan of this tenant/)).toBeTruthy();
    unmount();
    render(<ChangeList changes={[]} since="2026-11-24T09:00:00.000Z" />);
    expect(screen.getByText(/Nothing changed since the scan of/)).toBeTruthy();
  });
});

test('a review that came due reads as one, never as passing → failing', () => {
  const due: ControlChange = {
    id: 'entra-signin-logs-reviewed',
    title: 'Sign-in logs are reviewed every week',
    before: { status: 'pass', score: 3, review: 'current' },
    after: { status: 'fail', score: 0, review: 'due' },
    delta: -3,
    kind: 'regression',
  };
  cleanup();
  render(<ChangeList changes={[due]} since="2026-11-24T09:00:00.000Z" />);
  expect(screen.getByRole('list', { name: 'Changes since the previous scan' }).textContent).toBe(
    'Regressed Sign-in logs are reviewed every week Reviewed → Review due (-3 pts)',
  );
});
