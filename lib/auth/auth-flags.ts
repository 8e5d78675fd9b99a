/**
 * What must survive the service worker stopping: each account's expired sign-in and the consent it
 * lacks. Kept in memory, saved in the settings store, and read back once after a restart.
 */
import type { AuthProblem } from '../messaging/protocol';
import type { StoreDb } from '../store/open-store';

const FLAGS = 'authFlags';

/** Permissions an account lacks: from its token's scopes, and from a scan's 403s. */
export interface MissingConsent {
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

export function createAuthFlags(deps: {
  db: () => Promise<StoreDb>;
  /** The active account when the flags were saved: flags from before expiry was per account are its. */
  activeAccountId: () => Promise<string | undefined>;
}) {
  let expiredBy: Record<string, AuthProblem> = {};
  let missingBy: Record<string, MissingConsent> = {};
  let loaded: Promise<void> | null = null;

  async function persist(): Promise<void> {
    const flags: AuthFlags = { expired: expiredBy, missing: missingBy };
    await (await deps.db()).put('settings', { key: FLAGS, value: flags });
  }

  return {
    /** The worker may have been stopped since the last sign-in: read back what it knew, once. */
    load: (): Promise<void> =>
      (loaded ??= (async () => {
        const rec = await (await deps.db()).get('settings', FLAGS);
        const saved = parseFlags(rec?.value, await deps.activeAccountId());
        expiredBy = { ...saved.expired, ...expiredBy };
        missingBy = { ...saved.missing, ...missingBy };
      })().catch(() => {
        loaded = null;
      })),

    expiredOf: (accountId: string): AuthProblem | undefined => expiredBy[accountId],

    /** An account's sign-in expired, or works again (null); saved when that changes anything. */
    async setExpired(accountId: string, p: AuthProblem | null): Promise<void> {
      const had = accountId in expiredBy;
      if (p) expiredBy = { ...expiredBy, [accountId]: p };
      else if (had) {
        const { [accountId]: _gone, ...rest } = expiredBy;
        expiredBy = rest;
      }
      if (had || p) await persist();
    },

    /** The permissions an account lacks, from its token and its scans, sorted. */
    missingFor(accountId: string | undefined): string[] {
      const m = accountId ? missingBy[accountId] : undefined;
      return m ? [...new Set([...m.token, ...m.scan])].sort() : [];
    },

    async noteMissing(accountId: string, part: keyof MissingConsent, perms: readonly string[]): Promise<void> {
      const before = missingBy[accountId] ?? { token: [], scan: [] };
      const next = [...new Set(perms)].sort();
      if (before[part].join() === next.join() && missingBy[accountId]) return;
      missingBy = { ...missingBy, [accountId]: { ...before, [part]: next } };
      await persist();
    },

    /** A new grant: what its token lacks; the next scan finds out again what it still can't read. */
    granted(accountId: string, tokenLacks: readonly string[]): void {
      missingBy = { ...missingBy, [accountId]: { token: tokenLacks, scan: [] } };
    },

    /** An account signed out: its missing consent no longer applies. */
    forget(accountId: string): void {
      const { [accountId]: _gone, ...rest } = missingBy;
      missingBy = rest;
    },

    /** Another app registration: no account's expiry or grant applies any more. */
    async clear(): Promise<void> {
      expiredBy = {};
      missingBy = {};
      await persist();
    },
  };
}

export type AuthFlagsStore = ReturnType<typeof createAuthFlags>;

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
