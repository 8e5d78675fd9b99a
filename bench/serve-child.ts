import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { AdminService } from '../lib/graph/sources/admin-services';

/** The Graph simulator over HTTP in its own process, so its memory never counts against the scanner's. */
export async function startSimulator(
  tenant: string,
  latencyMs: number,
): Promise<{ url: string; services: Record<AdminService, string>; child: ChildProcess; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'simulator/serve-cli.ts', '--tenant', tenant, '--port', '0', '--latency', String(latencyMs)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  // The first line names Graph's URL, the second each admin service's own root (serve-cli.ts).
  const started = await new Promise<{ url: string; services: Record<AdminService, string> }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`simulator for ${tenant} did not start within 120 s`)), 120_000);
    let url = '';
    lines.on('line', (line) => {
      const listening = /^listening (\S+)/.exec(line);
      if (listening) url = listening[1] ?? '';
      const roots = /^services (.+)/.exec(line);
      if (roots && url) {
        clearTimeout(timer);
        const pairs = (roots[1] ?? '').split(' ').map((p) => p.split('=') as [string, string]);
        resolve({ url, services: Object.fromEntries(pairs) as Record<AdminService, string> });
      }
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { ...started, child, stop: () => void child.kill('SIGTERM') };
}
