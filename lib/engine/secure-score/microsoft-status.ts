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

const FALLBACK_ACTION_URL = 'https://security.microsoft.com/securescore?viewid=actions';

/** Microsoft's actionUrl, only when it is an https link (Graph strings are attacker-controlled). */
export function safeActionUrl(url: string | null | undefined): string {
  if (!url || !URL.canParse(url)) return FALLBACK_ACTION_URL;
  return new URL(url).protocol === 'https:' ? url : FALLBACK_ACTION_URL;
}

/** `2026-11-23T00:00:00Z` → `2026-11-23`: Microsoft measures once a day (a key and a path, not text to show). */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** `2026-11-23T06:00:00Z` → "23 Nov 2026": Microsoft's measuring day as text frozen into a scan reads it. */
export const measuredDay = (iso: string): string => shownDay(iso, UTC_TEXT);
