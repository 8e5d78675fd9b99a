/**
 * `npm run -s fleet-merge -- --out-dir overview [--tenants tenants.json] [--fail-under N] shard-1 shard-2 …`:
 * the shards' fleet reports as one overview (cli/fleet/merge-summaries.ts). Exits as a single fleet
 * run over all of them would: 3 if a tenant failed (or no shard reported it), 1 if one is below
 * --fail-under, else 0; 2 for a usage error (a folder without a fleet summary included).
 */
import { parseArgs } from 'node:util';
import { prepareOutDir, SUMMARY_FILES } from './fleet/fleet-files';
import { mergeFleetReports } from './fleet/merge-summaries';
import { readTenantsFile } from './fleet/tenants-file';
import { UsageError } from './scan-args';

const usage = `Usage: npm run -s fleet-merge -- --out-dir DIR [--tenants FILE] [--fail-under N] SHARD_DIR…

  SHARD_DIR     a fleet run's --out-dir (its summary.json and reports)
  --out-dir     where the overview goes: every tenant's reports and summary.json,
                summary.csv, summary.junit.xml, as one run would write them
  --tenants     the fleet's tenants file: a tenant no shard reported is failed
  --fail-under  judge every scanned tenant against N again`;

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string' },
      tenants: { type: 'string' },
      'fail-under': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError('');
  const outDir = values['out-dir'];
  if (!outDir) throw new UsageError('--out-dir DIR is needed.');
  const raw = values['fail-under'];
  const failUnder = raw === undefined ? undefined : /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 100))
    throw new UsageError('--fail-under must be a number from 0 to 100.');
  const expected = values.tenants === undefined ? undefined : readTenantsFile(values.tenants);
  prepareOutDir(outDir);
  const result = mergeFleetReports({ shards: positionals, outDir, failUnder, ...(expected ? { expected } : {}) });
  for (const w of result.warnings) process.stderr.write(`${w}\n`);
  const failed = result.rows.filter((r) => r.status === 'failed').length;
  process.stderr.write(
    `${result.rows.length} tenants from ${positionals.length} shards${failed ? `, ${failed} failed` : ''}; overview in ${outDir}/${SUMMARY_FILES.json}.\n`,
  );
  return result.exitCode;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(message ? `${message}\n\n${usage}\n` : `${usage}\n`);
  process.exitCode = err instanceof UsageError && !message ? 0 : 2;
}
