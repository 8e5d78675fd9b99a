import type { PermissionNeed } from '../lib/engine/scan/permissions';

/** "To decide: A; B.", then what else the scan reads with it: "To read Microsoft Secure Score." */
export function purposeText(n: PermissionNeed): string {
  const decide = n.controls.length ? `To decide: ${n.controls.join('; ')}.` : '';
  const read = n.alsoFor.length ? `${decide ? 'Also to read' : 'To read'} ${n.alsoFor.join(' and ')}.` : '';
  return [decide, read, n.withoutIt ?? ''].filter(Boolean).join(' ');
}

/** Every delegated permission the catalogue reads with, and what for — nothing more is ever asked. */
export function PermissionList({ needs }: { needs: readonly PermissionNeed[] }) {
  return (
    <table class="permissions">
      <thead>
        <tr>
          <th scope="col">Delegated permission (read-only)</th>
          <th scope="col">Why Posture Lens needs it</th>
        </tr>
      </thead>
      <tbody>
        {needs.map((n) => (
          <tr key={n.permission}>
            <th scope="row">
              <code>{n.permission}</code>
            </th>
            <td>
              {purposeText(n)}
              <details>
                <summary>{n.requests.length === 1 ? '1 request' : `${n.requests.length} requests`}</summary>
                <ul>
                  {n.requests.map((r) => (
                    <li key={r}>
                      <code>{r}</code>
                    </li>
                  ))}
                </ul>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
