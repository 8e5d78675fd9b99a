import type { ManualCheck } from '../lib/engine/verdict/manual-check';

/**
 * For a control Graph can't read: why (the control's own sentence where no read-only path exists at
 * all), each setting to check with its passing value, the read-only PowerShell that shows them, and
 * where to change them. Plain text only.
 */
export function ManualCheckPanel({ check, adminUrl }: { check: ManualCheck; adminUrl: string }) {
  return (
    <section class="manual-check" aria-label="What to check">
      <h4>What to check</h4>
      <p class="muted">
        {check.noReadOnlyPath ?? "Microsoft Graph can't read these settings, so Posture Lens doesn't guess."}{' '}
        {check.how === 'powershell'
          ? 'Read them with PowerShell, then fix them in the admin center.'
          : 'Check them in the admin center.'}
      </p>
      <ul>
        {check.what.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      {check.command && (
        <pre>
          <code>{check.command}</code>
        </pre>
      )}
      <p>
        <a href={adminUrl} target="_blank" rel="noopener noreferrer">
          Where to change it
        </a>
      </p>
    </section>
  );
}
