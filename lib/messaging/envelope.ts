/**
 * The wire shape of every message, and its validation. Pure: used by both ends, so a malformed or
 * foreign message is refused the same way everywhere.
 */
export type Channel = 'pages' | 'content';

export interface Envelope {
  readonly postureLens: 1;
  readonly channel: Channel;
  readonly name: string;
  readonly payload: unknown;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    m.postureLens === 1 &&
    (m.channel === 'pages' || m.channel === 'content') &&
    typeof m.name === 'string' &&
    'payload' in m
  );
}

export function isReply(x: unknown): x is Reply<unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (r.ok === true && 'value' in r) || (r.ok === false && typeof r.error === 'string');
}
