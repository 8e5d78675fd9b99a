/**
 * What the popup's "N tenants regressed" line last found per tenant (lib/background/regressed-tenants.ts),
 * so a popup opened after the service worker slept reads no scans for the tenants whose history and
 * dispositions haven't changed. In storage.session, as the popup's copy (lib/store/popup-cache.ts): kept in
 * memory, out of content scripts' reach; a copy that isn't this shape is ignored and made again.
 */
import { browser } from 'wxt/browser';

const KEY = 'regressionMemo';
const VERSION = 1;

/** One tenant's latest change, and the key of the history and dispositions it was made from. */
export interface MemoEntry {
  readonly key: string;
  readonly change: number | null;
  readonly regressions: number;
}

export type MemoEntries = Readonly<Record<string, MemoEntry>>;

export interface RegressionMemo {
  read(): Promise<MemoEntries>;
  write(entries: MemoEntries): Promise<void>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isEntry = (x: unknown): x is MemoEntry =>
  isObject(x) &&
  typeof x.key === 'string' &&
  (x.change === null || (typeof x.change === 'number' && Number.isFinite(x.change))) &&
  typeof x.regressions === 'number' &&
  Number.isInteger(x.regressions);

/** The memo in storage.session; any entry not of this shape is dropped, so its tenant is read again. */
export const sessionRegressionMemo: RegressionMemo = {
  async read() {
    const saved: unknown = (await browser.storage.session.get(KEY))[KEY];
    if (!isObject(saved) || saved.v !== VERSION || !isObject(saved.entries)) return {};
    return Object.fromEntries(Object.entries(saved.entries).filter(([, e]) => isEntry(e))) as MemoEntries;
  },
  async write(entries) {
    await browser.storage.session.set({ [KEY]: { v: VERSION, entries } });
  },
};
