import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PostureLensDb } from './schema';

type UpgradeDb = IDBPDatabase<PostureLensDb>;
type UpgradeTx = IDBPTransaction<PostureLensDb, StoreNames<PostureLensDb>[], 'versionchange'>;

/**
 * One step per schema version: `migrations[n - 1]` takes a version n-1 database to version n. Steps
 * only add (stores, indexes, backfilled fields) and never delete a user's data; a new version appends
 * a step here and a case to migrations.test.ts that seeds the previous version with data.
 */
export const migrations: ReadonlyArray<(db: UpgradeDb, tx: UpgradeTx) => void> = [
  // v1: tenants, scan history by tenant and time, settings.
  (db) => {
    db.createObjectStore('tenants', { keyPath: 'id' });
    const scans = db.createObjectStore('scans', { keyPath: 'key' });
    scans.createIndex('byTenant', ['tenantId', 'scannedAt']);
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // v2: each control's disposition per tenant, with its audit trail.
  (db) => {
    const dispositions = db.createObjectStore('dispositions', { keyPath: ['tenantId', 'controlId'] });
    dispositions.createIndex('byTenant', 'tenantId');
  },
  // v3: each tenant's declared emergency-access accounts, exemptions and privileged roles.
  (db) => {
    db.createObjectStore('declarations');
  },
];

/** Runs the steps from `oldVersion` up to the newest, in order, inside the upgrade transaction. */
export function migrate(db: UpgradeDb, oldVersion: number, tx: UpgradeTx): void {
  for (let v = oldVersion; v < migrations.length; v++) migrations[v]!(db, tx);
}
