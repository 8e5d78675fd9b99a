/**
 * `npm run fuzz [-- --seed N --runs N --rounds N]`: the fuzzer, longer than the bounded test and with
 * a random seed unless one is given. Prints the seed, then each distinct counterexample it finds,
 * shrunk: each round runs with the next seed (seed + 1, …), skipping the classes already found.
 * `--survey` instead runs every draw to the end without shrinking and counts breaches per class.
 * `--control ID` (repeatable) and `--tenant NAME` aim it at some controls' own sources and one tenant,
 * where a bug in a single field is found in a few hundred draws rather than tens of thousands.
 * Exits 1 when it found any.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { catalogue } from '../../controls';
import type { TenantName } from '../../simulator/tenants/index';
import { buildWorld, FUZZ_TENANTS } from './harness';
import { classKey, counterexampleOf, formatCounterexample, fuzzProperty, type Counterexample } from './property';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    runs: { type: 'string' },
    rounds: { type: 'string' },
    survey: { type: 'boolean' },
    control: { type: 'string', multiple: true },
    tenant: { type: 'string', multiple: true },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const runs = Number(values.runs ?? 3000);
const rounds = Number(values.rounds ?? 10);

const started = performance.now();
const aimed = values.control?.map((id) => {
  const c = catalogue.find((x) => x.id === id);
  if (!c) throw new Error(`--control ${id}: no such control in the catalogue`);
  return c;
});
const tenants = values.tenant?.map((t) => {
  if (!(FUZZ_TENANTS as readonly string[]).includes(t))
    throw new Error(`--tenant ${t}: one of ${FUZZ_TENANTS.join(', ')}`);
  return t as TenantName;
});
const world = await buildWorld({
  ...(aimed ? { controls: aimed, ownSourcesOnly: true } : {}),
  ...(tenants ? { tenants } : {}),
});
console.log(`seed ${seed}, ${runs} runs per round; tenants recorded in ${Math.round(performance.now() - started)} ms`);

const found: Counterexample[] = [];
const seen = { ran: 0, byClass: {} as Record<string, number> };
const fuzzStart = performance.now();
if (values.survey) {
  const byKey = new Map<string, { first: Counterexample; count: number }>();
  await fc.check(
    fuzzProperty(world, {
      seen,
      skip: (c) => {
        const k = classKey(c);
        const had = byKey.get(k);
        if (had) had.count++;
        else byKey.set(k, { first: c, count: 1 });
        return true;
      },
    }),
    { seed, numRuns: runs },
  );
  for (const [k, { first, count }] of byKey) {
    console.log(`\n${k}  (${count} breaches)`);
    console.log(formatCounterexample(first));
    found.push(first);
  }
} else {
  const known = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const details = await fc.check(fuzzProperty(world, { skip: (c) => known.has(classKey(c)), seen }), {
      seed: seed + round,
      numRuns: runs,
    });
    const ce = counterexampleOf(details);
    if (!ce) continue;
    found.push(ce);
    known.add(classKey(ce));
    console.log(`\ncounterexample ${found.length} (seed ${seed + round}, path ${details.counterexamplePath ?? ''}):`);
    console.log(formatCounterexample(ce));
  }
}
const secs = (performance.now() - fuzzStart) / 1000;
console.log(
  `\n${seen.ran} mutated scans in ${secs.toFixed(1)} s (${(seen.ran / secs).toFixed(0)} per second${values.survey ? '' : ', shrinking included'}); by class ${JSON.stringify(seen.byClass)}`,
);
console.log(found.length ? `${found.length} counterexample classes; seed ${seed}` : `no counterexample; seed ${seed}`);
process.exitCode = found.length ? 1 : 0;
