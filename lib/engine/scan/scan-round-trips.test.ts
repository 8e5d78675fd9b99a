import { expect, test } from 'vitest';
import { scanRoundTrips } from './scan-round-trips';

const service = (roundTrips: number) => ({ requests: 1, httpCalls: 1, roundTrips, retries: 0 });
const graph = { beforeNames: 2, afterNames: 3, final: 3 };

test('services read beside Graph’s waves add nothing while their chain is no longer', () => {
  expect(scanRoundTrips(graph, [])).toBe(3);
  expect(scanRoundTrips(graph, [service(1), service(2)])).toBe(3);
});

test('a service chain longer than Graph’s waves delays the names wave by the difference, not the sum', () => {
  expect(scanRoundTrips(graph, [service(1), service(4)])).toBe(5);
});

test('Secure Score profile pages still being read after the names wave count when they are the longest', () => {
  expect(scanRoundTrips({ beforeNames: 2, afterNames: 3, final: 6 }, [service(3)])).toBe(6);
});
