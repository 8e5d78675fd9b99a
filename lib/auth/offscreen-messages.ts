/**
 * The private channel between the background and the offscreen document that hosts MSAL. Separate
 * from the pages/content envelopes: the background's router never sees these, and each end checks
 * the sender's URL (offscreen answers only our service worker; the background serves
 * launchWebAuthFlow only to the offscreen document).
 */
import type { AccountView } from '../messaging/protocol';
import type { SignInFailure } from './sign-in-errors';
import type { Connection } from './validate-connection';

/** Everything MSAL needs to build its client for one connection. */
export interface MsalSetup {
  readonly connection: Connection;
  readonly redirectUri: string;
  /** Resource-qualified Graph scopes (the cloud's own Graph root). */
  readonly scopes: readonly string[];
}

export type MsalAccount = Omit<AccountView, 'tenantName'>;

/** Background → offscreen document. */
export interface OffscreenRequests {
  signIn: {
    payload: MsalSetup & { prompt: 'select_account' | 'consent'; loginHint?: string };
    result: MsalAccount & { granted: string[] };
  };
  acquireToken: {
    /**
     * `tenantId`: a customer tenant's directory id (issue 16), asked through that tenant's own authority
     * with this account's sign-in; absent: the tenant the account signed in to.
     */
    payload: MsalSetup & { accountId: string; tenantId?: string };
    /** `tenantId`: the tenant that issued it (the ID token's `tid`), always the one asked for. */
    result: { accessToken: string; expiresOn: number | null; granted: string[]; tenantId: string };
  };
  accounts: { payload: MsalSetup; result: MsalAccount[] };
  signOut: { payload: MsalSetup & { accountId: string }; result: null };
}

/** Offscreen document → background: what only the background can do. */
export interface BackgroundRequests {
  /** chrome.identity.launchWebAuthFlow (not available to offscreen documents); answers the redirect URL. */
  launchWebAuthFlow: { payload: { url: string }; result: string };
  /** Sent while a sign-in waits for the user, so the service worker isn't stopped meanwhile. */
  keepAlive: { payload: null; result: null };
}

export interface AuthMessage<To extends 'offscreen' | 'background', N extends string = string> {
  readonly postureLensAuth: 1;
  readonly to: To;
  readonly name: N;
  readonly payload: unknown;
}

export type AuthReply<T> = { ok: true; value: T } | { ok: false; failure: SignInFailure };

export function isAuthMessage<To extends 'offscreen' | 'background'>(x: unknown, to: To): x is AuthMessage<To> {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return m.postureLensAuth === 1 && m.to === to && typeof m.name === 'string' && 'payload' in m;
}

export function isAuthReply(x: unknown): x is AuthReply<unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (r.ok === true && 'value' in r) || (r.ok === false && typeof r.failure === 'object' && r.failure !== null);
}

/** An error as plain data (MSAL's errorCode, message and subError; never a stack or a token). */
export function toFailure(err: unknown): SignInFailure {
  if (typeof err === 'object' && err !== null) {
    const e = err as { errorCode?: unknown; message?: unknown; subError?: unknown; code?: unknown };
    const code = typeof e.errorCode === 'string' ? e.errorCode : typeof e.code === 'string' ? e.code : undefined;
    return {
      ...(code ? { code } : {}),
      ...(typeof e.message === 'string' ? { message: e.message } : {}),
      ...(typeof e.subError === 'string' && e.subError ? { subError: e.subError } : {}),
    };
  }
  return { message: String(err) };
}

/** A failure rejected across the channel, kept as data so the receiver can explain it. */
export class AuthFailureError extends Error {
  override name = 'AuthFailureError';
  constructor(readonly failure: SignInFailure) {
    super(failure.message ?? failure.code ?? 'Sign-in failed.');
  }
}

/** What Chrome tells the receiver about a runtime.sendMessage sender, as far as these checks use it. */
export interface AuthSender {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: unknown;
  readonly frameId?: number;
  readonly documentId?: string;
}

/**
 * True only for our own service worker. Chrome describes a message from an extension service worker
 * with just `{ id, url }`, the url being the worker script's (`chrome-extension://<id>/background.js`,
 * measured on Chromium 156): no `origin`, `tab`, `frameId` or `documentId`, which every document
 * sender has. So an extension page (the popup, an options tab, even one navigated to background.js)
 * is refused: it has a documentId, and a tab unless it is the popup.
 */
export function isOurServiceWorker(sender: AuthSender, ours: { id: string; workerUrl: string | null }): boolean {
  return (
    ours.workerUrl !== null &&
    sender.id === ours.id &&
    sender.url === ours.workerUrl &&
    sender.tab === undefined &&
    sender.frameId === undefined &&
    sender.documentId === undefined
  );
}
