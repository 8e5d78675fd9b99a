import type { Evidence } from './verdict';

/** Read a dot path (`conditions.users.includeUsers`) from a Graph object. */
export function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Evidence from one Graph object: its id and display name (when it has them) and the named fields.
 * Keeping only the fields that mattered keeps stored scans small and the claim readable. `decidedBy`,
 * when only some of the fields decided the verdict and the rest are context.
 */
export function evidence(
  source: string,
  obj: object,
  fields: readonly string[],
  note?: string,
  decidedBy?: readonly string[],
): Evidence {
  const o = obj as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : undefined;
  // Cmdlet output (Exchange, Teams) names objects in PascalCase: `Name`, `Identity`.
  const name = [o.displayName, o.userDisplayName, o.userPrincipalName, o.name, o.Name, o.Identity].find(
    (v): v is string => typeof v === 'string',
  );
  return {
    source,
    ...(id !== undefined ? { id } : {}),
    ...(name !== undefined ? { displayName: name } : {}),
    fields: Object.fromEntries(fields.map((f) => [f, at(o, f) ?? null])),
    ...(note !== undefined ? { note } : {}),
    ...(decidedBy !== undefined ? { decidedBy: decidedBy.filter((f) => fields.includes(f)) } : {}),
  };
}

/** At most `n` names for an affected sample. */
export function sample(names: readonly string[], n = 5): string[] {
  return names.slice(0, n);
}
