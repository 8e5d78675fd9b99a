/**
 * The background's one database connection, for the worker's life (settings, auth flags and history
 * alike), and the scan store over it. Opened on first use; a failed open is retried next time, never
 * papered over.
 */
import { openStore, type StoreDb } from '../store/open-store';
import { createScanStore, type ScanStore } from '../store/scan-store';

/** Plain functions (no `this`), handed to every service that reads the store. */
export interface StoreConnection {
  readonly getDb: () => Promise<StoreDb>;
  readonly getStore: () => Promise<ScanStore>;
}

export function createStoreConnection(open: () => Promise<StoreDb> = () => openStore()): StoreConnection {
  let db: Promise<StoreDb> | null = null;
  let store: Promise<ScanStore> | null = null;
  const getDb = (): Promise<StoreDb> => {
    db ??= open();
    db.catch(() => (db = null));
    return db;
  };
  const getStore = (): Promise<ScanStore> => {
    store ??= getDb().then(createScanStore);
    store.catch(() => (store = null));
    return store;
  };
  return { getDb, getStore };
}
