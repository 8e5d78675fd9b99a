/** Readable labels for Graph field paths, for the evidence tables. */

/** Last segments that say nothing alone ("Display name" of what?): their parent is named too. */
const GENERIC = new Set(['displayName', 'id', 'type', 'isEnabled', 'state', 'value', 'name', 'operator']);

/** `excludeGuestsOrExternalUsers` → "exclude guests or external users"; runs of capitals (`MFA`) stay whole. */
function words(segment: string): string {
  return segment
    .replace(/^@odata\./, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .split(' ')
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ')
    .trim();
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A field's label: its last path segment in words, with the parent's when the last says nothing alone.
 * `conditions.users.excludeUsers` → "Exclude users"; `grantControls.authenticationStrength.displayName`
 * → "Authentication strength display name"; `@odata.type` → "Object type".
 */
export function fieldLabel(path: string): string {
  if (path === '@odata.type') return 'Object type';
  const segments = path.split('.').filter((s) => s !== '' && s !== '@odata');
  const last = segments.at(-1) ?? path;
  const parent = segments.at(-2);
  const text = GENERIC.has(last) && parent ? `${words(parent)} ${words(last)}` : words(last);
  return capitalised(text || path);
}
