import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
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
