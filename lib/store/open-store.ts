import { openDB, type IDBPDatabase } from 'idb';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type PostureLensDb } from './schema';

export type StoreDb = IDBPDatabase<PostureLensDb>;

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export const BLOCKED_MESSAGE =
  'Posture Lens history is open in an older version of the extension: close its other tabs, then try again. Nothing was deleted.';

/**
 * Opens (and upgrades) the extension's database. Upgrades are additive, one step per version
 * (migrations.ts), so history survives every release. A blocked or failing open is reported, never
 * "fixed" by deleting.
 */
export async function openStore(name: string = DB_NAME): Promise<StoreDb> {
  // idb's `blocked` is an event callback: throwing there would leave the open pending forever.
  let onBlocked = (): void => undefined;
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => reject(new StoreUnavailableError(BLOCKED_MESSAGE));
  });
  const opening = openDB<PostureLensDb>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, tx),
    blocked: () => onBlocked(),
  });
  try {
    return await Promise.race([opening, blocked]);
  } catch (err) {
    // Given up on: if the other tab closes later, this late connection must not block the next try.
    opening.then((db) => db.close()).catch(() => undefined);
    if (err instanceof StoreUnavailableError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new StoreUnavailableError(`Posture Lens couldn't open its scan history (${why}). Nothing was deleted.`);
  }
}
