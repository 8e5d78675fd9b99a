/**
 * `--tenants tenants.json` (issue 16 §5): an array of tenants to scan, each checked before anything is
 * read from Graph, every mistake reported at once with the line it is on, so one edit fixes them all.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../scan-args';
import { keyLine, lineAt, syntaxErrorLine, topLevelElementOffsets } from './json-lines';

/** One tenant of a fleet, as tenants.json or `--tenant` gave it. */
export interface FleetEntry {
  /** Names its report files and its row in the summary. */
  readonly name: string;
  /** The tenant id (GUID) or a verified domain, lower-cased. A GUID is checked against what Graph answers. */
  readonly tenant: string;
  /** Graph root instead of the run's `--graph-url`/`--cloud` (no trailing slash). */
  readonly graphUrl?: string;
  /** DNS-over-HTTPS resolver instead of the run's `--doh-url`. */
  readonly dohUrl?: string;
  /** The token itself (tests, the simulator); see README for why a file is the worst place for one. */
  readonly token?: string;
  /** The environment variable holding the token. */
  readonly tokenEnv?: string;
  /** A command run without a shell, argv[0] first, that prints the token; `{tenant}` in an argument is replaced. */
  readonly tokenCommand?: readonly string[];
  /** Where it was given, for messages: `tenants.json:3` or `--tenant`. */
  readonly from: string;
}

const FIELDS = ['name', 'tenant', 'graphUrl', 'dohUrl', 'token', 'tokenEnv', 'tokenCommand'] as const;
type Field = (typeof FIELDS)[number];

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL = '(?!-)[a-z0-9-]{1,63}(?<!-)';
const DOMAIN = new RegExp(`^(?=.{1,253}$)${LABEL}(\\.${LABEL})+$`, 'i');
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A tenant id or domain as given, or why not. */
export function tenantProblem(tenant: string): string | undefined {
  return GUID.test(tenant) || DOMAIN.test(tenant)
    ? undefined
    : `must be a tenant id (a GUID) or a domain such as contoso.onmicrosoft.com, not '${tenant}'`;
}

/** The file-name stem of a tenant's reports: its name, lower-cased, anything but letters, digits, `.`, `_`, `-` as `-`. */
export const fileStem = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+|-+$/g, '') || 'tenant';

const isHttpUrl = (s: string): boolean => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol);

/** Each field's problem with `value`, or undefined when it is fine. */
const checks: Record<Field, (value: unknown) => string | undefined> = {
  name: (v) =>
    typeof v === 'string' && v.trim() !== '' && v.length <= 100 ? undefined : 'must be a text of 1 to 100 characters',
  tenant: (v) => (typeof v === 'string' ? tenantProblem(v.trim()) : 'must be a tenant id (a GUID) or a domain'),
  graphUrl: (v) => (typeof v === 'string' && isHttpUrl(v) ? undefined : 'must be an http(s) URL'),
  dohUrl: (v) => (typeof v === 'string' && isHttpUrl(v) ? undefined : 'must be an http(s) URL'),
  token: (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty text'),
  tokenEnv: (v) =>
    typeof v === 'string' && ENV_NAME.test(v) ? undefined : 'must be an environment variable name, e.g. TOKEN_CONTOSO',
  tokenCommand: (v) =>
    Array.isArray(v) && v.length > 0 && v.every((a) => typeof a === 'string') && v[0] !== ''
      ? undefined
      : 'must be an array of arguments, program first, e.g. ["az", "account", "get-access-token", "--tenant", "{tenant}"]: it is run without a shell',
};

/** One entry's problems, each with its line; the entry when it has none. */
function checkEntry(text: string, file: string, start: number, end: number, value: unknown): FleetEntry | string[] {
  const at = (key?: string) => `${file}:${key ? keyLine(text, start, end, key) : lineAt(text, start)}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return [`${at()}: each tenant must be an object such as {"name": "Contoso", "tenant": "contoso.onmicrosoft.com"}.`];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record))
    if (!(FIELDS as readonly string[]).includes(key))
      problems.push(`${at(key)}: unknown field "${key}" (known: ${FIELDS.join(', ')}).`);
  for (const key of ['name', 'tenant'] as const)
    if (record[key] === undefined) problems.push(`${at()}: "${key}" is missing.`);
  for (const key of FIELDS) {
    const problem = record[key] === undefined ? undefined : checks[key](record[key]);
    if (problem) problems.push(`${at(key)}: "${key}" ${problem}.`);
  }
  if (problems.length > 0) return problems;
  const s = (k: Field) => (typeof record[k] === 'string' ? record[k].trim() : undefined);
  return {
    name: s('name') ?? '',
    tenant: (s('tenant') ?? '').toLowerCase(),
    ...(s('graphUrl') ? { graphUrl: s('graphUrl')!.replace(/\/+$/, '') } : {}),
    ...(s('dohUrl') ? { dohUrl: s('dohUrl') } : {}),
    ...(s('token') ? { token: s('token') } : {}),
    ...(s('tokenEnv') ? { tokenEnv: s('tokenEnv') } : {}),
    ...(Array.isArray(record.tokenCommand) ? { tokenCommand: record.tokenCommand as string[] } : {}),
    from: at(),
  };
}

/** The tenants of a tenants.json text; a UsageError listing every problem, each with its line. */
export function parseTenantsText(text: string, file: string): FleetEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const line = syntaxErrorLine(text, message);
    throw new UsageError(`${file}${line === undefined ? '' : `:${line}`}: not valid JSON (${message}).`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0)
    throw new UsageError(`${file}: must be a non-empty array of tenants, e.g. [{"name": "Contoso", "tenant": "…"}].`);
  const starts = topLevelElementOffsets(text);
  const checked = parsed.map((v, i) => checkEntry(text, file, starts[i] ?? 0, starts[i + 1] ?? text.length, v));
  const problems = checked.flatMap((c) => (Array.isArray(c) ? c : []));
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return checked as FleetEntry[];
}

/** Reads and checks tenants.json; an unreadable file is a UsageError naming it. */
export function readTenantsFile(path: string): FleetEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--tenants ${path}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
  }
  return parseTenantsText(text, path);
}

/** Two entries with the same tenant or the same report file name: a UsageError naming both places. */
export function checkDistinct(entries: readonly FleetEntry[]): void {
  const problems: string[] = [];
  const seen = new Map<string, FleetEntry>();
  for (const e of entries)
    for (const [key, what] of [
      [`tenant:${e.tenant}`, `tenant ${e.tenant}`],
      [`file:${fileStem(e.name)}`, `report name '${fileStem(e.name)}' (from "${e.name}")`],
    ] as const) {
      const first = seen.get(key);
      if (first) problems.push(`${e.from}: ${what} is already given at ${first.from}.`);
      else seen.set(key, e);
    }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
}
