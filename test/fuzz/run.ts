/**
 * `npm run fuzz [-- --seed N --runs N --rounds N]`: the fuzzer, longer than the bounded test and with
 * a random seed unless one is given. Prints the seed, then each distinct counterexample it finds,
 * shrunk: each round runs with the next seed (seed + 1, …), skipping the classes already found.
 * `--survey` instead runs every draw to the end without shrinking and counts breaches per class.
 * Exits 1 when it found any.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { buildWorld } from './harness';
import { classKey, counterexampleOf, formatCounterexample, fuzzProperty, type Counterexample } from './property';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    runs: { type: 'string' },
    rounds: { type: 'string' },
    survey: { type: 'boolean' },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const runs = Number(values.runs ?? 3000);
const rounds = Number(values.rounds ?? 10);

const started = performance.now();
const world = await buildWorld();
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
