import { useState } from 'preact/hooks';
import type { Template } from '../lib/engine/partner/template';
import type { ApplyTemplateResult } from '../lib/messaging/partner-protocol';

/** A tenant chosen on the overview. */
export interface SelectedTenant {
  readonly tenantId: string;
  readonly name: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * "Apply to N selected tenants": a confirmation listing them and what will be recorded, then what
 * happened (applied, refused with why). Nothing is applied before the partner confirms.
 */
export function TemplateApply({
  template,
  selected,
  onApply,
}: {
  template: Template;
  selected: readonly SelectedTenant[];
  /** Rejects with the sentence to show (not signed in, the template can't be applied). */
  onApply: (templateId: string, tenantIds: readonly string[]) => Promise<ApplyTemplateResult>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ApplyTemplateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nameOf = new Map(selected.map((t) => [t.tenantId.toLowerCase(), t.name]));
  const shown = (id: string) => nameOf.get(id.toLowerCase()) ?? id;
  const label = `Apply to ${plural(selected.length, 'selected tenant')}`;

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(
        await onApply(
          template.id,
          selected.map((t) => t.tenantId),
        ),
      );
      setConfirming(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="template-apply">
      <button
        type="button"
        aria-label={`${label}: “${template.name}”`}
        disabled={selected.length === 0 || busy}
        onClick={() => {
          setResult(null);
          setConfirming(true);
        }}
      >
        {label}
      </button>
      {selected.length === 0 && <span class="muted"> Select tenants on the overview first.</span>}
      {confirming && (
        <div class="template-confirm" role="group" aria-label={`Apply “${template.name}”`}>
          <p>
            Apply “{template.name}” to {plural(selected.length, 'tenant')}? Its{' '}
            {plural(template.dispositions.length, 'disposition')} will be recorded on each as you, now.
          </p>
          <ul>
            {selected.map((t) => (
              <li key={t.tenantId}>{t.name}</li>
            ))}
          </ul>
          <button type="button" class="primary" onClick={() => void apply()} disabled={busy}>
            Apply
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div role="status">
          {result.applied.length > 0 && <p>Applied to {result.applied.map((a) => shown(a.tenantId)).join(', ')}.</p>}
          {result.refused.length > 0 && (
            <ul class="field-error">
              {result.refused.map((r) => (
                <li key={r.tenantId}>
                  Not applied to {shown(r.tenantId)}: {r.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
