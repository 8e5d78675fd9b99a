import { parseDeclarations } from '../engine/scan/declarations';

/**
 * The shape a setDeclarations payload must have before the background looks at it: the tenant the page
 * was editing (so a save never lands on a tenant that became active meanwhile) and declarations that
 * parseDeclarations accepts, nothing else. The store parses them again and keeps the parsed value.
 */
export function isDeclarationsPayload(p: unknown): boolean {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const o = p as Record<string, unknown>;
  return (
    Object.keys(o).every((k) => k === 'tenantId' || k === 'declarations') &&
    typeof o.tenantId === 'string' &&
    /^[\w.-]{1,200}$/.test(o.tenantId) &&
    parseDeclarations(o.declarations).ok
  );
}
