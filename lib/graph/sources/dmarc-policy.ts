/**
 * DMARC records read as a receiving mail server reads them (RFC 7489), for one question: what does a
 * receiver do with mail that fails DMARC? Pure: TXT strings in, policy out.
 * https://www.rfc-editor.org/rfc/rfc7489
 */

export type Disposition = 'none' | 'quarantine' | 'reject';

/** What the TXT records at one `_dmarc.` name give a receiver. */
export type DmarcPolicy =
  /** No DMARC record here: the organizational domain's applies, if any (§6.6.3 step 3). */
  | { readonly kind: 'none' }
  /** Records a receiver can't rely on: no policy, or one receivers read differently. `why` names the rule. */
  | { readonly kind: 'invalid'; readonly why: string }
  /**
   * One policy record. `sp` absent: `p` applies to subdomains too (§6.3). `asNone` when `p` is 'none'
   * only because the record's `p=`/`sp=` was invalid and it asks for reports (§6.6.3 step 6).
   */
  | {
      readonly kind: 'policy';
      readonly p: Disposition;
      readonly sp?: Disposition;
      readonly pct: number;
      readonly asNone?: string;
    };

// §6.4: dmarc-version = "v" *WSP "=" *WSP %x44 %x4d %x41 %x52 %x43 %x31, then a separator: the tag name
// is ABNF text (any case), "DMARC1" is hex, so exactly upper case.
const EXACT = /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(;|$)/;
const LOOSE = /^\s*v\s*=\s*dmarc1\s*(;|$)/i;

/** Whether a TXT record looks like a DMARC record, exactly or nearly (a receiver might read it). */
export const looksLikeDmarc = (txt: string): boolean => LOOSE.test(txt);

const DISPOSITIONS = new Set<string>(['none', 'quarantine', 'reject']);
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'rua', 'ruf', 'adkim', 'aspf', 'ri', 'fo', 'rf', 'pct']);
// §6.4 dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ], comma-separated.
const URI = /^[a-z][a-z0-9+.-]*:[^\s,!]+(![0-9]+[kmgt]?)?$/i;

/** The policy the TXT records at one `_dmarc.` name give receivers. */
export function dmarcPolicyOf(txt: readonly string[]): DmarcPolicy {
  const near = txt.filter(looksLikeDmarc);
  if (near.length === 0) return { kind: 'none' };
  // §6.6.3 step 5: several records end discovery with no policy; counted before the exact check, since a
  // receiver that reads a near-miss too would see two.
  if (near.length > 1)
    return { kind: 'invalid', why: `${near.length} DMARC records, so receivers apply none of them (RFC 7489 §6.6.3)` };
  const record = near[0]!;
  if (!EXACT.test(record)) {
    const start = /^\s*v\s*=\s*[^;\s]*/i.exec(record)?.[0].trim() ?? record;
    return {
      kind: 'invalid',
      why: `a record starting '${start}', where RFC 7489 §6.3 requires exactly 'v=DMARC1', so receivers may ignore it`,
    };
  }

  const tags: Array<{ name: string; value: string }> = [];
  for (const part of record.split(';').slice(1)) {
    const m = /^[ \t]*([A-Za-z][A-Za-z0-9_]*)[ \t]*=[ \t]*(.*?)[ \t]*$/s.exec(part);
    // §6.3: syntax errors in the remainder are ignored; unknown tags too.
    if (m) tags.push({ name: m[1]!.toLowerCase(), value: m[2]! });
  }
  for (const name of KNOWN_TAGS)
    if (tags.filter((t) => t.name === name).length > 1)
      return {
        kind: 'invalid',
        why: `'${name}=' twice, where RFC 7489 §6.4 allows each tag once, so receivers differ on which applies`,
      };
  const tag = (name: string): string | undefined => tags.find((t) => t.name === name)?.value;

  const pctText = tag('pct');
  if (pctText !== undefined && !(/^\d{1,3}$/.test(pctText) && Number(pctText) <= 100))
    return {
      kind: 'invalid',
      why: `'pct=${pctText}', which is not an integer from 0 to 100 (RFC 7489 §6.3), so receivers may use 100 or ignore the record`,
    };
  const pct = pctText === undefined ? 100 : Number(pctText);

  // §6.3: "v" and "p" MUST be present and in that order; §6.4 puts p right after v.
  const p = tag('p')?.toLowerCase();
  const sp = tag('sp')?.toLowerCase();
  const problem =
    p === undefined
      ? "no 'p='"
      : tags[0]?.name !== 'p'
        ? `'p=${tag('p')}' is not the tag right after 'v=DMARC1'`
        : !DISPOSITIONS.has(p)
          ? `'p=${tag('p')}'`
          : sp !== undefined && !DISPOSITIONS.has(sp)
            ? `'sp=${tag('sp')}'`
            : undefined;
  if (problem === undefined)
    return { kind: 'policy', p: p as Disposition, ...(sp !== undefined ? { sp: sp as Disposition } : {}), pct };

  // §6.6.3 step 6: with a valid reporting address, act as if p=none; otherwise no DMARC at all.
  const what = problem.startsWith('no ') ? problem : `no valid 'p=' (${problem})`;
  const rua = tag('rua');
  if (rua !== undefined && rua.split(',').some((u) => URI.test(u.trim())))
    return {
      kind: 'policy',
      p: 'none',
      pct,
      asNone: `${what}, so receivers treat it as 'p=none' (RFC 7489 §6.6.3)`,
    };
  return { kind: 'invalid', why: `${what} and no valid 'rua=', so receivers apply no DMARC (RFC 7489 §6.6.3)` };
}

/** Parents looked up for the organizational domain, at most; deeper names make the check unsure. */
export const MAX_ORG_PARENTS = 4;

/**
 * Where a domain's organizational domain (RFC 7489 §3.2: the public suffix plus one label) can be,
 * without the public suffix list (not available offline, and a moving target): a name of one label is
 * always a public suffix, and a name the tenant verified in Entra is taken as not one, since the
 * tenant proved it controls it. So the organizational domain is the domain itself (`selfPossible`) or
 * a parent of at least two labels at or above its shortest verified parent: `parents`, nearest the
 * root first, at most `MAX_ORG_PARENTS`; `beyond` is the first one left out, when any is.
 */
export function orgDomainCandidates(
  domain: string,
  verified: readonly string[],
): { parents: string[]; selfPossible: boolean; beyond?: string } {
  const normal = (s: string): string => s.toLowerCase().replace(/\.$/, '');
  const labels = normal(domain).split('.');
  const known = new Set(verified.map(normal));
  const names = labels.map((_, i) => labels.slice(i).join('.')).slice(0, -1); // self first, down to two labels
  let shortest = 0;
  for (let i = names.length - 1; i > 0; i--)
    if (known.has(names[i]!)) {
      shortest = i;
      break;
    }
  const all = names.slice(Math.max(shortest, 1)).reverse();
  const parents = all.slice(0, MAX_ORG_PARENTS);
  const beyond = all[MAX_ORG_PARENTS];
  return { parents, selfPossible: shortest === 0, ...(beyond !== undefined ? { beyond } : {}) };
}
