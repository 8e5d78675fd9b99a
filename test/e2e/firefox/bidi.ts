/**
 * A minimal WebDriver BiDi client for Firefox ESR. Playwright's Firefox needs its own patched build
 * (not downloadable here) and its BiDi mode needs commands newer than Debian's ESR has
 * (emulation.setMediaFeaturesOverride), so the Firefox suite speaks the standard protocol itself:
 * commands by id, errors as exceptions, events to listeners.
 */
import WebSocket from 'ws';

interface BidiMessage {
  readonly id?: number;
  readonly type: 'success' | 'error' | 'event';
  readonly result?: unknown;
  readonly error?: string;
  readonly message?: string;
  readonly method?: string;
  readonly params?: unknown;
}

export interface BidiConnection {
  send<T = unknown>(method: string, params: Record<string, unknown>): Promise<T>;
  onEvent(listener: (method: string, params: unknown) => void): void;
  close(): void;
}

export async function connectBidi(url: string): Promise<BidiConnection> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; method: string }>();
  const listeners: ((method: string, params: unknown) => void)[] = [];
  ws.on('message', (data: WebSocket.RawData) => {
    const raw = Array.isArray(data)
      ? Buffer.concat(data)
      : data instanceof ArrayBuffer
        ? Buffer.from(new Uint8Array(data))
        : data;
    const m = JSON.parse(raw.toString('utf8')) as BidiMessage;
    if (m.type === 'event' && m.method) {
      for (const l of listeners) l(m.method, m.params);
      return;
    }
    const waiter = m.id === undefined ? undefined : pending.get(m.id);
    if (!waiter || m.id === undefined) return;
    pending.delete(m.id);
    if (m.type === 'error') waiter.reject(new Error(`${waiter.method}: ${m.error ?? 'error'} — ${m.message ?? ''}`));
    else waiter.resolve(m.result);
  });
  ws.on('close', () => {
    for (const w of pending.values()) w.reject(new Error(`${w.method}: the browser closed the connection`));
    pending.clear();
  });
  return {
    send: <T>(method: string, params: Record<string, unknown>) =>
      new Promise<T>((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve: resolve, reject, method });
        ws.send(JSON.stringify({ id, method, params }));
      }),
    onEvent: (listener) => listeners.push(listener),
    close: () => ws.close(),
  };
}

/** A `script.evaluate` result as BiDi serialises it (primitives and arrays of them are enough here). */
export interface RemoteValue {
  readonly type: string;
  readonly value?: unknown;
}

/** Turns a serialised primitive, array or object back into a plain value. */
export function fromRemote(v: RemoteValue): unknown {
  switch (v.type) {
    case 'undefined':
    case 'null':
      return v.type === 'null' ? null : undefined;
    case 'array':
      return (v.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries((v.value as [string | RemoteValue, RemoteValue][]).map(([k, x]) => [k, fromRemote(x)]));
    default:
      return v.value;
  }
}
