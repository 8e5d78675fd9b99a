/**
 * The background's copy of what the popup shows (PopupState), so the popup paints the score from it
 * at once instead of waiting for the service worker to wake and read the scan from IndexedDB. The
 * popup asks the background as well and shows its answer when it comes: the copy only spares a wait.
 *
 * In storage.session: kept in memory, never written to disk, and out of content scripts' reach
 * (its default access level), so a script in an admin-center page can't paint a score into the popup.
 * A copy that isn't the shape this version writes is ignored, never shown.
 */
import { browser } from 'wxt/browser';
import type { PopupState } from '../messaging/protocol';

const KEY = 'popupState';
/** Bumped when PopupState changes shape: an older copy is then ignored. */
const VERSION = 2;

interface Saved {
  readonly v: typeof VERSION;
  readonly state: PopupState;
}

/** Keeps the popup's state; what was said about one moment (an error, a notice) is left out. */
export async function savePopupState(state: PopupState): Promise<void> {
  const { error: _error, notice: _notice, ...lasting } = state;
  const saved: Saved = { v: VERSION, state: { ...lasting, error: null } };
  await browser.storage.session.set({ [KEY]: saved });
}

/** The kept copy, or null when there is none or it isn't one this version wrote. */
export async function readPopupState(): Promise<PopupState | null> {
  const saved: unknown = (await browser.storage.session.get(KEY))[KEY];
  return isSaved(saved) ? saved.state : null;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function isSaved(x: unknown): x is Saved {
  if (!isObject(x) || x.v !== VERSION || !isObject(x.state)) return false;
  const s = x.state;
  return (
    typeof s.demo === 'boolean' &&
    typeof s.scanning === 'boolean' &&
    s.error === null &&
    (s.scan === null || isPopupScan(s.scan)) &&
    (s.regressedTenants === undefined || isRegressedTenants(s.regressedTenants))
  );
}

const isRegressedTenants = (x: unknown): boolean =>
  isObject(x) && Number.isInteger(x.count) && Array.isArray(x.names) && x.names.every((n) => typeof n === 'string');

/** The fields the first screen reads; the rest is typed by the writer, this same version. */
function isPopupScan(x: unknown): boolean {
  if (!isObject(x) || !isObject(x.score) || !isObject(x.coverage) || !isObject(x.byCategory)) return false;
  return (
    typeof x.tenantName === 'string' &&
    typeof x.scannedAt === 'string' &&
    isNumber(x.score.percent) &&
    isNumber(x.score.achieved) &&
    isNumber(x.score.available) &&
    isNumber(x.controls) &&
    Array.isArray(x.actions) &&
    x.actions.every((a) => isObject(a) && typeof a.id === 'string' && typeof a.title === 'string') &&
    Array.isArray(x.unlock) &&
    isNumber(x.staleBorrowed) &&
    isNumber(x.reviewsDue) &&
    isNumber(x.reviewControlsDue)
  );
}
