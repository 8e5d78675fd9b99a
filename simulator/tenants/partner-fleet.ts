/**
 * The partner view's tenants (issue 16), one list for the e2e, the fake identity provider's options and
 * the unit tests: the partner's own home tenant, three customer tenants of clearly different postures
 * (one managed over GDAP, its role assignments naming the partner's groups), and one customer where the
 * app was never consented (every Graph read refused with 403).
 */
import type { FleetTenant } from '../fleet';
import { fabrikamPartner } from './gdap-partner';

/** One tenant of the partner fleet: who it is, how it is found, and how the simulator answers for it. */
export interface PartnerFleetTenant extends FleetTenant {
  /** `organization.displayName`, as a scan reads it. */
  readonly name: string;
  /** Its initial (verified) domain: what a partner types to add it. */
  readonly domain: string;
  /** The partner's own tenant, or one of its customers. */
  readonly kind: 'home' | 'customer';
  /** Whether the app is consented there; the fake identity provider refuses tokens where it isn't. */
  readonly consented: boolean;
}

/** The partner's signed-in admin, in its home tenant (for the fake identity provider's `user`). */
export const partnerAdmin = {
  oid: 'fab00000-0000-4000-8000-0000000000f1',
  tid: fabrikamPartner.tenantId,
  preferredUsername: 'alex@fabrikampartners.onmicrosoft.com',
  name: 'Alex Wilber (Fabrikam Partners)',
} as const;

/** Hardened (high score), managed over GDAP: the partner's groups hold read roles, their members 404. */
export const woodgroveCustomer: PartnerFleetTenant = {
  tid: 'cafe0000-0000-4000-8000-000000000001',
  posture: 'hardenedE5',
  gdapPartner: fabrikamPartner,
  name: 'Woodgrove Bank',
  domain: 'woodgrovebank.onmicrosoft.com',
  kind: 'customer',
  consented: true,
};

/** The demo tenant's posture (a middling score). */
export const contosoCustomer: PartnerFleetTenant = {
  tid: 'cafe0000-0000-4000-8000-000000000002',
  posture: 'contoso',
  name: 'Contoso',
  domain: 'contoso.onmicrosoft.com',
  kind: 'customer',
  consented: true,
};

/** A new tenant on Microsoft's defaults (a low score). */
export const freshStartCustomer: PartnerFleetTenant = {
  tid: 'cafe0000-0000-4000-8000-000000000003',
  posture: 'freshDefaults',
  name: 'Fresh Start Ltd',
  domain: 'freshstart.onmicrosoft.com',
  kind: 'customer',
  consented: true,
};

/** The app was never consented here: tokens are refused (test/e2e/fake-idp.ts), Graph answers 403. */
export const tailspinCustomer: PartnerFleetTenant = {
  tid: 'cafe0000-0000-4000-8000-000000000004',
  posture: 'unconsented',
  renamed: { name: 'Tailspin Toys', initialDomain: 'tailspintoys.onmicrosoft.com' },
  name: 'Tailspin Toys',
  domain: 'tailspintoys.onmicrosoft.com',
  kind: 'customer',
  consented: false,
};

/** The customers, highest posture first. */
export const partnerCustomers: readonly PartnerFleetTenant[] = [
  woodgroveCustomer,
  contosoCustomer,
  freshStartCustomer,
  tailspinCustomer,
];

/** The partner's own tenant, where its admin signs in. */
export const partnerHome: PartnerFleetTenant = {
  tid: fabrikamPartner.tenantId,
  posture: 'freshDefaults',
  renamed: { name: fabrikamPartner.name, initialDomain: 'fabrikampartners.onmicrosoft.com' },
  name: fabrikamPartner.name,
  domain: 'fabrikampartners.onmicrosoft.com',
  kind: 'home',
  consented: true,
  // Its GDAP relationships name every customer, the unconsented one too (consent is per tenant).
  gdapCustomers: partnerCustomers.map((c) => ({ tenantId: c.tid, displayName: c.name })),
};

/** Every tenant of the partner fleet: its home first, then its customers. */
export const partnerFleet: readonly PartnerFleetTenant[] = [partnerHome, ...partnerCustomers];

/** The tenant a domain names (case-insensitive), as a tenant's OpenID configuration resolves it. */
export function partnerTenantByDomain(domain: string): PartnerFleetTenant | undefined {
  return partnerFleet.find((t) => t.domain === domain.trim().toLowerCase());
}
