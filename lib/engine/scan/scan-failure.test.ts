import { describe, expect, test } from 'vitest';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { scanFailureOf } from './scan-failure';
import type { TenantIdentity } from './tenant-identity';

const known: TenantIdentity = { ok: true, id: '9f0e1d2c-3b4a-4596-8877-665544332211', displayName: 'Contoso' };
const unknownTenant: TenantIdentity = { ok: false, why: 'GET /v1.0/organization failed with HTTP 403' };
const ok: GraphOutcome = { ok: true, status: 200, body: {}, pages: 1 };
const failed = (status: number | 'offline'): GraphOutcome => ({ ok: false, status, message: '' });
const outcomes = (...os: GraphOutcome[]) => new Map(os.map((o, i) => [`GET /v1.0/r${i}`, o]));

describe('scanFailureOf', () => {
  test('every request refused with 401 is a sign-in failure, even without an identity', () => {
    expect(scanFailureOf(outcomes(failed(401), failed(401)), unknownTenant)).toMatchObject({
      kind: 'unauthenticated',
    });
  });

  test('every request offline is an unreachable Graph', () => {
    expect(scanFailureOf(outcomes(failed('offline')), unknownTenant)).toMatchObject({ kind: 'unreachable' });
  });

  test('failures of different kinds are no scan failure of their own: the missing identity speaks', () => {
    const f = scanFailureOf(outcomes(failed(401), failed('offline')), unknownTenant);
    expect(f).toMatchObject({ kind: 'unidentified' });
    expect(f?.message).toContain('GET /v1.0/organization failed with HTTP 403');
  });

  test('an identified tenant with one answer that came back is no failure', () => {
    expect(scanFailureOf(outcomes(ok, failed(401)), known)).toBeUndefined();
    expect(scanFailureOf(outcomes(), known)).toBeUndefined();
  });
});
