/**
 * Every message the background answers, typed once and split by trust. Types only (plus payload
 * validators), so both ends agree and neither can send what the other doesn't expect.
 */
import type { ScanResult } from '../engine/run-scan';
import type { HistoryView } from '../engine/history';
import type { PageBadges } from '../engine/page-badges';

export type { BadgeModel, PageBadges } from '../engine/page-badges';

export interface AppState {
  readonly scan: ScanResult | null;
  /** The scan is of the built-in demo tenant, not a real one. */
  readonly demo: boolean;
  readonly scanning: boolean;
  /** A problem the user should see (store unavailable, scan failed), as one sentence. */
  readonly error: string | null;
}

/** Extension pages → background. Privileged: served only to our own extension origin. */
export interface PagesProtocol {
  getState(payload: null): AppState;
  runDemoScan(payload: null): AppState;
  /** The active tenant's score over time and what its latest scan changed. */
  getHistory(payload: null): HistoryView;
}

/** Admin-page content script → background. Unprivileged: view models only, nothing that calls Graph. */
export interface ContentProtocol {
  getPageBadges(payload: { url: string }): PageBadges;
}

export interface Protocols {
  pages: PagesProtocol;
  content: ContentProtocol;
}

export type MessageName<C extends keyof Protocols> = keyof Protocols[C] & string;
export type PayloadOf<C extends keyof Protocols, N extends MessageName<C>> = Protocols[C][N] extends (
  p: infer P,
) => unknown
  ? P
  : never;
export type ResultOf<C extends keyof Protocols, N extends MessageName<C>> = Protocols[C][N] extends (
  p: never,
) => infer R
  ? R
  : never;

/** Payload validators, run by the background before any handler sees a message. */
export const validPayload: { [C in keyof Protocols]: { [N in MessageName<C>]: (p: unknown) => boolean } } = {
  pages: {
    getState: (p) => p === null,
    runDemoScan: (p) => p === null,
    getHistory: (p) => p === null,
  },
  content: {
    getPageBadges: (p) => {
      if (typeof p !== 'object' || p === null) return false;
      const url = (p as { url?: unknown }).url;
      return typeof url === 'string' && url.length < 4096 && URL.canParse(url);
    },
  },
};
