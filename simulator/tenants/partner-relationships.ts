/**
 * Contoso as a partner (issue 16): its GDAP relationships with the other built-in tenants, so the
 * Tenants page can list them as customers. One customer has two active relationships (the list keeps the
 * one that ends last) and one relationship has expired (`$filter=status eq 'active'` leaves it out).
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import { stableGuid } from '../seeded-random';
import { hardenedE5Ids } from './hardened-e5-ids';
import { daysBefore } from './well-known';

const KEY = 'contoso-gdap';
/** Fresh Start Ltd's tenant id (simulator/tenants/fresh-defaults.ts). */
export const FRESH_START_TENANT_ID = stableGuid('tenant', 'freshDefaults');
/** A former customer: its only relationship has expired. */
export const FORMER_CUSTOMER_TENANT_ID = stableGuid(KEY, 'tenant', 'former');

function relationship(
  name: string,
  customer: { tenantId: string; displayName: string },
  status: Graph.DelegatedAdminRelationshipStatus,
  endDaysFromSnapshot: number,
): Graph.DelegatedAdminRelationship {
  return {
    id: `${stableGuid(KEY, 'relationship', name)}-${stableGuid(KEY, 'suffix', name)}`,
    displayName: name,
    customer: { ...customer },
    status,
    duration: 'P730D',
    autoExtendDuration: 'PT0S',
    accessDetails: { unifiedRoles: [{ roleDefinitionId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' }] },
    createdDateTime: daysBefore(400),
    activatedDateTime: daysBefore(399),
    endDateTime: daysBefore(-endDaysFromSnapshot),
  };
}

/** Fresh objects on every call, like every tenant model's. */
export function contosoGdapRelationships(): Graph.DelegatedAdminRelationship[] {
  const freshStart = { tenantId: FRESH_START_TENANT_ID, displayName: 'Fresh Start Ltd' };
  const woodgrove = { tenantId: hardenedE5Ids.tenantId, displayName: 'Woodgrove Bank' };
  const former = { tenantId: FORMER_CUSTOMER_TENANT_ID, displayName: 'Former Customer Inc' };
  return [
    relationship('Fresh Start - Global Reader', freshStart, 'active', 330),
    relationship('Woodgrove - Global Reader 2025', woodgrove, 'active', 30),
    relationship('Woodgrove - Global Reader 2026', woodgrove, 'active', 395),
    relationship('Former Customer - Global Reader', former, 'expired', -20),
  ];
}

/** A partner's active relationships, one per customer, each a year from ending (a fleet's partner tenant). */
export function gdapRelationshipsWith(
  customers: readonly { tenantId: string; displayName: string }[],
): Graph.DelegatedAdminRelationship[] {
  return customers.map((c) => relationship(`${c.displayName} - Global Reader`, { ...c }, 'active', 365));
}
