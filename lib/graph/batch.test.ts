import { describe, expect, test } from 'vitest';
import { batchBody, maxBatchSize, readBatchResponses } from './batch';

describe('batchBody', () => {
  test('carries GETs with their own headers only when they have some', () => {
    expect(
      batchBody([
        { id: '1', url: '/domains' },
        { id: '2', url: '/users/$count', headers: { ConsistencyLevel: 'eventual' } },
        { id: '3', url: '/organization', headers: {} },
      ]),
    ).toEqual({
      requests: [
        { id: '1', method: 'GET', url: '/domains' },
        { id: '2', method: 'GET', url: '/users/$count', headers: { ConsistencyLevel: 'eventual' } },
        { id: '3', method: 'GET', url: '/organization' },
      ],
    });
  });

  test('refuses what Graph would reject', () => {
    const parts = Array.from({ length: maxBatchSize + 1 }, (_, i) => ({ id: String(i), url: '/x' }));
    expect(() => batchBody(parts)).toThrow(RangeError);
    expect(() => batchBody([])).toThrow(RangeError);
    expect(() =>
      batchBody([
        { id: 'a', url: '/x' },
        { id: 'A', url: '/y' },
      ]),
    ).toThrow(/unique/);
    expect(() => batchBody([{ id: '1', url: 'https://graph.microsoft.com/v1.0/x' }])).toThrow(/relative/);
  });
});

describe('readBatchResponses', () => {
  test('keys responses by id whatever their order, decoding string bodies marked JSON', () => {
    const got = readBatchResponses({
      responses: [
        { id: '2', status: 429, headers: { 'Retry-After': '3' }, body: { error: { code: 'TooManyRequests' } } },
        { id: '1', status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"value":[]}' },
        { id: 3, status: '404' },
      ],
    });
    expect([...(got?.keys() ?? [])]).toEqual(['2', '1', '3']);
    expect(got?.get('1')?.body).toEqual({ value: [] });
    expect(got?.get('2')?.header('retry-after')).toBe('3');
    expect(got?.get('3')).toMatchObject({ status: 404, body: null });
  });

  test('skips malformed entries and keeps the first of duplicate ids', () => {
    const got = readBatchResponses({
      responses: [null, { id: '1' }, { id: '2', status: 200, body: 'a' }, { id: '2', status: 500 }],
    });
    expect(got?.size).toBe(1);
    expect(got?.get('2')?.status).toBe(200);
  });

  test('is undefined for something that is not a batch response', () => {
    expect(readBatchResponses({ error: { code: 'BadRequest' } })).toBeUndefined();
    expect(readBatchResponses('<html/>')).toBeUndefined();
  });
});
