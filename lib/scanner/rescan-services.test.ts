import { expect, test } from 'vitest';
import { fakeServiceReader } from '../../test/fake-service-reader';
import { createGraphSimulator } from '../../simulator/simulator';
import { hardenedE5, hardenedE5Ids } from '../../simulator/tenants/hardened-e5';
import { rescanSignedInTenant } from './rescan';
import { scanSignedInTenant } from './tenant-scan-service';

const LOCKBOX = 'm365-customer-lockbox-enabled';
const session = {
  connection: { cloud: 'global' as const },
  account: { tenantId: hardenedE5Ids.tenantId },
  getToken: () => Promise.resolve('token'),
};

test('a rescan of a control read from Exchange Online reads it as a whole scan does, not by hand', async () => {
  const fetch = createGraphSimulator(hardenedE5()).fetch;
  const services = fakeServiceReader({
    cmdlets: { 'Get-OrganizationConfig': [{ Identity: 'x', CustomerLockBoxEnabled: false }] },
    teams: {},
  });
  const { scan } = await scanSignedInTenant(session, { fetch });
  expect(scan.controls.find((c) => c.id === LOCKBOX)?.serviceRead?.live).toBe(false);
  const again = await rescanSignedInTenant(session, scan, [LOCKBOX], { fetch, services });
  const lockbox = again.controls.find((c) => c.id === LOCKBOX);
  expect(lockbox?.serviceRead).toEqual({ services: ['exchange'], live: true });
  expect(lockbox?.status).toBe('fail');
});
