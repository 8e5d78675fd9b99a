/**
 * Decides when the toolbar says the sign-in expired: while the active account's has. How it says it
 * (text, colour, title) is the badge owner's; this only says when.
 */
import type { AuthProblem } from '../messaging/protocol';
import type { AuthFlagsStore } from './auth-flags';

/** The toolbar badge's owner, as the auth service sees it. */
export interface SignInExpiredBadge {
  /** true: show that the sign-in expired; false: take that down (the owner puts the score back). */
  showSignInExpired(expired: boolean): Promise<void>;
}

export function createExpiryTracker(deps: {
  flags: AuthFlagsStore;
  activeAccountId: () => Promise<string | undefined>;
  badge: SignInExpiredBadge;
}) {
  // Whether the badge says expired because of us: only then is a working sign-in ours to take down.
  let showing = false;

  async function activeExpired(): Promise<AuthProblem | undefined> {
    await deps.flags.load();
    const id = await deps.activeAccountId();
    return id ? deps.flags.expiredOf(id) : undefined;
  }

  /** The badge follows the active account: set while its sign-in is expired, cleared when not. */
  async function sync(): Promise<void> {
    const expired = (await activeExpired()) !== undefined;
    if (expired) await deps.badge.showSignInExpired(true);
    else if (showing) await deps.badge.showSignInExpired(false);
    showing = expired;
  }

  return {
    activeExpired,
    sync,

    /** An account's sign-in expired, or works again (null). */
    async setExpired(accountId: string, p: AuthProblem | null): Promise<void> {
      await deps.flags.load();
      await deps.flags.setExpired(accountId, p);
      await sync();
    },

    /** After the worker restarts: the badge again if the sign-in is still expired; else left alone. */
    async restore(): Promise<boolean> {
      const expired = (await activeExpired()) !== undefined;
      if (expired) await deps.badge.showSignInExpired(true);
      showing = expired;
      return expired;
    },
  };
}

export type ExpiryTracker = ReturnType<typeof createExpiryTracker>;
