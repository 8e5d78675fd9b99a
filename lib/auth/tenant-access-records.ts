/**
 * What the last token request for each tenant found (issue 16), so the Tenants overview shows "needs
 * consent" or "sign-in expired" after the service worker restarts. Kept in memory and in the settings
 * store under `tenantAccess:{tenantId}`, with the account that asked and the app registration it was
 * asked with: another app registration's consent says nothing of this one's, so such a record reads
 * as untried.
 */
import type { TenantAccess } from '../messaging/partner-protocol';
import type { StoreDb } from '../store/open-store';

const PREFIX = 'tenantAccess:';

interface TenantAccessRecord {
  readonly access: TenantAccess;
  /** The signed-in account (homeAccountId) the request went out as. */
  readonly accountId: string;
  /** The app registration's client id it was asked with. */
  readonly clientId: string;
}

const STATES = new Set(['ready', 'untried', 'needsConsent', 'signInExpired', 'signedOut', 'failed']);

/** A stored record that still reads as one; anything else is left out, never guessed at. */
function isRecord(v: unknown): v is TenantAccessRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { access?: unknown; accountId?: unknown; clientId?: unknown };
  if (typeof r.accountId !== 'string' || typeof r.clientId !== 'string') return false;
  const a = r.access as { state?: unknown; reason?: unknown; consentUrl?: unknown } | null;
  if (typeof a !== 'object' || a === null || typeof a.state !== 'string' || !STATES.has(a.state)) return false;
  const needsReason = a.state === 'needsConsent' || a.state === 'signInExpired' || a.state === 'failed';
  return (
    (!needsReason || typeof a.reason === 'string') && (a.state !== 'needsConsent' || typeof a.consentUrl === 'string')
  );
}

export function createTenantAccessRecords(db: () => Promise<StoreDb>) {
  const known = new Map<string, TenantAccessRecord | null>();

  async function read(tenantId: string): Promise<TenantAccessRecord | null> {
    const id = tenantId.toLowerCase();
    if (!known.has(id)) {
      const rec = await (await db()).get('settings', PREFIX + id);
      known.set(id, isRecord(rec?.value) ? rec.value : null);
    }
    return known.get(id) ?? null;
  }

  async function write(tenantId: string, record: TenantAccessRecord | null): Promise<void> {
    const id = tenantId.toLowerCase();
    known.set(id, record);
    const store = await db();
    if (record) await store.put('settings', { key: PREFIX + id, value: record });
    else await store.delete('settings', PREFIX + id);
  }

  return {
    /** What the last request for `tenantId` with this app registration found; 'untried' before any. */
    async get(tenantId: string, clientId: string): Promise<TenantAccess> {
      const r = await read(tenantId);
      return r && r.clientId === clientId ? r.access : { state: 'untried' };
    },

    /** Records an outcome, saved only when it changed (scans ask for tokens often). */
    async set(tenantId: string, record: TenantAccessRecord): Promise<void> {
      const before = await read(tenantId);
      if (before && JSON.stringify(before) === JSON.stringify(record)) return;
      await write(tenantId, record);
    },

    /**
     * The account signed out (`signedOut`) or signed in again (null: its tenants' expired or
     * signed-out rows are untried again, until their next token request says otherwise).
     */
    async accountChanged(accountId: string, to: 'signedOut' | null): Promise<void> {
      const store = await db();
      const keys = await store.getAllKeys('settings', IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`));
      for (const key of keys) {
        const tenantId = key.slice(PREFIX.length);
        const r = await read(tenantId);
        if (r?.accountId !== accountId) continue;
        if (to) await write(tenantId, { ...r, access: { state: 'signedOut' } });
        else if (r.access.state === 'signedOut' || r.access.state === 'signInExpired') await write(tenantId, null);
      }
    },
  };
}

export type TenantAccessRecords = ReturnType<typeof createTenantAccessRecords>;
