import type { AdminServiceView, AdminServicesView } from '../lib/messaging/admin-services-view';

export interface AdminServicesProps {
  view: AdminServicesView;
  /** The service whose Turn on / Turn off is under way (its consent window may be open). */
  busy: string | null;
  error: string | null;
  /** Called from the click itself: the page asks the browser for the service's hosts there and then. */
  onToggle: (service: AdminServiceView, on: boolean) => void;
}

function statusText(s: AdminServiceView): string {
  switch (s.status) {
    case 'off':
      return 'Off: its controls stay checks by hand, decided by Microsoft’s verdict where Microsoft scores them.';
    case 'on':
      return 'On: read live in every scan of this tenant.';
    case 'refused':
      return `On, but not read: ${s.why ?? 'the last scan could not read it.'}`;
  }
}

/**
 * Settings › Admin services (issue 17): Exchange Online, Security & Compliance, Teams and SharePoint
 * Online, each off until the admin turns it on for this tenant. Each says what it reads, what to add to
 * the app registration (and, for SharePoint, why its permission is wider than the one GET it sends), the
 * least role that reads it, the hosts the browser is asked for, and where it stands. Turn on asks for the
 * service's consent and for the browser's permission to reach its host; nothing is asked at install or
 * during a scan. A service that can't be turned on yet (SharePoint before the tenant's initial domain is
 * known) says why instead.
 */
export function AdminServicesSection({ view, busy, error, onToggle }: AdminServicesProps) {
  return (
    <section aria-labelledby="admin-services">
      <h2 id="admin-services">Admin services</h2>
      {view.tenantId === null ? (
        <p>Sign in to a tenant (or scan the demo) to choose the admin services its scans read.</p>
      ) : (
        <>
          <p>
            Beside Microsoft Graph, scans of {view.tenantName ?? view.tenantId} can read these services’ settings live,
            with read-only requests (Get-* cmdlets, GET). Each is off until you turn it on.
            {view.demo && ' The demo tenant’s services are answered by the built-in simulator.'}
          </p>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <ul class="admin-services">
            {view.services.map((s) => {
              const blocked = s.status === 'off' && !view.demo && s.unavailable !== null;
              return (
                <li key={s.service} aria-labelledby={`svc-${s.service}`}>
                  <h3 id={`svc-${s.service}`}>{s.label}</h3>
                  <p class={`service-status ${s.status}`}>
                    <strong>{s.label}:</strong> {statusText(s)}
                  </p>
                  <p>{s.reads}</p>
                  <p class="muted">
                    App registration: add the delegated permission <code>{s.permission}</code> of {s.api}. Role that
                    suffices: {s.roles}.
                  </p>
                  {s.caveat && <p class="service-caveat">{s.caveat}</p>}
                  {!view.demo && s.hosts.length > 0 && (
                    <p class="muted">
                      Browser access, asked for in Turn on’s click: <code>{s.hosts.join(', ')}</code>.
                    </p>
                  )}
                  {blocked && (
                    <p class="service-unavailable" role="note">
                      {s.unavailable}
                    </p>
                  )}
                  <button
                    type="button"
                    disabled={busy !== null || blocked}
                    aria-label={`${s.status === 'off' ? 'Turn on' : 'Turn off'} ${s.label}`}
                    onClick={() => onToggle(s, s.status === 'off')}
                  >
                    {busy === s.service ? 'Waiting for consent…' : s.status === 'off' ? 'Turn on' : 'Turn off'}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
