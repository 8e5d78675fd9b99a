import type { DirectoryNames } from '../lib/engine/scan/directory-names';
import type { Evidence } from '../lib/engine/verdict/verdict';
import { fieldLabel } from './evidence-label';
import { EvidenceValue, type IdNames } from './evidence-value';

/**
 * Names by lower-case id: the names evidence entries give themselves ("role Global Administrator"),
 * then the scan's directory names over them, which name the object itself.
 */
export function idNames(evidence: readonly Evidence[], names: DirectoryNames | undefined): IdNames {
  const byId = new Map<string, string>();
  for (const e of evidence) if (e.id && e.displayName) byId.set(e.id.toLowerCase(), e.displayName);
  for (const [id, n] of Object.entries(names ?? {})) byId.set(id.toLowerCase(), n.name);
  return byId;
}

/** Whether a field decided the verdict: the ones the entry lists in `decidedBy`, or every field when it lists none. */
function decided(e: Evidence, field: string): boolean {
  return e.decidedBy ? e.decidedBy.includes(field) : true;
}

/** One Graph object as a named table: caption, then a row per field, the deciding ones marked. */
function EvidenceTable({ e, names }: { e: Evidence; names: IdNames }) {
  const fields = Object.entries(e.fields);
  return (
    <table class="ev-table">
      <caption>
        <span class="ev-name">{e.displayName ?? e.id ?? e.source}</span>
        <span class="muted">
          {' '}
          · {e.source}
          {e.id && e.displayName ? ` · ${e.id}` : ''}
        </span>
        {e.note && <span class="ev-note">{e.note}</span>}
      </caption>
      {fields.length > 0 && (
        <tbody>
          {fields.map(([k, v]) => {
            const decides = decided(e, k);
            return (
              <tr key={k} class={decides ? 'ev-decided' : undefined}>
                <th scope="row" title={k}>
                  <span class="ev-label">{fieldLabel(k)}</span>
                  {decides && (
                    <span class="ev-tag">
                      decided<span class="visually-hidden"> the verdict</span>
                    </span>
                  )}
                </th>
                <td>
                  <EvidenceValue value={v} names={names} />
                </td>
              </tr>
            );
          })}
        </tbody>
      )}
    </table>
  );
}

/**
 * The Graph objects that decided a verdict, one named table each, ids shown with the names the scan
 * read. Every string is rendered as text (Graph strings are untrusted).
 */
export function EvidenceList({
  evidence,
  names,
  namesUnreadable,
}: {
  evidence: readonly Evidence[];
  /** The scan's directory names (absent in scans stored before names were read). */
  names?: DirectoryNames;
  /** Why the scan couldn't read some names: said once, above the tables. */
  namesUnreadable?: string;
}) {
  if (evidence.length === 0) return <p class="muted">No Graph objects were needed to reach this verdict.</p>;
  const byId = idNames(evidence, names);
  return (
    <div class="evidence">
      {namesUnreadable && (
        <p class="muted ev-unreadable">
          Some names could not be read ({namesUnreadable}): those ids are shown as Graph returned them.
        </p>
      )}
      {evidence.map((e, i) => (
        <EvidenceTable key={`${e.source}-${e.id ?? i}`} e={e} names={byId} />
      ))}
    </div>
  );
}
