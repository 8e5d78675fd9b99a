import { adminServiceInfo } from '../lib/graph/sources/admin-services';
import type { ControlResult } from '../lib/engine/verdict/result';

/**
 * Where the verdict of a control read from an admin service (issue 17) came from: "Read live from
 * Exchange Online: Get-OrganizationConfig", or, when the service wasn't read, why — the verdict is then
 * the check by hand's, or Microsoft's where Microsoft scores it (the panels below say which).
 */
export function ServiceReadNote({ result }: { result: Pick<ControlResult, 'serviceRead' | 'sources' | 'microsoft'> }) {
  const read = result.serviceRead;
  if (!read) return null;
  const labels = read.services.map((s) => adminServiceInfo[s].label);
  if (read.live) {
    const requests = result.sources.filter((s) => labels.some((l) => s.startsWith(`${l}: `)));
    return (
      <ul class="service-read live" aria-label="Where this verdict came from">
        {requests.map((r) => (
          <li key={r}>Read live from {r}</li>
        ))}
      </ul>
    );
  }
  const then = result.microsoft ? 'Microsoft Secure Score’s verdict decides it.' : 'Check it by hand (below).';
  return (
    <p class="service-read" role="note">
      {labels.join(' and ')} wasn’t read: {read.why ?? 'no reason was recorded.'} {then}
    </p>
  );
}
