import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { RegressedTenants } from '../lib/engine/partner/regressed';
import { popupStateOf } from '../lib/messaging/popup-state';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { PopupView } from './popup-view';

afterEach(cleanup);

const now = Date.parse('2026-03-01T12:00:00.000Z');
const scan = scanWith([controlResult({ id: 'entra-mfa-required', status: 'pass', score: 10 })]);

function popupWith(regressedTenants: RegressedTenants | undefined) {
  const onOpenTenants = vi.fn();
  const state = popupStateOf({
    scan,
    demo: false,
    scanning: false,
    error: null,
    ...(regressedTenants ? { regressedTenants } : {}),
  });
  render(
    <PopupView state={state} now={now} onRunDemo={vi.fn()} onOpenDashboard={vi.fn()} onOpenTenants={onOpenTenants} />,
  );
  return onOpenTenants;
}

test('the popup names the active tenant; with no tenant regressed, no line', () => {
  popupWith({ count: 0, names: [] });
  expect(screen.getByText('Contoso')).toBeTruthy();
  expect(screen.queryByText(/regressed/)).toBeNull();
});

test('one tenant regressed: named, opening the Tenants overview', () => {
  const onOpenTenants = popupWith({ count: 1, names: ['Fabrikam'] });
  fireEvent.click(screen.getByRole('button', { name: 'Fabrikam regressed since its previous scan →' }));
  expect(onOpenTenants).toHaveBeenCalledOnce();
});

test('three tenants regressed: counted, the names in its tooltip', () => {
  const onOpenTenants = popupWith({ count: 3, names: ['Northwind', 'Contoso', 'Fabrikam'] });
  const line = screen.getByRole('button', { name: '3 tenants regressed since their previous scan →' });
  expect(line.getAttribute('title')).toBe('Northwind, Contoso, Fabrikam');
  fireEvent.click(line);
  expect(onOpenTenants).toHaveBeenCalledOnce();
});

test('the line shows without a scan of the active tenant too, and not when unread', () => {
  cleanup();
  const state = popupStateOf({
    scan: null,
    demo: false,
    scanning: false,
    error: null,
    regressedTenants: { count: 2, names: ['A', 'B'] },
  });
  render(<PopupView state={state} now={now} onRunDemo={vi.fn()} onOpenDashboard={vi.fn()} onOpenTenants={vi.fn()} />);
  expect(screen.getByRole('button', { name: /^2 tenants regressed/ })).toBeTruthy();
  cleanup();
  popupWith(undefined);
  expect(screen.queryByText(/regressed/)).toBeNull();
});
