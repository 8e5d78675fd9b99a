/**
 * One HTTP call to Microsoft Graph, through the Graph SDK's middleware pipeline:
 * `Client.initWithMiddleware` with our own chain instead of the SDK's default one.
 *
 *   ExactUrl → BearerToken → InjectedFetch
 *
 * - BearerToken asks the injected `getToken` on every call. The SDK's AuthenticationHandler only adds
 *   the token for hosts it knows (graph.microsoft.com and configured customHosts, https only), so it
 *   would send nothing to a simulator on http://127.0.0.1.
 * - InjectedFetch ends the chain with the caller's fetch instead of the SDK's HTTPMessageHandler,
 *   which calls the global one. (The SDK's Client constructor still checks that a global fetch
 *   exists; Node 18+ and browsers have one, so no polyfill is needed.)
 * - ExactUrl sends the URL exactly as our caller built it. GraphRequest re-assembles query strings
 *   (OData names first, repeated keys merged, and an `https://` anywhere in the path is taken for a
 *   host), which Graph tolerates but which would make a GET differ from the same request inside a
 *   `$batch` and from the `@odata.nextLink` Graph gave us.
 * - The SDK's own RetryHandler is left out: retries are decided by the client per request, including
 *   429s that sit inside a 200 `$batch`, which that handler can't see.
 *
 * Responses come back RAW (never thrown for a status), so every status reaches the caller. The only
 * things a call throws are the AbortError of a cancelled scan and our own bugs.
 */
import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { abortError, unlessAborted } from './abort';
import { assertReadOnly } from './read-only';
import { decodeBodyText } from './response-body';
import type { GraphVersion } from './sources/define-source';

export interface WireRequest {
  readonly method: 'GET' | 'POST';
  readonly version: GraphVersion;
  /** Relative to `<graphRoot>/<version>`: a GET's URL, or `/$batch` for a POST. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** JSON body of a `$batch` POST. */
  readonly body?: unknown;
}

export type WireResult =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly header: (name: string) => string | undefined;
      /** Decoded body: JSON value, text, or null when empty. */
      readonly body: unknown;
    }
  /** No response at all: fetch threw (DNS, connection refused, offline, CORS …). */
  | { readonly kind: 'offline'; readonly message: string }
  /** `getToken` failed, so nothing was sent. */
  | { readonly kind: 'noToken'; readonly message: string };

export interface Transport {
  send(request: WireRequest): Promise<WireResult>;
}

export interface TransportOptions {
  readonly graphRoot: string;
  readonly fetch: typeof fetch;
  readonly getToken: () => Promise<string>;
  readonly signal?: AbortSignal | undefined;
}

/** Per-call record the middlewares share: the URL to send, and where a failure happened. */
class WireCall implements MiddlewareOptions {
  failure: { readonly stage: 'token' | 'network'; readonly error: unknown } | undefined;
  constructor(readonly url: string) {}
}

function wireCallOf(context: Context): WireCall | undefined {
  const option = context.middlewareControl?.getMiddlewareOptions(WireCall);
  return option instanceof WireCall ? option : undefined;
}

function headersRecord(headers: HeadersInit | undefined): Record<string, string> {
  if (headers === undefined) return {};
  if (!(headers instanceof Headers) && !Array.isArray(headers)) return { ...headers };
  const record: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

abstract class Link implements Middleware {
  private next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected forward(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} must not end the middleware chain.`);
    return this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

class ExactUrl extends Link {
  execute(context: Context): Promise<void> {
    const call = wireCallOf(context);
    if (call) context.request = call.url;
    return this.forward(context);
  }
}

class BearerToken extends Link {
  constructor(private readonly getToken: () => Promise<string>) {
    super();
  }
  async execute(context: Context): Promise<void> {
    let token: string;
    try {
      token = await this.getToken();
    } catch (error) {
      const call = wireCallOf(context);
      if (call) call.failure = { stage: 'token', error };
      throw error;
    }
    context.options = {
      ...context.options,
      headers: { ...headersRecord(context.options?.headers), Authorization: `Bearer ${token}` },
    };
    await this.forward(context);
  }
}

class InjectedFetch implements Middleware {
  constructor(private readonly fetchFn: typeof fetch) {}
  async execute(context: Context): Promise<void> {
    // Called unbound: a browser's fetch throws "Illegal invocation" when called as a method of another object.
    const send = this.fetchFn;
    try {
      context.response = await send(context.request, context.options);
    } catch (error) {
      const call = wireCallOf(context);
      if (call) call.failure = { stage: 'network', error };
      throw error;
    }
  }
}

interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

function isResponseLike(value: unknown): value is ResponseLike {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<ResponseLike>;
  return typeof r.status === 'number' && typeof r.text === 'function' && typeof r.headers?.get === 'function';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createTransport(options: TransportOptions): Transport {
  const root = options.graphRoot.replace(/\/+$/, '');
  const { signal } = options;
  const client = Client.initWithMiddleware({
    baseUrl: root,
    defaultVersion: 'v1.0',
    middleware: [new ExactUrl(), new BearerToken(options.getToken), new InjectedFetch(options.fetch)],
  });

  async function send(request: WireRequest): Promise<WireResult> {
    assertReadOnly(request);
    if (!request.url.startsWith('/')) throw new Error(`Graph URLs are relative to the version root: ${request.url}`);
    if (signal?.aborted) throw abortError(signal);

    const call = new WireCall(`${root}/${request.version}${request.url}`);
    let graphRequest = client
      .api(request.url)
      .version(request.version)
      .headers({ ...request.headers, Accept: 'application/json' })
      .responseType(ResponseType.RAW)
      .middlewareOptions([call]);
    if (signal) graphRequest = graphRequest.option('signal', signal);

    let raw: unknown;
    try {
      // The SDK sets Content-Type: application/json on a POST with a JSON body.
      // unlessAborted: a cancelled scan ends now even if the injected fetch ignores its signal.
      raw = await unlessAborted(
        request.method === 'POST' ? graphRequest.post(request.body) : graphRequest.get(),
        signal,
      );
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      const failure = call.failure;
      if (failure?.stage === 'token')
        return {
          kind: 'noToken',
          message: `Could not get an access token for Microsoft Graph: ${messageOf(failure.error)}`,
        };
      if (failure?.stage === 'network')
        return { kind: 'offline', message: `Could not reach Microsoft Graph: ${messageOf(failure.error)}` };
      throw error;
    }
    if (!isResponseLike(raw)) throw new Error('The injected fetch did not return a Response.');

    let text: string;
    try {
      text = await unlessAborted(raw.text(), signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      // The connection dropped after the status line: as good as no answer.
      return { kind: 'offline', message: `Could not reach Microsoft Graph: ${messageOf(error)}` };
    }
    const headers = raw.headers;
    return {
      kind: 'response',
      status: raw.status,
      header: (name) => headers.get(name) ?? undefined,
      body: decodeBodyText(text, headers.get('content-type')),
    };
  }

  return { send };
}
