/** Reading what Graph sent back: bodies that may be JSON or text, and Graph's `{ error: { code, message } }`. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A body as JSON when it is JSON, else as the text it is (e.g. `/users/$count` answers `text/plain`).
 * An empty body (204) is `null`.
 */
export function decodeBodyText(text: string, contentType: string | null | undefined): unknown {
  if (text === '') return null;
  const looksJson = /^\s*[{[]/.test(text);
  if (looksJson || /\bjson\b/i.test(contentType ?? '')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * A `$batch` inner body: usually already an object; a string is decoded only when its headers say
 * it is JSON (Graph sends some non-JSON inner bodies as strings, which are left alone).
 */
export function decodeInnerBody(body: unknown, contentType: string | undefined): unknown {
  if (body === undefined) return null;
  if (typeof body !== 'string' || !/\bjson\b/i.test(contentType ?? '')) return body;
  return decodeBodyText(body, contentType);
}

/** Case-insensitive header lookup on the plain objects `$batch` uses for inner headers. */
export function headerIn(headers: unknown, name: string): string | undefined {
  if (!isRecord(headers)) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted)
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  }
  return undefined;
}

/** Graph's `error.code` and `error.message`, when the body carries them. */
export function graphErrorOf(body: unknown): { code?: string; message?: string } {
  const parsed = typeof body === 'string' ? decodeBodyText(body, 'application/json') : body;
  if (!isRecord(parsed) || !isRecord(parsed.error)) return {};
  const { code, message } = parsed.error;
  return {
    ...(typeof code === 'string' && code !== '' ? { code } : {}),
    ...(typeof message === 'string' && message !== '' ? { message } : {}),
  };
}
