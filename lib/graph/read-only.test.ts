import { describe, expect, test } from 'vitest';
import { batchBody } from './batch';
import { assertReadOnly } from './read-only';

describe('assertReadOnly', () => {
  test('lets GETs through, whatever they read', () => {
    expect(() => assertReadOnly({ method: 'GET', url: '/users?$select=id' })).not.toThrow();
    expect(() => assertReadOnly({ method: 'GET', url: '/$batch' })).not.toThrow();
  });

  test('lets a $batch of GETs through, as batchBody builds it', () => {
    const body = batchBody([
      { id: '1', url: '/domains' },
      { id: '2', url: '/users', headers: { ConsistencyLevel: 'eventual' } },
    ]);
    expect(() => assertReadOnly({ method: 'POST', url: '/$batch', body })).not.toThrow();
  });

  test('refuses a POST anywhere but /$batch', () => {
    expect(() => assertReadOnly({ method: 'POST', url: '/users', body: {} })).toThrow(
      'Posture Lens only POSTs to /$batch.',
    );
    expect(() =>
      assertReadOnly({ method: 'POST', url: '/$batch/', body: batchBody([{ id: '1', url: '/x' }]) }),
    ).toThrow(/only POSTs/);
  });

  test('refuses a $batch that carries anything but GETs', () => {
    const writes = {
      requests: [
        { id: '1', method: 'GET', url: '/domains' },
        { id: '2', method: 'PATCH', url: '/policies/authorizationPolicy', body: {} },
      ],
    };
    expect(() => assertReadOnly({ method: 'POST', url: '/$batch', body: writes })).toThrow(
      'A $batch from Posture Lens carries GETs only.',
    );
    const lowercase = { requests: [{ id: '1', method: 'get', url: '/domains' }] };
    expect(() => assertReadOnly({ method: 'POST', url: '/$batch', body: lowercase })).toThrow(/GETs only/);
  });

  test('refuses a $batch whose body is not a list of requests', () => {
    for (const body of [undefined, null, {}, { requests: [] }, { requests: 'GET' }, { requests: [null] }])
      expect(() => assertReadOnly({ method: 'POST', url: '/$batch', body })).toThrow(/GETs only/);
  });

  test('refuses every other method', () => {
    for (const method of ['PATCH', 'PUT', 'DELETE', 'HEAD', 'get'])
      expect(() => assertReadOnly({ method, url: '/users' })).toThrow(`it never sends ${method}.`);
  });
});
