import type { Evidence } from '../lib/engine/verdict/verdict';

/** A Graph value shown as text: strings as they are, everything else as compact JSON. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'not set';
  return JSON.stringify(value);
}

/**
 * A list of ids (a policy's excludeUsers, excludeRoles …) with the names other evidence entries give
 * them, "Name (id)", so an admin isn't left matching GUIDs; the list as Graph returned it when no id
 * has a name here.
 */
export function namedIds(value: unknown, names: ReadonlyMap<string, string>): string | undefined {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) return undefined;
  if (!value.some((v) => names.has(v))) return undefined;
  return value.map((v) => (names.has(v) ? `${names.get(v)} (${v})` : v)).join(', ');
}

/** The Graph objects that decided a verdict. Every string is rendered as text (Graph strings are untrusted). */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const names = new Map(evidence.flatMap((e) => (e.id && e.displayName ? [[e.id, e.displayName] as const] : [])));
  if (evidence.length === 0) return <p class="muted">No Graph objects were needed to reach this verdict.</p>;
  return (
    <ul class="evidence">
      {evidence.map((e, i) => (
        <li key={`${e.source}-${e.id ?? i}`}>
          <div class="ev-head">
            <span class="ev-name">{e.displayName ?? e.id ?? e.source}</span>
            <span class="muted">
              {' '}
              · {e.source}
              {e.id && e.displayName ? ` · ${e.id}` : ''}
            </span>
          </div>
          {e.note && <p class="ev-note">{e.note}</p>}
          <dl>
            {Object.entries(e.fields).map(([k, v]) => (
              <div key={k} class="ev-field">
                <dt>{k}</dt>
                <dd>
                  <code>{namedIds(v, names) ?? fieldText(v)}</code>
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
