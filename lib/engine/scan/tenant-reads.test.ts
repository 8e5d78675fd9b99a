import { describe, expect, test } from 'vitest';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { sourceKey } from '../../graph/sources/define-source';
import { organization } from '../../graph/sources/organization';
import { subscribedSkus } from '../../graph/sources/subscribed-skus';
import { briefWhy, readTenant } from './tenant-reads';

const ORG = sourceKey(organization);
const SKUS = sourceKey(subscribedSkus);
const TENANT = '9f0e1d2c-3b4a-4596-8877-665544332211';
const ok = (value: unknown): GraphOutcome => ({ ok: true, status: 200, body: { value }, pages: 1 });
const failed = (status: number | 'offline', message = ''): GraphOutcome => ({ ok: false, status, message });
const org = ok([{ id: TENANT, displayName: 'Contoso', verifiedDomains: [] }]);

describe('readTenant', () => {
  test('reads the identity and the licences from their sources', () => {
    const sku = { skuPartNumber: 'AAD_PREMIUM', capabilityStatus: 'Enabled', servicePlans: [] };
    const t = readTenant(
      new Map([
        [ORG, org],
        [SKUS, ok([sku])],
      ]),
    );
    expect(t.identity).toMatchObject({ ok: true, id: TENANT, displayName: 'Contoso' });
    expect(t.licences).toMatchObject({ known: true, skus: ['AAD_PREMIUM'] });
  });

  test('a refused licence read names the permission it needs', () => {
    const t = readTenant(
      new Map([
        [ORG, org],
        [SKUS, failed(403, 'Forbidden')],
      ]),
    );
    expect(t.licences).toEqual({
      known: false,
      why: `${SKUS} failed with HTTP 403 (needs ${subscribedSkus.permission})`,
    });
  });

  test('an organization read that never came back, or came back malformed, is no identity, saying which', () => {
    expect(readTenant(new Map()).identity).toEqual({ ok: false, why: `${ORG} was not read` });
    const malformed = readTenant(new Map([[ORG, ok([{ displayName: 'No id' }])]]));
    expect(malformed.identity).toEqual({ ok: false, why: `${ORG} returned a malformed 'value[0].id'` });
  });

  test('Secure Score that could not be read keeps its typed reason', () => {
    expect(readTenant(new Map()).scores).toMatchObject({ ok: false, reason: { kind: 'requestFailed' } });
  });
});

describe('briefWhy', () => {
  test('phrases each way a request fails, the way licences and identity quote it', () => {
    const source = 'GET /v1.0/x';
    expect(briefWhy({ kind: 'requestFailed', source, status: 500, message: 'boom' })).toBe(
      `${source} failed with HTTP 500`,
    );
    expect(briefWhy({ kind: 'requestFailed', source, status: 'offline', message: 'Could not reach' })).toBe(
      `${source} failed with HTTP offline`,
    );
    expect(briefWhy({ kind: 'throttled', source })).toBe(`${source} failed with HTTP 429`);
    expect(briefWhy({ kind: 'missingPermission', source, permission: 'X.Read.All' })).toBe(
      `${source} failed with HTTP 403 (needs X.Read.All)`,
    );
    expect(briefWhy({ kind: 'malformedField', source, path: 'value[0].id', problem: 'missing' })).toBe(
      `${source} returned a malformed 'value[0].id'`,
    );
  });
});
