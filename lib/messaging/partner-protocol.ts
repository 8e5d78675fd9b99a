/**
 * The partner view (issue 16): customer tenants reached with the signed-in account's own sign-in, the
 * Tenants overview, scans of several tenants at once, and templates. Extension pages → background,
 * privileged like the rest of PagesProtocol (which extends this); payloads are checked by
 * `partnerPayloads` before any handler runs.
 */
import type { Band } from '../engine/score/score-band';
import type { FrameworkId } from '../engine/score/frameworks';
import type { Category } from '../engine/verdict/status';
import { isTemplateShape, type Template } from '../engine/partner/template';

export type { Template, TemplateDisposition } from '../engine/partner/template';

/** A tenant the partner added: reached with `accountId`'s sign-in through a tenant-specific authority. */
export interface CustomerTenant {
  /** The directory (tenant) id, a lower-case GUID: what its history, dispositions and settings are kept under. */
  readonly tenantId: string;
  /** The organization's name once a scan read it; before that the domain entered, else the id. */
  readonly name: string;
  /** The verified domain it was added by (resolved through its OpenID configuration); null when added by id. */
  readonly domain: string | null;
  /** The signed-in (partner) account whose sign-in reaches it: MSAL's homeAccountId. */
  readonly accountId: string;
  /** Added by hand, or picked from the partner's GDAP relationships. */
  readonly source: 'added' | 'gdap';
  readonly addedAt: string;
  /** The signed-in account's username. */
  readonly addedBy: string;
}

/**
 * Whether a tenant can be scanned now, as its last token request found. A tenant that needs consent
 * never blocks the others: it shows this, with the admin-consent link for that tenant alone.
 */
export type TenantAccess =
  | { readonly state: 'ready' }
  /** No token asked for it yet (added, never scanned). */
  | { readonly state: 'untried' }
  /** The app isn't consented there (AADSTS65001, AADSTS700016…): `consentUrl` is that tenant's admin consent. */
  | { readonly state: 'needsConsent'; readonly consentUrl: string; readonly reason: string }
  /** The account that reaches it must sign in again (refresh token expired or revoked). */
  | { readonly state: 'signInExpired'; readonly reason: string }
  /** The account that reaches it is signed out (its history stays). */
  | { readonly state: 'signedOut' }
  /** Anything else the token request said (offline, tenant not found…), as the sentence to show. */
  | { readonly state: 'failed'; readonly reason: string };

export type TenantAccessState = TenantAccess['state'];

/** A template applied to a tenant: who applied which, and when (kept per tenant). */
export interface AppliedTemplate {
  readonly templateId: string;
  readonly templateName: string;
  readonly appliedBy: string;
  readonly appliedAt: string;
  /** Controls whose disposition it set. */
  readonly controlIds: readonly string[];
}

/** The control that lost the most points since the tenant's previous scan. */
export interface WorstRegression {
  readonly controlId: string;
  readonly title: string;
  /** Points lost (positive). */
  readonly pointsLost: number;
}

/** One tenant's row on the Tenants overview: everything is the tenant's own, scored with its own dispositions. */
export interface TenantRow {
  readonly tenantId: string;
  readonly name: string;
  /** A signed-in account's own tenant, a customer tenant reached through one, or the built-in demo. */
  readonly kind: 'home' | 'customer' | 'demo';
  /** The tenant the dashboard shows now. */
  readonly shown: boolean;
  /** Its latest scan, scored with its dispositions; null when never scanned. */
  readonly latest: {
    readonly scannedAt: string;
    readonly percent: number;
    readonly achieved: number;
    readonly available: number;
    readonly band: Band;
    /** Controls failing (measured or borrowed), not counting dispositions that resolve them. */
    readonly failing: number;
    /** Percent per category; null where the category had no points. */
    readonly byCategory: Readonly<Record<Category, number | null>>;
    /** Percent through each framework's lens (same scoring over that subset); null with no points. */
    readonly byFramework: Readonly<Record<FrameworkId, number | null>>;
    /** "Microsoft 365 E5", "Business Premium", "E3", …, or null when the licences couldn't be read. */
    readonly licence: string | null;
  } | null;
  /** Percentage points since the scan before the latest; null with fewer than two scans. */
  readonly change: number | null;
  /** Score over the 90 days before the latest scan, oldest first. */
  readonly sparkline: readonly { readonly at: string; readonly percent: number }[];
  readonly worstRegression: WorstRegression | null;
  /** Regressions (controls whose points dropped) in the latest scan against the previous. */
  readonly regressions: number;
  readonly access: TenantAccess;
  /** The account whose sign-in reaches it (home: its own), with its username; null for the demo. */
  readonly via: { readonly accountId: string; readonly username: string } | null;
  readonly templates: readonly AppliedTemplate[];
  /**
   * What of this tenant's records couldn't be read (scans or dispositions skipped, a history that failed
   * to load), as one sentence; absent when everything read. The other rows are unaffected.
   */
  readonly problem?: string;
}

export interface TenantsOverview {
  readonly rows: readonly TenantRow[];
  /** Days after which a tenant's last scan is stale (chosen on the page; default 7). */
  readonly staleAfterDays: number;
  /** Shown on printable reports and exports ("Prepared by Fabrikam IT"); empty until set. */
  readonly partnerName: string;
}

/** One tenant's part in "Scan selected". */
export interface TenantScanStatus {
  readonly tenantId: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'needsConsent';
  /** Requests done of the scan's total while running. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** The failure's sentence, or why it can't be scanned. */
  readonly message: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

/** The runtime port the background pushes TenantScansView on, at every change, to open pages. */
export const TENANT_SCANS_PORT = 'tenant-scans';

export interface TenantScansView {
  /** Every tenant in the current or last batch, in the order chosen. */
  readonly tenants: readonly TenantScanStatus[];
  readonly concurrency: number;
  /** A tenant is queued or running. */
  readonly running: boolean;
}

/** A customer of the partner's, from an active GDAP relationship (read-only). */
export interface GdapCustomer {
  readonly tenantId: string;
  readonly displayName: string;
  readonly relationshipName: string;
  /** When the relationship ends (ISO); null when Graph didn't say. */
  readonly endsAt: string | null;
  /** Already in the list of tenants. */
  readonly added: boolean;
}

export type GdapCustomersView =
  | { readonly ok: true; readonly customers: readonly GdapCustomer[] }
  /** `consentUrl`: the partner tenant's admin consent for DelegatedAdminRelationship.Read.All, when that's what's missing. */
  | { readonly ok: false; readonly reason: string; readonly consentUrl?: string };

export type AddTenantResult =
  | { readonly ok: true; readonly tenant: CustomerTenant; readonly overview: TenantsOverview }
  | { readonly ok: false; readonly error: string };

export interface TemplatesView {
  readonly templates: readonly Template[];
}

export interface ApplyTemplateResult {
  /** Tenants it was applied to, each with the controls it set. */
  readonly applied: readonly { readonly tenantId: string; readonly controlIds: readonly string[] }[];
  /** Tenants it wasn't applied to, with why. */
  readonly refused: readonly { readonly tenantId: string; readonly reason: string }[];
  readonly overview: TenantsOverview;
}

export interface PartnerProtocol {
  /** Every tenant: signed-in accounts' own, customer tenants, and any other tenant with stored scans. */
  getTenantsOverview(payload: null): TenantsOverview;
  /** Adds a customer tenant by id or verified domain, reached with the active account's sign-in. */
  addCustomerTenant(payload: { query: string }): AddTenantResult;
  /** Adds customers picked from the GDAP list (ids from `listGdapCustomers`). */
  addGdapCustomers(payload: { tenantIds: readonly string[] }): TenantsOverview;
  /** Removes a customer tenant from the list; its stored history stays, as for a signed-out account. */
  removeCustomerTenant(payload: { tenantId: string }): TenantsOverview;
  /** The active account's active GDAP relationships' customers (DelegatedAdminRelationship.Read.All). */
  listGdapCustomers(payload: null): GdapCustomersView;
  /** Makes the tenant the one every page shows (its own dashboard); refused for an unknown tenant. */
  showTenant(payload: { tenantId: string }): TenantsOverview;
  /** Scans these tenants, at most `concurrency` (1–10, default 3) at once; answers at once with the queue. */
  scanTenants(payload: { tenantIds: readonly string[]; concurrency?: number }): TenantScansView;
  /** Cancels one tenant's scan (queued or running), or every one when `tenantId` is null. */
  cancelTenantScans(payload: { tenantId: string | null }): TenantScansView;
  getTenantScans(payload: null): TenantScansView;
  /** Saves the overview's preferences (stale threshold in days, 1–365; partner name ≤ 100 characters). */
  setOverviewPrefs(payload: { staleAfterDays?: number; partnerName?: string }): TenantsOverview;
  getTemplates(payload: null): TemplatesView;
  /** Saves (creates or replaces by id) a template, checked again here. */
  saveTemplate(payload: { template: Template }): TemplatesView;
  deleteTemplate(payload: { templateId: string }): TemplatesView;
  /** Imports templates from an exported JSON file's text; answers what was imported or why not. */
  importTemplates(payload: {
    json: string;
  }): TemplatesView & { readonly imported: number; readonly error: string | null };
  /** Sets each template disposition on each tenant, recorded as the signed-in account, now. */
  applyTemplate(payload: { templateId: string; tenantIds: readonly string[] }): ApplyTemplateResult;
}

/** A directory (tenant) id: a GUID. */
export function isTenantGuid(id: unknown): id is string {
  return typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

const isRecord = (p: unknown): p is Record<string, unknown> => typeof p === 'object' && p !== null;
const tenantIds = (v: unknown): boolean => Array.isArray(v) && v.length <= 1000 && v.every(isTenantGuid);
const shortText = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;

/** Payload validators for PartnerProtocol, run before any handler sees a message. */
export const partnerPayloads: { [N in keyof PartnerProtocol]: (p: unknown) => boolean } = {
  getTenantsOverview: (p) => p === null,
  addCustomerTenant: (p) => isRecord(p) && shortText(p.query, 300),
  addGdapCustomers: (p) => isRecord(p) && tenantIds(p.tenantIds),
  removeCustomerTenant: (p) => isRecord(p) && isTenantGuid(p.tenantId),
  listGdapCustomers: (p) => p === null,
  // The demo tenant's id is not a GUID: the overview may show it too.
  showTenant: (p) => isRecord(p) && shortText(p.tenantId, 100) && (p.tenantId as string).length > 0,
  scanTenants: (p) =>
    isRecord(p) &&
    tenantIds(p.tenantIds) &&
    (p.concurrency === undefined ||
      (Number.isInteger(p.concurrency) && (p.concurrency as number) >= 1 && (p.concurrency as number) <= 10)),
  cancelTenantScans: (p) => isRecord(p) && (p.tenantId === null || isTenantGuid(p.tenantId)),
  getTenantScans: (p) => p === null,
  setOverviewPrefs: (p) =>
    isRecord(p) &&
    (p.staleAfterDays === undefined ||
      (Number.isInteger(p.staleAfterDays) &&
        (p.staleAfterDays as number) >= 1 &&
        (p.staleAfterDays as number) <= 365)) &&
    (p.partnerName === undefined || shortText(p.partnerName, 100)),
  getTemplates: (p) => p === null,
  saveTemplate: (p) => isRecord(p) && isTemplateShape(p.template),
  deleteTemplate: (p) => isRecord(p) && shortText(p.templateId, 100),
  importTemplates: (p) => isRecord(p) && shortText(p.json, 1_000_000),
  applyTemplate: (p) => isRecord(p) && shortText(p.templateId, 100) && tenantIds(p.tenantIds),
};

/** A tenant's token couldn't be had: `access` says what it needs (consent, a sign-in) for the overview to show. */
export class TenantAccessError extends Error {
  constructor(
    readonly tenantId: string,
    readonly access: Exclude<TenantAccess, { state: 'ready' } | { state: 'untried' }>,
    message: string,
  ) {
    super(message);
    this.name = 'TenantAccessError';
  }
}
