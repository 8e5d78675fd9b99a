/**
 * How long to wait before sending a throttled (429) or unavailable (503/504) request again.
 * https://learn.microsoft.com/graph/throttling
 */

/** Statuses Graph asks us to retry: throttled, unavailable, gateway timeout. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * Milliseconds a `Retry-After` value asks for: delta-seconds (`10`) or an HTTP date, which is
 * measured from `nowMs`. A date in the past means "now" (0). Absent or unreadable → undefined,
 * and the caller backs off on its own.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  // Only a real date: a bare number or "-5" would otherwise parse as a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export const backoffBaseMs = 1_000;
export const backoffCapMs = 30_000;

/**
 * Exponential backoff when Graph gave no `Retry-After`: 1 s, 2 s, 4 s … capped at 30 s, each with
 * "equal jitter" (between half and all of that step) so clients throttled together don't return together.
 * `retryIndex` is 0 for the first retry.
 */
export function backoffDelay(retryIndex: number, random: () => number = Math.random): number {
  const step = Math.min(backoffCapMs, backoffBaseMs * 2 ** Math.max(0, retryIndex));
  return Math.round(step / 2 + (step / 2) * random());
}
