/**
 * Graph values as an admin reads them in a badge's card: `2147483647` is "no limit", `null` is "not
 * set", `true` is "Yes". The dashboard keeps the raw values; the card beside the setting speaks the
 * portal's language. Pure, so the engine builds card lines in Node and the content script only shows text.
 */

/**
 * The words the admin center gives a field's values, by field name, when a control knows them
 * (SharePoint's `sharingCapability` 'existingExternalUserSharingOnly' is "Existing guests").
 */
export type ValueNames = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Int32 max: Graph's "never" (passwordValidityPeriodInDays, device quotas, lifetimes). */
const NO_LIMIT = 2_147_483_647;
/** A list longer than this is shown as its first items and a count. */
const LIST_ITEMS = 5;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-23T06:00:00.000Z" → "23 Nov 2026": the day is what a card reader needs; the dashboard has the time. */
function plainDate(value: string): string | undefined {
  const m = ISO_TIME.exec(value);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : undefined;
}

/**
 * One value in words. `names` are the control's words for this field's values; an enum value without
 * one is shown as Graph wrote it, in quotes, so a reader can search for it.
 */
export function plainValue(value: unknown, names?: Readonly<Record<string, string>>): string {
  if (value === null || value === undefined || value === '') return 'not set';
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (typeof value === 'number') return value === NO_LIMIT ? 'no limit' : String(value);
  if (typeof value === 'string') return names?.[value] ?? plainDate(value) ?? value;
  if (Array.isArray(value)) return plainList(value, names);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return 'not set';
    return entries.map(([k, v]) => `${k} ${plainValue(v)}`).join(', ');
  }
  // bigint, symbol or function: not JSON, so not from Graph; shown as the runtime names it.
  return typeof value === 'bigint' ? value.toString() : typeof value;
}

function plainList(items: readonly unknown[], names?: Readonly<Record<string, string>>): string {
  if (items.length === 0) return 'none';
  if (items.some((i) => typeof i === 'object' && i !== null))
    return items.length === 1 ? '1 item' : `${items.length} items`;
  const shown = items.slice(0, LIST_ITEMS).map((i) => plainValue(i, names));
  const more = items.length - LIST_ITEMS;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** "passwordValidityPeriodInDays: no limit": one evidence field for the card, named in the control's words. */
export function plainField(field: string, value: unknown, names?: ValueNames): string {
  return `${field}: ${plainValue(value, names?.[field])}`;
}
