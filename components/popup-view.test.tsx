import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { popupStateOf } from '../lib/messaging/popup-state';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AppState, AuthState } from '../lib/messaging/protocol';
import type { ControlResult } from '../lib/engine/verdict/result';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { PopupView } from './popup-view';

const control = (id: string, status: ControlResult['status'], score: number, maxScore: number): ControlResult =>
  controlResult({ id, status, score, maxScore });
// Measured an hour before `now`.
const scanOf = (controls: ControlResult[]) => scanWith(controls, { scannedAt: '2026-11-24T11:00:00.000Z' });

afterEach(cleanup);

const noop = () => undefined;
const adele = { id: 'oid.tid', username: 'adele@contoso.onmicrosoft.com', name: 'Adele Vance', tenantId: 'tid' };
const signedIn: AuthState = {
  status: 'signedIn',
  connection: { clientId: '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13', tenant: 'organizations', cloud: 'global' },
  redirectUri: 'https://abc.chromiumapp.org/',
  accounts: [{ ...adele, tenantName: 'Contoso' }],
  active: { ...adele, tenantName: 'Contoso' },
  missingPermissions: [],
  problem: null,
};
/** A real tenant's state; with `auth`, signed in as Adele unless it says otherwise. */
const stateOf = (scan: AppState['scan'], auth?: Partial<AuthState>): AppState => ({
  scan,
  demo: false,
  scanning: false,
  error: null,
  ...(auth ? { auth: { ...signedIn, ...auth } } : {}),
});
const now = Date.parse('2026-11-24T12:00:00.000Z');

describe('PopupView', () => {
  test('with no scan, it says so honestly and offers the demo tenant', () => {
    const onRunDemo = vi.fn();
    render(
      <PopupView
        state={popupStateOf({ scan: null, demo: false, scanning: false, error: null })}
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
        state={popupStateOf({ scan, demo: true, scanning: false, error: null })}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
      />,
    );
    expect(screen.getByRole('figure', { name: 'Score 50% (Fair): 10 of 20 points' })).toBeTruthy();
    expect(screen.getByText('1 h ago')).toBeTruthy();
    expect(screen.getByText(/1 couldn't be decided/)).toBeTruthy();
  });

  test('an error is announced, and scanning disables the button', () => {
    render(
      <PopupView
        state={popupStateOf({
          scan: null,
          demo: false,
          scanning: true,
          error: 'Posture Lens couldn’t open its scan history.',
        })}
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
    render(<PopupView state={popupStateOf(stateOf(scan))} now={now} onRunDemo={noop} onOpenDashboard={noop} />);
    const items = within(screen.getByRole('list', { name: 'Top improvement actions' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.imp-title')?.textContent)).toEqual([
      'MFA for every user',
      'Small painless',
    ]);
    within(items[0]!).getByText('Moderate user impact · Moderate cost');
    within(items[0]!).getByLabelText('9 points to gain');
  });

  test('three actions first, the next two after the buttons; each opens its control in the dashboard', () => {
    const scan = scanOf([9, 8, 7, 6, 5, 4].map((p) => controlResult({ id: `c${p}`, title: `Gain ${p}`, maxScore: p })));
    const onOpenControl = vi.fn();
    render(
      <PopupView
        state={popupStateOf(stateOf(scan))}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
        onOpenControl={onOpenControl}
      />,
    );
    const titles = (name: string) =>
      within(screen.getByRole('list', { name }))
        .getAllByRole('button')
        .map((b) => b.querySelector('.imp-title')?.textContent);
    expect(titles('Top improvement actions')).toEqual(['Gain 9', 'Gain 8', 'Gain 7']);
    expect(titles('More improvement actions')).toEqual(['Gain 6', 'Gain 5']);
    // In reading order: the first three, then Rescan and Open dashboard, then the rest.
    const order = screen.getAllByRole('button').map((b) => b.querySelector('.imp-title')?.textContent ?? b.textContent);
    expect(order).toEqual(['Gain 9', 'Gain 8', 'Gain 7', 'Scan the demo tenant', 'Open dashboard', 'Gain 6', 'Gain 5']);
    fireEvent.click(screen.getByRole('button', { name: /Gain 8/ }));
    expect(onOpenControl).toHaveBeenCalledWith('c8');
  });

  test('the change since the scan before sits under the score; nothing with one scan', () => {
    const scan = scanOf([control('a', 'pass', 10, 10), control('b', 'fail', 0, 10)]);
    const previous = { scannedAt: '2026-11-23T09:00:00.000Z', percent: 42 };
    const { unmount } = render(
      <PopupView
        state={popupStateOf({ ...stateOf(scan), previous })}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
      />,
    );
    screen.getByText('+8 since yesterday');
    unmount();
    render(<PopupView state={popupStateOf(stateOf(scan))} now={now} onRunDemo={noop} onOpenDashboard={noop} />);
    expect(screen.queryByText(/since/)).toBeNull();
  });

  test('the demo says it is the demo and how to connect a real tenant, not "Not connected"', () => {
    const onAuthAction = vi.fn();
    const scan = scanOf([control('a', 'fail', 0, 10)]);
    render(
      <PopupView
        state={popupStateOf({ ...stateOf(scan, { status: 'notConfigured', accounts: [], active: null }), demo: true })}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
        onAuthAction={onAuthAction}
      />,
    );
    expect(screen.getByRole('note').textContent).toBe('Demo tenant (Contoso) — simulated data. Connect your tenant →');
    expect(screen.queryByText(/Not connected/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Connect your tenant →' }));
    expect(onAuthAction).toHaveBeenCalledWith({ kind: 'openSettings' });
    screen.getByRole('button', { name: 'Rescan demo tenant' });
  });

  test.each([
    ['signedIn', 'Scan Contoso', { kind: 'scan' }],
    ['consentNeeded', 'Scan Contoso', { kind: 'scan' }],
    ['expired', 'Sign in again', { kind: 'signIn' }],
    ['signedOut', 'Sign in', { kind: 'signIn' }],
  ] as const)('a real tenant, %s: the first screen offers %s, once', (status, label, action) => {
    const onAuthAction = vi.fn();
    const scan = scanOf([control('a', 'fail', 0, 10)]);
    render(
      <PopupView
        state={popupStateOf(stateOf(scan, { status }))}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
        onAuthAction={onAuthAction}
      />,
    );
    const footer = document.querySelector<HTMLElement>('footer.actions')!;
    fireEvent.click(within(footer).getByRole('button', { name: label }));
    expect(onAuthAction).toHaveBeenCalledWith(action);
    expect(screen.getAllByRole('button', { name: label })).toHaveLength(1);
    // The sign-in state is still said, below the first screen.
    expect(screen.getByRole('region', { name: 'Sign-in' }).textContent).toMatch(/Signed|Sign-in expired/);
  });

  test('missing consent is said on the first screen, before the actions, with its one Grant consent button', () => {
    const onAuthAction = vi.fn();
    const scan = scanOf([control('a', 'fail', 0, 10)]);
    render(
      <PopupView
        state={popupStateOf(stateOf(scan, { status: 'consentNeeded', missingPermissions: ['Policy.Read.All'] }))}
        now={now}
        onRunDemo={noop}
        onOpenDashboard={noop}
        onAuthAction={onAuthAction}
      />,
    );
    const note = screen.getByText(
      /^Consent is needed for 1 permission: the controls that need it couldn't be decided\./,
    );
    expect(note.compareDocumentPosition(screen.getByRole('list', { name: 'Top improvement actions' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    fireEvent.click(within(note).getByRole('button', { name: 'Grant consent' }));
    expect(onAuthAction).toHaveBeenCalledWith({ kind: 'consent' });
    expect(screen.getAllByRole('button', { name: 'Grant consent' })).toHaveLength(1);
  });
});
