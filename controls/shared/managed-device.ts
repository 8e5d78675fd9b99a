import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';

/** The grant controls that prove a managed device: Intune-compliant, or hybrid Entra joined. */
const DEVICE_CONTROLS = new Set(['compliantDevice', 'domainJoinedDevice']);

/**
 * A managed device is required when no way of satisfying the grant skips it (MS.AAD.3.7v1, CIS 5.2.2.9):
 * with "require one of", every choice is a device control; with "require all" (or a single control),
 * one of them is. An authentication strength is one more choice.
 */
export function requiresManagedDevice(p: CaPolicy): boolean {
  const g = p.grantControls;
  if (!g) return false;
  const controls = [...g.builtInControls, ...(g.authenticationStrength ? ['authenticationStrength'] : [])];
  if (controls.length === 0 || controls.includes('block')) return false;
  return controls.length === 1 || g.operator === 'AND'
    ? controls.some((c) => DEVICE_CONTROLS.has(c))
    : controls.every((c) => DEVICE_CONTROLS.has(c));
}
