import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { PopupView } from './popup-view';

const control = (id: string, status: ControlResult['status'], score: number, maxScore: number): ControlResult =>
  controlResult({ id, status, score, maxScore });
// Measured an hour before `now`.
const scanOf = (controls: ControlResult[]) => scanWith(controls, { scannedAt: '2026-11-24T11:00:00.000Z' });

afterEach(cleanup);

const noop = () => undefined;
const now = Date.parse('2026-11-24T12:00:00.000Z');

describe('PopupView', () => {
  test('with no scan, it says so honestly and offers the demo tenant', () => {
    const onRunDemo = vi.fn();
    render(
      <PopupView
        state={{ scan: null, demo: false, scanning: false, error: null }}
        now={now}
        onRunDemo={onRunDemo}
        onOpenDashboard={noop}
      />,
    );
    expect(screen.getByText(/No scan yet — try the demo tenant/)).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull(); // no invented score
    fireEvent.click(screen.getByRole('button', { name: 'Try the demo tenant' }));
    expect(onRunDemo).toHaveBeenCalledOnce();
  });

  test('shows the score, when it was measured, and how many controls could not be decided', () => {
    const scan = scanOf([control('a', 'pass', 10, 10), control('b', 'fail', 0, 8), control('c', 'unknown', 0, 2)]);
    render(
      <PopupView
        state={{ scan, demo: true, scanning: false, error: null }}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
      />,
    );
    expect(screen.getByRole('figure', { name: 'Score 50% (Fair): 10 of 20 points' })).toBeTruthy();
    expect(screen.getByText('1 h ago')).toBeTruthy();
    expect(screen.getByText(/1 couldn't be decided/)).toBeTruthy();
    expect(screen.getByText('Demo tenant')).toBeTruthy();
  });

  test('an error is announced, and scanning disables the button', () => {
    render(
      <PopupView
        state={{ scan: null, demo: false, scanning: true, error: 'Posture Lens couldn’t open its scan history.' }}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('scan history');
    expect(screen.getByRole<HTMLButtonElement>('button').disabled).toBe(true);
  });

  test('top improvements: most points first, even a disruptive fix, with the impact and cost that rank them', () => {
    const scan = scanOf([
      controlResult({ id: 'small-painless', title: 'Small painless', maxScore: 8, implementationCost: 'low' }),
      controlResult({
        id: 'big-disruptive',
        title: 'MFA for every user',
        maxScore: 9,
        userImpact: 'moderate',
        implementationCost: 'moderate',
      }),
    ]);
    render(
      <PopupView
        state={{ scan, demo: false, scanning: false, error: null }}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Top improvement actions' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.imp-title')?.textContent)).toEqual([
      'MFA for every user',
      'Small painless',
    ]);
    within(items[0]!).getByText('Moderate user impact · Moderate cost');
    within(items[0]!).getByLabelText('9 points to gain');
  });
});
