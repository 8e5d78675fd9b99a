/**
 * Controls Microsoft Graph can't decide (Exchange Online, Security & Compliance, SharePoint and Teams
 * settings that only their PowerShell modules or admin centers show). They stay in the catalogue with
 * full metadata, but their verdict is always `manual`: what to check and where, never a guess. A
 * manual control is out of the available points (score.ts), and a tenant without its licence still
 * gets `notLicensed` (run-control decides that before evaluate runs).
 */
import type { Control, ControlMeta } from './control';
import type { ManualCheck } from './manual-check';
import type { Verdict } from './verdict';

export type ManualControlMeta = Omit<ControlMeta, 'manualCheck'> & { readonly check: ManualCheck };

/** Its sentence: Graph can't read it, and the first thing to check, where. */
export function manualReason(check: ManualCheck, fixAtTitle: string): string {
  const first = (check.what[0] ?? 'the setting').replace(/\.$/, '');
  const more = check.what.length > 1 ? ` (and ${check.what.length - 1} more)` : '';
  const where = check.how === 'powershell' ? 'PowerShell' : fixAtTitle;
  return `Microsoft Graph can't read this setting, so check it in ${where}: ${first}${more}.`;
}

export function defineManualControl({ check, ...meta }: ManualControlMeta): Control<Record<string, never>> {
  const verdict: Verdict = { status: 'manual', score: 0, reason: manualReason(check, meta.fixAt.title), evidence: [] };
  return Object.freeze({
    ...meta,
    manualCheck: Object.freeze({ ...check, what: Object.freeze([...check.what]) }),
    sources: {},
    evaluate: () => verdict,
  });
}

/** The check as one line of plain text, for CSV cells and terminals: "a; b (run: Get-X | Format-List A)". */
export function manualCheckText(check: ManualCheck): string {
  const what = check.what.map((w) => w.replace(/\.$/, '')).join('; ');
  return check.command ? `${what} (run: ${check.command})` : what;
}

/**
 * True for a control whose verdict is always `manual`: it reads nothing. A control read from an admin
 * service (issue 17) also carries a check by hand, for scans that don't read its service, but isn't one.
 */
export function isManualControl<C extends ControlMeta & { readonly sources: object }>(
  c: C,
): c is C & { readonly manualCheck: ManualCheck } {
  return c.manualCheck !== undefined && Object.keys(c.sources).length === 0;
}
