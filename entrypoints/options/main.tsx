import { render } from 'preact';
import { browser } from 'wxt/browser';
import { catalogue } from '../../controls';
import { PermissionList } from '../../components/permission-list';
import { requiredPermissions } from '../../lib/engine/permissions';
import './style.css';

// Chrome and Edge redirect sign-in to https://<extension-id>.chromiumapp.org/; it must be registered as a SPA redirect URI.
const redirectUri = `https://${browser.runtime.id}.chromiumapp.org/`;

function Options() {
  return (
    <main class="page">
      <h1>Posture Lens settings</h1>
      <p>
        Posture Lens reads your tenant's configuration with read-only Microsoft Graph requests, signed in as you, and
        computes the score in this browser. Nothing leaves your machine except the requests to Microsoft.
      </p>
      <section aria-labelledby="app-reg">
        <h2 id="app-reg">Your app registration</h2>
        <p>Register this redirect URI under the Single-page application platform of your Entra app registration:</p>
        <p class="redirect">
          <code>{redirectUri}</code>
          <button type="button" onClick={() => void navigator.clipboard.writeText(redirectUri)}>
            Copy
          </button>
        </p>
        <p>
          Sign in as a <strong>Global Reader</strong> (add <strong>Security Reader</strong> for Microsoft Secure Score
          data): these roles can read every setting Posture Lens checks and change none.
        </p>
      </section>
      <section aria-labelledby="perms">
        <h2 id="perms">Permissions it asks for</h2>
        <PermissionList needs={requiredPermissions(catalogue)} />
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
