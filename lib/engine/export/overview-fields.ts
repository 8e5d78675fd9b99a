/**
 * One tenant's row of the overview exports (issue 16 §4), shared by the CSV and the JSON so both carry the
 * same fields under the same names. The names are documented in docs/overview-export.md and pinned by a
 * test: fields may be added, never renamed.
 */
import type { TenantRow, TenantsOverview } from '../../messaging/partner-protocol';
import { frameworks } from '../score/frameworks';
import { categories } from '../verdict/status';

const DAY_MS = 86_400_000;

/** A field's value: text, a number, a flag, or null where there is nothing to say (never scanned, no previous scan). */
export type OverviewValue = string | number | boolean | null;

const categoryField = (c: string): string => `${c}Percent`;
const frameworkField = (f: string): string => `${f}Percent`;

/** Every field, in the CSV's column order: one column per category and per framework, as the engine lists them. */
export const OVERVIEW_FIELDS: readonly string[] = [
  'tenantId',
  'name',
  'kind',
  'scannedAt',
  'scorePercent',
  'pointsAchieved',
  'pointsAvailable',
  'band',
  'changeSincePrevious',
  'controlsFailing',
  'regressions',
  'worstRegressionControlId',
  'worstRegressionTitle',
  'worstRegressionPointsLost',
  'licence',
  'signInState',
  'signInReason',
  'lastScanAgeDays',
  'stale',
  'staleAfterDays',
  ...categories.map(categoryField),
  ...frameworks.map((f) => frameworkField(f.id)),
  'templates',
];

/** How long ago a scan was, in whole days, and whether that is past the overview's threshold. */
export function scanAge(
  scannedAt: string,
  now: number,
  staleAfterDays: number,
): { readonly days: number; readonly stale: boolean } {
  const ms = Math.max(0, now - Date.parse(scannedAt));
  // Stale once more than the threshold has passed: "7 days" means a scan a week and a minute old is stale.
  return { days: Math.floor(ms / DAY_MS), stale: ms > staleAfterDays * DAY_MS };
}

/** Why the tenant can't be scanned, where its access says (consent, sign-in, a failure). */
function signInReason(access: TenantRow['access']): string | null {
  return 'reason' in access ? access.reason : null;
}

/**
 * The row's fields, keyed as OVERVIEW_FIELDS. A tenant never scanned has null score fields (an empty CSV
 * cell), never a 0 that reads as a failing tenant; its age and stale flag are null too.
 */
export function overviewFields(
  row: TenantRow,
  overview: Pick<TenantsOverview, 'staleAfterDays'>,
  now: number,
): Readonly<Record<string, OverviewValue>> {
  const { latest, worstRegression: worst } = row;
  const age = latest ? scanAge(latest.scannedAt, now, overview.staleAfterDays) : null;
  const perCategory = Object.fromEntries(categories.map((c) => [categoryField(c), latest?.byCategory[c] ?? null]));
  const perFramework = Object.fromEntries(
    frameworks.map((f) => [frameworkField(f.id), latest?.byFramework[f.id] ?? null]),
  );
  return {
    tenantId: row.tenantId,
    name: row.name,
    kind: row.kind,
    scannedAt: latest?.scannedAt ?? null,
    scorePercent: latest?.percent ?? null,
    pointsAchieved: latest?.achieved ?? null,
    pointsAvailable: latest?.available ?? null,
    band: latest?.band.id ?? null,
    changeSincePrevious: row.change,
    controlsFailing: latest?.failing ?? null,
    regressions: latest ? row.regressions : null,
    worstRegressionControlId: worst?.controlId ?? null,
    worstRegressionTitle: worst?.title ?? null,
    worstRegressionPointsLost: worst?.pointsLost ?? null,
    licence: latest?.licence ?? null,
    signInState: row.access.state,
    signInReason: signInReason(row.access),
    lastScanAgeDays: age?.days ?? null,
    stale: age?.stale ?? null,
    staleAfterDays: overview.staleAfterDays,
    ...perCategory,
    ...perFramework,
    templates: row.templates.map((t) => t.templateName).join('; '),
  };
}
