/**
 * The licence suite a tenant's subscribed SKUs add up to, as partners name it on the Tenants overview.
 * Part numbers from Microsoft's list of product names and service plan identifiers:
 * https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference
 */

// Highest first: a tenant with several suites (a few E5 seats on an E3 estate) is named by its best.
// Business Premium ranks above Office 365 E5 for posture: it brings Entra ID P1 and Intune, which gate
// more of the catalogue than Defender for Office 365 Plan 2 does.
const SUITES: readonly { readonly name: string; readonly skus: readonly string[] }[] = [
  {
    name: 'Microsoft 365 E5',
    skus: ['SPE_E5', 'SPE_E5_NOPSTNCONF', 'SPE_E5_USGOV_GCCHIGH', 'Microsoft_365_E5_(no_Teams)'],
  },
  { name: 'Microsoft 365 E3', skus: ['SPE_E3', 'SPE_E3_USGOV_GCCHIGH', 'Microsoft_365_E3_(no_Teams)'] },
  { name: 'Microsoft 365 Business Premium', skus: ['SPB', 'Microsoft_365_Business_Premium_(no_Teams)'] },
  { name: 'Office 365 E5', skus: ['ENTERPRISEPREMIUM', 'ENTERPRISEPREMIUM_NOPSTNCONF', 'Office_365_E5_(no_Teams)'] },
  { name: 'Office 365 E3', skus: ['ENTERPRISEPACK', 'ENTERPRISEPACK_USGOV_GCCHIGH', 'Office_365_E3_(no_Teams)'] },
  { name: 'Microsoft 365 Business Standard', skus: ['O365_BUSINESS_PREMIUM'] },
  { name: 'Office 365 E1', skus: ['STANDARDPACK', 'Office_365_E1_(no_Teams)'] },
  { name: 'Microsoft 365 Business Basic', skus: ['O365_BUSINESS_ESSENTIALS'] },
  { name: 'Microsoft 365 F3', skus: ['SPE_F1'] },
  { name: 'Office 365 F3', skus: ['DESKLESSPACK'] },
];

/** The best suite among these SKU part numbers ("Microsoft 365 E5"), or null when none is a suite. */
export function licenceTier(skus: readonly string[]): string | null {
  // Part numbers are matched as Graph spells them; case differs between old and new SKUs, so compare folded.
  const held = new Set(skus.map((s) => s.toUpperCase()));
  return SUITES.find((suite) => suite.skus.some((s) => held.has(s.toUpperCase())))?.name ?? null;
}

/**
 * What the overview's Licence column says of a scan's licences: the suite; "Other licences" when the
 * SKUs were read and none is a suite (standalone Exchange, Entra ID P2 alone); "No licences" when the
 * tenant has none live; null when the licences couldn't be read (the page says "Unknown").
 */
export function licenceText(licences: { readonly known: boolean; readonly skus: readonly string[] }): string | null {
  if (!licences.known) return null;
  if (licences.skus.length === 0) return 'No licences';
  return licenceTier(licences.skus) ?? 'Other licences';
}
