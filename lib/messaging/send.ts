import { browser } from 'wxt/browser';
import { isReply, type Envelope } from './envelope';
import type { MessageName, PayloadOf, Protocols, ResultOf } from './protocol';

/** Ask the background; rejects with the background's one-sentence error. */
export async function send<C extends keyof Protocols, N extends MessageName<C>>(
  channel: C,
  name: N,
  payload: PayloadOf<C, N>,
): Promise<ResultOf<C, N>> {
  const envelope: Envelope = { postureLens: 1, channel, name, payload };
  const reply: unknown = await browser.runtime.sendMessage(envelope);
  if (!isReply(reply)) throw new Error('Posture Lens background did not answer; reload the extension.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ResultOf<C, N>;
}
