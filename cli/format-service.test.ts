import { describe, expect, test } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import { ADMIN_SERVICES, adminServiceInfo } from '../lib/graph/sources/admin-services';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { servicesReadLine } from './format-service';
import { toTable } from './format-table';

const stats = { graphRequests: 12, httpCalls: 2, roundTrips: 2, retries: 0, durationMs: 340 };

describe('the table and the admin services', () => {
  test('a control its service decided says where it was read from; the stats say what each service cost', () => {
    const scan = scanWith(
      [
        controlResult({
          id: 'email-forwarding-blocked',
          title: 'External forwarding is blocked',
          status: 'fail',
          score: 0,
          maxScore: 5,
          serviceRead: { services: ['exchange'], live: true },
        }),
      ],
      {
        stats: {
          ...stats,
          services: {
            exchange: { requests: 3, httpCalls: 4, roundTrips: 2, retries: 1 },
            teams: { requests: 1, httpCalls: 1, roundTrips: 1, retries: 0 },
          },
          scanRoundTrips: 3,
        },
      },
    );
    const text = toTable(scan, { all: true });
    expect(text).toContain('External forwarding is blocked (read from Exchange Online)');
    expect(text).toContain('Exchange Online: 3 requests in 4 HTTP calls, 2 round trips, 1 retry.');
    expect(text).toContain('Microsoft Teams: 1 request in 1 HTTP call, 1 round trip.');
    expect(text).toContain('Whole scan: 3 round trips, Graph and the admin services side by side.');
    // What each cost is detail: the default view leaves it to --all.
    expect(toTable(scan)).not.toMatch(/^(Exchange Online|Microsoft Teams): /m);
  });

  test('a control whose service was not read says why, under its check by hand', () => {
    const why = 'Exchange Online was not read: no --exo-token given.';
    const scan = scanWith([
      controlResult({
        id: 'm365-customer-lockbox-enabled',
        title: 'Customer Lockbox is on',
        status: 'manual',
        score: 0,
        maxScore: 2,
        manualCheck: { how: 'powershell', what: ['CustomerLockBoxEnabled is True'], command: 'Get-OrganizationConfig' },
        serviceRead: { services: ['exchange'], live: false, why },
      }),
    ]);
    const text = toTable(scan, { all: true, width: 100 });
    expect(text).toContain(`       ${why}`);
    expect(text).not.toContain('read from Exchange Online');
    expect(text).not.toMatch(/^Exchange Online: /m);
    expect(text).not.toContain('Whole scan:');
  });
});

describe('the summary says which admin services were read', () => {
  const read = (id: string, services: ControlResult['serviceRead'], over: Partial<ControlResult> = {}) =>
    controlResult({ id, status: 'pass', score: 2, maxScore: 2, serviceRead: services, ...over });
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');

  test('every service read: named beside Graph before any verdict, and no row repeats it in the brief view', () => {
    const scan = scanWith([
      read('email-a', { services: ['exchange'], live: true }, { status: 'fail', score: 0 }),
      read('purview-b', { services: ['compliance'], live: true }),
      read('teams-c', { services: ['teams'], live: true }),
      controlResult({ id: 'entra-d' }),
    ]);
    const lines = toTable(scan).split('\n');
    const at = lines.indexOf('Read live: Graph, Exchange Online, Security & Compliance, Microsoft Teams.');
    expect(at).toBeGreaterThan(0);
    expect(lines.findIndex((l) => l.includes('Control email-a'))).toBeGreaterThan(at);
    expect(lines.find((l) => l.includes('Control email-a'))).toBe('  FAIL    0/2  Control email-a');
    expect(toTable(scan, { all: true })).toContain('Control email-a (read from Exchange Online)');
  });

  test("named while they fit the terminal's width, counted when they don't", () => {
    const scan = scanWith(ADMIN_SERVICES.map((s) => read(`x-${s}`, { services: [s], live: true })));
    expect(servicesReadLine(scan, 100)).toBe(
      `Read live: Graph, ${ADMIN_SERVICES.map((s) => adminServiceInfo[s].label).join(', ')}.`,
    );
    expect(servicesReadLine(scan, 80)).toBe(`Read live: Graph and all ${ADMIN_SERVICES.length} admin services.`);
  });

  test("a service that failed everywhere isn't called read; one not read says where the reasons are", () => {
    const scan = scanWith([
      read('email-a', { services: ['exchange'], live: true }),
      read('email-b', { services: ['exchange'], live: true }, { status: 'unknown', score: 0 }),
      read('purview-c', { services: ['compliance'], live: true }, { status: 'unknown', score: 0 }),
      read(
        'teams-d',
        { services: ['teams'], live: false, why: 'Microsoft Teams was not read: no --teams-token given.' },
        {
          status: 'manual',
          score: 0,
          manualCheck: {
            how: 'powershell',
            what: ['AllowFederatedUsers is False'],
            command: 'Get-CsTenantFederationConfiguration',
          },
        },
      ),
    ]);
    expect(oneLine(toTable(scan))).toContain(
      "Read live: Graph, Exchange Online. Couldn't read Security & Compliance: see the controls that couldn't tell. " +
        "Not read: Microsoft Teams (checks by hand or Microsoft's verdict instead; --all says why).",
    );
    expect(toTable(scan, { all: true })).toContain('       Microsoft Teams was not read: no --teams-token given.');
  });

  test('a scan whose controls read no service says nothing about services', () => {
    const scan = scanWith([controlResult({ id: 'entra-a' })]);
    expect(servicesReadLine(scan, 80)).toBeUndefined();
    expect(toTable(scan)).not.toMatch(/Read live|Not read/);
  });
});
