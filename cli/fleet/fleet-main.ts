/**
 * `npm run -s scan -- --tenants tenants.json --out-dir reports`: checks everything it was given, scans
 * the fleet, writes the reports and the summary, prints one line per tenant, and returns the worst
 * tenant's exit code.
 */
import { plain } from '../plain-text';
import { UsageError } from '../scan-args';
import { parseFleetArgs, type FleetArgs } from './fleet-args';
import { prepareOutDir, SUMMARY_FILES } from './fleet-files';
import { fleetExitCode, type FleetRow } from './fleet-row';
import { runFleet } from './run-fleet';
import { checkDistinct, readTenantsFile, tenantProblem, type FleetEntry } from './tenants-file';

/** The tenants of the file, then those of `--tenant`, all checked. */
export function fleetEntries(args: Pick<FleetArgs, 'tenantsFile' | 'tenants' | 'tokenCommand'>): FleetEntry[] {
  const fromFile = args.tenantsFile === undefined ? [] : readTenantsFile(args.tenantsFile);
  const fromFlags = args.tenants.map((raw): FleetEntry => {
    const tenant = raw.trim().toLowerCase();
    const problem = tenantProblem(tenant);
    if (problem) throw new UsageError(`--tenant ${problem}.`);
    return { name: tenant, tenant, from: `--tenant ${tenant}` };
  });
  if (fromFlags.length > 0 && !args.tokenCommand)
    throw new UsageError('--tenant needs --token-command: it is where those tenants’ tokens come from.');
  const entries = [...fromFile, ...fromFlags];
  checkDistinct(entries);
  return entries;
}

/** "Contoso  72%  (3 failing, 1 unknown)" or "Fabrikam  FAILED  <reason>". */
export function rowLine(r: FleetRow, nameWidth: number): string {
  const name = plain(r.name).padEnd(nameWidth);
  if (r.status === 'failed') return `${name}  FAILED  ${r.reason ?? ''}`;
  const c = r.controls;
  const detail = c ? ` (${c.failing} failing, ${c.unknown} unknown)` : '';
  const unchecked = r.tenantChecked ? '' : ' [custom domain: not checked against Graph’s answer]';
  return `${name}  ${String(r.score?.percent ?? '').padStart(3)}%${detail}${r.exitCode === 1 ? '  below --fail-under' : ''}${unchecked}`;
}

export async function fleetMain(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const args = parseFleetArgs(argv);
  const entries = fleetEntries(args);
  prepareOutDir(args.outDir);
  let done = 0;
  const rows = await runFleet({
    ...args,
    entries,
    env,
    fetch,
    onTenant: (r) =>
      process.stderr.write(
        `[${++done}/${entries.length}] ${plain(r.name)}: ${r.status === 'failed' ? 'failed' : `${r.score?.percent}%`}\n`,
      ),
  });
  const width = Math.min(40, Math.max(...rows.map((r) => r.name.length)));
  process.stdout.write(`${rows.map((r) => rowLine(r, width)).join('\n')}\n`);
  const failed = rows.filter((r) => r.status === 'failed').length;
  const below = rows.filter((r) => r.exitCode === 1).length;
  process.stderr.write(
    `${rows.length - failed} of ${rows.length} tenants scanned${failed ? `, ${failed} failed` : ''}${below ? `, ${below} below --fail-under ${args.failUnder}` : ''}; summary in ${args.outDir}/${SUMMARY_FILES.json}.\n`,
  );
  return fleetExitCode(rows);
}
