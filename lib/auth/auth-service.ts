/**
 * The background's side of sign-in: the saved connection, the offscreen document that hosts MSAL,
 * launchWebAuthFlow on the offscreen document's behalf, and the state the UI shows. Tokens pass
 * through here only on their way to Graph; they are never stored, logged or sent to a page.
 */
import { browser } from 'wxt/browser';
import { catalogue } from '../../controls';
import { requiredPermissions } from '../engine/scan/permissions';
import { clouds } from '../graph/clouds';
import type { AccountView, AuthProblem, AuthState, SaveConnectionResult } from '../messaging/protocol';
import type { StoreDb } from '../store/open-store';
import {
  AuthFailureError,
  isAuthMessage,
  toFailure,
  type AuthReply,
  type MsalAccount,
  type MsalSetup,
  type OffscreenRequests,
} from './offscreen-messages';
import { launchWebAuthFlow, OFFSCREEN_PATH, type MsalHostClient } from './msal-host-client';
import { describeSignInError, type SignInFailure } from './sign-in-errors';
import { checkConnection, type Connection } from './validate-connection';

const CONNECTION = 'connection';
const ACTIVE_ACCOUNT = 'activeAccountId';
/** What must survive the service worker stopping: each account's expired sign-in and missing consent. */
const FLAGS = 'authFlags';

export interface AuthServiceDeps {
  /** The extension database (settings store); the connection is config, not a secret. */
  db: () => Promise<StoreDb>;
  /** Organization names by tenant id, from stored scans. */
  tenantNames: () => Promise<ReadonlyMap<string, string>>;
  /** Where MSAL runs: the offscreen document (Chrome, Edge) or this background page (Firefox). */
  host: MsalHostClient;
}

/** Short Graph permission names the catalogue reads with (what the consent screen lists). */
export const catalogPermissions: readonly string[] = requiredPermissions(catalogue).map((n) => n.permission);

/** Permissions an account lacks: from its token's scopes, and from a scan's 403s. */
interface MissingConsent {
  readonly token: readonly string[];
  readonly scan: readonly string[];
}

export interface AuthFlags {
  /**
   * Accounts whose sign-in expired, by account id. Each account's own: one account's expired refresh
   * token says nothing of another's, so switching accounts neither clears nor spreads it. Background
   * scans pause while the active account's has expired.
   */
  readonly expired: Readonly<Record<string, AuthProblem>>;
  readonly missing: Readonly<Record<string, MissingConsent>>;
}

export function createAuthService(deps: AuthServiceDeps) {
  let signingIn: Promise<void> | null = null;
  /** The last sign-in attempt's or token request's problem, other than an expiry (kept per account). */
  let problem: AuthProblem | null = null;
  let expiredBy: Record<string, AuthProblem> = {};
  let missingBy: Record<string, MissingConsent> = {};
  let loaded: Promise<void> | null = null;

  // The worker may have been stopped since the last sign-in: read back what it knew, once.
  const load = (): Promise<void> =>
    (loaded ??= (async () => {
      const db = await deps.db();
      const rec = await db.get('settings', FLAGS);
      const active = await db.get('settings', ACTIVE_ACCOUNT);
      const saved = parseFlags(rec?.value, typeof active?.value === 'string' ? active.value : undefined);
      expiredBy = { ...saved.expired, ...expiredBy };
      missingBy = { ...saved.missing, ...missingBy };
    })().catch(() => {
      loaded = null;
    }));

  async function persist(): Promise<void> {
    const flags: AuthFlags = { expired: expiredBy, missing: missingBy };
    await (await deps.db()).put('settings', { key: FLAGS, value: flags });
  }

  const missingFor = (accountId: string | undefined): string[] => {
    const m = accountId ? missingBy[accountId] : undefined;
    return m ? [...new Set([...m.token, ...m.scan])].sort() : [];
  };

  async function noteMissing(accountId: string, part: keyof MissingConsent, perms: readonly string[]): Promise<void> {
    const before = missingBy[accountId] ?? { token: [], scan: [] };
    const next = [...new Set(perms)].sort();
    if (before[part].join() === next.join() && missingBy[accountId]) return;
    missingBy = { ...missingBy, [accountId]: { ...before, [part]: next } };
    await persist();
  }

  const redirectUri = (): string => browser.identity.getRedirectURL();

  async function connection(): Promise<Connection | null> {
    const rec = await (await deps.db()).get('settings', CONNECTION);
    const check = rec ? checkConnection(rec.value as { clientId?: unknown; tenant?: unknown; cloud?: unknown }) : null;
    return check?.ok ? check.connection : null;
  }

  const setupFor = (c: Connection): MsalSetup => ({
    connection: c,
    redirectUri: redirectUri(),
    // Qualified with the cloud's own Graph root: a bare 'Policy.Read.All' means graph.microsoft.com.
    scopes: [
      ...catalogPermissions.map((p) => `${clouds[c.cloud].graphRoot}/${p}`),
      'openid',
      'profile',
      'offline_access',
    ],
  });

  const ask = <N extends keyof OffscreenRequests>(
    name: N,
    payload: OffscreenRequests[N]['payload'],
  ): Promise<OffscreenRequests[N]['result']> => deps.host.ask(name, payload);

  const explain = (err: unknown): AuthProblem =>
    describeSignInError(err instanceof AuthFailureError ? err.failure : toFailure(err));

  async function setExpiredBadge(expired: boolean): Promise<void> {
    if (!expired) return;
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    await browser.action.setTitle({
      title: 'Posture Lens — sign-in expired: background scans are paused. Sign in again.',
    });
  }

  /** The `!` badge follows the active account: set while its sign-in is expired, cleared when not. */
  async function syncBadge(): Promise<void> {
    const expired = await activeExpired();
    await setExpiredBadge(expired !== undefined);
    // The background puts the score back (showOnToolbar) once there is one to show.
    if (!expired && showingExpired) await browser.action.setBadgeText({ text: '' });
    showingExpired = expired !== undefined;
  }
  let showingExpired = false;

  async function activeExpired(): Promise<AuthProblem | undefined> {
    await load();
    const id = await activeAccountId();
    return id ? expiredBy[id] : undefined;
  }

  /** An account's sign-in expired, or works again (null). */
  async function setExpired(accountId: string, p: AuthProblem | null): Promise<void> {
    await load();
    const had = accountId in expiredBy;
    if (p) expiredBy = { ...expiredBy, [accountId]: p };
    else if (had) {
      const { [accountId]: _gone, ...rest } = expiredBy;
      expiredBy = rest;
    }
    if (had || p) await persist();
    await syncBadge();
  }

  const missingFrom = (granted: readonly string[]): string[] => {
    const have = new Set(granted.map((s) => s.replace(/^https:\/\/[^/]+\//, '').toLowerCase()));
    return catalogPermissions.filter((p) => !have.has(p.toLowerCase()));
  };

  async function accounts(c: Connection): Promise<AccountView[]> {
    const [list, names] = await Promise.all([ask('accounts', setupFor(c)), deps.tenantNames()]);
    return list.map((a: MsalAccount) => ({
      ...a,
      tenantName: names.get(a.tenantId) ?? a.username.split('@')[1] ?? a.tenantId,
    }));
  }

  async function activeAccountId(): Promise<string | undefined> {
    const rec = await (await deps.db()).get('settings', ACTIVE_ACCOUNT);
    return typeof rec?.value === 'string' ? rec.value : undefined;
  }

  async function setActiveAccount(id: string): Promise<void> {
    await (await deps.db()).put('settings', { key: ACTIVE_ACCOUNT, value: id });
  }

  async function state(): Promise<AuthState> {
    await load();
    const base = { redirectUri: redirectUri(), missingPermissions: [] as string[], problem };
    const c = await connection();
    if (!c) return { ...base, status: 'notConfigured', connection: null, accounts: [], active: null };
    let list: AccountView[] = [];
    try {
      list = await accounts(c);
    } catch (err) {
      return { ...base, status: 'signedOut', connection: c, accounts: [], active: null, problem: explain(err) };
    }
    const activeId = await activeAccountId();
    const active = list.find((a) => a.id === activeId) ?? list[0] ?? null;
    const missing = missingFor(active?.id);
    const expired = active ? expiredBy[active.id] : undefined;
    const status = signingIn
      ? 'signingIn'
      : !active
        ? 'signedOut'
        : expired
          ? 'expired'
          : missing.length > 0
            ? 'consentNeeded'
            : 'signedIn';
    return {
      ...base,
      problem: signingIn ? problem : (expired ?? problem),
      missingPermissions: missing,
      status,
      connection: c,
      accounts: list,
      active,
    };
  }

  async function runSignIn(c: Connection, consent: boolean): Promise<void> {
    try {
      // Consent is for the account that lacks it: Entra pre-selects it with the hint.
      const hint = consent ? (await state()).active?.username : undefined;
      const account = await ask('signIn', {
        ...setupFor(c),
        prompt: consent ? 'consent' : 'select_account',
        ...(hint ? { loginHint: hint } : {}),
      });
      await setActiveAccount(account.id);
      // A new grant: the next scan finds out again what it still can't read.
      missingBy = { ...missingBy, [account.id]: { token: missingFrom(account.granted), scan: [] } };
      problem = null;
      await setExpired(account.id, null);
    } catch (err) {
      problem = explain(err);
    }
  }

  return {
    connection,
    state,

    async saveConnection(input: { clientId: string; tenant: string; cloud: string }): Promise<SaveConnectionResult> {
      const check = checkConnection(input);
      if (!check.ok) return { ok: false, errors: check.errors };
      await (await deps.db()).put('settings', { key: CONNECTION, value: { ...check.connection } });
      // Another app registration: the old one's accounts, expiries and grants no longer apply.
      await load();
      problem = null;
      expiredBy = {};
      missingBy = {};
      await persist();
      await syncBadge();
      return { ok: true, auth: await state() };
    },

    /** Resolves when the sign-in ends, however it ends; the outcome is in the state. */
    async signIn(opts: { consent: boolean }): Promise<AuthState> {
      await load();
      const c = await connection();
      if (!c) return state();
      signingIn ??= runSignIn(c, opts.consent).finally(() => (signingIn = null));
      await signingIn;
      return state();
    },

    async signOut(accountId: string): Promise<AuthState> {
      const c = await connection();
      if (c) await ask('signOut', { ...setupFor(c), accountId });
      if ((await activeAccountId()) === accountId) await (await deps.db()).delete('settings', ACTIVE_ACCOUNT);
      await load();
      const { [accountId]: _gone, ...rest } = missingBy;
      missingBy = rest;
      problem = null;
      await setExpired(accountId, null);
      return state();
    },

    async switchAccount(accountId: string): Promise<AccountView | null> {
      const c = await connection();
      const found = c ? (await accounts(c)).find((a) => a.id === accountId) : undefined;
      if (!found) return null;
      // Each account keeps its own expiry: the badge and the pause follow the one now active.
      if (found.id !== (await activeAccountId())) problem = null;
      await setActiveAccount(found.id);
      await syncBadge();
      return found;
    },

    /** The active account and a token source for its tenant's Graph; null when nobody is signed in. */
    async activeSession(): Promise<{
      connection: Connection;
      account: AccountView;
      getToken: () => Promise<string>;
    } | null> {
      const s = await state();
      if (!s.connection || !s.active) return null;
      const c: Connection = s.connection;
      const account = s.active;
      return {
        connection: c,
        account,
        getToken: async () => {
          try {
            const t = await ask('acquireToken', { ...setupFor(c), accountId: account.id });
            await noteMissing(account.id, 'token', missingFrom(t.granted));
            await setExpired(account.id, null);
            return t.accessToken;
          } catch (err) {
            const p = explain(err);
            if (p.kind === 'signInExpired') await setExpired(account.id, p);
            else problem = p;
            throw new Error(`${p.sentence} ${p.fix}`);
          }
        },
      };
    },

    /** Permissions a scan found refused (403s), so the UI can offer consent for exactly those. */
    noteMissingPermissions(accountId: string, perms: readonly string[]): Promise<void> {
      return load().then(() => noteMissing(accountId, 'scan', perms));
    },

    /** Background scans wait while the sign-in is expired, until the user signs in again. */
    async paused(): Promise<boolean> {
      return (await activeExpired()) !== undefined;
    },

    /** Puts the `!` badge back after the worker restarts, if the sign-in was still expired. */
    async restoreBadge(): Promise<boolean> {
      const expired = (await activeExpired()) !== undefined;
      await setExpiredBadge(expired);
      showingExpired = expired;
      return expired;
    },

    /** Serves the offscreen document's requests; returns true when it will answer asynchronously. */
    onMessage(
      message: unknown,
      sender: { id?: string; url?: string },
      sendResponse: (r: AuthReply<unknown>) => void,
    ): boolean {
      if (!isAuthMessage(message, 'background')) return false;
      if (sender.id !== browser.runtime.id || sender.url !== browser.runtime.getURL(OFFSCREEN_PATH)) {
        sendResponse({ ok: false, failure: { code: 'refused', message: 'Refused: this sender may not ask that.' } });
        return false;
      }
      if (message.name === 'keepAlive') {
        sendResponse({ ok: true, value: null });
        return false;
      }
      const url = (message.payload as { url?: unknown } | null)?.url;
      if (message.name !== 'launchWebAuthFlow' || typeof url !== 'string' || !isAuthorizeUrl(url)) {
        sendResponse({ ok: false, failure: { code: 'refused', message: `Unknown request '${message.name}'.` } });
        return false;
      }
      launchWebAuthFlow(url).then(
        (redirect) => sendResponse({ ok: true, value: redirect }),
        (err: unknown) =>
          sendResponse({
            ok: false,
            failure: err instanceof AuthFailureError ? err.failure : (toFailure(err) satisfies SignInFailure),
          }),
      );
      return true;
    },
  };
}

/**
 * Reads saved flags, fail-safe: anything unreadable is left out. Flags saved before expiry was per
 * account (`expired` one problem) are kept as the then-active account's.
 */
export function parseFlags(value: unknown, activeId: string | undefined): AuthFlags {
  const empty: AuthFlags = { expired: {}, missing: {} };
  if (typeof value !== 'object' || value === null) return empty;
  const v = value as { expired?: unknown; missing?: unknown };
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s) => typeof s === 'string') : []);
  const isExpiry = (x: unknown): x is AuthProblem =>
    typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'signInExpired';
  const expired: Record<string, AuthProblem> = {};
  if (isExpiry(v.expired)) {
    if (activeId) expired[activeId] = v.expired;
  } else if (typeof v.expired === 'object' && v.expired !== null) {
    for (const [id, p] of Object.entries(v.expired as Record<string, unknown>)) if (isExpiry(p)) expired[id] = p;
  }
  const missing: Record<string, MissingConsent> = {};
  if (typeof v.missing === 'object' && v.missing !== null) {
    for (const [id, m] of Object.entries(v.missing as Record<string, { token?: unknown; scan?: unknown }>)) {
      missing[id] = { token: strings(m?.token), scan: strings(m?.scan) };
    }
  }
  return { expired, missing };
}

/** Only a sign-in authority of one of our clouds may be opened on the offscreen document's say-so. */
function isAuthorizeUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const u = new URL(url);
  return (
    Object.values(clouds).some((c) => u.origin === c.authorityHost) && u.pathname.endsWith('/oauth2/v2.0/authorize')
  );
}

export type AuthService = ReturnType<typeof createAuthService>;
