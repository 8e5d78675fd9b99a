import { describe, expect, test } from 'vitest';
import { CMDLET_NOT_AVAILABLE, type ServiceGet } from '../engine/scan/service-reader';
import type { AdminService } from '../graph/sources/admin-services';
import type { ServiceRequest } from '../graph/sources/define-service-source';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { isRecord } from '../graph/response-body';
import { fakeServiceFetch, type ScriptedAnswer, type SeenServiceCall } from '../../test/fixtures/fake-service-fetch';
import { createServiceReader, type ServiceReaderOptions } from './create-service-reader';

const TID = '11111111-2222-3333-4444-555555555555';
const ROOT = `https://outlook.office365.com/adminapi/beta/${TID}`;
const INVOKE = `${ROOT}/InvokeCommand`;
const BATCH = `${ROOT}/$batch`;

const get = (key: string, cmdlet = 'Get-OrganizationConfig', parameters?: Record<string, string>): ServiceGet => ({
  key,
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet, ...(parameters ? { parameters } : {}) } as ServiceRequest,
  collection: true,
});

interface Sub {
  readonly id: string;
  readonly url: string;
  readonly method: string;
  readonly body: { CmdletInput: { CmdletName: string } };
  readonly headers: Record<string, string>;
}
const subsOf = (call: SeenServiceCall | undefined): Sub[] =>
  isRecord(call?.body) && Array.isArray(call.body.requests) ? (call.body.requests as Sub[]) : [];

/** Answers each sub-request of a batch with `each` (id filled in); `nth` counts the batches before. */
type Each = (sub: Sub, nth: number) => { status?: number; headers?: Record<string, string>; body?: unknown } | null;

function reader(
  each: Each,
  o: Partial<ServiceReaderOptions> = {},
  whole?: (nth: number) => ScriptedAnswer | undefined,
) {
  let batches = 0;
  const fake = fakeServiceFetch((call) => {
    const nth = batches++;
    const instead = whole?.(nth);
    if (instead) return instead;
    const responses = subsOf(call).flatMap((s) => {
      const a = each(s, nth);
      return a ? [{ id: s.id, status: a.status ?? 200, headers: a.headers ?? {}, body: a.body }] : [];
    });
    return { body: { responses } };
  });
  const sleeps: number[] = [];
  const r = createServiceReader({
    tenantId: TID,
    cloud: 'global',
    enabled: new Set<AdminService>(['exchange']),
    getToken: () => Promise.resolve('token-exchange'),
    fetch: fake.fetch,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...o,
  });
  return { r, calls: fake.calls, sleeps };
}

const value = (v: unknown[], next?: string) => ({ body: { value: v, ...(next ? { '@odata.nextLink': next } : {}) } });
const failed = (o: GraphOutcome | undefined) =>
  o && !o.ok ? o : expect.fail(`expected a failure, got ${JSON.stringify(o)}`);
const keys = (n: number) => Array.from({ length: n }, (_, i) => get(`k${i + 1}`));

describe('Exchange Online in $batch', () => {
  test('25 reads go in 3 POSTs of at most 10, all in flight at once: one round trip', async () => {
    const { r, calls } = reader((s) => value([{ Asked: s.body.CmdletInput.CmdletName }]));
    const out = await r.read(keys(25));
    expect(calls.map((c) => [c.method, c.url, subsOf(c).length])).toEqual([
      ['POST', BATCH, 10],
      ['POST', BATCH, 10],
      ['POST', BATCH, 5],
    ]);
    expect(out.get('k25')).toEqual({
      ok: true,
      status: 200,
      body: { value: [{ Asked: 'Get-OrganizationConfig' }] },
      pages: 1,
    });
    expect(r.stats.exchange).toEqual({ requests: 25, httpCalls: 3, roundTrips: 1, retries: 0 });
  });

  test('each sub-request is the InvokeCommand a lone call would be, with the continue-on-error batch headers', async () => {
    const { r, calls } = reader(() => value([]));
    await r.read([get('remote', 'Get-RemoteDomain', { Identity: 'Default' })]);
    expect(calls[0]?.headers).toMatchObject({
      authorization: 'Bearer token-exchange',
      prefer: 'odata.maxpagesize=1000;odata.continue-on-error',
      'x-anchormailbox': `APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${TID}`,
    });
    expect(subsOf(calls[0])).toEqual([
      {
        id: '1',
        method: 'POST',
        url: INVOKE,
        body: { CmdletInput: { CmdletName: 'Get-RemoteDomain', Parameters: { Identity: 'Default' } } },
        headers: expect.objectContaining({
          'X-CmdletName': 'Get-RemoteDomain',
          Authorization: 'Bearer token-exchange',
        }),
      },
    ]);
  });

  test('one refused request refuses the whole read: nothing is sent, and every read says why', async () => {
    const { r, calls } = reader(() => value([]));
    const out = await r.read([get('ok'), get('write', 'Set-Mailbox'), get('also-ok', 'Get-AcceptedDomain')]);
    expect(calls).toEqual([]);
    expect(failed(out.get('write'))).toMatchObject({
      code: 'RefusedByAllowList',
      message: expect.stringMatching(/Set-Mailbox/),
    });
    expect(failed(out.get('ok'))).toMatchObject({
      code: 'RefusedByAllowList',
      message: expect.stringMatching(/held write, which it refuses, so none of it was sent/),
    });
    expect(failed(out.get('also-ok')).code).toBe('RefusedByAllowList');
  });

  test('each sub-response is decoded as a lone InvokeCommand: its own error, its plan, its refusal', async () => {
    const notRecognized =
      "The term 'Get-AtpPolicyForO365' is not recognized as a name of a cmdlet, function, script file, or executable program.";
    const { r } = reader((s) => {
      switch (s.body.CmdletInput.CmdletName) {
        case 'Get-AtpPolicyForO365':
          return { status: 400, body: { error: { code: 'NotRecognized', message: notRecognized } } };
        case 'Get-AcceptedDomain':
          return { status: 200, body: { error: { code: 'InternalError', message: 'Cmdlet failed inside a 200' } } };
        case 'Get-RemoteDomain':
          return { status: 403, body: { error: { code: 'Forbidden', message: 'Not in role' } } };
        default:
          return value([{ CustomerLockBoxEnabled: true }]);
      }
    });
    const out = await r.read([
      get('org'),
      get('atp', 'Get-AtpPolicyForO365'),
      get('acc', 'Get-AcceptedDomain'),
      get('rd', 'Get-RemoteDomain'),
    ]);
    expect(out.get('org')).toMatchObject({ ok: true, body: { value: [{ CustomerLockBoxEnabled: true }] } });
    expect(failed(out.get('atp'))).toMatchObject({ status: 400, code: CMDLET_NOT_AVAILABLE });
    expect(failed(out.get('acc'))).toMatchObject({
      status: 200,
      code: 'InternalError',
      message: 'Cmdlet failed inside a 200',
    });
    expect(failed(out.get('rd'))).toMatchObject({ status: 403, message: 'Not in role' });
  });

  test('a next page is the same body re-POSTed to its nextLink in the next batch, and the pages merge', async () => {
    const next = `${INVOKE}?$skiptoken=p2`;
    const { r, calls } = reader((s) =>
      s.url === next
        ? value([{ Name: 'Rule 2' }])
        : s.body.CmdletInput.CmdletName === 'Get-TransportRule'
          ? value([{ Name: 'Rule 1' }], next)
          : value([]),
    );
    const out = await r.read([get('rules', 'Get-TransportRule'), get('org')]);
    expect(out.get('rules')).toEqual({
      ok: true,
      status: 200,
      body: { value: [{ Name: 'Rule 1' }, { Name: 'Rule 2' }] },
      pages: 2,
    });
    expect(subsOf(calls[1])).toMatchObject([{ url: next, body: { CmdletInput: { CmdletName: 'Get-TransportRule' } } }]);
    expect(r.stats.exchange).toEqual({ requests: 3, httpCalls: 2, roundTrips: 2, retries: 0 });
  });

  test('a nextLink to another host is never followed', async () => {
    const { r, calls } = reader(() => value([{}], 'https://evil.example/adminapi/beta/t/InvokeCommand?$skiptoken=x'));
    const out = await r.read([get('org')]);
    expect(failed(out.get('org'))).toMatchObject({ code: 'NextLinkRefused' });
    expect(calls).toHaveLength(1);
  });

  test('a throttled sub-request waits its Retry-After and goes again in a batch; the rest are not sent twice', async () => {
    const { r, calls, sleeps } = reader((s, nth) =>
      s.body.CmdletInput.CmdletName === 'Get-AcceptedDomain' && nth === 0
        ? {
            status: 429,
            headers: { 'Retry-After': '2' },
            body: { error: { code: 'TooManyRequests', message: 'slow down' } },
          }
        : value([{ From: s.body.CmdletInput.CmdletName }]),
    );
    const out = await r.read([get('org'), get('acc', 'Get-AcceptedDomain')]);
    expect(out.get('acc')).toMatchObject({ ok: true, body: { value: [{ From: 'Get-AcceptedDomain' }] } });
    expect(sleeps).toEqual([2000]);
    expect(calls.map((c) => subsOf(c).map((s) => s.body.CmdletInput.CmdletName))).toEqual([
      ['Get-OrganizationConfig', 'Get-AcceptedDomain'],
      ['Get-AcceptedDomain'],
    ]);
    expect(r.stats.exchange).toEqual({ requests: 2, httpCalls: 2, roundTrips: 2, retries: 1 });
  });

  test('a sub-request unavailable every time fails as unavailable once retries run out', async () => {
    const { r, calls } = reader(() => ({
      status: 503,
      body: { error: { code: 'ServiceUnavailable', message: 'down' } },
    }));
    const out = await r.read([get('org')]);
    expect(failed(out.get('org'))).toMatchObject({
      status: 503,
      message: expect.stringMatching(/unavailable \(HTTP 503\) and retries ran out/),
    });
    expect(calls).toHaveLength(5);
  });

  test('a response missing for an id fails that read, naming its cmdlet; the others are read', async () => {
    const { r } = reader((s) => (s.body.CmdletInput.CmdletName === 'Get-AcceptedDomain' ? null : value([])));
    const out = await r.read([get('org'), get('acc', 'Get-AcceptedDomain')]);
    expect(out.get('org')).toMatchObject({ ok: true });
    expect(failed(out.get('acc'))).toMatchObject({
      code: 'MalformedBatchAnswer',
      message: "Exchange Online's $batch answer is malformed: it held no response for Get-AcceptedDomain (id 2).",
    });
  });

  test.each([
    [
      'refused (401)',
      { status: 401, body: { error: { code: 'Unauthorized', message: 'Token rejected' } } },
      { status: 401, message: "Exchange Online's $batch failed: Token rejected" },
    ],
    [
      'a server error (500)',
      { status: 500, body: {} },
      { status: 500, message: "Exchange Online's $batch failed: Exchange Online answered HTTP 500." },
    ],
    [
      'answered with no responses',
      { body: { value: [] } },
      { status: 200, code: 'MalformedBatchAnswer', message: expect.stringMatching(/no responses list/) },
    ],
    ['answered with text, not JSON', { body: 'not json at all' }, { status: 200, code: 'MalformedBatchAnswer' }],
  ])('a batch %s fails each of its reads with that reason', async (_, answer, expected) => {
    const { r } = reader(
      () => value([]),
      {},
      () => answer,
    );
    const out = await r.read(keys(3));
    for (const k of ['k1', 'k2', 'k3']) expect(failed(out.get(k))).toMatchObject(expected);
  });

  test('more batches than the cap wait for a free lane: 45 reads two batches at a time take three round trips', async () => {
    const { r, calls } = reader(() => value([]), { concurrency: 2 });
    await r.read(keys(45));
    expect(calls.map((c) => subsOf(c).length)).toEqual([10, 10, 10, 10, 5]);
    expect(r.stats.exchange).toMatchObject({ httpCalls: 5, roundTrips: 3 });
  });

  test('told not to batch, each InvokeCommand goes alone', async () => {
    const fake = fakeServiceFetch(() => value([]));
    const r = createServiceReader({
      tenantId: TID,
      cloud: 'global',
      enabled: new Set<AdminService>(['exchange']),
      getToken: () => Promise.resolve('t'),
      fetch: fake.fetch,
      batch: false,
    });
    await r.read(keys(2));
    expect(fake.calls.map((c) => c.url)).toEqual([INVOKE, INVOKE]);
  });
});
