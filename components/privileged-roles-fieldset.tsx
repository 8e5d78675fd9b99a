import type { Declarations } from '../lib/engine/scan/declarations';

/** A role the admin can count as privileged: the built-in list (controls/shared/privileged-roles.ts). */
export interface RoleOption {
  readonly id: string;
  readonly name: string;
  /** In the list used when nothing is declared. */
  readonly isDefault: boolean;
}

/** The roles that count as privileged now: the declared list, or the default one. */
export const chosenRoles = (d: Declarations, roles: readonly RoleOption[]): Set<string> =>
  new Set(d.privilegedRoles ?? roles.filter((r) => r.isDefault).map((r) => r.id));

export interface PrivilegedRolesFieldsetProps {
  declarations: Declarations;
  roles: readonly RoleOption[];
  busy: boolean;
  onToggle: (roleId: string, on: boolean) => void;
  onUseDefault: () => void;
}

/** Which roles count as privileged: the built-in list ticked by default, and any other declared role. */
export function PrivilegedRolesFieldset({
  declarations: d,
  roles,
  busy,
  onToggle,
  onUseDefault,
}: PrivilegedRolesFieldsetProps) {
  const chosen = chosenRoles(d, roles);
  // Roles declared in an imported file that aren't in the built-in list stay visible (and removable).
  const others = (d.privilegedRoles ?? []).filter((r) => !roles.some((o) => o.id === r));
  return (
    <fieldset class="privileged-roles">
      <legend>Privileged roles</legend>
      <p class="muted">
        {d.privilegedRoles === null
          ? 'Using the default list: the roles CIS, CISA ScubaGear and Maester agree are privileged.'
          : `Your own list: ${d.privilegedRoles.length === 1 ? '1 role' : `${d.privilegedRoles.length} roles`}.`}
      </p>
      <ul>
        {roles.map((r) => (
          <li key={r.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(r.id)}
                disabled={busy}
                onChange={(e) => onToggle(r.id, e.currentTarget.checked)}
              />{' '}
              {r.name}
              {r.isDefault && <span class="tag">default</span>}
            </label>
          </li>
        ))}
        {others.map((r) => (
          <li key={r}>
            <label>
              <input type="checkbox" checked disabled={busy} onChange={() => onToggle(r, false)} /> Role{' '}
              <code>{r}</code>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" disabled={busy || d.privilegedRoles === null} onClick={onUseDefault}>
        Use the default list
      </button>
    </fieldset>
  );
}
