import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The Graph simulator over HTTP in its own process, so its memory never counts against the scanner's. */
export async function startSimulator(
  tenant: string,
  latencyMs: number,
): Promise<{ url: string; child: ChildProcess; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'simulator/serve-cli.ts', '--tenant', tenant, '--port', '0', '--latency', String(latencyMs)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`simulator for ${tenant} did not start within 120 s`)), 120_000);
    lines.on('line', (line) => {
      const m = /^listening (\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { url, child, stop: () => void child.kill('SIGTERM') };
}
