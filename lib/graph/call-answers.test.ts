import { describe, expect, test } from 'vitest';
import { answersOf, failureOf } from './call-answers';
import { firstJobs, type Job } from './page-job';
import type { GraphGet } from './sources/graph-request';
import type { WireResult } from './transport';

const get = (key: string): GraphGet => ({ key, version: 'v1.0', url: `/${key}`, collection: false });
const batched = (...keys: string[]) => firstJobs(keys.map(get), true);
const direct = (key: string) => firstJobs([get(key)], false);

function response(status: number, body: unknown, headers: Record<string, string> = {}): WireResult {
  return { kind: 'response', status, body, header: (name) => headers[name.toLowerCase()] };
}
const inner = (id: string, status: number, body: unknown, headers?: Record<string, string>) => ({
  id,
  status,
  body,
  ...(headers ? { headers } : {}),
});
const summary = (answers: ReturnType<typeof answersOf>) =>
  answers.map((a) => [a.job.state.request.key, a.kind, 'status' in a ? a.status : undefined]);

describe('answersOf', () => {
  test('matches a 200 batch’s inner answers by id, whatever their order', () => {
    const jobs = batched('a', 'b', 'c', 'd');
    const answers = answersOf(
      jobs,
      response(200, {
        responses: [
          inner('4', 404, { error: { code: 'Request_ResourceNotFound', message: 'Gone.' } }),
          inner('2', 429, null, { 'Retry-After': '3' }),
          inner('1', 200, { value: [1] }),
        ],
      }),
    );
    expect(summary(answers)).toEqual([
      ['a', 'page', 200],
      ['b', 'throttled', 429],
      ['c', 'alone', undefined],
      ['d', 'failed', undefined],
    ]);
    expect(answers[0]).toMatchObject({ body: { value: [1] } });
    expect(answers[1]).toMatchObject({ retryAfter: '3' });
    expect(answers[3]).toMatchObject({
      outcome: { ok: false, status: 404, code: 'Request_ResourceNotFound', message: 'Gone.' },
    });
  });

  test('a 200 envelope that is no batch response sends every request alone', () => {
    expect(summary(answersOf(batched('a', 'b'), response(200, { value: [] })))).toEqual([
      ['a', 'alone', undefined],
      ['b', 'alone', undefined],
    ]);
  });

  test('a throttled envelope throttles every request with its Retry-After', () => {
    const answers = answersOf(batched('a', 'b'), response(503, 'busy', { 'retry-after': '5' }));
    expect(answers.map((a) => a.kind)).toEqual(['throttled', 'throttled']);
    expect(answers.every((a) => a.kind === 'throttled' && a.retryAfter === '5' && a.status === 503)).toBe(true);
  });

  test('a 401 or 403 envelope fails every request; any other envelope error sends each alone', () => {
    const denied = { error: { code: 'InvalidAuthenticationToken', message: 'Expired.' } };
    const answers = answersOf(batched('a', 'b'), response(401, denied));
    expect(answers.map((a) => a.kind === 'failed' && a.outcome)).toEqual([
      { ok: false, status: 401, code: 'InvalidAuthenticationToken', message: 'Expired.' },
      { ok: false, status: 401, code: 'InvalidAuthenticationToken', message: 'Expired.' },
    ]);
    for (const status of [400, 404, 500, 502])
      expect(answersOf(batched('a', 'b'), response(status, null)).map((a) => a.kind)).toEqual(['alone', 'alone']);
  });

  test('a direct GET is answered by its own status', () => {
    expect(summary(answersOf(direct('a'), response(200, { id: 'x' })))).toEqual([['a', 'page', 200]]);
    expect(summary(answersOf(direct('a'), response(429, null, { 'retry-after': '1' })))).toEqual([
      ['a', 'throttled', 429],
    ]);
    expect(answersOf(direct('a'), response(403, null))).toMatchObject([
      { kind: 'failed', outcome: { ok: false, status: 403, message: 'Graph answered HTTP 403.' } },
    ]);
    // A direct GET's 400 is final: it was already sent on its own.
    expect(summary(answersOf(direct('a'), response(400, null)))).toEqual([['a', 'failed', undefined]]);
  });

  test('offline or without a token, every request fails and nothing is retried', () => {
    const jobs: Job[] = batched('a', 'b');
    expect(answersOf(jobs, { kind: 'offline', message: 'Could not reach Microsoft Graph: x' })).toEqual(
      jobs.map((job) => ({
        kind: 'failed',
        job,
        outcome: { ok: false, status: 'offline', message: 'Could not reach Microsoft Graph: x' },
      })),
    );
    expect(
      answersOf(jobs, { kind: 'noToken', message: 'No token.' }).map((a) => a.kind === 'failed' && a.outcome),
    ).toEqual([
      { ok: false, status: 401, code: 'TokenUnavailable', message: 'No token.' },
      { ok: false, status: 401, code: 'TokenUnavailable', message: 'No token.' },
    ]);
  });
});

describe('failureOf', () => {
  test('keeps Graph’s code and message, and says the status when there are none', () => {
    expect(
      failureOf(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } }),
    ).toEqual({
      ok: false,
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges.',
    });
    expect(failureOf(500, 'oops')).toEqual({ ok: false, status: 500, message: 'Graph answered HTTP 500.' });
  });
});
