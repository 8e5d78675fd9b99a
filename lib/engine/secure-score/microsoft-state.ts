/**
 * The state an admin last set on a Secure Score control (Default, Ignored, ThirdParty, Reviewed), from
 * its `controlStateUpdates`. Anything but Default is an attestation: someone said the action is
 * handled (or accepted), and Secure Score credits points for it without measuring the setting.
 * https://learn.microsoft.com/graph/api/resources/securescorecontrolstateupdate
 * https://learn.microsoft.com/defender-xdr/microsoft-secure-score-improvement-actions#choose-an-improvement-action-status
 */
import type { ControlStateRow } from '../../graph/sources/secure-score-control-profiles';
import { measuredDay } from './microsoft-status';
import type { Attestation, AttestationKind, ControlStateView } from './microsoft-verdict';

/** Microsoft's clock and the scanner's may differ a little; more than this ahead of the scan is wrong. */
export const CLOCK_SKEW_MS = 3_600_000;

const KINDS: Readonly<Record<string, AttestationKind>> = {
  thirdparty: 'thirdParty',
  ignored: 'riskAccepted',
  reviewed: 'reviewed',
};

const LABEL: Record<AttestationKind, string> = {
  thirdParty: 'resolved by a third party',
  riskAccepted: 'risk accepted (ignored)',
  reviewed: 'reviewed',
  unrecognised: 'with a state Posture Lens does not know',
};

/**
 * Points an attestation keeps, the way this project's own dispositions score (lib/engine/history/dispositions.ts):
 * third party (and reviewed, Secure Score's completion of a review action) keep the points Microsoft
 * credited; risk accepted earns none; a state we don't know earns none.
 */
export const keepsPoints = (kind: AttestationKind): boolean => kind === 'thirdParty' || kind === 'reviewed';

export type StateReading =
  | { readonly ok: true; readonly state?: ControlStateView; readonly attestation?: Attestation }
  | { readonly ok: false; readonly path: string; readonly problem: string };

/** Graph text shown inside our sentence: one line, quoted by the caller, bounded. */
export const quoted = (s: string, max = 200): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/**
 * The latest state update, strictly: a state other than Default needs a date, no date may be after the
 * scan, and two different states at the same instant can't be ordered. A Default nobody set (no
 * `updatedBy`) is the untouched state and not shown.
 */
export function readState(updates: readonly ControlStateRow[] | null | undefined, scannedAt: string): StateReading {
  const limit = Date.parse(scannedAt) + CLOCK_SKEW_MS;
  let latest: { u: ControlStateRow; t: number } | undefined;
  let tie = false;
  for (const [i, u] of (updates ?? []).entries()) {
    const isDefault = u.state.toLowerCase() === 'default';
    const at = `controlStateUpdates[${i}].updatedDateTime`;
    if (!u.updatedDateTime) {
      if (!isDefault) return { ok: false, path: at, problem: `missing on state '${quoted(u.state, 40)}'` };
    } else if (Date.parse(u.updatedDateTime) > limit) {
      return { ok: false, path: at, problem: `${u.updatedDateTime} is after the scan` };
    }
    const t = u.updatedDateTime ? Date.parse(u.updatedDateTime) : -Infinity;
    if (!latest || t > latest.t) {
      latest = { u, t };
      tie = false;
    } else if (t === latest.t && u.state.toLowerCase() !== latest.u.state.toLowerCase()) tie = true;
  }
  if (tie && latest)
    return { ok: false, path: 'controlStateUpdates', problem: 'two different states at the same time' };
  if (!latest) return { ok: true };
  const { u } = latest;
  const isDefault = u.state.toLowerCase() === 'default';
  if (isDefault && !u.updatedBy) return { ok: true };
  const state: ControlStateView = {
    state: u.state,
    ...(u.updatedBy ? { updatedBy: u.updatedBy } : {}),
    ...(u.updatedDateTime ? { updatedDateTime: u.updatedDateTime } : {}),
    ...(u.comment ? { comment: u.comment } : {}),
  };
  if (isDefault) return { ok: true, state };
  const kind = KINDS[u.state.toLowerCase()] ?? 'unrecognised';
  return { ok: true, state, attestation: { ...state, kind, says: attestationSays(state, kind) } };
}

/** "Microsoft Secure Score: marked resolved by a third party by megan@… on 2026-11-02 — an attestation, not a measurement." */
function attestationSays(s: ControlStateView, kind: AttestationKind): string {
  const what =
    kind === 'unrecognised'
      ? `marked '${quoted(s.state, 40)}' (a state Posture Lens does not know)`
      : `marked ${LABEL[kind]}`;
  const who = s.updatedBy ? ` by ${quoted(s.updatedBy, 100)}` : ' by someone Secure Score does not name';
  const when = s.updatedDateTime ? ` on ${measuredDay(s.updatedDateTime)}` : '';
  const note = s.comment ? ` ("${quoted(s.comment)}")` : '';
  return `Microsoft Secure Score: ${what}${who}${when}${note} — an attestation, not a measurement.`;
}
