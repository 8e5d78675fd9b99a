import type { AuthState } from '../lib/messaging/protocol';

export type AuthAction =
  | { kind: 'signIn' }
  | { kind: 'consent' }
  | { kind: 'scan' }
  | { kind: 'openSettings' }
  | { kind: 'signOut'; accountId: string }
  | { kind: 'switchAccount'; accountId: string };

/** One line on who is signed in where, or why not, as the popup and the Connect page show it. */
export function describeAuth(auth: AuthState): string {
  const who = auth.active ? `${auth.active.name} (${auth.active.username})` : '';
  switch (auth.status) {
    case 'notConfigured':
      return 'Not connected to a tenant yet.';
    case 'signedOut':
      return 'Signed out.';
    case 'signingIn':
      return 'Signing in… finish in the Microsoft sign-in window.';
    case 'signedIn':
      return `Signed in as ${who} to ${auth.active?.tenantName ?? 'your tenant'}.`;
    case 'consentNeeded':
      return `Signed in as ${who}, but consent is needed for: ${auth.missingPermissions.join(', ')}.`;
    case 'expired':
      return 'Sign-in expired: background scans are paused until you sign in again.';
  }
}

/** The permissions consent is needed for, one per line, so an admin can match them in Entra. */
export function MissingPermissions({ auth }: { auth: AuthState }) {
  if (auth.status !== 'consentNeeded' || auth.missingPermissions.length === 0) return null;
  return (
    <ul class="missing-permissions" aria-label="Permissions without consent">
      {auth.missingPermissions.map((p) => (
        <li key={p}>
          <code>{p}</code>
        </li>
      ))}
    </ul>
  );
}

/** Picks the active account when more than one is signed in; the scan shown follows its tenant. */
/** Why the last sign-in failed, in Entra's words and ours, with what to do about it. */
export function SignInProblem({ auth }: { auth: AuthState }) {
  if (!auth.problem) return null;
  return (
    <div class="sign-in-problem" role="alert">
      <p>
        {auth.problem.sentence}
        {auth.problem.code && <span class="code"> ({auth.problem.code})</span>}
      </p>
      <p class="fix">{auth.problem.fix}</p>
    </div>
  );
}

export function AccountPicker({ auth, onAction }: { auth: AuthState; onAction: (a: AuthAction) => void }) {
  if (auth.accounts.length < 2) return null;
  return (
    <label class="account-picker">
      Account
      <select
        value={auth.active?.id ?? ''}
        onChange={(e) => onAction({ kind: 'switchAccount', accountId: e.currentTarget.value })}
      >
        {auth.accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.username} — {a.tenantName}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The popup's sign-in section: state, the problem explained, and the one next step. */
export function SignInStatus({
  auth,
  scanning,
  onAction,
  except,
}: {
  auth: AuthState;
  scanning: boolean;
  onAction: (a: AuthAction) => void;
  /** Steps offered elsewhere on the page (the popup's first screen has its own scan, sign-in or consent button). */
  except?: readonly AuthAction['kind'][];
}) {
  const tenantName = auth.active?.tenantName ?? 'tenant';
  const offers = (kind: AuthAction['kind']) => !except?.includes(kind);
  return (
    <section class="sign-in" aria-label="Sign-in">
      <p class="sign-in-state" data-status={auth.status}>
        {describeAuth(auth)}
      </p>
      <MissingPermissions auth={auth} />
      <AccountPicker auth={auth} onAction={onAction} />
      <SignInProblem auth={auth} />
      <p class="sign-in-actions">
        {auth.status === 'notConfigured' && offers('openSettings') && (
          <button type="button" onClick={() => onAction({ kind: 'openSettings' })}>
            Connect a tenant
          </button>
        )}
        {(auth.status === 'signedOut' || auth.status === 'expired' || auth.status === 'signingIn') &&
          offers('signIn') && (
            <button type="button" disabled={auth.status === 'signingIn'} onClick={() => onAction({ kind: 'signIn' })}>
              {auth.status === 'expired' ? 'Sign in again' : 'Sign in'}
            </button>
          )}
        {auth.status === 'consentNeeded' && offers('consent') && (
          <button type="button" onClick={() => onAction({ kind: 'consent' })}>
            Grant consent
          </button>
        )}
        {(auth.status === 'signedIn' || auth.status === 'consentNeeded') && offers('scan') && (
          <button type="button" disabled={scanning} onClick={() => onAction({ kind: 'scan' })}>
            {scanning ? 'Scanning…' : `Scan ${tenantName}`}
          </button>
        )}
      </p>
    </section>
  );
}
