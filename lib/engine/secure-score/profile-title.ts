/**
 * Titles people can read for Microsoft's Secure Score controls. Most profiles carry a sentence
 * ("Block legacy authentication with Conditional Access"); some carry an id-like word ("MFA",
 * "sessionexpiry"), several the same one. Those get a humanised title and the service that owns the
 * control, and any title still shared gets the profile id, so no two rows read alike.
 */

/** Secure Score's `service` values as the admin centers name the product. */
const SERVICE_NAMES: Readonly<Record<string, string>> = {
  azuread: 'Entra ID',
  'azure active directory': 'Entra ID',
  'azure atp': 'Defender for Identity',
  mdi: 'Defender for Identity',
  mdatp: 'Defender for Endpoint',
  mde: 'Defender for Endpoint',
  mdo: 'Defender for Office 365',
  mcas: 'Defender for Cloud Apps',
  mda: 'Defender for Cloud Apps',
  exo: 'Exchange Online',
  exchange: 'Exchange Online',
  spo: 'SharePoint Online',
  sharepoint: 'SharePoint Online',
  mip: 'Purview Information Protection',
};

/** `MDA_Zendesk` → "Zendesk" (a Defender for Cloud Apps connector names its app); else the product's name. */
export function serviceName(service: string | null | undefined): string | undefined {
  const s = (service ?? '').trim();
  if (s === '') return undefined;
  const app = /^(?:MDA|MCAS)_(.+)$/i.exec(s)?.[1];
  if (app) return app.replace(/_/g, ' ');
  return SERVICE_NAMES[s.toLowerCase()] ?? s.replace(/_/g, ' ');
}

/** A title that is one token ("MFA", "sessionexpiry", "AdminMFAV2") names a control for a program, not a person. */
export const isIdLike = (title: string): boolean => !/\s/.test(title.trim());

/** `sessionexpiry` → "Sessionexpiry"; `block_legacyAuth` → "Block legacy auth"; acronyms stay as they are. */
export function humanise(token: string): string {
  const words = token
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .filter((w) => w !== '');
  const text = words.map((w, i) => (i === 0 || /^[A-Z0-9]{2,}$/.test(w) ? w : w.toLowerCase())).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface TitledProfile {
  readonly id: string;
  readonly title: string;
  readonly service?: string | null | undefined;
}

/**
 * Each profile's title as every view shows it, by id: Microsoft's own when it is a sentence; a
 * humanised id-like title with its service ("MFA — Zendesk"); then, where two still read alike, the
 * profile id ("MFA — Entra ID (AdminMFAV2)").
 */
export function readableTitles(profiles: readonly TitledProfile[]): Map<string, string> {
  const count = (titles: readonly string[]) => {
    const n = new Map<string, number>();
    for (const t of titles) n.set(t.toLowerCase(), (n.get(t.toLowerCase()) ?? 0) + 1);
    return n;
  };
  const base = profiles.map((p) => {
    const title = p.title.trim();
    return title === '' ? humanise(p.id) : isIdLike(title) ? humanise(title) : title;
  });
  const baseCount = count(base);
  const withService = profiles.map((p, i) => {
    const b = base[i]!;
    const service = serviceName(p.service);
    const needs = isIdLike(p.title) || (baseCount.get(b.toLowerCase()) ?? 0) > 1;
    return needs && service && !b.toLowerCase().includes(service.toLowerCase()) ? `${b} — ${service}` : b;
  });
  const serviceCount = count(withService);
  return new Map(
    profiles.map((p, i) => {
      const t = withService[i]!;
      return [p.id, (serviceCount.get(t.toLowerCase()) ?? 0) > 1 ? `${t} (${p.id})` : t];
    }),
  );
}
