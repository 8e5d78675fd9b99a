/**
 * Reading and changing the active tenant's dispositions on behalf of a page. Each change is checked
 * here again (the page checked it too) and dated by the scored state's clock.
 */
import { checkDisposition, checkReviewNote, type DispositionRecord } from '../engine/history/dispositions';
import { activeTenantOf, nowOf, type ActiveTenant, type ScoredStateDeps } from './scored-reads';

/** Who records a change, given whether the tenant is the demo. */
export type RecordedBy = (demo: boolean) => Promise<string>;

async function requireTenant(deps: ScoredStateDeps): Promise<ActiveTenant> {
  const t = await activeTenantOf(deps);
  if (!t) throw new Error('Scan a tenant first: dispositions belong to a tenant.');
  return t;
}

export async function getForActiveTenant(deps: ScoredStateDeps, controlId: string): Promise<DispositionRecord | null> {
  const t = await requireTenant(deps);
  return (await (await deps.dispositions()).get(t.id, controlId)) ?? null;
}

/** Records a disposition for a control of the latest scan; throws the sentence to show. */
export async function setForActiveTenant(
  deps: ScoredStateDeps,
  controlId: string,
  input: unknown,
  recordedBy: RecordedBy,
): Promise<void> {
  const t = await requireTenant(deps);
  const at = nowOf(deps);
  const checked = checkDisposition(input, at.slice(0, 10));
  if (!checked.ok) throw new Error(Object.values(checked.errors).join(' '));
  const latest = await (await deps.scans()).latestScan(t.id);
  if (latest && !latest.controls.some((c) => c.id === controlId)) {
    throw new Error(`The latest scan has no control '${controlId}'.`);
  }
  if (latest?.controls.some((c) => c.id === controlId && c.review)) {
    throw new Error(`'${controlId}' is a review: mark it Reviewed instead.`);
  }
  await (await deps.dispositions()).set(t.id, controlId, checked.value, await recordedBy(t.demo), at);
}

/**
 * Marks a review control of the latest scan Reviewed, with the admin's note, dated by the scored
 * state's clock and recorded as the signed-in account: the page sends only the control and the note.
 */
export async function markReviewedForActiveTenant(
  deps: ScoredStateDeps,
  controlId: string,
  note: unknown,
  recordedBy: RecordedBy,
): Promise<void> {
  const t = await requireTenant(deps);
  const checked = checkReviewNote(note);
  if (!checked.ok) throw new Error(checked.error);
  const latest = await (await deps.scans()).latestScan(t.id);
  if (!latest?.controls.some((c) => c.id === controlId && c.review)) {
    throw new Error(`The latest scan has no review control '${controlId}'.`);
  }
  await (await deps.dispositions()).set(t.id, controlId, checked.value, await recordedBy(t.demo), nowOf(deps));
}

export async function clearForActiveTenant(
  deps: ScoredStateDeps,
  controlId: string,
  recordedBy: RecordedBy,
): Promise<void> {
  const t = await requireTenant(deps);
  await (await deps.dispositions()).clear(t.id, controlId, await recordedBy(t.demo), nowOf(deps));
}
