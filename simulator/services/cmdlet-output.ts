/**
 * One cmdlet's output as the tenant holds it, narrowed by the parameters the allow-list lets a client
 * give (-Identity matching Identity or Name, -RecipientTypeDetails, -ResultSize), then cut into pages.
 */
import type { CmdletParameter } from '../../lib/graph/sources/cmdlet-allow-list';
import type { ServiceObject } from './service-data';

export type CmdletOutput =
  { readonly ok: true; readonly value: readonly ServiceObject[] } | { readonly ok: false; readonly identity: string };

const same = (a: unknown, b: string): boolean => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

const asList = (v: CmdletParameter): readonly string[] =>
  Array.isArray(v) ? (v as readonly string[]) : typeof v === 'string' ? v.split(',').map((s) => s.trim()) : [String(v)];

/** The objects `parameters` select; an -Identity that matches nothing is Exchange's "couldn't find". */
export function selectOutput(
  all: readonly ServiceObject[],
  parameters: Readonly<Record<string, CmdletParameter>>,
): CmdletOutput {
  let value = all;
  const identity = parameters['Identity'];
  if (identity !== undefined) {
    const wanted = String(identity);
    value = value.filter((o) => same(o['Identity'], wanted) || same(o['Name'], wanted));
    if (value.length === 0) return { ok: false, identity: wanted };
  }
  const types = parameters['RecipientTypeDetails'];
  if (types !== undefined) {
    const wanted = asList(types);
    value = value.filter((o) => wanted.some((t) => same(o['RecipientTypeDetails'], t)));
  }
  const size = parameters['ResultSize'];
  if (size !== undefined && !same(size, 'Unlimited')) {
    const n = Number(size);
    if (Number.isInteger(n) && n >= 0) value = value.slice(0, n);
  }
  return { ok: true, value };
}

/** InvokeCommand's page size: `Prefer: odata.maxpagesize=N`, at most 1000 (the clients all ask for 1000). */
export function pageSize(prefer: string | undefined): number {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer ?? '');
  const n = m?.[1] === undefined ? 1000 : Number(m[1]);
  return Math.min(Math.max(n, 1), 1000);
}
