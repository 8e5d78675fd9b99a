/**
 * `npm run -s scan`: the same engine as the extension, in Node. Prints the report, then exits with
 * 0 (scanned), 1 (below --fail-under), 2 (usage, or an --out file that can't be written) or 3 (the
 * scan failed). Sign-in refused or Graph unreachable: nothing was read, so only the error is printed.
 * The tenant could not be identified: a report of nobody's tenant is printed, marked so, but never
 * passes a CI gate, whatever its score.
 */
import { toCsv } from '../lib/engine/export/export-csv';
import { toJsonText } from '../lib/engine/export/export-json';
import type { Declarations } from '../lib/engine/scan/declarations';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { scanDemoTenant } from '../lib/scanner/demo-scan';
import { scanTenant } from '../lib/scanner/scan-tenant';
import { catalogue } from '../controls';
import { readBaselineFile, type Baseline } from './baseline';
import { declarationWarnings, readDeclarationsFile } from './declarations-file';
import { toJunit } from './format-junit';
import { toTable } from './format-table';
import { checkOutFile, writeOutFile } from './out-file';
import { parseScanArgs, UsageError, usage, type ScanArgs } from './scan-args';
import { wantsColour } from './terminal-text';

function render(scan: ScanResult, args: ScanArgs, baseline: Baseline | undefined): string {
  switch (args.format) {
    case 'json':
      return toJsonText(scan);
    case 'csv':
      return toCsv(scan);
    case 'junit':
      return toJunit(scan);
    case 'table':
      return toTable(scan, {
        top: args.top,
        all: args.all,
        // A file is read later, elsewhere: plain, at the width a terminal would have.
        width: args.out === undefined && process.stdout.isTTY ? process.stdout.columns : 80,
        colour: args.out === undefined && wantsColour(process.stdout.isTTY, process.env),
        ...(baseline ? { baseline } : {}),
      });
  }
}

const usageFailed = (err: UsageError): number => {
  process.stderr.write(err.message ? `${err.message}\n\n${usage}\n` : `${usage}\n`);
  return err.message ? 2 : 0;
};

async function main(): Promise<number> {
  let args: ScanArgs;
  let declarations: Declarations | undefined;
  let baseline: Baseline | undefined;
  try {
    args = parseScanArgs(process.argv.slice(2), process.env);
    declarations = args.declarations === undefined ? undefined : readDeclarationsFile(args.declarations);
    if (args.declarations && declarations)
      for (const w of declarationWarnings(
        args.declarations,
        declarations,
        catalogue.map((c) => c.id),
      ))
        process.stderr.write(`${w}\n`);
    baseline = args.baseline === undefined ? undefined : readBaselineFile(args.baseline);
    if (args.out !== undefined) checkOutFile(args.out);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usageFailed(err);
  }

  const tty = process.stderr.isTTY;
  const progress = (p: { done: number; total: number }) => {
    if (tty) process.stderr.write(`\rReading Microsoft Graph… ${p.done}/${p.total} requests`);
  };
  let scan: ScanResult;
  try {
    scan =
      args.target.kind === 'demo'
        ? await scanDemoTenant(declarations ? { declarations } : {})
        : await scanTenant({
            graphRoot: args.target.graphRoot,
            cloud: args.target.cloud,
            fetch,
            getToken: () => Promise.resolve(args.token ?? ''),
            batch: args.batch,
            doh: { url: args.dohUrl },
            onProgress: progress,
            ...(declarations ? { declarations } : {}),
          });
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
  }

  // Nothing was read: a report of all-unknown rows would only bury the one sentence that matters.
  if (scan.failure && scan.failure.kind !== 'unidentified') {
    process.stderr.write(`${scan.failure.message}\n`);
    return 3;
  }
  const text = render(scan, args, baseline);
  if (args.out === undefined) process.stdout.write(text);
  else
    try {
      writeOutFile(args.out, text);
    } catch (err) {
      if (err instanceof UsageError) return usageFailed(err);
      throw err;
    }

  if (scan.failure) {
    process.stderr.write(`${scan.failure.message}\n`);
    return 3;
  }
  if (args.failUnder !== undefined && scan.score.percent < args.failUnder) {
    process.stderr.write(`Score ${scan.score.percent}% is below --fail-under ${args.failUnder}.\n`);
    return 1;
  }
  return 0;
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
