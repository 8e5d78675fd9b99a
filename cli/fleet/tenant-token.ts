/**
 * A fleet tenant's Graph token. Precedence (README, "Fleets in CI"): the entry's `token`, then its
 * `tokenEnv` when that variable is set, then its `tokenCommand`, then the run's `--token-command`.
 * Cheapest and most specific first: a token already in hand costs nothing, a variable is what a CI step
 * set for this tenant, and a command (a sign-in) runs only when nothing cheaper answered, so a pipeline
 * that exported its tokens never starts 50 `az` processes. No token is that tenant's failure, not the run's.
 */
import { execFile } from 'node:child_process';
import { plain } from '../plain-text';
import type { FleetEntry } from './tenants-file';

export type TokenOutcome = { readonly token: string; readonly from: string } | { readonly reason: string };

/** Runs argv (no shell) and resolves with its stdout, or rejects with why it gave no token. */
export type CommandRunner = (argv: readonly string[]) => Promise<string>;

/** How long a token command may take: a sign-in that hangs fails its tenant, not the run. */
const COMMAND_TIMEOUT_MS = 120_000;

/** The first line of a command's error output, shortened: enough to act on, never a wall of text. */
const firstLine = (s: string): string => plain(s.trim().split('\n')[0] ?? '').slice(0, 300);

export const runCommand: CommandRunner = (argv) =>
  new Promise((resolve, reject) => {
    const [program, ...args] = argv;
    execFile(
      program ?? '',
      args,
      { shell: false, timeout: COMMAND_TIMEOUT_MS, maxBuffer: 1 << 20, windowsHide: true },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        // A non-zero exit has a numeric code; a program that couldn't start has ENOENT and the like.
        const { killed, code } = err as { killed?: boolean; code?: unknown };
        const why = killed
          ? `did not finish within ${COMMAND_TIMEOUT_MS / 1000} s`
          : typeof code === 'number'
            ? `exited with ${code}${stderr.trim() ? `: ${firstLine(stderr)}` : ''}`
            : `could not be started (${typeof code === 'string' ? code : err.message})`;
        reject(new Error(why));
      },
    );
  });

/** `{tenant}` in each argument replaced by the entry's tenant (checked to be a GUID or a domain: no shell metacharacters). */
export const commandFor = (argv: readonly string[], tenant: string): string[] =>
  argv.map((a) => a.replaceAll('{tenant}', tenant));

async function fromCommand(argv: readonly string[], entry: FleetEntry, label: string, run: CommandRunner) {
  const command = commandFor(argv, entry.tenant);
  try {
    const out = (await run(command)).trim();
    if (out === '') return { reason: `${label} (${command[0]}) printed no token.` };
    if (/\s/.test(out)) return { reason: `${label} (${command[0]}) printed more than a token (one line expected).` };
    return { token: out, from: label };
  } catch (err) {
    return { reason: `${label} (${command[0]}) ${err instanceof Error ? err.message : String(err)}.` };
  }
}

/** The entry's token by the precedence above, or the reason it has none. */
export async function tenantToken(
  entry: FleetEntry,
  env: Readonly<Record<string, string | undefined>>,
  sharedCommand: readonly string[] | undefined,
  run: CommandRunner = runCommand,
): Promise<TokenOutcome> {
  if (entry.token) return { token: entry.token, from: 'token' };
  const fromEnv = entry.tokenEnv === undefined ? undefined : env[entry.tokenEnv]?.trim();
  if (fromEnv) return { token: fromEnv, from: `$${entry.tokenEnv}` };
  if (entry.tokenCommand) return fromCommand(entry.tokenCommand, entry, 'tokenCommand', run);
  if (sharedCommand) return fromCommand(sharedCommand, entry, '--token-command', run);
  return {
    reason:
      entry.tokenEnv === undefined
        ? 'No token: give "token", "tokenEnv" or "tokenCommand" in tenants.json, or --token-command.'
        : `No token: $${entry.tokenEnv} is unset or empty, and no tokenCommand or --token-command was given.`,
  };
}
