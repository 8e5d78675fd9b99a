import type { DeclaredAccount, Declarations } from '../lib/engine/scan/declarations';
import { declarationsSentence, sameDeclarations } from '../lib/engine/scan/declarations-summary';

export interface ScanDeclarationsProps {
  /** What the scan recorded; undefined for scans stored before declarations were recorded. */
  recorded: Declarations | undefined;
  /** The tenant's declarations now; null while unknown. */
  current: Declarations | null;
  /** The settings section where they are edited. */
  settingsHref: string;
  /** The tenant's saved declarations couldn't be read (they count as none): the sentence to show. */
  problem?: string | null;
}

function Account({ a, as }: { a: DeclaredAccount; as: string }) {
  return (
    <li>
      {as}: {a.displayName ?? a.id} ({a.kind}, <code>{a.id}</code>) — {a.reason}
      {a.controls?.length ? ` (only ${a.controls.join(', ')})` : ''}
    </li>
  );
}

/**
 * The scan summary's line on declarations: which ones its verdicts were judged against (each account and
 * reason, so an accepted exclusion traces back to its declaration), and whether they changed since.
 */
export function ScanDeclarations({ recorded, current, settingsHref, problem }: ScanDeclarationsProps) {
  const accounts = [
    ...(recorded?.emergencyAccess ?? []).map((a) => ({ a, as: 'Emergency access' })),
    ...(recorded?.exemptions ?? []).map((a) => ({ a, as: 'Exemption' })),
  ];
  const changed = current !== null && !sameDeclarations(recorded, current);
  return (
    <div class="scan-declarations">
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <p class="muted">
        {declarationsSentence(recorded)}
        {changed && ' Your declarations changed since this scan: they apply from the next one.'}{' '}
        <a href={settingsHref}>Exclusions you sanction</a>
      </p>
      {accounts.length > 0 && (
        <details>
          <summary>Declared accounts</summary>
          <ul aria-label="Declarations this scan was judged against">
            {accounts.map(({ a, as }) => (
              <Account key={a.id} a={a} as={as} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Beside "what changed": the two scans compared were judged against different declarations. */
export function DeclarationsChangedNote({ changed }: { changed: boolean }) {
  if (!changed) return null;
  return (
    <p class="muted" role="note">
      These two scans were judged against different declarations: some changes may come from the declarations, not from
      the tenant.
    </p>
  );
}
