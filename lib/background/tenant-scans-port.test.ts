import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TENANT_SCANS_PORT, type TenantScansView } from '../messaging/partner-protocol';
import { createTenantScanLocks } from './tenant-scan-locks';
import { createTenantScanQueue, type TenantScanOutcome } from './tenant-scan-queue';
import { tenantScansPortListener } from './tenant-scans-port';

const A = 'f1ee7000-0000-4000-8000-000000000001';

function port(name: string, url: string) {
  const posted: TenantScansView[] = [];
  let disconnect = () => undefined as void;
  const p = {
    name,
    sender: { url },
    postMessage: (m: TenantScansView) => posted.push(m),
    onDisconnect: { addListener: (l: () => void) => (disconnect = l) },
  };
  return { port: p as never, posted, disconnect: () => disconnect() };
}

test('an open page hears each change of the tenant scans, from where they are, until it closes; an admin page hears nothing', async () => {
  let finish: () => void = () => undefined;
  const scanned = new Promise<TenantScanOutcome>((resolve) => (finish = () => resolve({ state: 'done' })));
  const queue = createTenantScanQueue({
    scan: () => scanned,
    locks: createTenantScanLocks(),
    clock: () => Date.parse('2026-12-05T10:00:00Z'),
  });
  const listener = tenantScansPortListener(queue);
  queue.enqueue([A], { concurrency: 3 });
  const page = port(TENANT_SCANS_PORT, fakeBrowser.runtime.getURL('/dashboard.html'));
  const admin = port(TENANT_SCANS_PORT, 'https://admin.microsoft.com/');
  listener(page.port);
  listener(admin.port);
  finish();
  await queue.whenIdle();
  page.disconnect();
  queue.enqueue([A], { concurrency: 3 });
  expect(page.posted.map((v) => [v.running, v.tenants.map((t) => t.state)])).toEqual([
    [true, ['running']],
    [false, ['done']],
  ]);
  expect(admin.posted).toEqual([]);
});
