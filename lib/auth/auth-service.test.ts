import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  adele,
  expiredRefreshToken,
  fail,
  fakeMsalHost,
  megan,
  type FakeMsalHost,
} from '../../test/fixtures/fake-msal-host';
import { openStore, type StoreDb } from '../store/open-store';
import { createAuthService, type AuthService } from './auth-service';
import { catalogPermissions } from './msal-requests';

const REDIRECT = 'https://test-extension-id.chromiumapp.org/';
const CLIENT_ID = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';
const connection = { clientId: CLIENT_ID, tenant: 'contoso.onmicrosoft.com', cloud: 'global' };
const everything = catalogPermissions.map((p) => `https://graph.microsoft.com/${p}`);
const [lacking, ...rest] = catalogPermissions;
const allButOne = rest.map((p) => `https://graph.microsoft.com/${p}`);

let dbCount = 0;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue(REDIRECT);
});

/**
 * The toolbar badge's owner, as the auth service sees it: 'shown' when it asked for the sign-in-expired
 * badge, 'cleared' when it asked to take it down. How it looks is the owner's business.
 */
function watchBadge() {
  const log: string[] = [];
  return {
    badge: {
      showSignInExpired: (expired: boolean) => {
        log.push(expired ? 'shown' : 'cleared');
        return Promise.resolve();
      },
    },
    get log(): string[] {
      return [...log];
    },
    forget: () => void log.splice(0),
  };
}

async function setup(opts: { granted?: readonly string[]; names?: [string, string][] } = {}) {
  const db: StoreDb = await openStore(`auth-service-${++dbCount}`);
  const msal: FakeMsalHost = fakeMsalHost(opts.granted ?? everything);
  const badge = watchBadge();
  const names = new Map(opts.names ?? [[adele.tenantId, 'Contoso Ltd']]);
  const make = (): AuthService =>
    createAuthService({
      db: () => Promise.resolve(db),
      tenantNames: () => Promise.resolve(names),
      host: msal,
      badge: badge.badge,
    });
  const auth = make();
  /** The service worker stopped and started again: a new service over the same database. */
  const restart = make;
  const signInAs = (account: typeof adele, granted: readonly string[] = opts.granted ?? everything) => {
    msal.signIn = () => Promise.resolve({ ...account, granted: [...granted] });
    return auth.signIn({ consent: false });
  };
  return { db, msal, badge, auth, restart, signInAs };
}

async function connected(opts: Parameters<typeof setup>[0] = {}) {
  const s = await setup(opts);
  const saved = await s.auth.saveConnection(connection);
  expect(saved.ok).toBe(true);
  s.badge.forget();
  return s;
}

async function expire(auth: AuthService): Promise<void> {
  const session = await auth.activeSession();
  await expect(session!.getToken()).rejects.toThrow('Your sign-in expired');
}

describe('the connection', () => {
  test('nothing saved: not configured, with the redirect URI to register, and MSAL never asked', async () => {
    const { auth, msal } = await setup();
    expect(await auth.state()).toEqual({
      status: 'notConfigured',
      connection: null,
      redirectUri: REDIRECT,
      accounts: [],
      active: null,
      missingPermissions: [],
      problem: null,
    });
    expect(await auth.signIn({ consent: false })).toMatchObject({ status: 'notConfigured' });
    expect(await auth.activeSession()).toBeNull();
    expect(msal.asked).toEqual([]);
  });

  test('a bad connection is refused field by field, with a sentence each, and nothing is saved', async () => {
    const { auth } = await setup();
    const result = await auth.saveConnection({ clientId: 'Posture Lens', tenant: 'common', cloud: 'global' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.clientId).toContain('is a GUID');
    expect(result.errors.tenant).toContain('personal Microsoft accounts');
    expect(await auth.connection()).toBeNull();
  });

  test('a good one is saved normalised; with no account yet the state is signed out', async () => {
    const { auth } = await setup();
    const result = await auth.saveConnection({ clientId: ` ${CLIENT_ID.toUpperCase()} `, tenant: '', cloud: 'usgov' });
    const saved = { clientId: CLIENT_ID, tenant: 'organizations', cloud: 'usgov' };
    expect(result).toMatchObject({ ok: true, auth: { status: 'signedOut', connection: saved, active: null } });
    expect(await auth.connection()).toEqual(saved);
  });

  test('MSAL not answering reads as signed out, with the reason in a sentence', async () => {
    const { auth, msal } = await connected();
    msal.accountsFail = { code: 'no_offscreen', message: 'The sign-in host did not answer.' };
    expect(await auth.state()).toMatchObject({
      status: 'signedOut',
      accounts: [],
      active: null,
      problem: { kind: 'other', sentence: 'Sign-in failed: The sign-in host did not answer.' },
    });
  });
});

describe('signing in', () => {
  test('asks MSAL for every catalogue permission on the cloud’s own Graph, and the account becomes active', async () => {
    const { auth, msal, signInAs } = await connected();
    const state = await signInAs(adele);
    expect(msal.asked.find((a) => a.name === 'signIn')?.payload).toEqual({
      connection: { clientId: CLIENT_ID, tenant: 'contoso.onmicrosoft.com', cloud: 'global' },
      redirectUri: REDIRECT,
      scopes: [...everything, 'openid', 'profile', 'offline_access'],
      prompt: 'select_account',
    });
    expect(state).toMatchObject({ status: 'signedIn', problem: null, missingPermissions: [] });
    expect(state.active).toEqual({ ...adele, tenantName: 'Contoso Ltd' });
    expect((await auth.activeSession())?.account.id).toBe(adele.id);
  });

  test('a tenant never scanned is named by the account’s domain', async () => {
    const { signInAs } = await connected();
    expect((await signInAs(megan)).active?.tenantName).toBe('fabrikam.com');
  });

  test('a sign-in granting less than the catalogue reads needs consent for exactly what is missing', async () => {
    const { signInAs } = await connected();
    const state = await signInAs(adele, allButOne);
    expect(state).toMatchObject({ status: 'consentNeeded', missingPermissions: [lacking] });
  });

  test('consent is asked again for the active account, pre-selected by its username', async () => {
    const { auth, msal, signInAs } = await connected();
    await signInAs(adele, allButOne);
    msal.signIn = () => Promise.resolve({ ...adele, granted: everything });
    const state = await auth.signIn({ consent: true });
    const asked = msal.asked.filter((a) => a.name === 'signIn').at(-1)?.payload;
    expect(asked).toMatchObject({ prompt: 'consent', loginHint: adele.username });
    expect(state).toMatchObject({ status: 'signedIn', missingPermissions: [] });
  });

  test('a cancelled sign-in says so in a sentence and changes nothing else', async () => {
    const { auth, msal } = await connected();
    msal.signIn = () => fail({ code: 'user_cancelled', message: 'The sign-in window closed.' });
    const state = await auth.signIn({ consent: false });
    expect(state).toMatchObject({ status: 'signedOut', active: null });
    expect(state.problem).toMatchObject({ kind: 'cancelled', sentence: 'Sign-in was cancelled.' });
    expect(state.problem?.fix).toBe('Sign in again when you are ready; nothing was changed.');
  });

  test('an Entra refusal is explained with its code and its fix', async () => {
    const { auth, msal } = await connected();
    msal.signIn = () => fail({ code: 'invalid_request', message: 'AADSTS50011: The redirect URI does not match.' });
    const { problem } = await auth.signIn({ consent: false });
    expect(problem).toMatchObject({ kind: 'redirectUriMismatch', code: 'AADSTS50011' });
    expect(problem?.fix).toContain('Single-page application');
  });

  test('the next sign-in that works clears the last one’s problem', async () => {
    const { auth, msal, signInAs } = await connected();
    msal.signIn = () => fail({ code: 'user_cancelled' });
    await auth.signIn({ consent: false });
    expect((await signInAs(adele)).problem).toBeNull();
  });

  test('two sign-ins at once share one window, and the state says signing in meanwhile', async () => {
    const { auth, msal } = await connected();
    let finish: (a: typeof adele & { granted: string[] }) => void = () => undefined;
    msal.signIn = () => new Promise((resolve) => (finish = resolve));
    const first = auth.signIn({ consent: false });
    const second = auth.signIn({ consent: false });
    await vi.waitFor(() => expect(msal.asked.filter((a) => a.name === 'signIn')).toHaveLength(1));
    expect((await auth.state()).status).toBe('signingIn');
    finish({ ...adele, granted: everything });
    expect((await first).status).toBe('signedIn');
    expect((await second).status).toBe('signedIn');
    expect(msal.asked.filter((a) => a.name === 'signIn')).toHaveLength(1);
  });
});

describe('accounts', () => {
  test('with none chosen, the first account MSAL holds is the active one', async () => {
    const { auth, msal } = await connected();
    msal.accounts = [megan, adele];
    expect((await auth.state()).active?.id).toBe(megan.id);
  });

  test('switching makes another signed-in account active; an unknown id changes nothing', async () => {
    const { auth, signInAs } = await connected();
    await signInAs(adele);
    await signInAs(megan);
    expect(await auth.switchAccount('nobody')).toBeNull();
    expect((await auth.state()).active?.id).toBe(megan.id);
    expect(await auth.switchAccount(adele.id)).toEqual({ ...adele, tenantName: 'Contoso Ltd' });
    expect((await auth.state()).active?.id).toBe(adele.id);
    expect((await auth.activeSession())?.account.id).toBe(adele.id);
  });

  test('switching to another account forgets the last problem; staying on the same one keeps it', async () => {
    const { auth, msal, signInAs } = await connected();
    await signInAs(adele);
    await signInAs(megan);
    msal.signIn = () => fail({ code: 'user_cancelled' });
    await auth.signIn({ consent: false });
    await auth.switchAccount(megan.id);
    expect((await auth.state()).problem?.kind).toBe('cancelled');
    await auth.switchAccount(adele.id);
    expect((await auth.state()).problem).toBeNull();
  });

  test('signing out removes the account from MSAL; the next one becomes active', async () => {
    const { auth, msal, signInAs } = await connected();
    await signInAs(adele);
    await signInAs(megan);
    const state = await auth.signOut(megan.id);
    expect(msal.asked.at(-2)).toMatchObject({ name: 'signOut', payload: { accountId: megan.id } });
    expect(state.accounts.map((a) => a.id)).toEqual([adele.id]);
    expect(state).toMatchObject({ status: 'signedIn', active: { id: adele.id } });
  });

  test('signing out the last account leaves nobody signed in and no session', async () => {
    const { auth, signInAs } = await connected();
    await signInAs(adele);
    expect(await auth.signOut(adele.id)).toMatchObject({ status: 'signedOut', active: null });
    expect(await auth.activeSession()).toBeNull();
  });
});

describe('tokens', () => {
  test('a silent token for the active account, from its tenant’s authority', async () => {
    const { auth, msal, signInAs } = await connected();
    await signInAs(adele);
    const session = await auth.activeSession();
    expect(session?.connection).toEqual({ clientId: CLIENT_ID, tenant: 'contoso.onmicrosoft.com', cloud: 'global' });
    expect(await session?.getToken()).toBe(`token-for-${adele.id}`);
    expect(msal.asked.at(-1)).toMatchObject({ name: 'acquireToken', payload: { accountId: adele.id } });
  });

  test('a token granting less than the catalogue reads asks for consent', async () => {
    const { auth, msal, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () =>
      Promise.resolve({ accessToken: 't', expiresOn: null, granted: allButOne, tenantId: adele.tenantId });
    await (await auth.activeSession())?.getToken();
    expect(await auth.state()).toMatchObject({ status: 'consentNeeded', missingPermissions: [lacking] });
  });

  test('a failure other than expiry throws its sentence and fix, and does not pause scans', async () => {
    const { auth, msal, badge, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () => fail({ code: 'no_network_connectivity' });
    const session = await auth.activeSession();
    await expect(session!.getToken()).rejects.toThrow(
      'The Microsoft sign-in page could not be reached: this browser seems to be offline. Check the network connection (and any proxy), then sign in again.',
    );
    expect(await auth.state()).toMatchObject({ status: 'signedIn', problem: { kind: 'offline' } });
    expect(await auth.paused()).toBe(false);
    expect(badge.log).toEqual([]);
  });

  test('scans that find permissions refused add them to what consent must cover', async () => {
    const { auth, signInAs } = await connected();
    await signInAs(adele);
    await auth.noteMissingPermissions(adele.id, ['Zeta.Read.All', 'Alpha.Read.All', 'Zeta.Read.All']);
    expect(await auth.state()).toMatchObject({
      status: 'consentNeeded',
      missingPermissions: ['Alpha.Read.All', 'Zeta.Read.All'],
    });
    // A new grant: the next scan finds out again what it still can't read.
    expect((await signInAs(adele)).missingPermissions).toEqual([]);
  });
});

describe('an expired sign-in', () => {
  test('throws a sentence saying scans are paused, pauses them and puts up the `!` badge', async () => {
    const { auth, msal, badge, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () => fail(expiredRefreshToken);
    const session = await auth.activeSession();
    await expect(session!.getToken()).rejects.toThrow(
      'Your sign-in expired (browser sign-ins last 24 hours), so background scans are paused. Sign in again to resume scanning.',
    );
    expect(await auth.state()).toMatchObject({
      status: 'expired',
      problem: { kind: 'signInExpired', code: 'AADSTS700084' },
    });
    expect(await auth.paused()).toBe(true);
    expect(badge.log).toEqual(['shown']);
  });

  test('how the badge looks is its owner’s: the auth service never writes the toolbar itself', async () => {
    const { auth, msal, restart, signInAs } = await connected();
    const writes = [
      vi.spyOn(fakeBrowser.action, 'setBadgeText'),
      vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor'),
      vi.spyOn(fakeBrowser.action, 'setTitle'),
    ];
    await signInAs(adele);
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);
    await restart().restoreBadge();
    await signInAs(adele);
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });

  test('MSAL asking for interaction (Firefox, MSAL in the page) is an expiry too', async () => {
    const { auth, msal, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () => Promise.reject(Object.assign(new Error('x'), { errorCode: 'interaction_required' }));
    await expire(auth);
    expect(await auth.paused()).toBe(true);
  });

  test('a token that works again lifts the pause and takes the `!` down', async () => {
    const { auth, msal, badge, signInAs } = await connected();
    await signInAs(adele);
    const works = msal.acquireToken;
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);
    msal.acquireToken = works;
    await (await auth.activeSession())?.getToken();
    expect(await auth.paused()).toBe(false);
    expect((await auth.state()).status).toBe('signedIn');
    expect(badge.log).toEqual(['shown', 'cleared']);
  });

  test('signing in again lifts the pause and takes the `!` down', async () => {
    const { auth, msal, badge, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);
    expect(await signInAs(adele)).toMatchObject({ status: 'signedIn', problem: null });
    expect(await auth.paused()).toBe(false);
    expect(badge.log).toEqual(['shown', 'cleared']);
  });

  test('a sign-in attempt that fails keeps the expiry, and says why it failed while signing in', async () => {
    const { auth, msal, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);
    msal.signIn = () => fail({ code: 'user_cancelled' });
    const state = await auth.signIn({ consent: false });
    expect(state).toMatchObject({ status: 'expired', problem: { kind: 'signInExpired' } });
    expect(await auth.paused()).toBe(true);
  });

  test('a working token never touches a badge it did not put up (the score stays)', async () => {
    const { auth, badge, signInAs } = await connected();
    await signInAs(adele);
    await (await auth.activeSession())?.getToken();
    await (await auth.activeSession())?.getToken();
    expect(badge.log).toEqual([]);
  });

  test('is each account’s own: the `!` and the pause follow the active account', async () => {
    const { auth, msal, badge, signInAs } = await connected();
    await signInAs(megan);
    await signInAs(adele);
    msal.acquireToken = (p) =>
      p.accountId === adele.id
        ? fail(expiredRefreshToken)
        : Promise.resolve({ accessToken: 't', expiresOn: null, granted: everything, tenantId: megan.tenantId });
    await expire(auth);
    expect(badge.log).toEqual(['shown']);

    await auth.switchAccount(megan.id);
    expect(await auth.paused()).toBe(false);
    expect((await auth.state()).status).toBe('signedIn');
    expect(badge.log).toEqual(['shown', 'cleared']);

    await auth.switchAccount(adele.id);
    expect(await auth.paused()).toBe(true);
    expect(await auth.state()).toMatchObject({ status: 'expired', problem: { kind: 'signInExpired' } });
    expect(badge.log).toEqual(['shown', 'cleared', 'shown']);
  });

  test('signing out the expired account takes the `!` down', async () => {
    const { auth, msal, badge, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);
    await auth.signOut(adele.id);
    expect(await auth.paused()).toBe(false);
    expect(badge.log).toEqual(['shown', 'cleared']);
  });

  test('another app registration forgets every expiry and missing consent, and takes the `!` down', async () => {
    const { auth, msal, badge, signInAs } = await connected();
    await signInAs(adele, allButOne);
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);
    const saved = await auth.saveConnection({ ...connection, clientId: 'c0de0000-7e57-4000-8000-000000000001' });
    expect(saved).toMatchObject({ ok: true, auth: { status: 'signedIn', missingPermissions: [], problem: null } });
    expect(await auth.paused()).toBe(false);
    expect(badge.log).toEqual(['shown', 'cleared']);
  });
});

describe('after the service worker restarts', () => {
  test('an expiry and missing consent are still known', async () => {
    const { auth, msal, restart, signInAs } = await connected();
    await signInAs(megan, allButOne);
    await signInAs(adele);
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);

    const again = restart();
    expect(await again.paused()).toBe(true);
    expect(await again.state()).toMatchObject({ status: 'expired', problem: { kind: 'signInExpired' } });
    await again.switchAccount(megan.id);
    expect(await again.state()).toMatchObject({ status: 'consentNeeded', missingPermissions: [lacking] });
  });

  test('the `!` is put back when the active account’s sign-in is still expired', async () => {
    const { auth, msal, badge, restart, signInAs } = await connected();
    await signInAs(adele);
    msal.acquireToken = () => fail(expiredRefreshToken);
    await expire(auth);
    badge.forget();

    const again = restart();
    expect(await again.restoreBadge()).toBe(true);
    expect(badge.log).toEqual(['shown']);
    // It remembers it put the `!` up: a sign-in takes it down again.
    expect(await signInAsOn(again, msal, adele)).toMatchObject({ status: 'signedIn' });
    expect(badge.log).toEqual(['shown', 'cleared']);
  });

  test('nothing expired: the toolbar is left to the score', async () => {
    const { badge, restart, signInAs } = await connected();
    await signInAs(adele);
    const again = restart();
    expect(await again.restoreBadge()).toBe(false);
    await (await again.activeSession())?.getToken();
    expect(badge.log).toEqual([]);
  });

  test('an expiry saved before expiries were per account belongs to the account that was active', async () => {
    const { db, badge, restart, signInAs } = await connected();
    await signInAs(adele);
    const expiry = {
      kind: 'signInExpired',
      code: 'AADSTS700084',
      sentence: 'Your sign-in expired.',
      fix: 'Sign in again.',
    };
    await db.put('settings', { key: 'authFlags', value: { expired: expiry, missing: {} } });
    const again = restart();
    expect(await again.restoreBadge()).toBe(true);
    expect(await again.state()).toMatchObject({ status: 'expired', problem: expiry });
    expect(badge.log).toEqual(['shown']);
  });

  test('unreadable saved flags are not trusted: nothing expired', async () => {
    const { db, restart, signInAs } = await connected();
    await signInAs(adele);
    await db.put('settings', { key: 'authFlags', value: 'garbage' });
    const again = restart();
    expect(await again.paused()).toBe(false);
    expect((await again.state()).status).toBe('signedIn');
  });
});

function signInAsOn(auth: AuthService, msal: FakeMsalHost, account: typeof adele) {
  msal.signIn = () => Promise.resolve({ ...account, granted: everything });
  return auth.signIn({ consent: false });
}
