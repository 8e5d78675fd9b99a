import type { DeclaredAccount } from '../lib/engine/scan/declarations';
import { LIST_LABEL, type ListName } from './declarations-labels';

/** One list of declared accounts, each with its name, kind, object id, reason, scope and a remove button. */
export function DeclaredAccountList({
  list,
  accounts,
  busy,
  onRemove,
}: {
  list: ListName;
  accounts: readonly DeclaredAccount[];
  busy: boolean;
  onRemove: (id: string) => void;
}) {
  if (accounts.length === 0) return <p class="muted">None declared.</p>;
  return (
    <ul class="declared-accounts" aria-label={LIST_LABEL[list]}>
      {accounts.map((a) => (
        <li key={a.id}>
          <div class="declared-head">
            <strong>{a.displayName ?? 'Unnamed'}</strong>
            <span class="tag">{a.kind === 'user' ? 'user' : 'group'}</span>
            <code>{a.id}</code>
          </div>
          <p class="declared-reason">{a.reason}</p>
          <p class="muted declared-scope">
            {a.controls?.length ? `Only for ${a.controls.join(', ')}` : 'For every control that judges exclusions'}
          </p>
          <button type="button" disabled={busy} onClick={() => onRemove(a.id)}>
            Remove {a.displayName ?? a.id}
          </button>
        </li>
      ))}
    </ul>
  );
}
