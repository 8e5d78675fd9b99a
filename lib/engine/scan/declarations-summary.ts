/**
 * How a scan's declarations are said and compared: one sentence for the CLI header, the dashboard and
 * the report, and an order-blind equality so two scans judged against different declarations are never
 * compared silently, nor a rescan mixed into a scan judged against others.
 */
import { hasDeclarations, noDeclarations, type DeclaredAccount, type Declarations } from './declarations';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * "Judged against your declarations: 2 emergency-access accounts, 1 exemption, 8 privileged roles", or
 * what the controls fell back to. `undefined` is a scan stored before scans recorded their declarations.
 */
export function declarationsSentence(d: Declarations | undefined): string {
  if (!d)
    return 'Scanned before declarations were recorded: break-glass accounts were guessed (at most two excluded accounts).';
  if (!hasDeclarations(d)) return 'No declarations: break-glass accounts are guessed (at most two excluded accounts).';
  const roles =
    d.privilegedRoles === null
      ? 'the default privileged roles'
      : count(d.privilegedRoles.length, 'privileged role', 'privileged roles');
  return `Judged against your declarations: ${count(d.emergencyAccess.length, 'emergency-access account', 'emergency-access accounts')}, ${count(d.exemptions.length, 'exemption', 'exemptions')}, ${roles}.`;
}

const accountKey = (a: DeclaredAccount): string =>
  JSON.stringify([a.id, a.kind, a.displayName ?? '', a.reason, [...(a.controls ?? [])].sort()]);
const canonical = (d: Declarations): string =>
  JSON.stringify([
    d.emergencyAccess.map(accountKey).sort(),
    d.exemptions.map(accountKey).sort(),
    d.privilegedRoles === null ? null : [...d.privilegedRoles].sort(),
  ]);

/**
 * Whether two sets of declarations judge alike (order aside; names and reasons count, since evidence
 * shows them). A scan stored before declarations were recorded was judged as if nothing was declared.
 */
export function sameDeclarations(a: Declarations | undefined, b: Declarations | undefined): boolean {
  return canonical(a ?? noDeclarations) === canonical(b ?? noDeclarations);
}

/**
 * Control ids an entry is limited to that aren't in the catalogue (a typo, a removed control): such an
 * entry never applies to them, so its exclusion fails there. Said to the admin, never silently ignored.
 */
export function unknownControlIds(
  d: Declarations,
  known: ReadonlySet<string>,
): Array<{ readonly path: string; readonly id: string }> {
  return (['emergencyAccess', 'exemptions'] as const).flatMap((list) =>
    d[list].flatMap((a, i) =>
      (a.controls ?? []).filter((c) => !known.has(c)).map((id) => ({ path: `${list}[${i}].controls`, id })),
    ),
  );
}
