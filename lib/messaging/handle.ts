import { isEnvelope, type Channel, type Reply } from './envelope';
import { validPayload, type MessageName, type PayloadOf, type Protocols, type ResultOf } from './protocol';

export type Handlers = {
  [C in keyof Protocols]: {
    [N in MessageName<C>]: (payload: PayloadOf<C, N>, sender: SenderInfo) => Promise<ResultOf<C, N>>;
  };
};

/** What the browser tells about a message's sender (runtime.MessageSender), as far as we use it. */
export interface SenderInfo {
  readonly id?: string;
  readonly url?: string;
  readonly origin?: string;
  /** 0 for a tab's top frame. */
  readonly frameId?: number;
  /** The sender's tab: its id keys rescan limits, its URL decides the page (never a URL in a message). */
  readonly tab?: { readonly id?: number; readonly url?: string };
}

/**
 * Decides trust once, from the sender: `pages` only from our own extension origin; `content` only
 * from our own content scripts on admin hosts. Then validates the payload and runs the handler.
 */
export function createMessageRouter(opts: {
  handlers: Handlers;
  extensionId: string;
  /** Our pages' base URL, `browser.runtime.getURL('/')`. */
  extensionBaseUrl: string;
  isAllowedContentUrl: (url: URL) => boolean;
}) {
  const trusted = (channel: Channel, sender: SenderInfo): boolean => {
    if (sender.id !== opts.extensionId || !sender.url || !URL.canParse(sender.url)) return false;
    const url = new URL(sender.url);
    // Compare scheme and host: URL.origin is 'null' for extension schemes in some runtimes.
    if (channel === 'pages') {
      const ours = new URL(opts.extensionBaseUrl);
      return url.protocol === ours.protocol && url.host === ours.host;
    }
    return opts.isAllowedContentUrl(url);
  };

  return async (message: unknown, sender: SenderInfo): Promise<Reply<unknown> | undefined> => {
    if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
    if (!trusted(message.channel, sender)) return { ok: false, error: 'Refused: this sender may not ask that.' };
    const channelHandlers = opts.handlers[message.channel] as Record<
      string,
      (p: unknown, s: SenderInfo) => Promise<unknown>
    >;
    const validators = validPayload[message.channel] as Record<string, (p: unknown) => boolean>;
    const handler = Object.hasOwn(channelHandlers, message.name) ? channelHandlers[message.name] : undefined;
    const valid = Object.hasOwn(validators, message.name) ? validators[message.name] : undefined;
    if (!handler || !valid) return { ok: false, error: `Unknown request '${message.name}'.` };
    if (!valid(message.payload)) return { ok: false, error: `Malformed '${message.name}' request.` };
    try {
      return { ok: true, value: await handler(message.payload, sender) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
