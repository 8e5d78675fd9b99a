/**
 * `npm run -s scan`: the same engine as the extension, in Node. Prints the report, then exits with
 * 0 (scanned), 1 (below --fail-under), 2 (usage, an --out file that can't be written, a --baseline
 * that can't be read or is of another tenant), 3 (the scan failed) or 4 (a control regressed since
 * --baseline, with --fail-on-regression; cli/exit-code.ts decides between them). Sign-in refused or
 * Graph unreachable: nothing was read, so only the error is printed. The tenant could not be
 * identified: a report of nobody's tenant is printed, marked so, compared with no baseline, but never
 * passes a CI gate, whatever its score. `--tenants`/`--tenant` scan a fleet instead (cli/fleet/).
 */
import { toCsv } from '../lib/engine/export/export-csv';
import { toJson, toJsonText } from '../lib/engine/export/export-json';
import type { Declarations } from '../lib/engine/scan/declarations';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { scanDemoTenant } from '../lib/scanner/demo-scan';
import { scanTenant } from '../lib/scanner/scan-tenant';
import { catalogue } from '../controls';
import { checkBaselineTenant, readBaselineFile, type Baseline } from './baseline';
import { changesSince, type ReportChanges } from './changes';
import { demoServices } from './demo-services';
import { declarationWarnings, readDeclarationsFile } from './declarations-file';
import { exitOutcome } from './exit-code';
import { fleetUsage, isFleetRun } from './fleet/fleet-args';
import { fleetMain } from './fleet/fleet-main';
import { toJunit } from './format-junit';
import { toTable } from './format-table';
import { checkOutFile, writeOutFile } from './out-file';
import { parseScanArgs, UsageError, usage, type ScanArgs } from './scan-args';
import { cliServiceReader, servicesTenant } from './service-reader';
import { wantsColour } from './terminal-text';

function render(scan: ScanResult, args: ScanArgs, changes: ReportChanges | undefined): string {
  switch (args.format) {
    case 'json':
      // `changes` last: the keys before it are the report's documented shape, unchanged.
      return changes ? JSON.stringify({ ...toJson(scan), changes }, null, 2) + '\n' : toJsonText(scan);
    case 'csv':
      return toCsv(scan);
    case 'junit':
      return toJunit(scan, changes);
    case 'table':
      return toTable(scan, {
        top: args.top,
        all: args.all,
        // A file is read later, elsewhere: plain, at the width a terminal would have.
        width: args.out === undefined && process.stdout.isTTY ? process.stdout.columns : 80,
        colour: args.out === undefined && wantsColour(process.stdout.isTTY, process.env),
        ...(changes ? { changes } : {}),
      });
  }
}

const usageFailed = (err: UsageError): number => {
  const help = `${usage}\n\n${fleetUsage}`;
  process.stderr.write(err.message ? `${err.message}\n\n${help}\n` : `${help}\n`);
  return err.message ? 2 : 0;
};

interface Inputs {
  readonly args: ScanArgs;
  readonly declarations: Declarations | undefined;
  readonly baseline: Baseline | undefined;
}

/** The command line and the files it names, all checked before anything is read from Graph. */
function readInputs(): Inputs {
  const args = parseScanArgs(process.argv.slice(2), process.env);
  const declarations = args.declarations === undefined ? undefined : readDeclarationsFile(args.declarations);
  if (args.declarations && declarations)
    for (const w of declarationWarnings(
      args.declarations,
      declarations,
      catalogue.map((c) => c.id),
    ))
      process.stderr.write(`${w}\n`);
  const baseline = args.baseline === undefined ? undefined : readBaselineFile(args.baseline, Date.now());
  if (args.out !== undefined) checkOutFile(args.out);
  return { args, declarations, baseline };
}

/** The demo or Graph, with the baseline as the previous scan: its date starts the audit-log window. */
async function scanOf({ args, declarations, baseline }: Inputs): Promise<ScanResult> {
  const tty = process.stderr.isTTY;
  const progress = (p: { done: number; total: number }) => {
    if (tty) process.stderr.write(`\rReading Microsoft Graph… ${p.done}/${p.total} requests`);
  };
  const given = { ...(declarations ? { declarations } : {}), ...(baseline ? { previous: baseline } : {}) };
  try {
    return args.target.kind === 'demo'
      ? await scanDemoTenant({ ...given, services: demoServices })
      : await scanTenant({
          graphRoot: args.target.graphRoot,
          cloud: args.target.cloud,
          fetch,
          getToken: () => Promise.resolve(args.token ?? ''),
          batch: args.batch,
          doh: { url: args.dohUrl },
          services: cliServiceReader(args, fetch),
          onProgress: progress,
          ...given,
        });
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
  }
}

async function main(): Promise<number> {
  if (isFleetRun(process.argv.slice(2)))
    return fleetMain(process.argv.slice(2), process.env).catch((err: unknown) => {
      if (!(err instanceof UsageError)) throw err;
      return usageFailed(err);
    });
  let inputs: Inputs;
  try {
    inputs = readInputs();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usageFailed(err);
  }
  const { args, baseline } = inputs;
  const tenant = servicesTenant(args);
  if (tenant && Object.keys(args.services.tokens).length > 0)
    process.stderr.write(`Admin services read for tenant ${tenant.id} (the tid claim of ${tenant.from}).\n`);
  const scan = await scanOf(inputs);
  if (tenant && scan.tenant.id && scan.tenant.id.toLowerCase() !== tenant.id)
    process.stderr.write(
      `Warning: the admin services were read for tenant ${tenant.id}, but Graph answered for ${scan.tenant.id}.\n`,
    );

  // Nothing was read: a report of all-unknown rows would only bury the one sentence that matters.
  if (scan.failure && scan.failure.kind !== 'unidentified') {
    process.stderr.write(`${scan.failure.message}\n`);
    return 3;
  }
  let changes: ReportChanges | undefined;
  try {
    // An unidentified tenant is compared with nothing; its report fails below (exit 3).
    if (baseline && args.baseline !== undefined && scan.tenant.id) {
      checkBaselineTenant(args.baseline, baseline, scan);
      changes = changesSince(baseline, scan);
    }
    const text = render(scan, args, changes);
    if (args.out === undefined) process.stdout.write(text);
    else writeOutFile(args.out, text);
  } catch (err) {
    if (err instanceof UsageError) return usageFailed(err);
    throw err;
  }
  const outcome = exitOutcome(scan, args, changes);
  for (const m of outcome.messages) process.stderr.write(`${m}\n`);
  return outcome.code;
}

// Exit only once stdout has drained: process.exit drops whatever a pipe hasn't taken yet (a large JSON report).
const exitAfterOutput = (code: number): void => {
  process.stdout.write('', () => process.exit(code));
};

main().then(
  (code) => exitAfterOutput(code),
  (err: unknown) => {
    process.stderr.write(`Scan failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(3);
  },
);
