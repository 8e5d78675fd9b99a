// `npm test`: every check in order — format, lint, typecheck, unit tests, build, e2e — stopping at the
// first failure, then one plain summary line CI can read: "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const unitJson = `${results}/unit.json`;
const e2eJson = `${results}/e2e.json`;
for (const f of [unitJson, e2eJson]) rmSync(f, { force: true });

const vitestReport = (file: string): string[] => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
type Step = [name: string, cmd: string, args: string[]];
const allSteps: Step[] = [
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['docs', 'npx', ['tsx', 'scripts/generate-docs.ts', '--check']],
  ['unit tests', 'npx', ['vitest', 'run', ...vitestReport(unitJson)]],
  ['build', 'npx', ['wxt', 'build']],
  // The Firefox build is e2e-tested too (test/e2e/firefox-*): no offscreen API, MSAL in the background page.
  ['build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['e2e tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...vitestReport(e2eJson)]],
];
const steps = allSteps.filter(([name]) => name !== 'docs' || existsSync('scripts/generate-docs.ts'));

interface VitestJson {
  numPassedTests?: number;
  numFailedTests?: number;
  numFailedTestSuites?: number;
}

function counts(file: string): { passed: number; failed: number } {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  // A file that failed to load has no failed test in it; count it once so it can't pass unnoticed.
  const failedTests = r.numFailedTests ?? 0;
  return { passed: r.numPassedTests ?? 0, failed: failedTests || ((r.numFailedTestSuites ?? 0) > 0 ? 1 : 0) };
}

let failedStep: string | null = null;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    failedStep = name;
    break;
  }
}
const unit = counts(unitJson);
const e2e = counts(e2eJson);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (failedStep && unit.failed + e2e.failed === 0 ? 1 : 0);
console.log(`\nunit ${unit.passed} passed, ${unit.failed} failed; e2e ${e2e.passed} passed, ${e2e.failed} failed`);
if (failedStep) console.log(`✖ stopped at: ${failedStep}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
