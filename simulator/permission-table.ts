import { routes } from './routes/index';
import type { ApiVersion } from './routes/route-def';

/** What the simulator demands for one resource; the catalogue can check its sources against it. */
export interface PermissionRow {
  readonly path: string;
  readonly versions: readonly ApiVersion[];
  /** Any one suffices; the first is the least privileged. */
  readonly permissions: readonly string[];
  readonly licence: string | null;
  readonly globalAdminOnly: boolean;
}

export function permissionTable(): PermissionRow[] {
  return routes.map((r) => ({
    path: r.path,
    versions: r.versions ?? ['v1.0', 'beta'],
    permissions: r.permissions,
    licence: r.licence?.licence.name ?? null,
    globalAdminOnly: r.globalAdminOnly ?? false,
  }));
}
