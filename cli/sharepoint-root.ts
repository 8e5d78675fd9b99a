/**
 * Where the CLI reads SharePoint Online: `--spo-url`, else the audience of the SharePoint token. A token
 * got with `az account get-access-token --resource https://contoso-admin.sharepoint.com` names that admin
 * URL in its `aud` claim, so the token itself says which tenant's admin host it is for. (The tenant's
 * initial domain is only known once Graph's organization read answers, and the services are read
 * beside it, not after.) Nothing is verified here: SharePoint checks the token itself.
 */
import { isSharePointAdminHost } from '../lib/services/sharepoint-read-only';

/** `https://contoso-admin.sharepoint.com` from the token's `aud`, or undefined when it names no admin host. */
export function sharePointRootOfToken(token: string | undefined): string | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    const aud = typeof claims === 'object' && claims !== null ? (claims as { aud?: unknown }).aud : undefined;
    if (typeof aud !== 'string' || !URL.canParse(aud)) return undefined;
    const url = new URL(aud);
    return url.protocol === 'https:' && isSharePointAdminHost(url.hostname) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
