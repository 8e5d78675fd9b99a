/**
 * A fleet of simulated tenants over HTTP in a child process (bench, manual trials):
 *
 *   npx tsx simulator/serve-fleet-cli.ts --count 50 --latency 50
 *
 * Tenant n (from 1) has id `fleetTenantId(n)` and cycles through contoso, hardenedE5, freshDefaults
 * and unconsented (simulator/fleet.ts). The first stdout line is `listening http://127.0.0.1:PORT`;
 * Graph answers there for any of them by the token's `tid`; the stats are at `/_fleet/stats`.
 */
import { parseArgs } from 'node:util';
import { fleetOf } from './fleet';
import { serveFleet } from './serve-fleet';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '4' },
    latency: { type: 'string', default: '0' },
    port: { type: 'string' },
  },
  strict: true,
});
const number = (v: string | undefined, flag: string): number => {
  const n = Number(v ?? 0);
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`${flag} takes a whole number from 0\n`);
    process.exit(2);
  }
  return n;
};

const running = await serveFleet(fleetOf(number(values.count, '--count')), {
  latencyMs: number(values.latency, '--latency'),
  port: number(values.port, '--port'),
});
process.stdout.write(`listening ${running.url}\n`);
const stop = (): void => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
