import { sourceKey } from '../graph/sources/define-source';
import { sourceOf, type AnyControl, type SourceMap } from './control';
import { collectSources } from './run-scan';

export interface PermissionNeed {
  readonly permission: string;
  /** The Graph requests that need it. */
  readonly requests: readonly string[];
  /** Titles of the controls that read those requests (empty for the tenant's own name and licences). */
  readonly controls: readonly string[];
}

/** Exactly the delegated read permissions the catalogue needs, each with what it is for. */
export function requiredPermissions(controls: readonly AnyControl[]): PermissionNeed[] {
  const byPermission = new Map<string, { requests: Set<string>; controls: Set<string> }>();
  for (const s of collectSources(controls)) {
    const entry = byPermission.get(s.permission) ?? { requests: new Set(), controls: new Set() };
    entry.requests.add(sourceKey(s));
    byPermission.set(s.permission, entry);
  }
  for (const c of controls) {
    for (const spec of Object.values(c.sources as SourceMap)) byPermission.get(sourceOf(spec).permission)?.controls.add(c.title);
  }
  return [...byPermission]
    .map(([permission, e]) => ({ permission, requests: [...e.requests].sort(), controls: [...e.controls].sort() }))
    .sort((a, b) => a.permission.localeCompare(b.permission));
}
