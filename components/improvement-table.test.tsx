import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { FIRST_ROWS, ImprovementTable } from './improvement-table';

afterEach(cleanup);

/** Twelve actions, more than the first rows shown. */
const many = scanWith(Array.from({ length: 12 }, (_, i) => controlResult({ id: `c${i}`, maxScore: i + 1 })));

const table = () => screen.getByRole('table');
/** The body rows as [action, points to gain, user impact, cost]. */
const rows = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      within(r).getByRole('rowheader').textContent,
      ...within(r)
        .getAllByRole('cell')
        .slice(1) // the rank
        .map((c) => c.textContent),
    ]);

describe('the dashboard’s improvement actions', () => {
  test('names the columns it is ranked by', () => {
    render(<ImprovementTable scan={many} onSelect={() => undefined} />);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['#', 'Improvement action', 'Points to gain', 'User impact', 'Cost']);
  });

  test('shows the first ten, and all of them on request', () => {
    render(<ImprovementTable scan={many} onSelect={() => undefined} />);
    expect(rows()[0]?.slice(0, 2)).toEqual(['Control c11', '12']);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 12 improvement actions' }));
    expect(within(table()).getAllByRole('row')).toHaveLength(13);
    fireEvent.click(screen.getByRole('button', { name: `Show the first ${FIRST_ROWS}` }));
    expect(within(table()).getAllByRole('row')).toHaveLength(FIRST_ROWS + 1);
  });

  test('an action opens its control’s detail', () => {
    const onSelect = vi.fn();
    render(
      <ImprovementTable
        scan={scanWith([controlResult({ id: 'mfa', title: 'MFA for everyone' })])}
        onSelect={onSelect}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'MFA for everyone' }));
    expect(onSelect).toHaveBeenCalledWith('mfa');
  });

  test('a cost an old stored scan lacks shows as —, and a Microsoft row carries its tag', () => {
    const scan = scanWith([
      controlResult({ id: 'old', title: 'Old', maxScore: 5 }),
      controlResult({
        id: 'ms',
        title: 'Borrowed',
        maxScore: 3,
        implementationCost: 'low',
        source: 'microsoft',
        microsoft: {
          profileId: 'x',
          title: 'Borrowed',
          status: 'fail',
          score: 0,
          maxScore: 3,
          measuredAt: '2026-03-01T06:00:00Z',
        },
      }),
    ]);
    render(<ImprovementTable scan={scan} onSelect={() => undefined} />);
    expect(rows()).toEqual([
      ['Old', '5', 'Low', '—'],
      ['BorrowedMicrosoft · measured 1 Mar 2026', '3', 'Low', 'Low'],
    ]);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  test('says so when nothing is left to gain', () => {
    render(
      <ImprovementTable
        scan={scanWith([controlResult({ id: 'ok', status: 'pass', score: 10 })])}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByText('Nothing left to gain among the controls decided.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
