import { isAdminHost } from '../pages/admin-hosts';
import type { Category, Level } from '../verdict/status';
import type { MicrosoftStatus } from './microsoft-verdict';
import { shownDay, UTC_TEXT } from '../format/dates';

/** Implemented ⇔ score == maxScore, the rule Microsoft's ZeroTrustAssessment uses (graph-sources.md §3). */
export function microsoftStatusOf(score: number, maxScore: number): Exclude<MicrosoftStatus, 'notLicensed'> {
  if (score >= maxScore) return 'pass';
  return score <= 0 ? 'fail' : 'partial';
}

const CATEGORIES: Readonly<Record<string, Category>> = {
  identity: 'identity',
  data: 'data',
  device: 'device',
  apps: 'apps',
  // Azure resources: the nearest of our four is the machines they run on.
  infrastructure: 'device',
};

/** Secure Score's controlCategory (Identity, Data, Device, Apps, Infrastructure) as ours. */
export function categoryOf(controlCategory: string): Category {
  return CATEGORIES[controlCategory.toLowerCase()] ?? 'apps';
}

/** Microsoft's userImpact text ("Low", "Moderate", "High") as our Level. */
export function levelOf(text: string | null | undefined): Level {
  const t = (text ?? '').toLowerCase();
  return t === 'low' ? 'low' : t === 'high' ? 'high' : 'moderate';
}

const SECURE_SCORE_ACTIONS = 'https://security.microsoft.com/securescore?viewid=actions';

/** Secure Score's own page for one control: its improvement action's flyout, or the list without an id. */
export function secureScoreActionUrl(profileId?: string): string {
  return profileId ? `${SECURE_SCORE_ACTIONS}&actionId=${encodeURIComponent(profileId)}` : SECURE_SCORE_ACTIONS;
}

/**
 * Where a Microsoft row's "Open in admin center" goes. Graph strings are attacker-controlled, so
 * Microsoft's `actionUrl` is followed only when it is https, carries no credentials and lands on a
 * Microsoft admin center (lib/engine/pages/admin-hosts.ts); anything else, and Secure Score's list of
 * every action, opens Secure Score's page for that control.
 */
export function actionUrlOf(url: string | null | undefined, profileId?: string): string {
  const parsed = url && URL.canParse(url) ? new URL(url) : undefined;
  const ok = parsed && parsed.username === '' && parsed.password === '' && isAdminHost(parsed);
  // Secure Score's list of every action says less than its page for this one.
  const generic =
    parsed?.hostname === 'security.microsoft.com' &&
    parsed.pathname === '/securescore' &&
    !parsed.searchParams.has('actionId');
  return ok && !(generic && profileId) ? parsed.href : secureScoreActionUrl(profileId);
}

/** `2026-11-23T00:00:00Z` → `2026-11-23`: Microsoft measures once a day (a key and a path, not text to show). */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** `2026-11-23T06:00:00Z` → "23 Nov 2026": Microsoft's measuring day as text frozen into a scan reads it. */
export const measuredDay = (iso: string): string => shownDay(iso, UTC_TEXT);
