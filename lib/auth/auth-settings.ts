/**
 * The saved connection and the active account, in the settings store. The connection is config, not
 * a secret; every read re-checks it, whatever wrote it.
 */
import type { StoreDb } from '../store/open-store';
import { checkConnection, type Connection } from './validate-connection';

const CONNECTION = 'connection';
const ACTIVE_ACCOUNT = 'activeAccountId';

export function createAuthSettings(db: () => Promise<StoreDb>) {
  return {
    async connection(): Promise<Connection | null> {
      const rec = await (await db()).get('settings', CONNECTION);
      const check = rec
        ? checkConnection(rec.value as { clientId?: unknown; tenant?: unknown; cloud?: unknown })
        : null;
      return check?.ok ? check.connection : null;
    },

    async saveConnection(c: Connection): Promise<void> {
      await (await db()).put('settings', { key: CONNECTION, value: { ...c } });
    },

    async activeAccountId(): Promise<string | undefined> {
      const rec = await (await db()).get('settings', ACTIVE_ACCOUNT);
      return typeof rec?.value === 'string' ? rec.value : undefined;
    },

    async setActiveAccount(id: string): Promise<void> {
      await (await db()).put('settings', { key: ACTIVE_ACCOUNT, value: id });
    },

    /** Nobody is active any more if that account was. */
    async forgetActiveAccount(id: string): Promise<void> {
      const rec = await (await db()).get('settings', ACTIVE_ACCOUNT);
      if (rec?.value === id) await (await db()).delete('settings', ACTIVE_ACCOUNT);
    },
  };
}

export type AuthSettings = ReturnType<typeof createAuthSettings>;
