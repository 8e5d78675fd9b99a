/** The Connect page's watch settings message, checked before the background's handler sees it. */
import { isWatchSettings } from '../engine/watch/watch-settings';

/** `{ tenantId, settings }` and nothing else: the tenant the page showed, and a valid choice. */
export function isWatchSettingsPayload(p: unknown): boolean {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const o = p as Record<string, unknown>;
  return (
    Object.keys(o).length === 2 &&
    typeof o.tenantId === 'string' &&
    /^[\w.-]{1,200}$/.test(o.tenantId) &&
    isWatchSettings(o.settings)
  );
}
