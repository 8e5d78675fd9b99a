import type { MicrosoftSection } from '../lib/engine/secure-score/microsoft-verdict';
import { microsoftStatusLabel } from './microsoft-status-label';
import { statusLabel } from '../lib/engine/verdict/status-words';

const KIND_LABEL = {
  stale: 'Microsoft measured earlier',
  rule: 'Different rule',
  licence: 'Licence difference',
} as const;

/** Where our verdicts and Microsoft's disagree, each with the likely reason; a link opens the control. */
export function MicrosoftDifferences({
  microsoft,
  onSelect,
}: {
  microsoft: MicrosoftSection | undefined;
  onSelect: (id: string) => void;
}) {
  if (!microsoft?.available) return null;
  return (
    <section class="microsoft-differences" aria-labelledby="h-ms-diff">
      <h2 id="h-ms-diff">Differences with Microsoft</h2>
      {microsoft.differences.length === 0 ? (
        <p class="muted">Microsoft Secure Score agrees with every verdict both of us made.</p>
      ) : (
        <ul>
          {microsoft.differences.map((d) => (
            <li key={d.controlId}>
              <button type="button" class="link" onClick={() => onSelect(d.controlId)}>
                {d.title}
              </button>{' '}
              <span class="tag">{KIND_LABEL[d.kind]}</span>
              <p class="muted">
                Posture Lens: {statusLabel[d.ours]} · Microsoft: {microsoftStatusLabel(d.theirs)}
              </p>
              <p>{d.explanation}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
