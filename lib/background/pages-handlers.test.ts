import { describe, expect, test, vi } from 'vitest';
import type { SenderInfo } from '../messaging/handle';
import type { AccountView, AppState, AuthState } from '../messaging/protocol';
import { SCAN_CANCELLED } from '../scanner/scan-control';
import { accountHandlers, scanHandlers, settingsHandlers } from './pages-handlers';

const page: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
/** The state a page is shown: here only its error and notice matter. */
const state = (error: string | null = null, notice: string | null = null) =>
  Promise.resolve({ scan: null, demo: false, scanning: false, error, notice } as AppState);

function scanning(outcome: () => Promise<void>) {
  return scanHandlers({
    state,
    scans: { scanDemoTenant: outcome, scanSignedInTenant: outcome },
    scanControl: { cancel: () => true },
    schedule: { view: vi.fn(), set: vi.fn() },
    scored: { history: () => Promise.resolve([]) },
  });
}

describe('scans as the popup sees them', () => {
  test('a scan of the signed-in tenant that fails answers with the state and why; a cancelled one with a notice', async () => {
    const failed = await scanning(() => Promise.reject(new Error('Graph is down.'))).scanSignedInTenant(null, page);
    expect(failed).toMatchObject({ error: 'Graph is down.', notice: null });
    const cancelled = await scanning(() => Promise.reject(new Error(SCAN_CANCELLED))).scanSignedInTenant(null, page);
    expect(cancelled).toMatchObject({ error: null, notice: SCAN_CANCELLED });
    expect(await scanning(() => Promise.resolve()).scanSignedInTenant(null, page)).toMatchObject({ error: null });
  });

  test('the demo: cancelled is a notice too; any other failure is the request’s error', async () => {
    const cancelled = await scanning(() => Promise.reject(new Error(SCAN_CANCELLED))).runDemoScan(null, page);
    expect(cancelled).toMatchObject({ error: null, notice: SCAN_CANCELLED });
    await expect(scanning(() => Promise.reject(new Error('store closed'))).runDemoScan(null, page)).rejects.toThrow(
      'store closed',
    );
  });
});

describe('accounts: the pages follow the active account', () => {
  const alice = { id: 'alice' } as AccountView;
  const bob = { id: 'bob' } as AccountView;
  function accounts(auth: Partial<Parameters<typeof accountHandlers>[0]['auth']> = {}) {
    const followActiveAccount = vi.fn(() => Promise.resolve());
    const handlers = accountHandlers({
      state,
      followActiveAccount,
      auth: {
        state: () => Promise.resolve({ active: alice } as AuthState),
        saveConnection: vi.fn(),
        signIn: () => Promise.resolve({ active: alice, problem: null } as AuthState),
        signOut: () => Promise.resolve({ active: bob } as AuthState),
        switchAccount: () => Promise.resolve(bob),
        ...auth,
      },
    });
    return { handlers, followActiveAccount };
  }

  test('a sign-in that worked shows its tenant; one that failed changes nothing', async () => {
    const ok = accounts({});
    await ok.handlers.signIn({ consent: false }, page);
    expect(ok.followActiveAccount).toHaveBeenCalledTimes(1);
    const failed = accounts({
      signIn: () => Promise.resolve({ active: alice, problem: { kind: 'cancelled' } } as unknown as AuthState),
    });
    await failed.handlers.signIn({ consent: false }, page);
    expect(failed.followActiveAccount).not.toHaveBeenCalled();
  });

  test('signing out the active account shows the next one’s tenant; signing out another changes nothing', async () => {
    const active = accounts({});
    await active.handlers.signOut({ accountId: 'alice' }, page);
    expect(active.followActiveAccount).toHaveBeenCalledTimes(1);
    const other = accounts({});
    await other.handlers.signOut({ accountId: 'carol' }, page);
    expect(other.followActiveAccount).not.toHaveBeenCalled();
  });

  test('switching to a known account shows its tenant; an unknown one changes nothing', async () => {
    const known = accounts({});
    await known.handlers.switchAccount({ accountId: 'bob' }, page);
    expect(known.followActiveAccount).toHaveBeenCalledTimes(1);
    const unknown = accounts({ switchAccount: () => Promise.resolve(null) });
    await unknown.handlers.switchAccount({ accountId: 'zed' }, page);
    expect(unknown.followActiveAccount).not.toHaveBeenCalled();
  });
});

test('a disposition set or cleared, or a review marked, puts the new score on the toolbar at once', async () => {
  const shown = { id: 'scored-scan' };
  const showScore = vi.fn(() => Promise.resolve());
  const set = vi.fn(() => Promise.resolve());
  const clear = vi.fn(() => Promise.resolve());
  const markReviewed = vi.fn(() => Promise.resolve());
  const handlers = settingsHandlers({
    state,
    scored: { current: () => Promise.resolve({ scan: shown } as never), get: vi.fn(), set, clear, markReviewed },
    recordedBy: () => Promise.resolve('admin@contoso.com'),
    badge: { showScore },
    overlay: { switches: vi.fn(), setSwitch: vi.fn() },
    dnsResolver: { get: vi.fn(), set: vi.fn() },
    declarations: { view: vi.fn(), set: vi.fn() },
  });
  await handlers.setDisposition({ controlId: 'c1', disposition: { kind: 'accepted' } as never }, page);
  expect(set).toHaveBeenCalledWith('c1', { kind: 'accepted' }, expect.any(Function));
  expect(showScore).toHaveBeenLastCalledWith(shown);
  await handlers.clearDisposition({ controlId: 'c1' }, page);
  expect(clear).toHaveBeenCalledWith('c1', expect.any(Function));
  expect(showScore).toHaveBeenCalledTimes(2);
  await handlers.markReviewed({ controlId: 'r1', note: 'Looked at last week.' }, page);
  expect(markReviewed).toHaveBeenCalledWith('r1', 'Looked at last week.', expect.any(Function));
  expect(showScore).toHaveBeenCalledTimes(3);
});
