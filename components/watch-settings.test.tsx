import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { WatchSettingsView } from '../lib/messaging/protocol';
import { WatchSettingsSection } from './watch-settings';

afterEach(cleanup);

const view: WatchSettingsView = {
  tenantId: 't1',
  tenantName: 'Contoso',
  settings: { notify: true, threshold: { kind: 'anyDrop' } },
};
const radio = (name: RegExp | string) => screen.getByRole<HTMLInputElement>('radio', { name });

test('names the tenant watched and shows its choice: on, any drop', () => {
  render(<WatchSettingsSection view={view} onChange={vi.fn()} />);
  expect(screen.getByRole('region', { name: 'Watch' }).textContent).toContain('After each background scan of Contoso');
  expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Notify me/ }).checked).toBe(true);
  expect(radio('Any drop').checked).toBe(true);
});

test('turning it off, or choosing own controls only, saves at once', () => {
  const onChange = vi.fn();
  render(<WatchSettingsSection view={view} onChange={onChange} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /Notify me/ }));
  expect(onChange).toHaveBeenLastCalledWith({ notify: false, threshold: { kind: 'anyDrop' } });
  fireEvent.click(radio(/^Only Posture Lens’s own controls/));
  expect(onChange).toHaveBeenLastCalledWith({ notify: true, threshold: { kind: 'ownOnly' } });
});

test('a points threshold is saved only as a whole number in range, with a sentence saying why not', () => {
  const onChange = vi.fn();
  render(<WatchSettingsSection view={view} onChange={onChange} />);
  fireEvent.click(radio(/^Drops of at least/));
  expect(onChange).toHaveBeenLastCalledWith({ notify: true, threshold: { kind: 'points', points: 5 } });
  const points = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Points' });
  fireEvent.input(points, { target: { value: '0' } });
  fireEvent.change(points, { target: { value: '0' } });
  expect(screen.getByRole('alert').textContent).toBe('Give a whole number of points from 1 to 100.');
  expect(onChange).toHaveBeenCalledTimes(1);
  fireEvent.input(points, { target: { value: '8' } });
  fireEvent.change(points, { target: { value: '8' } });
  expect(onChange).toHaveBeenLastCalledWith({ notify: true, threshold: { kind: 'points', points: 8 } });
  expect(screen.queryByRole('alert')).toBeNull();
});

test('nobody signed in: nothing to watch, and it says why', () => {
  render(<WatchSettingsSection view={{ ...view, tenantId: null, tenantName: null }} onChange={vi.fn()} />);
  expect(screen.getByRole('region', { name: 'Watch' }).textContent).toContain('Sign in to a tenant to watch it');
  expect(screen.queryByRole('checkbox')).toBeNull();
});
