/**
 * A Teams configuration read whole (issue 17): `GET /Skype.Policy/configurations/{Name}` answers every
 * instance — `Global` (the org-wide default) and any `Tag:…` policy an admin created — as the
 * `Get-Cs…` cmdlets show them, the way ScubaGear's Teams REST provider reads them (EXO-TEAMS-LIVE.md §12).
 * Global applies to everyone without another assignment, so controls decide from it; tagged policies
 * apply only to the users they are assigned to, which Graph can't list cheaply, so they are named and,
 * where a benchmark checks every policy (ScubaGear MS.TEAMS.1.1, 1.2, 1.5), checked too.
 */
import { defineServiceSource, type ServiceSourceDef } from '../define-service-source';
import type { TeamsConfiguration } from '../cmdlet-allow-list';
import { str, type Shape } from '../shape';
import { cmdletObjects } from './cmdlet-output';

export interface TeamsInstance {
  /** `Global`, or `Tag:<name>` for a policy an admin created. */
  readonly Identity: string;
}

/** Every instance of a configuration, each checked against the control's shape, and the Global one. */
export interface TeamsInstances<T> {
  readonly global: T & TeamsInstance;
  readonly all: readonly (T & TeamsInstance)[];
}

/**
 * One configuration's instances through a control's narrow shape: the same request for every control
 * reading it (read once per scan), a missing or malformed property fails only the controls that read it.
 * No `Global` instance is not an answer Teams gives (it always exists), so it is malformed.
 */
export function teamsConfiguration<T>(
  id: string,
  configuration: TeamsConfiguration,
  shape: Shape<T>,
): ServiceSourceDef<TeamsInstances<T>> {
  const instances = cmdletObjects<T & TeamsInstance>({ ...shape, Identity: str } as Shape<T & TeamsInstance>);
  return defineServiceSource<TeamsInstances<T>>({
    id,
    service: 'teams',
    request: { kind: 'teamsConfiguration', configuration },
    collection: true,
    parse: (body) => {
      const parsed = instances(body);
      if (!parsed.ok) return parsed;
      const global = parsed.value.find((i) => i.Identity === 'Global');
      return global
        ? { ok: true, value: { global, all: parsed.value } }
        : { ok: false, path: 'value', problem: "no 'Global' instance" };
    },
  });
}

/** The instances other than Global (`Tag:…`), by name, for reasons that say what wasn't decided. */
export const taggedPolicies = (all: readonly TeamsInstance[]): string[] =>
  all.filter((i) => i.Identity !== 'Global').map((i) => i.Identity);
