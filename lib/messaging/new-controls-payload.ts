/** The dashboard's "seen" message, checked before the background's handler sees it. */

/** At most this many ids in one message: more than the catalogue and Microsoft's profiles together. */
export const MAX_SEEN_IDS = 1000;

const CONTROL_ID = /^[\w.-]{1,200}$/;

/** `{ controlIds }` and nothing else: 1 to MAX_SEEN_IDS control ids, each a string shaped like one. */
export function isControlIdsPayload(p: unknown): boolean {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const o = p as Record<string, unknown>;
  const ids = o.controlIds;
  return (
    Object.keys(o).length === 1 &&
    Array.isArray(ids) &&
    ids.length > 0 &&
    ids.length <= MAX_SEEN_IDS &&
    ids.every((id) => typeof id === 'string' && CONTROL_ID.test(id))
  );
}
