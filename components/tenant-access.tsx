import type { TenantAccess } from '../lib/messaging/partner-protocol';

/** The tenant's sign-in state in words, with what to do about it; "Not scanned yet" before any token was asked. */
export function TenantAccessCell({ access, name }: { access: TenantAccess; name: string }) {
  switch (access.state) {
    case 'ready':
      return <span class="access ready">Ready</span>;
    case 'untried':
      return <span class="access muted">Not scanned yet</span>;
    case 'needsConsent':
      return (
        <span class="access needs">
          Needs consent{' '}
          <a
            href={access.consentUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Grant admin consent in ${name}`}
          >
            Grant admin consent
          </a>
          <span class="muted access-reason">{access.reason}</span>
        </span>
      );
    case 'signInExpired':
      return (
        <span class="access needs">
          Sign in again<span class="muted access-reason">{access.reason}</span>
        </span>
      );
    case 'signedOut':
      return <span class="access muted">Signed out</span>;
    case 'failed':
      return (
        <span class="access needs">
          Can't scan<span class="muted access-reason">{access.reason}</span>
        </span>
      );
  }
}
