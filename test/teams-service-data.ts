/**
 * Changing a simulated tenant's Teams configurations in control tests (issue 17): one instance's
 * properties by Identity, or a `Tag:` policy added beside Global.
 */
import type { TeamsConfiguration } from '../lib/graph/sources/cmdlet-allow-list';
import type { ServiceData, ServiceObject } from '../simulator/services/service-data';

/** Set properties on one instance (`Global` by default) of a configuration; `undefined` removes one. */
export function setTeams(configuration: TeamsConfiguration, props: ServiceObject, identity = 'Global') {
  return (d: ServiceData): void => {
    const list = d.teams[configuration] ?? [];
    const i = list.findIndex((o) => o.Identity === identity);
    if (i < 0) throw new Error(`no ${configuration} ${identity} in the tenant's data`);
    const next: ServiceObject = { ...list[i], ...props };
    for (const [k, v] of Object.entries(props)) if (v === undefined) delete next[k];
    list[i] = next;
  };
}

/** Add a copy of Global under `Tag:<name>` with `props` changed. */
export function addTeamsPolicy(configuration: TeamsConfiguration, name: string, props: ServiceObject) {
  return (d: ServiceData): void => {
    const list = d.teams[configuration] ?? [];
    const global = list.find((o) => o.Identity === 'Global');
    d.teams[configuration] = [...list, { ...global, ...props, Identity: `Tag:${name}` }];
  };
}
