import { hashString } from './seeded-random';
import { GraphRequestError } from './graph-response';

/**
 * `$skiptoken` values: opaque to clients (they must follow `@odata.nextLink` as given), but carrying
 * the offset and a fingerprint of the query they belong to, so a token pasted onto another query is
 * refused the way Graph refuses a stale one.
 */
const PREFIX = 'DSpt'; // base64 of this is `RFNwdA…`, the start of directory skip tokens

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string | null {
  try {
    const padded = token.replace(/-/g, '+').replace(/_/g, '/');
    return atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  } catch {
    return null;
  }
}

export function queryFingerprint(scope: string): string {
  return hashString(scope).toString(16).padStart(8, '0');
}

export function encodeSkipToken(offset: number, fingerprint: string): string {
  return toBase64Url(`${PREFIX}|${offset}|${fingerprint}`);
}

/** The offset a token stands for; a 400 when it is not one of ours or belongs to another query. */
export function decodeSkipToken(token: string, fingerprint: string): number {
  const text = fromBase64Url(token);
  const parts = text?.split('|') ?? [];
  const offset = Number(parts[1]);
  if (
    parts.length !== 3 ||
    parts[0] !== PREFIX ||
    parts[2] !== fingerprint ||
    !Number.isInteger(offset) ||
    offset < 0
  ) {
    throw new GraphRequestError(
      400,
      'Directory_ExpiredPageToken',
      'The specified page token value has expired and can no longer be included in your request.',
    );
  }
  return offset;
}
