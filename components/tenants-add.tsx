import { useState } from 'preact/hooks';
import { toggled } from './tenants-query';
import { shownDay } from '../lib/engine/format/dates';
import type { GdapCustomersView } from '../lib/messaging/partner-protocol';

/** Adds a customer tenant by id or verified domain; what the background refused is shown beside the field. */
export function AddTenantForm({ onAdd }: { onAdd: (query: string) => Promise<string | null> }) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="add-tenant"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onAdd(query.trim()).then((refused) => {
          setBusy(false);
          setError(refused);
          if (!refused) setQuery('');
        });
      }}
    >
      <label>
        Add a tenant{' '}
        <input
          value={query}
          placeholder="Tenant id or domain"
          aria-invalid={error !== null}
          aria-describedby={error ? 'add-tenant-error' : undefined}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit" disabled={busy || query.trim() === ''}>
        Add tenant
      </button>
      {error && (
        <span id="add-tenant-error" class="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

// "Add 0 customers" read as a count of nothing; until one is ticked the button just says what it does.
const addLabel = (n: number): string => (n === 0 ? 'Add customers' : n === 1 ? 'Add 1 customer' : `Add ${n} customers`);

/** The partner's GDAP customers, to pick from; when they can't be listed, why, with the consent link given. */
export function GdapCustomers(props: {
  view: GdapCustomersView | null;
  busy: boolean;
  onList: () => void;
  onAdd: (tenantIds: readonly string[]) => void;
}) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const { view } = props;
  const toggle = (id: string, on: boolean) => setPicked((p) => toggled(p, id, on));
  return (
    <section class="gdap" aria-label="GDAP customers">
      <button type="button" onClick={props.onList} disabled={props.busy}>
        List GDAP customers
      </button>
      {view && !view.ok && (
        <p class="error" role="alert">
          {view.reason}{' '}
          {view.consentUrl && (
            <a href={view.consentUrl} target="_blank" rel="noopener noreferrer">
              Grant admin consent
            </a>
          )}
        </p>
      )}
      {view?.ok && view.customers.length === 0 && <p class="muted">No active GDAP relationships.</p>}
      {view?.ok && view.customers.length > 0 && (
        <>
          <ul class="gdap-list">
            {view.customers.map((c) => (
              <li key={c.tenantId}>
                <label>
                  <input
                    type="checkbox"
                    disabled={c.added}
                    checked={c.added || picked.has(c.tenantId)}
                    onChange={(e) => toggle(c.tenantId, e.currentTarget.checked)}
                  />{' '}
                  {c.displayName} <span class="muted">({c.relationshipName}</span>
                  {c.endsAt && <span class="muted">, ends {shownDay(c.endsAt)}</span>}
                  <span class="muted">)</span>
                  {c.added && <span class="tag">Added</span>}
                </label>
              </li>
            ))}
          </ul>
          {view.customers.every((c) => c.added) ? (
            <p class="muted">Every one of them is on the list.</p>
          ) : (
            <button
              type="button"
              disabled={picked.size === 0}
              onClick={() => {
                props.onAdd([...picked]);
                setPicked(new Set());
              }}
            >
              {addLabel(picked.size)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
