/**
 * Issue 12 §6: the bounded fuzzer, the proof that it mutates, and the proof that it bites. The long
 * run is `npm run fuzz` (test/fuzz/run.ts), with a random seed.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildWorld, type FuzzWorld } from './harness';
import { isObject, valueAt, type Json } from './json-tree';
import { graphMutationsAt } from './mutations';
import { plantedBlocklist, plantedStrictEquals } from './planted-controls';
import { counterexampleOf, drawArbitrary, formatCounterexample, fuzzProperty, resolveDraw } from './property';
import { rankOf } from './status-rank';

const SEED = 20261205;
/** Mutated scans in the bounded run: about 25 s on the 2-core machine, within `npm test`'s minute. */
const RUNS = 1200;
const MINUTE = 60_000;

let world: FuzzWorld;
beforeAll(async () => {
  world = await buildWorld();
}, MINUTE);

describe('the fuzz harness', () => {
  test(
    'every draw changes the answer it lands on, and every kind of mutation is drawn',
    () => {
      const kinds = new Map<string, number>();
      for (const d of fc.sample(drawArbitrary, { seed: SEED, numRuns: 3000 })) {
        const c = resolveDraw(world, d);
        if (!c) continue;
        // Compared at the parent of the mutated node: whole Secure Score answers are megabytes.
        const [before, after] =
          'path' in c
            ? [c.target.body, c.mutation.apply(c.target.body)].map((b) => valueAt(b, c.path.slice(0, -1)))
            : [c.target.answer, c.mutation.apply(c.target.answer)];
        expect(JSON.stringify(after), c.mutation.what).not.toBe(JSON.stringify(before));
        kinds.set(c.mutation.kind, (kinds.get(c.mutation.kind) ?? 0) + 1);
      }
      // insertWrongType lands only on a null another tenant fills, too rare for 3000 draws: its own test below.
      kinds.delete('insertWrongType');
      expect([...kinds.keys()].sort()).toEqual(
        [
          'deleteKey',
          'setNull',
          'wrongType',
          'extraNesting',
          'unknownEnum',
          'hugeNumber',
          'negativeNumber',
          'zeroNumber',
          'duplicateEntry',
          'emptyList',
          'emptyObject',
          'dnsEmpty',
          'dnsNxdomain',
          'dnsDuplicateRecord',
          'dnsSecondRecord',
          'dnsUnknownVersion',
          'dnsRepeatedTerm',
          'dnsCorruptTerm',
        ].sort(),
      );
    },
    MINUTE,
  );

  test('sorts mutations into classes: emptying a nested list is valid data, emptying the source is nothing to check', () => {
    const groups = world.targets.get('contoso')!;
    const ca = groups
      .flat()
      .find((t) => t.kind === 'graph' && t.label.endsWith('/identity/conditionalAccess/policies'));
    if (ca?.kind !== 'graph') throw new Error('contoso has no conditional access answer');
    const ctx = { label: ca.label, knowledge: world.knowledge, wholeCollection: ca.wholeCollection };
    const policies = (ca.body as { value: Json[] }).value;
    const i = policies.findIndex(
      (p) =>
        isObject(p) &&
        (p as { conditions: { users: { excludeUsers: Json[] } } }).conditions.users.excludeUsers.length > 0,
    );
    const classOf = (path: Array<string | number>, kind: string) =>
      graphMutationsAt(ca.body, path, ctx).find((m) => m.kind === kind)?.class;
    expect(classOf(['value', i, 'conditions', 'users', 'excludeUsers'], 'emptyList')).toBe('valid');
    expect(classOf(['value'], 'emptyList')).toBe('emptySource');
    expect(classOf(['value', i, 'state'], 'deleteKey')).toBe('malformed');
    expect(classOf(['value', i, 'state'], 'unknownEnum')).toBe('malformed');
    expect(classOf(['value', i, 'conditions', 'users', 'excludeUsers'], 'wrongType')).toBe('malformed');
    expect(classOf(['value', i], 'duplicateEntry')).toBe('duplicate');
  });

  test("fills a policy's null locations with a list given as a keyword string (issue 12 §2's example)", () => {
    const ca = world.targets
      .get('contoso')!
      .flat()
      .find((t) => t.kind === 'graph' && t.label.endsWith('/identity/conditionalAccess/policies'));
    if (ca?.kind !== 'graph') throw new Error('contoso has no conditional access answer');
    const ctx = { label: ca.label, knowledge: world.knowledge, wholeCollection: ca.wholeCollection };
    const policies = (ca.body as { value: Array<{ conditions: { locations: Json } }> }).value;
    const i = policies.findIndex((p) => p.conditions.locations === null);
    const filled = graphMutationsAt(ca.body, ['value', i, 'conditions', 'locations'], ctx)
      .filter((m) => m.kind === 'insertWrongType')
      .map((m) => ({ class: m.class, to: valueAt(m.apply(ca.body), ['value', i, 'conditions', 'locations']) }));
    expect(filled).toContainEqual({ class: 'malformed', to: { includeLocations: 'AllTrusted', excludeLocations: [] } });
  });

  test('ranks every status it knows, and refuses one it does not', () => {
    expect(['fail', 'unknown', 'notApplicable', 'notLicensed', 'manual'].map(rankOf)).toEqual([0, 0, 0, 0, 0]);
    expect([rankOf('partial'), rankOf('pass')]).toEqual([1, 2]);
    expect(() => rankOf('someFutureStatus')).toThrow(/no rank for status 'someFutureStatus'/);
  });
});

describe('the fuzzer bites', () => {
  test.each([plantedBlocklist, plantedStrictEquals])(
    'finds the planted bug in $id',
    async (planted) => {
      const w = await buildWorld({ controls: [planted], tenants: ['freshDefaults'], ownSourcesOnly: true });
      const ce = counterexampleOf(await fc.check(fuzzProperty(w), { seed: SEED, numRuns: 1000 }));
      expect(ce?.violation).toMatchObject({ control: planted.id, broke: 'malformed data raised the verdict' });
      expect(ce?.violation.before).toMatch(/^fail /);
      expect(ce?.violation.after).toMatch(/^pass /);
    },
    MINUTE,
  );
});

describe('fuzz: no malformed Graph answer raises a verdict', () => {
  test(
    `${RUNS} mutated scans of contoso, freshDefaults and hardenedE5, seed ${SEED}`,
    async () => {
      const ce = counterexampleOf(await fc.check(fuzzProperty(world), { seed: SEED, numRuns: RUNS }));
      expect(ce && formatCounterexample(ce)).toBeNull();
    },
    MINUTE,
  );
});
