import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type PostureLensDb } from './schema';

export type StoreDb = IDBPDatabase<PostureLensDb>;

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/**
 * Opens (and upgrades) the extension's database. Upgrades are additive, one step per version, so
 * history survives every release. A blocked or failing open is reported, never "fixed" by deleting.
 */
export async function openStore(): Promise<StoreDb> {
  try {
    return await openDB<PostureLensDb>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('tenants', { keyPath: 'id' });
          const scans = db.createObjectStore('scans', { keyPath: 'key' });
          scans.createIndex('byTenant', ['tenantId', 'scannedAt']);
          db.createObjectStore('settings', { keyPath: 'key' });
        }
      },
      blocked() {
        throw new StoreUnavailableError(
          'Posture Lens history is open in an older version of the extension: close its other tabs.',
        );
      },
    });
  } catch (err) {
    if (err instanceof StoreUnavailableError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new StoreUnavailableError(`Posture Lens couldn't open its scan history (${why}). Nothing was deleted.`);
  }
}
