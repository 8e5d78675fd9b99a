import { sourceKey } from '../../graph/sources/define-source';
import { secureScoreControlProfiles, type ProfileItem } from '../../graph/sources/secure-score-control-profiles';
import { secureScores, type ControlScoreItem, type SecureScoreRow } from '../../graph/sources/secure-scores';
import type { UnknownReason } from '../verdict/reasons';
import { roundPoints } from '../verdict/verdict-kit';
import { ageOf } from './borrowed';
import { CLOCK_SKEW_MS, keepsPoints, quoted, readState } from './microsoft-state';
import { dayOf, measuredDay, microsoftStatusOf } from './microsoft-status';
import type { MicrosoftVerdict } from './microsoft-verdict';
import { liveProfiles, type LiveProfile, type UnidentifiedProfiles } from './live-profiles';
import { shownPoints } from '../format/points';
import { plainTextOf } from './microsoft-text';

const optionalText = <K extends string>(key: K, text: string | undefined) =>
  (text ? { [key]: text } : {}) as Partial<Record<K, string>>;

const SCORES = sourceKey(secureScores);
const PROFILES = sourceKey(secureScoreControlProfiles);
const malformed = (source: string, path: string, problem: string): UnknownReason => ({
  kind: 'malformedField',
  source,
  path,
  problem,
});

/** Microsoft's answers, checked and indexed. */
export interface MicrosoftData {
  readonly scannedAt: string;
  /** The latest snapshot; absent when the snapshots can't be used (`scoresProblem` says why). */
  readonly latest?: SecureScoreRow;
  /** Snapshots newest first. */
  readonly snapshots: readonly SecureScoreRow[];
  readonly scoresProblem?: UnknownReason;
  /** Non-deprecated profiles, in Microsoft's rank order. */
  readonly profiles: readonly LiveProfile[];
  readonly profileById: ReadonlyMap<string, LiveProfile>;
  /** Profiles without a usable id: which control they are is unknown, their points are not. */
  readonly unidentified: UnidentifiedProfiles;
  readonly scoreByName: ReadonlyMap<string, ControlScoreItem | 'duplicate'>;
  /** Control names the snapshot before the latest scored, to tell "stopped scoring" from "never scored". */
  readonly scoredBefore: ReadonlySet<string>;
}

export type ScoresRead = { ok: true; value: readonly SecureScoreRow[] } | { ok: false; reason: UnknownReason };

/** The latest snapshot's control scores by control name; a name scored twice is 'duplicate'. */
function scoresByName(latest: SecureScoreRow | undefined): Map<string, ControlScoreItem | 'duplicate'> {
  const byName = new Map<string, ControlScoreItem | 'duplicate'>();
  for (const c of latest?.controlScores ?? []) {
    const name = c.ok ? c.row.controlName : c.controlName;
    byName.set(name, byName.has(name) ? 'duplicate' : c);
  }
  return byName;
}

/**
 * Checks what the parse can't: whose tenant the answer is, dates after the scan, duplicates, and a
 * snapshot to read at all. Anything wrong with the snapshots makes every verdict from them unknown;
 * anything wrong with one profile or one control score makes that one unknown.
 */
export function indexMicrosoftData(input: {
  readonly scores: ScoresRead;
  readonly profiles: readonly ProfileItem[];
  readonly scannedAt: string;
  readonly tenantId: string | undefined;
}): MicrosoftData {
  const { scannedAt, tenantId } = input;
  const tenant = tenantId?.toLowerCase();
  const snapshots = input.scores.ok
    ? [...input.scores.value].sort((a, b) => Date.parse(b.createdDateTime) - Date.parse(a.createdDateTime))
    : [];
  const scoresProblem = input.scores.ok ? checkSnapshots(snapshots, scannedAt, tenant) : input.scores.reason;
  const latest = scoresProblem ? undefined : snapshots[0];
  const scoreByName = scoresByName(latest);
  const { profiles, unidentified } = liveProfiles(input.profiles, tenant);
  const weighted = withDerivedWeights(profiles, latest, scoreByName);
  weighted.sort((a, b) => (a.row?.rank ?? Infinity) - (b.row?.rank ?? Infinity) || a.id.localeCompare(b.id));
  return {
    scannedAt,
    ...(latest ? { latest } : {}),
    snapshots: scoresProblem ? [] : snapshots,
    ...(scoresProblem ? { scoresProblem } : {}),
    profiles: weighted,
    profileById: new Map(weighted.map((p) => [p.id, p])),
    unidentified,
    scoreByName,
    scoredBefore: new Set(
      (scoresProblem ? [] : (snapshots[1]?.controlScores ?? [])).map((c) => (c.ok ? c.row.controlName : c.controlName)),
    ),
  };
}

/** Why the snapshots can't be used at all, or undefined. */
function checkSnapshots(
  snapshots: readonly SecureScoreRow[],
  scannedAt: string,
  tenant: string | undefined,
): UnknownReason | undefined {
  const latest = snapshots[0];
  if (!latest)
    return {
      kind: 'notEvaluated',
      why: "Couldn't decide: Microsoft Secure Score has no snapshot for this tenant yet, so it hasn't measured this.",
    };
  if (tenant === undefined)
    return {
      kind: 'notEvaluated',
      why: "Couldn't decide: the scan couldn't read the organization, so it can't confirm Microsoft Secure Score's answer is this tenant's.",
    };
  const limit = Date.parse(scannedAt) + CLOCK_SKEW_MS;
  const days = new Set<number>();
  for (const s of snapshots) {
    const day = dayOf(s.createdDateTime);
    if (s.azureTenantId.toLowerCase() !== tenant)
      return malformed(SCORES, `${day}.azureTenantId`, `'${quoted(s.azureTenantId, 60)}' is not this scan's tenant`);
    const t = Date.parse(s.createdDateTime);
    if (t > limit) return malformed(SCORES, `${day}.createdDateTime`, `${s.createdDateTime} is after the scan`);
    if (days.has(t)) return malformed(SCORES, `${day}.createdDateTime`, 'two snapshots with the same date');
    days.add(t);
  }
  if (latest.controlScores.length === 0)
    return malformed(
      SCORES,
      `${dayOf(latest.createdDateTime)}.controlScores`,
      'empty: the latest snapshot scores no control',
    );
  return undefined;
}

/**
 * An unusable profile that the latest snapshot scores still stands for points: Microsoft's total
 * maxScore less what the usable scored profiles account for, shared among them. Counted as couldn't
 * tell, so a broken maxScore can't shrink the available points and lift the percent.
 */
function withDerivedWeights(
  profiles: LiveProfile[],
  latest: SecureScoreRow | undefined,
  scoreByName: ReadonlyMap<string, unknown>,
): LiveProfile[] {
  if (!latest) return profiles;
  const needs = profiles.filter((p) => p.problem && p.maxScore <= 0 && scoreByName.has(p.id));
  if (needs.length === 0) return profiles;
  const known = profiles.filter((p) => p.maxScore > 0 && scoreByName.has(p.id)).reduce((n, p) => n + p.maxScore, 0);
  const share = roundPoints(Math.max(0, latest.maxScore - known) / needs.length);
  return profiles.map((p) => (needs.includes(p) ? { ...p, maxScore: share } : p));
}

/**
 * Microsoft's verdict on one live profile: measured (pass/partial/fail by its points), notLicensed when
 * the snapshot leaves it out, attested when an admin set a state on it, unknown when its data can't be
 * used. Never clamped: a score outside 0…maxScore is malformed.
 */
export function verdictOf(p: LiveProfile, data: MicrosoftData): MicrosoftVerdict {
  const measuredAt = data.latest?.createdDateTime ?? data.scannedAt;
  const base = { profileId: p.id, title: p.title, maxScore: p.maxScore, ...ageOf(measuredAt, data.scannedAt) };
  const unknown = (reason: UnknownReason, at = measuredAt): MicrosoftVerdict => ({
    ...base,
    ...ageOf(at, data.scannedAt),
    status: 'unknown',
    score: 0,
    measuredAt: at,
    unknownReason: reason,
  });
  if (data.scoresProblem) return unknown(data.scoresProblem);
  if (p.problem || !p.row) return unknown(p.problem ?? malformed(PROFILES, `${p.id}.id`, 'unusable'));
  const profile = p.row;
  const extras = {
    ...optionalText('remediation', plainTextOf(profile.remediation)),
    ...optionalText('remediationImpact', plainTextOf(profile.remediationImpact)),
    ...(profile.lastModifiedDateTime && Number.isFinite(Date.parse(profile.lastModifiedDateTime))
      ? { profileModifiedAt: profile.lastModifiedDateTime }
      : {}),
    ...(profile.tier ? { tier: profile.tier } : {}),
    ...(profile.service ? { service: profile.service } : {}),
    ...(profile.threats?.length ? { threats: profile.threats } : {}),
  };
  const entry = data.scoreByName.get(p.id);
  const at = `controlScores[${p.id}]`;
  if (entry === 'duplicate') return unknown(malformed(SCORES, at, 'scored twice in the latest snapshot'));
  if (entry && !entry.ok) return unknown(malformed(SCORES, `${at}${entry.path.replace(/^.*\]/, '')}`, entry.problem));
  const row = entry?.row;
  const when = row?.lastSynced ?? measuredAt;
  if (row?.lastSynced && Date.parse(row.lastSynced) > Date.parse(data.scannedAt) + CLOCK_SKEW_MS)
    return unknown(malformed(SCORES, `${at}.lastSynced`, `${row.lastSynced} is after the scan`));
  if (row && row.score > p.maxScore)
    return unknown(
      malformed(SCORES, `${at}.score`, `${row.score} is above the profile's maxScore ${p.maxScore}`),
      when,
    );
  // "Left out of the snapshot" means not scored for the tenant, which takes the points out of the total;
  // a control the previous day's snapshot scored and today's lacks is more likely a broken answer.
  if (!entry && data.scoredBefore.has(p.id)) {
    const before = data.snapshots[1]?.createdDateTime ?? '';
    return unknown(
      malformed(SCORES, at, `missing from the latest snapshot, though the one of ${measuredDay(before)} scored it`),
    );
  }
  const state = readState(profile.controlStateUpdates, data.scannedAt);
  if (!state.ok) return unknown(malformed(PROFILES, `${p.id}.${state.path}`, state.problem), when);

  const common = {
    ...base,
    ...ageOf(when, data.scannedAt),
    measuredAt: when,
    ...(row?.implementationStatus ? { implementationStatus: row.implementationStatus } : {}),
    ...extras,
    ...(state.state ? { state: state.state } : {}),
  };
  if (!row) return { ...common, status: 'notLicensed', score: 0 };
  const score = roundPoints(row.score);
  if (state.attestation) {
    return {
      ...common,
      status: 'attested',
      score: keepsPoints(state.attestation.kind) ? score : 0,
      attestation: state.attestation,
    };
  }
  return { ...common, status: microsoftStatusOf(score, p.maxScore), score };
}

/** "6 of 9 points." plus Microsoft's own status text, quoted and attributed, never read as ours. */
export function microsoftSays(v: MicrosoftVerdict): string {
  if (v.status === 'notLicensed')
    return `Microsoft Secure Score doesn't score this for the tenant (not applicable or not licensed), as of ${measuredDay(v.measuredAt)}.`;
  const detail = v.implementationStatus ? ` Microsoft's status text: "${quoted(v.implementationStatus)}".` : '';
  return `${shownPoints(v.score)} of ${shownPoints(v.maxScore)} points.${detail}`;
}
