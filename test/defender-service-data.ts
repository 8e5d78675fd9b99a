/**
 * Changes to a simulated tenant's Defender for Office 365 data, for the defender control tests: each
 * case starts from the hardened tenant (Strict preset for everyone) and changes one thing.
 */
import type { AllowedCmdlet } from '../lib/graph/sources/cmdlet-allow-list';
import type { ServiceData, ServiceObject } from '../simulator/services/service-data';
import { PRESET } from '../simulator/services/data/defender-policies';

export { PRESET };
export { rule } from '../simulator/services/data/defender-policies';

/** Change every object `cmdlet` returns that `which` picks (all by default). */
export const change =
  (cmdlet: AllowedCmdlet, changes: ServiceObject, which: (o: ServiceObject) => boolean = () => true) =>
  (d: ServiceData): void => {
    d.cmdlets[cmdlet] = (d.cmdlets[cmdlet] ?? []).map((o) => (which(o) ? { ...o, ...changes } : o));
  };

/** Change the policy named `name` (the Strict preset's by default) that `cmdlet` returns. */
export const changePolicy = (cmdlet: AllowedCmdlet, changes: ServiceObject, name: string = PRESET.strict.policy) =>
  change(cmdlet, changes, (o) => o.Name === name);

/** Both presets turned off (their rules Disabled), so custom and fallback policies apply. */
export const presetsOff = (d: ServiceData): void => {
  change('Get-EOPProtectionPolicyRule', { State: 'Disabled' })(d);
  change('Get-ATPProtectionPolicyRule', { State: 'Disabled' })(d);
};

/** Add objects to what `cmdlet` returns. */
export const add =
  (cmdlet: AllowedCmdlet, ...objects: ServiceObject[]) =>
  (d: ServiceData): void => {
    d.cmdlets[cmdlet] = [...(d.cmdlets[cmdlet] ?? []), ...objects];
  };

/** The tenant's plan lacks the cmdlet: the service says it isn't recognized. */
export const withoutCmdlet =
  (cmdlet: AllowedCmdlet) =>
  (d: ServiceData): void => {
    delete d.cmdlets[cmdlet];
  };

/** Several changes in a row. */
export const all =
  (...changes: ((d: ServiceData) => void)[]) =>
  (d: ServiceData): void => {
    for (const c of changes) c(d);
  };
