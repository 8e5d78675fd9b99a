/**
 * The fuzz property: a tenant, one of its sources, a random path inside that source's answer and a
 * mutation that applies there (or a DNS answer and a record mutation), drawn by fast-check from
 * plain numbers so that a failure shrinks to a short path and an early mutation.
 */
import fc from 'fast-check';
import { childAt, childrenOf, showPath, type Json } from './json-tree';
import { dnsMutations, graphMutationsAt, type MutationClass } from './mutations';
import { runCase, type FuzzWorld, type Resolved, type Violation } from './harness';

export interface Draw {
  readonly tenant: number;
  readonly source: number;
  readonly request: number;
  /** Which child to enter at each level. */
  readonly walk: readonly number[];
  /** How deep to go at most (a leaf stops the walk sooner). */
  readonly depth: number;
  /** Which class of mutation, among those that apply: malformed ones outnumber the rest many times. */
  readonly family: number;
  readonly mutation: number;
}

export const drawArbitrary: fc.Arbitrary<Draw> = fc.record({
  tenant: fc.nat(),
  source: fc.nat(),
  request: fc.nat(),
  walk: fc.array(fc.nat(), { maxLength: 12 }),
  depth: fc.integer({ min: 0, max: 12 }),
  family: fc.nat(),
  mutation: fc.nat(),
});

/** The case a draw stands for, or null when it lands where no mutation of the wanted classes applies. */
export function resolveDraw(world: FuzzWorld, d: Draw, classes?: ReadonlySet<MutationClass>): Resolved | null {
  const tenant = world.tenants[d.tenant % world.tenants.length]!;
  const groups = world.targets.get(tenant)!;
  if (groups.length === 0) return null;
  const group = groups[d.source % groups.length]!;
  const target = group[d.request % group.length]!;
  const pick = <M extends { class: MutationClass }>(all: M[]): M | undefined => {
    const ms = classes ? all.filter((m) => classes.has(m.class)) : all;
    const families = [...new Set(ms.map((m) => m.class))];
    const family = families[d.family % Math.max(1, families.length)];
    const mine = ms.filter((m) => m.class === family);
    return mine[d.mutation % Math.max(1, mine.length)];
  };
  if (target.kind === 'dns') {
    const mutation = pick(dnsMutations(target.answer));
    return mutation ? { target, mutation } : null;
  }
  const path: Array<string | number> = [];
  let node: Json = target.body;
  for (let i = 0; i < d.depth; i++) {
    const children = childrenOf(node);
    if (children.length === 0) break;
    const step = children[(d.walk[i] ?? 0) % children.length]!;
    path.push(step);
    node = childAt(node, step)!;
  }
  const mutation = pick(
    graphMutationsAt(target.body, path, {
      label: target.label,
      knowledge: world.knowledge,
      wholeCollection: target.wholeCollection,
    }),
  );
  return mutation ? { target, path, mutation } : null;
}

export interface Counterexample {
  readonly tenant: string;
  readonly source: string;
  readonly request: string;
  readonly path: string;
  readonly mutation: string;
  readonly kind: string;
  readonly class: MutationClass;
  readonly violation: Violation;
}

export function describeCase(c: Resolved, v: Violation): Counterexample {
  return {
    tenant: c.target.tenant,
    source: c.target.label,
    request: c.target.key,
    path: 'path' in c ? showPath(c.path) : '(records)',
    mutation: c.mutation.what,
    kind: c.mutation.kind,
    class: c.mutation.class,
    violation: v,
  };
}

/** A class key: the same source and control count as one finding, whatever the path or mutation. */
export function classKey(c: Counterexample): string {
  return [c.source, c.violation.control].join(' | ');
}

export function formatCounterexample(c: Counterexample): string {
  return [
    `tenant:    ${c.tenant}`,
    `source:    ${c.source}${c.request !== c.source ? `  (${c.request})` : ''}`,
    `path:      ${c.path}`,
    `mutation:  ${c.mutation}  [${c.kind}, ${c.class}]`,
    `control:   ${c.violation.control}`,
    `verdict:   ${c.violation.before} → ${c.violation.after}`,
    `broke:     ${c.violation.broke}`,
  ].join('\n');
}

/**
 * The property: the invariant holds for a draw. `skip` leaves out cases already reported (so a long
 * run finds the next class instead of the same one again); `seen` counts what actually ran.
 */
export function fuzzProperty(
  world: FuzzWorld,
  opts: {
    classes?: ReadonlySet<MutationClass>;
    skip?: (c: Counterexample) => boolean;
    seen?: { ran: number; byClass: Record<string, number> };
  } = {},
) {
  return fc.asyncProperty(drawArbitrary, async (d) => {
    const c = resolveDraw(world, d, opts.classes);
    if (!c) return true;
    if (opts.seen) {
      opts.seen.ran++;
      opts.seen.byClass[c.mutation.class] = (opts.seen.byClass[c.mutation.class] ?? 0) + 1;
    }
    const v = await runCase(world, c);
    if (!v) return true;
    const ce = describeCase(c, v);
    if (opts.skip?.(ce)) return true;
    throw new FuzzFailure(ce);
  });
}

export class FuzzFailure extends Error {
  constructor(readonly counterexample: Counterexample) {
    super(`\n${formatCounterexample(counterexample)}`);
  }
}

/** The shrunk counterexample of a failed check, or null when the property held. */
export function counterexampleOf(details: fc.RunDetails<[Draw]>): Counterexample | null {
  if (!details.failed) return null;
  const err = details.errorInstance;
  if (err instanceof FuzzFailure) return err.counterexample;
  throw err instanceof Error ? err : new Error(String(err));
}
