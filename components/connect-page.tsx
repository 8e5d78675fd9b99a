import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PermissionNeed } from '../lib/engine/scan/permissions';
import type { AuthState, SaveConnectionResult, ScanEvery, ScanScheduleView } from '../lib/messaging/protocol';
import { PermissionList } from './permission-list';
import { ScanSchedule } from './scan-schedule';
import { azureCliScript, GDAP_LIST_PERMISSION, graphPowerShellScript, type SetupCloud } from './setup-commands';
import { describeAuth, MissingPermissions, SignInProblem, type AuthAction } from './sign-in-status';

export interface CloudOption {
  readonly id: SetupCloud;
  readonly label: string;
  readonly graphRoot: string;
}

export interface ConnectPageProps {
  auth: AuthState | null;
  clouds: readonly CloudOption[];
  needs: readonly PermissionNeed[];
  /** Field errors from the background's check of the last save. */
  errors: Extract<SaveConnectionResult, { ok: false }>['errors'];
  saving: boolean;
  onSave: (input: { clientId: string; tenant: string; cloud: string }) => void;
  onAction: (a: AuthAction) => void;
  onCopy: (text: string) => void;
  /** Background scans; the section is hidden until it arrives. */
  schedule?: ScanScheduleView | null;
  onScheduleChange?: (every: ScanEvery) => void;
  /** More settings sections (the admin-center overlay switches), after background scans. */
  children?: ComponentChildren;
}

/** The Connect page: the admin's app registration, how to create it, and who is signed in. */
export function ConnectPage({
  auth,
  clouds,
  needs,
  errors,
  saving,
  onSave,
  onAction,
  onCopy,
  schedule,
  onScheduleChange,
  children,
}: ConnectPageProps) {
  const saved = auth?.connection;
  const [clientId, setClientId] = useState('');
  const [tenant, setTenant] = useState('');
  const [cloud, setCloud] = useState<string>('global');
  // Fill the form once the saved connection arrives (and after each save).
  useEffect(() => {
    if (!saved) return;
    setClientId(saved.clientId);
    setTenant(saved.tenant === 'organizations' ? '' : saved.tenant);
    setCloud(saved.cloud);
  }, [saved?.clientId, saved?.tenant, saved?.cloud]);
  const selected = clouds.find((c) => c.id === cloud) ?? clouds[0];
  const redirectUri = auth?.redirectUri ?? '';
  const submit = (e: Event) => {
    e.preventDefault();
    onSave({ clientId, tenant, cloud });
  };
  const field = (name: 'clientId' | 'tenant' | 'cloud') =>
    errors[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {};
  const [partner, setPartner] = useState(false);
  const cli = selected
    ? azureCliScript({ redirectUri, needs, cloud: selected.id, graphRoot: selected.graphRoot, partner })
    : '';
  const ps = selected ? graphPowerShellScript({ redirectUri, needs, cloud: selected.id, partner }) : '';

  return (
    <main class="page">
      <h1>Connect a tenant</h1>
      <p>
        Posture Lens reads your tenant's configuration with read-only Microsoft Graph requests, signed in as you through
        your own app registration, and computes the score in this browser. Nothing leaves your machine except the
        requests to Microsoft.
      </p>

      <section aria-labelledby="connection">
        <h2 id="connection">Your app registration</h2>
        <form class="connect-form" onSubmit={submit} noValidate>
          <label>
            Application (client) ID
            <input
              name="clientId"
              autocomplete="off"
              spellcheck={false}
              value={clientId}
              onInput={(e) => setClientId(e.currentTarget.value)}
              {...field('clientId')}
            />
          </label>
          {errors.clientId && (
            <p id="clientId-error" class="field-error" role="alert">
              {errors.clientId}
            </p>
          )}
          <label>
            Tenant ID or domain (optional)
            <input
              name="tenant"
              autocomplete="off"
              spellcheck={false}
              placeholder="contoso.onmicrosoft.com"
              value={tenant}
              onInput={(e) => setTenant(e.currentTarget.value)}
              {...field('tenant')}
            />
          </label>
          {errors.tenant && (
            <p id="tenant-error" class="field-error" role="alert">
              {errors.tenant}
            </p>
          )}
          <label>
            Cloud
            <select name="cloud" value={cloud} onChange={(e) => setCloud(e.currentTarget.value)} {...field('cloud')}>
              {clouds.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          {errors.cloud && (
            <p id="cloud-error" class="field-error" role="alert">
              {errors.cloud}
            </p>
          )}
          <p>
            <button type="submit" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
          </p>
        </form>
        <p>Register this redirect URI under the Single-page application platform of your Entra app registration:</p>
        <p class="redirect">
          <code>{redirectUri}</code>
          <button type="button" onClick={() => onCopy(redirectUri)}>
            Copy
          </button>
        </p>
        <p>
          Sign in as a <strong>Global Reader</strong> (add <strong>Security Reader</strong> for Microsoft Secure Score
          data): these roles can read every setting Posture Lens checks and change none.
        </p>
      </section>

      <section aria-labelledby="sign-in">
        <h2 id="sign-in">Sign-in</h2>
        {auth && (
          <>
            <p class="sign-in-state" data-status={auth.status}>
              {describeAuth(auth)}
            </p>
            <MissingPermissions auth={auth} />
            <SignInProblem auth={auth} />
            <p>
              <button
                type="button"
                class="primary"
                disabled={!auth.connection || auth.status === 'signingIn'}
                onClick={() => onAction({ kind: 'signIn' })}
              >
                {auth.status === 'signingIn'
                  ? 'Signing in…'
                  : auth.accounts.length
                    ? 'Sign in another account'
                    : 'Sign in'}
              </button>
              {auth.status === 'consentNeeded' && (
                <button type="button" onClick={() => onAction({ kind: 'consent' })}>
                  Grant consent
                </button>
              )}
            </p>
            {auth.accounts.length > 0 && (
              <ul class="accounts" aria-label="Signed-in accounts">
                {auth.accounts.map((a) => (
                  <li key={a.id}>
                    <span>
                      {a.name} ({a.username}) — {a.tenantName}
                      {auth.active?.id === a.id && <span class="tag"> active</span>}
                    </span>
                    {auth.active?.id !== a.id && (
                      <button type="button" onClick={() => onAction({ kind: 'switchAccount', accountId: a.id })}>
                        Switch to
                      </button>
                    )}
                    <button type="button" onClick={() => onAction({ kind: 'signOut', accountId: a.id })}>
                      Sign out {a.username}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      {schedule && (
        <ScanSchedule schedule={schedule} auth={auth} {...(onScheduleChange ? { onChange: onScheduleChange } : {})} />
      )}

      {children}

      <section aria-labelledby="perms">
        <h2 id="perms">Permissions it asks for</h2>
        <PermissionList needs={needs} />
      </section>

      <section aria-labelledby="setup">
        <h2 id="setup">Create the app registration</h2>
        <p>
          Either script creates it with the redirect URI and exactly these delegated read permissions, then prints the
          client ID.
        </p>
        <label class="checkbox">
          <input type="checkbox" checked={partner} onChange={(e) => setPartner(e.currentTarget.checked)} />
          I&rsquo;m a partner: customer tenants too (a multitenant app, plus {GDAP_LIST_PERMISSION} to list GDAP
          customers; each customer tenant still gives its own admin consent)
        </label>
        <details>
          <summary>Azure CLI</summary>
          <pre class="script">{cli}</pre>
          <button type="button" onClick={() => onCopy(cli)}>
            Copy Azure CLI commands
          </button>
        </details>
        <details>
          <summary>Microsoft Graph PowerShell</summary>
          <pre class="script">{ps}</pre>
          <button type="button" onClick={() => onCopy(ps)}>
            Copy PowerShell commands
          </button>
        </details>
      </section>
    </main>
  );
}
