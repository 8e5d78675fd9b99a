/**
 * Issue 17 end to end, in-process: the demo tenant with every admin service on, read through the real
 * transports (lib/services) from the simulator's Exchange, compliance, Teams and SharePoint hosts, with nothing but
 * allow-listed reads on the wire.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { catalogue } from '../controls';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { isManualControl } from '../lib/engine/verdict/manual-control';
import { ADMIN_SERVICES } from '../lib/graph/sources/admin-services';
import { scanDemoTenant } from '../lib/scanner/demo-scan';
import { createServiceReader } from '../lib/services/create-service-reader';
import { TENANT_ID } from '../simulator/tenants/contoso-people';

describe('the demo tenant with every admin service on', () => {
  let scan: ScanResult;
  beforeAll(async () => {
    scan = await scanDemoTenant({
      services: (fetch) =>
        Promise.resolve(
          createServiceReader({
            tenantId: TENANT_ID,
            cloud: 'global',
            enabled: new Set(ADMIN_SERVICES),
            getToken: () => Promise.resolve('demo-service-token'),
            fetch,
            initialDomain: 'contoso.onmicrosoft.com',
          }),
        ),
    });
  }, 60_000);

  test('every control read from a service is decided live: none falls back to a check by hand', () => {
    const read = scan.controls.filter((c) => c.serviceRead);
    expect(read.length).toBeGreaterThanOrEqual(30);
    for (const c of read) {
      expect(c.serviceRead, c.id).toMatchObject({ live: true });
      expect(c.status, `${c.id}: ${c.reason}`).not.toBe('manual');
      expect(c.status, `${c.id}: ${c.reason}`).not.toBe('unknown');
      expect(c.source, c.id).toBe('posture-lens');
    }
  });

  // Issue 17 asks for at most three; three remain (LinkedIn connections and Teams' unified app settings are
  // the two still to settle; SharePoint's two are read live), so the list is pinned here: a control moving
  // in or out of it is a decision.
  test('only the settings with no read-only path stay checks by hand', () => {
    const byHand = catalogue.filter(isManualControl).map((c) => c.id);
    expect(byHand.sort()).toEqual([
      'entra-linkedin-connections-disabled',
      'm365-sway-external-sharing-disabled',
      'teams-third-party-apps-restricted',
    ]);
  });

  test('each service was read in parallel with Graph: three Graph round trips, and the services’ own counted', () => {
    expect(scan.stats.roundTrips).toBe(3);
    for (const s of ADMIN_SERVICES) expect(scan.stats.services?.[s]?.requests, s).toBeGreaterThan(0);
  });

  test('SharePoint is one GET of its tenant settings, deciding both former checks by hand and the new ones live', () => {
    const spo = scan.stats.services?.sharepoint;
    process.stdout.write(
      `SharePoint Online: ${spo?.requests} request(s), ${spo?.httpCalls} HTTP call(s), ${spo?.roundTrips} round trip(s)\n`,
    );
    expect(spo).toEqual({ requests: 1, httpCalls: 1, roundTrips: 1, retries: 0 });
    const verdicts = Object.fromEntries(
      scan.controls.filter((c) => c.serviceRead?.services.includes('sharepoint')).map((c) => [c.id, c.status]),
    );
    // The demo keeps failing some: links default to edit, guests never expire, OneDrive shares with anyone.
    expect(verdicts).toEqual({
      'spo-sharing-links-restricted': 'fail',
      'spo-infected-file-download-blocked': 'pass',
      'spo-anyone-links-expire': 'pass',
      'spo-anyone-links-view-only': 'pass',
      'spo-verification-code-reauth': 'fail',
      'spo-guest-access-expires': 'fail',
      'spo-b2b-integration-enabled': 'pass',
      'spo-onedrive-sharing-limited': 'fail',
    });
  });
});
