import { afterEach, describe, expect, test, vi } from 'vitest';
import { catalogue } from '../controls';
import { collectServiceSources } from '../lib/engine/scan/collect-sources';
import { CMDLET_NOT_AVAILABLE, toServiceGet } from '../lib/engine/scan/service-reader';
import { ADMIN_SERVICES } from '../lib/graph/sources/admin-services';
import { createGraphSimulator } from '../simulator/simulator';
import { contoso } from '../simulator/tenants/contoso';
import { demoServices } from './demo-services';

describe('--demo’s admin services', () => {
  afterEach(() => vi.restoreAllMocks());

  test('every service is on and answered by the simulator it is given: allow-listed reads only, no network', async () => {
    const network = vi.spyOn(globalThis, 'fetch');
    const sim = createGraphSimulator(contoso());
    const reader = await demoServices(sim.fetch, 'contoso.onmicrosoft.com');
    for (const s of ADMIN_SERVICES) expect(reader.access(s), s).toEqual({ on: true });

    const gets = collectServiceSources(catalogue).map(toServiceGet);
    const outcomes = await reader.read(gets);
    // Each read answered: with data, or as a cmdlet the demo tenant's plan lacks (a licence, not a refusal).
    for (const g of gets) {
      const o = outcomes.get(g.key);
      expect(o?.ok || o?.code, g.key).toSatisfy((v) => v === true || v === CMDLET_NOT_AVAILABLE);
    }
    for (const s of ADMIN_SERVICES) expect(sim.serviceStats.byService[s], s).toBeGreaterThan(0);
    expect(sim.serviceStats.violations).toEqual([]);
    expect(network).not.toHaveBeenCalled();
  });
});
