import type { RegressedTenants } from '../lib/engine/partner/regressed';

/** "3 tenants regressed" (one is named), opening the Tenants overview; nothing when none did. */
export function RegressedTenantsNote({
  regressed,
  onOpenTenants,
}: {
  regressed: RegressedTenants | undefined;
  onOpenTenants: () => void;
}) {
  if (!regressed || regressed.count === 0) return null;
  const [only] = regressed.names;
  const words =
    regressed.count === 1 && only !== undefined
      ? `${only} regressed since its previous scan`
      : `${regressed.count} tenants regressed since their previous scan`;
  return (
    <p class="regressed-note" role="note">
      <button
        type="button"
        class="link"
        onClick={onOpenTenants}
        title={regressed.count > 1 ? regressed.names.join(', ') : undefined}
      >
        {words} →
      </button>
    </p>
  );
}
