import { useState } from 'preact/hooks';
import { relativeTime, shownDate } from '../lib/engine/format/dates';
import { bandOf } from '../lib/engine/score/score-band';
import type { Lens } from '../lib/engine/score/frameworks';
import type { TenantRow, TenantScanStatus } from '../lib/messaging/partner-protocol';
import { TenantAccessCell } from './tenant-access';
import { isStale, scoreThrough } from './tenants-query';
import { TenantSparkline } from './tenants-sparkline';

export interface TenantRowActions {
  onToggle: (tenantId: string, on: boolean) => void;
  /** Opens the tenant's own dashboard. */
  onOpen: (tenantId: string) => void;
  onCancel: (tenantId: string) => void;
  onRemove: (tenantId: string) => void;
  /** Opens the tenant's printable report (its dashboard's print view, with the partner's name). */
  onReport: (tenantId: string) => void;
}

const KIND: Record<TenantRow['kind'], string | null> = { home: null, customer: 'Customer', demo: 'Demo' };
/** Tenants "Scan selected" can scan: real ones (the demo is scanned from its own dashboard). */
export const isScannable = (row: TenantRow): boolean => row.kind !== 'demo';

function ScoreCell({ row, lens }: { row: TenantRow; lens: Lens }) {
  const score = scoreThrough(row, lens);
  if (score === null) return <td class="num muted">{row.latest ? 'No points' : '—'}</td>;
  const band = bandOf(score);
  return (
    <td class="num">
      <span class={`band-dot band-${band.id}`} aria-hidden="true" />
      <strong>{score}%</strong> <span class={`band-word band-text-${band.id}`}>{band.label}</span>
    </td>
  );
}

function ChangeCell({ change }: { change: number | null }) {
  if (change === null) return <td class="num muted">—</td>;
  const text = change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0';
  return <td class={`num change ${change < 0 ? 'down' : change > 0 ? 'up' : ''}`}>{text} pts</td>;
}

function RegressionCell({ row }: { row: TenantRow }) {
  const worst = row.worstRegression;
  if (!worst) return <td class="muted">{row.change === null ? '—' : 'None'}</td>;
  const lost = `−${Math.round(worst.pointsLost * 10) / 10} pts`;
  return (
    <td>
      {row.shown ? <a href={`#control=${encodeURIComponent(worst.controlId)}`}>{worst.title}</a> : worst.title}{' '}
      <span class="muted">{lost}</span>
      {row.regressions > 1 && <span class="muted"> (+{row.regressions - 1} more)</span>}
    </td>
  );
}

function ScanCell({
  status,
  name,
  onCancel,
}: {
  status: TenantScanStatus | undefined;
  name: string;
  onCancel: () => void;
}) {
  if (!status) return <td />;
  const active = status.state === 'queued' || status.state === 'running';
  const words: Record<TenantScanStatus['state'], string> = {
    queued: 'Queued',
    running: 'Scanning',
    done: 'Scanned',
    failed: 'Failed',
    cancelled: 'Cancelled',
    needsConsent: 'Needs consent',
  };
  return (
    <td class="scan-cell">
      <span>{words[status.state]}</span>
      {status.state === 'running' && status.progress && (
        <>
          {' '}
          <progress
            max={status.progress.total}
            value={status.progress.done}
            aria-label={`Scan of ${name}: ${status.progress.done} of ${status.progress.total} requests`}
          />{' '}
          <span class="muted">
            {status.progress.done}/{status.progress.total}
          </span>
        </>
      )}
      {status.message && <span class="muted access-reason">{status.message}</span>}
      {active && (
        <button type="button" class="link-button" onClick={onCancel} aria-label={`Cancel the scan of ${name}`}>
          Cancel
        </button>
      )}
    </td>
  );
}

function RemoveAction({ name, onRemove }: { name: string; onRemove: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="link-button" onClick={() => setAsking(true)} aria-label={`Remove ${name}`}>
        Remove
      </button>
    );
  return (
    <span class="confirm" role="group" aria-label={`Remove ${name}?`}>
      Remove from the list? Its history stays.{' '}
      <button type="button" onClick={onRemove}>
        Remove {name}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}

/** One tenant: everything on its row is its own, scored with its own dispositions. */
export function TenantsRow(props: {
  row: TenantRow;
  lens: Lens;
  staleAfterDays: number;
  now: number;
  selected: boolean;
  scan: TenantScanStatus | undefined;
  actions: TenantRowActions;
}) {
  const { row, lens, actions } = props;
  const kind = KIND[row.kind];
  return (
    <tr class={row.shown ? 'shown' : undefined}>
      <td class="pick">
        <input
          type="checkbox"
          checked={props.selected}
          disabled={!isScannable(row)}
          aria-label={`Select ${row.name}`}
          onChange={(e) => actions.onToggle(row.tenantId, e.currentTarget.checked)}
        />
      </td>
      <th scope="row" class="tenant-name">
        <button type="button" class="link-button" onClick={() => actions.onOpen(row.tenantId)} title={row.tenantId}>
          {row.name}
        </button>
        {kind && <span class="tag">{kind}</span>}
        {row.shown && <span class="tag">Shown</span>}
        {row.problem && <span class="row-problem">{row.problem}</span>}
      </th>
      <ScoreCell row={row} lens={lens} />
      <ChangeCell change={row.change} />
      <td>
        <TenantSparkline points={row.sparkline} />
      </td>
      <RegressionCell row={row} />
      <td class="num">{row.latest ? row.latest.failing : '—'}</td>
      <td>{row.latest ? (row.latest.licence ?? <span class="muted">Unknown</span>) : '—'}</td>
      <td>
        {row.latest ? (
          <>
            {relativeTime(row.latest.scannedAt, props.now)}{' '}
            <span class="muted">({shownDate(row.latest.scannedAt)})</span>
            {isStale(row, props.staleAfterDays, props.now) && <span class="tag stale">Stale</span>}
          </>
        ) : (
          <span class="muted">Not scanned yet</span>
        )}
      </td>
      <td>
        <TenantAccessCell access={row.access} name={row.name} />
      </td>
      <td>
        {row.templates.length > 0 ? row.templates.map((t) => t.templateName).join(', ') : <span class="muted">—</span>}
      </td>
      <ScanCell status={props.scan} name={row.name} onCancel={() => actions.onCancel(row.tenantId)} />
      <td class="row-actions">
        {row.latest && (
          <button
            type="button"
            class="link-button"
            onClick={() => actions.onReport(row.tenantId)}
            aria-label={`Printable report for ${row.name}`}
          >
            Report
          </button>
        )}{' '}
        {row.kind === 'customer' && <RemoveAction name={row.name} onRemove={() => actions.onRemove(row.tenantId)} />}
      </td>
    </tr>
  );
}
