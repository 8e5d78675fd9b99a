export interface FirstRunProps {
  /** The Connect page, where the admin saves an app registration and signs in. */
  connectHref: string;
  onTryDemo: () => void;
  /** The demo scan is running: the button says so and waits. */
  scanning: boolean;
}

/**
 * The dashboard before any scan: what Posture Lens does, the two ways to start (a real tenant or the
 * built-in demo), and the promise that it only reads.
 */
export function FirstRun({ connectHref, onTryDemo, scanning }: FirstRunProps) {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Score your Microsoft 365 tenant’s security</h2>
      <p class="first-run-lead">
        Posture Lens checks your tenant’s security settings, scores them like Microsoft Secure Score, and lists what to
        fix first, each with the setting to change and where.
      </p>
      <p class="first-run-actions">
        <a class="button primary" href={connectHref}>
          Connect a tenant
        </a>
        <button type="button" onClick={onTryDemo} disabled={scanning}>
          {scanning ? 'Scanning the demo tenant…' : 'Try the demo'}
        </button>
      </p>
      <p class="muted">
        The demo is a made-up tenant, Contoso: no sign-in needed. Connecting uses your own Entra app registration and a
        Global Reader sign-in.
      </p>
      <p class="first-run-promise">
        <strong>Read-only.</strong> Posture Lens sends only read requests to Microsoft Graph, asks for read permissions
        only, and cannot change a setting. The score is computed in this browser; there is no Posture Lens server.
      </p>
    </section>
  );
}
