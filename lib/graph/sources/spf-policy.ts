/**
 * An SPF record read as a receiving mail server reads it (RFC 7208), for the one question Posture
 * Lens asks: what happens to mail from a host the domain never listed? Pure: TXT strings in, policy
 * out. Only what one record says is judged; `include:` and `redirect=` targets are other records.
 * https://www.rfc-editor.org/rfc/rfc7208
 */

/** What a domain's SPF records tell a receiver about mail from anywhere else. */
export type SpfPolicy =
  /** No `v=spf1` record: the result is none (§4.5). */
  | { readonly kind: 'none' }
  /** A permanent error (§2.6.7): receivers apply no SPF policy. `why` names the rule broken. */
  | { readonly kind: 'permerror'; readonly why: string }
  /** Evaluation reaches this `all` (the first one, §5.1); `term` as written. */
  | { readonly kind: 'all'; readonly qualifier: Qualifier; readonly term: string }
  /** A mechanism before `all` that passes every address, e.g. `+ip4:0.0.0.0/0`. */
  | { readonly kind: 'passesAnyone'; readonly term: string }
  /** No `all`: the policy is the one at `target` (§6.1). */
  | { readonly kind: 'redirect'; readonly target: string }
  /** No `all` and no `redirect=`: the result is neutral (§4.7). */
  | { readonly kind: 'neutral' };

export type Qualifier = '+' | '-' | '~' | '?';

// §4.5: the version section is exactly "v=spf1" (ABNF, so without regard to case), ended by a space or
// the end of the record; anything else, "v=spf10" or a leading space included, is not SPF.
const VERSION = /^v=spf1( |$)/i;

/** Whether a TXT record is an SPF record (RFC 7208 §4.5). */
export const isSpfRecord = (txt: string): boolean => VERSION.test(txt);

/** Terms that make a DNS lookup, limited to 10 per evaluation (§4.6.4); `redirect` is the sixth. */
const QUERIES_DNS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);
const MAX_DNS_TERMS = 10;

// §7.1 macro-expand: %{letter [digits] [r] [delimiters]}, %%, %_ or %-.
const MACRO = /%(?:\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|[%_-])/gi;
const VISIBLE = /^[\x21-\x7e]*$/;

/** §12 macro-string: visible characters whose every `%` starts a valid macro. */
function isMacroString(s: string): boolean {
  return VISIBLE.test(s) && !s.replace(MACRO, '').includes('%');
}

/** §12 domain-spec: a macro-string ending in a macro or in "." toplabel ["."]. */
function isDomainSpec(s: string): boolean {
  if (s === '' || !isMacroString(s)) return false;
  if (/%(?:\{[^}]*\}|[%_-])$/.test(s)) return true;
  const top = /\.([A-Za-z0-9-]+)\.?$/.exec(s)?.[1];
  return (
    top !== undefined &&
    (/^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$/.test(top) || /^[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9]$/.test(top))
  );
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IP4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

function isIp6(s: string): boolean {
  let groups = s;
  let limit = 8;
  const v4 = /:((?:\d+\.){3}\d+)$/.exec(s);
  if (v4) {
    if (!IP4.test(v4[1]!)) return false;
    // "::" right before the IPv4 part leaves one colon behind when the part is cut off.
    groups = s.slice(0, v4.index) + (s.slice(0, v4.index).endsWith(':') ? ':' : '');
    limit = 6;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const parts = halves.map((h) => (h === '' ? [] : h.split(':')));
  if (!parts.every((p) => p.every((g) => /^[0-9a-f]{1,4}$/i.test(g)))) return false;
  const count = parts.reduce((n, p) => n + p.length, 0);
  return halves.length === 2 ? count < limit : count === limit;
}

/** `/n` at most `max`, or none; the number, or null when malformed. */
function prefix(s: string | undefined, max: number): number | null {
  if (s === undefined) return max;
  if (!/^\/\d{1,3}$/.test(s) || (s.length > 2 && s[1] === '0')) return null;
  const n = Number(s.slice(1));
  return n <= max ? n : null;
}

type Term =
  | { kind: 'modifier'; name: string; value: string }
  | { kind: 'directive'; qualifier: Qualifier; mechanism: string; openTo?: 'every address' }
  | { kind: 'error'; why: string };

const syntax = (term: string): Term => ({ kind: 'error', why: `syntax error in '${term}' (RFC 7208 §4.6.1)` });

/** One term of §12's grammar: a modifier `name=value` or a directive `[qualifier]mechanism[args]`. */
function termOf(term: string): Term {
  const modifier = /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/s.exec(term);
  if (modifier) {
    const name = modifier[1]!.toLowerCase();
    const value = modifier[2]!;
    const ok = name === 'redirect' || name === 'exp' ? isDomainSpec(value) : isMacroString(value);
    return ok ? { kind: 'modifier', name, value } : syntax(term);
  }
  const directive = /^([+\-~?]?)([A-Za-z][A-Za-z0-9]*)(.*)$/s.exec(term);
  const mechanism = directive?.[2]?.toLowerCase();
  if (!directive || mechanism === undefined)
    return { kind: 'error', why: `unknown mechanism '${term}' (RFC 7208 §4.6.1)` };
  const qualifier = (directive[1] || '+') as Qualifier;
  const args = directive[3]!;
  const ok = (valid: boolean): Term => (valid ? { kind: 'directive', qualifier, mechanism } : syntax(term));
  switch (mechanism) {
    case 'all':
      return ok(args === '');
    case 'include':
    case 'exists':
      return ok(args.startsWith(':') && isDomainSpec(args.slice(1)));
    case 'ptr':
      return ok(args === '' || (args.startsWith(':') && isDomainSpec(args.slice(1))));
    case 'a':
    case 'mx': {
      // [":" domain-spec] [dual-cidr-length]: "/n" (IPv4), "//n" (IPv6), or both.
      const m = /^(?::(.+?))?(?:\/(\d{1,2}))?(?:\/\/(\d{1,3}))?$/s.exec(args);
      return ok(
        m !== null &&
          (m[1] === undefined || isDomainSpec(m[1])) &&
          (m[2] === undefined || prefix(`/${m[2]}`, 32) !== null) &&
          (m[3] === undefined || prefix(`/${m[3]}`, 128) !== null),
      );
    }
    case 'ip4':
    case 'ip6': {
      const m = /^:([^/]+)(\/.*)?$/s.exec(args);
      const max = mechanism === 'ip4' ? 32 : 128;
      const bits = m ? prefix(m[2], max) : null;
      const address = m?.[1] ?? '';
      if (!m || bits === null || !(mechanism === 'ip4' ? IP4.test(address) : isIp6(address))) return syntax(term);
      return bits === 0 ? { kind: 'directive', qualifier, mechanism, openTo: 'every address' } : ok(true);
    }
    default:
      return { kind: 'error', why: `unknown mechanism '${term}' (RFC 7208 §4.6.1)` };
  }
}

/** The policy one domain's TXT records give mail from hosts it never listed. */
export function spfPolicyOf(txt: readonly string[]): SpfPolicy {
  const records = txt.filter(isSpfRecord);
  if (records.length === 0) return { kind: 'none' };
  // §4.5: more than one record is a permerror; no receiver picks one.
  if (records.length > 1)
    return { kind: 'permerror', why: `${records.length} SPF records, where RFC 7208 §4.5 allows one` };

  // §12: terms are separated by spaces (not tabs) and the record may end in spaces.
  const terms = records[0]!
    .slice('v=spf1'.length)
    .split(/ +/)
    .filter((t) => t !== '')
    .map((raw) => ({ raw, term: termOf(raw) }));
  // §4.6.1: a syntax error anywhere, even after `all`, is a permerror before anything is evaluated.
  const error = terms.find((t) => t.term.kind === 'error');
  if (error?.term.kind === 'error') return { kind: 'permerror', why: error.term.why };
  for (const name of ['redirect', 'exp'])
    if (terms.filter((t) => t.term.kind === 'modifier' && t.term.name === name).length > 1)
      return { kind: 'permerror', why: `'${name}=' twice (RFC 7208 §6)` };

  const directives = terms.flatMap((t) => (t.term.kind === 'directive' ? [{ raw: t.raw, ...t.term }] : []));
  const redirect = terms.find((t) => t.term.kind === 'modifier' && t.term.name === 'redirect');
  const allAt = directives.findIndex((d) => d.mechanism === 'all');
  // What an evaluation that reaches the end makes: the DNS terms before `all`, or all of them and the redirect.
  const reached = allAt < 0 ? directives : directives.slice(0, allAt);
  const total = reached.filter((d) => QUERIES_DNS.has(d.mechanism)).length + (allAt < 0 && redirect ? 1 : 0);
  const tooMany: SpfPolicy = {
    kind: 'permerror',
    why: `${total} terms that query DNS, more than the ${MAX_DNS_TERMS} RFC 7208 §4.6.4 allows`,
  };

  let lookups = 0;
  for (const d of directives) {
    if (QUERIES_DNS.has(d.mechanism) && ++lookups > MAX_DNS_TERMS) return tooMany;
    // Mail from an unlisted host is tested against each mechanism in turn (§4.6.2) until the first
    // match; `all` always matches, so what follows it is never reached (§5.1), a redirect= included (§6.1).
    if (d.mechanism === 'all') return { kind: 'all', qualifier: d.qualifier, term: d.raw };
    if (d.openTo && d.qualifier === '+')
      return { kind: 'passesAnyone', term: d.raw.startsWith('+') ? d.raw : `+${d.raw}` };
  }
  if (redirect?.term.kind !== 'modifier') return { kind: 'neutral' };
  return total > MAX_DNS_TERMS ? tooMany : { kind: 'redirect', target: redirect.term.value };
}
