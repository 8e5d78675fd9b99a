import { expect, test } from 'vitest';
import { catalogue } from '../../../controls';
import type { GraphGet, GraphOutcome } from '../../graph/sources/graph-request';
import { RescanError, rescanControls } from './rescan-controls';
import type { GraphReader } from './graph-reader';
import type { ScanResult } from './run-scan';

const latest = {
  tool: { name: 'posture-lens', version: '0', catalogVersion: '0' },
  tenant: { id: 't1', displayName: 'Contoso', cloud: 'global' },
  scannedAt: '2026-11-20T10:00:00.000Z',
  controls: [],
} as unknown as ScanResult;

function reader(answer: (g: GraphGet) => GraphOutcome): GraphReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    stats: { graphRequests: 0, httpCalls: 0, roundTrips: 0, retries: 0 },
    getAll: (requests) => {
      asked.push(...requests.map((r) => r.url));
      return Promise.resolve(new Map(requests.map((r) => [r.key, answer(r)])));
    },
  };
}

const opts = (r: GraphReader) => ({
  latest,
  controls: catalogue.filter((c) => c.id === 'm365-password-expiry-disabled'),
  reader: r,
  tool: latest.tool,
  cloud: 'global',
  clock: () => Date.parse('2026-11-20T11:00:00Z'),
});

test('a sign-in that Graph refuses keeps the history as it was: the rescan fails with the reason', async () => {
  const r = reader(() => ({ ok: false, status: 401, message: 'InvalidAuthenticationToken' }));
  await expect(rescanControls(opts(r))).rejects.toThrow(RescanError);
  await expect(rescanControls(opts(r))).rejects.toThrow(/HTTP 401/);
});

test('asks Graph only for the control’s own source and the tenant’s identity and licences', async () => {
  const r = reader(() => ({ ok: false, status: 'offline', message: 'offline' }));
  await rescanControls(opts(r)).catch(() => undefined);
  expect(r.asked.map((u) => u.split('?')[0]).sort()).toEqual(['/domains', '/organization', '/subscribedSkus']);
});
