/**
 * A DKIM key record (the TXT record at `<selector>._domainkey.<domain>`, or at the end of its CNAME)
 * read as a verifier reads it (RFC 6376 §3.6.1, tag-list syntax §3.2). Pure.
 * https://www.rfc-editor.org/rfc/rfc6376
 */

// RFC 6376 §3.6.1 names rsa; RFC 8463 adds ed25519.
const KEY_TYPES = new Set(['rsa', 'ed25519']);

/**
 * Why no signature could verify with this selector's key, completing "<selector> …"; undefined when
 * the records hold exactly one usable key.
 */
export function dkimKeyProblem(txt: readonly string[]): string | undefined {
  if (txt.length === 0) return 'has no DKIM key record';
  // §3.6.2.2: "if there are multiple records in an RRset, the results are undefined".
  if (txt.length > 1) return `has ${txt.length} TXT records, for which RFC 6376 §3.6.2.2 leaves the result undefined`;
  const tags: Array<{ name: string; value: string }> = [];
  for (const part of txt[0]!.split(';')) {
    if (part.trim() === '') continue;
    const m = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/s.exec(part);
    if (!m) return `has a syntax error in '${part.trim()}' (RFC 6376 §3.2)`;
    tags.push({ name: m[1]!, value: m[2]! });
  }
  // §3.2: tag names are case-sensitive, and a name used twice makes the whole tag-list invalid.
  const twice = tags.find((t, i) => tags.findIndex((u) => u.name === t.name) !== i);
  if (twice) return `has '${twice.name}=' twice, which makes the record invalid (RFC 6376 §3.2)`;
  const tag = (name: string): string | undefined => tags.find((t) => t.name === name)?.value;
  const v = tag('v');
  if (v !== undefined && (v !== 'DKIM1' || tags[0]!.name !== 'v'))
    return `has 'v=${v}', where RFC 6376 §3.6.1 allows only 'DKIM1', first`;
  const k = tag('k');
  if (k !== undefined && !KEY_TYPES.has(k)) return `has 'k=${k}', a key type receivers don't know (RFC 6376 §3.6.1)`;
  const p = tag('p');
  if (p === undefined) return "has no 'p=', which RFC 6376 §3.6.1 requires";
  const key = p.replace(/\s+/g, '');
  if (key === '') return "has a revoked key: empty 'p=' (RFC 6376 §3.6.1)";
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key)) return "has a 'p=' that isn't base64 (RFC 6376 §3.6.1)";
  return undefined;
}
