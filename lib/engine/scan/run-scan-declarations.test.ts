/**
 * Declarations reach every control's context, and the scan records the ones it was judged against, so a
 * verdict that accepted an exclusion traces back to the declaration; a rescan never mixes two sets.
 */
import { describe, expect, test } from 'vitest';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { defineSource } from '../../graph/sources/define-source';
import { collection, str } from '../../graph/sources/shape';
import { adminPages } from '../pages/admin-pages';
import { defineControl, type EvalContext } from '../verdict/control';
import { noDeclarations, type Declarations } from './declarations';
import { RescanError, rescanControls } from './rescan-controls';
import type { GraphReader } from './graph-reader';
import { runScan } from './run-scan';

const TENANT = '9f0e1d2c-3b4a-4596-8877-665544332211';
const rows = defineSource<Array<{ id: string }>>({
  id: 'rows',
  version: 'v1.0',
  path: '/domains',
  permission: 'Domain.Read.All',
  collection: true,
  parse: collection<{ id: string }>({ id: str }),
});

/** A control that reports the declarations it was given, so the test sees what reached `evaluate`. */
const seen: Array<EvalContext['declared']> = [];
const reporting = defineControl({
  id: 'entra-test-declared',
  title: 'The declarations reach the control',
  category: 'identity',
  service: 'entra',
  maxScore: 2,
  refs: { learn: 'https://learn.microsoft.com/graph/' },
  threats: ['Testing'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale: 'For tests.',
  remediation: ['None.'],
  fixAt: adminPages.exchangeAcceptedDomains,
  setTo: { setting: 'A setting', value: 'Its passing value' },
  sources: { rows },
  evaluate: (_data, v, ctx) => {
    seen.push(ctx.declared);
    const n = ctx.declared?.emergencyAccess.length ?? 0;
    return n > 0 ? v.pass(`${n} declared.`) : v.fail('Nothing declared.');
  },
});

const reader: GraphReader = {
  stats: { graphRequests: 0, httpCalls: 0, roundTrips: 0, retries: 0 },
  getAll: (requests) =>
    Promise.resolve(
      new Map(
        requests.map((r): [string, GraphOutcome] => [
          r.key,
          r.url.startsWith('/organization')
            ? { ok: true, status: 200, body: { value: [{ id: TENANT, displayName: 'Contoso' }] }, pages: 1 }
            : { ok: true, status: 200, body: { value: [] }, pages: 1 },
        ]),
      ),
    ),
};

const declared: Declarations = {
  emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user', reason: 'In the safe' }],
  exemptions: [],
  privilegedRoles: null,
};
const base = { controls: [reporting], reader, tool: { name: 't', version: '0', catalogVersion: '0' }, cloud: 'global' };

describe('runScan: declarations', () => {
  test('reach every control and are recorded in the scan', async () => {
    seen.length = 0;
    const scan = await runScan({ ...base, clock: () => 0, declarations: declared });
    expect(seen).toEqual([declared]);
    expect(scan.controls[0]).toMatchObject({ status: 'pass', reason: '1 declared.' });
    expect(scan.declarations).toEqual(declared);
  });

  test('none given: the controls get "nothing declared" and the scan records that', async () => {
    seen.length = 0;
    const scan = await runScan({ ...base, clock: () => 0 });
    expect(seen).toEqual([noDeclarations]);
    expect(scan.declarations).toEqual(noDeclarations);
  });
});

describe('rescanControls: declarations', () => {
  const clock = () => Date.parse('2026-11-20T11:00:00Z');

  test('the rescanned control is judged against the same declarations the scan records', async () => {
    const latest = await runScan({ ...base, clock: () => Date.parse('2026-11-20T10:00:00Z'), declarations: declared });
    seen.length = 0;
    const next = await rescanControls({ ...base, clock, latest, declarations: declared });
    expect(seen).toEqual([declared]);
    expect(next.declarations).toEqual(declared);
    expect(next.rescan?.controlIds).toEqual(['entra-test-declared']);
  });

  test('declarations changed since the scan: refused, so one scan never mixes two sets', async () => {
    const latest = await runScan({ ...base, clock: () => Date.parse('2026-11-20T10:00:00Z') });
    await expect(rescanControls({ ...base, clock, latest, declarations: declared })).rejects.toThrow(RescanError);
    await expect(rescanControls({ ...base, clock, latest, declarations: declared })).rejects.toThrow(
      /declarations changed since the last full scan/,
    );
  });

  test('a scan stored before declarations were recorded is rescanned with nothing declared', async () => {
    const { declarations: _d, ...old } = await runScan({ ...base, clock: () => Date.parse('2026-11-20T10:00:00Z') });
    const next = await rescanControls({ ...base, clock, latest: old });
    expect(next.declarations).toEqual(noDeclarations);
  });
});
