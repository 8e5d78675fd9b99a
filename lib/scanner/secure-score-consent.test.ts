import { expect, test } from 'vitest';
import { catalogue } from '../../controls';
import { requiredPermissions } from '../engine/scan/permissions';
import { createGraphSimulator } from '../../simulator/simulator';
import { contoso } from '../../simulator/tenants/contoso';
import { TENANT_ID } from '../../simulator/tenants/contoso-people';
import { scanSignedInTenant } from './tenant-scan-service';

test('without SecurityEvents.Read.All the scan asks consent for it, and still scores everything else', async () => {
  const granted = requiredPermissions(catalogue)
    .map((n) => n.permission)
    .filter((p) => p !== 'SecurityEvents.Read.All');
  const sim = createGraphSimulator(contoso(), { grantedScopes: granted });
  const { scan, missingPermissions } = await scanSignedInTenant(
    { connection: { cloud: 'global' }, account: { tenantId: TENANT_ID }, getToken: () => Promise.resolve('token') },
    { fetch: sim.fetch },
  );
  expect(missingPermissions).toContain('SecurityEvents.Read.All');
  expect(scan.microsoft).toEqual({
    available: false,
    permission: 'SecurityEvents.Read.All',
    why: 'SecurityEvents.Read.All not granted',
  });
  expect(scan.controls.some((c) => c.source === 'microsoft')).toBe(false);
  expect(scan.summary.coverage.decided).toBeGreaterThan(40);
});
