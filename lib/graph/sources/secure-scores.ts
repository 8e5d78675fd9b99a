import type { AverageComparativeScore, ControlScore, SecureScore } from '@microsoft/microsoft-graph-types';
import { defineSource, type ParseResult } from './define-source';
import { arrayOf, object, optional, str, type Need } from './shape';
import { isoDateTime, name, points, positivePoints } from './secure-score-checks';

/**
 * One control's score in a snapshot. Graph documents controlName, score, controlCategory and
 * description; live answers also carry implementationStatus and lastSynced (Microsoft's
 * ZeroTrustAssessment reads them), so those are optional.
 */
export type ControlScoreRow = Need<ControlScore, 'controlName' | 'score'> &
  Pick<ControlScore, 'controlCategory' | 'description'> & {
    implementationStatus?: string | null;
    lastSynced?: string | null;
  };

/** One control's score as parsed: usable, or the field that isn't, named by the control it is about. */
export type ControlScoreItem =
  | { readonly ok: true; readonly row: ControlScoreRow }
  | { readonly ok: false; readonly controlName: string; readonly path: string; readonly problem: string };

export type ComparativeScoreRow = Need<AverageComparativeScore, 'basis' | 'averageScore'>;

export type SecureScoreRow = Need<SecureScore, 'createdDateTime' | 'currentScore' | 'maxScore' | 'azureTenantId'> & {
  averageComparativeScores?: ComparativeScoreRow[] | null;
  controlScores: ControlScoreItem[];
};

type SnapshotFields = Omit<SecureScoreRow, 'controlScores'>;

const snapshotShape = object<SnapshotFields>({
  createdDateTime: isoDateTime,
  azureTenantId: name,
  currentScore: points,
  maxScore: positivePoints,
  averageComparativeScores: optional(arrayOf(object<ComparativeScoreRow>({ basis: str, averageScore: points }))),
});

const controlScoreShape = object<ControlScoreRow>({
  controlName: name,
  score: points,
  controlCategory: optional(str),
  description: optional(str),
  implementationStatus: optional(str),
  lastSynced: optional(isoDateTime),
});

/**
 * Snapshots, each with its control scores parsed one by one. A snapshot whose own fields are wrong, or
 * a control score that doesn't say which control it is, spoils the answer: "left out of the snapshot"
 * means "not scored for this tenant", so a row nobody can attribute could hide a failing control.
 */
export function parseSecureScores(body: unknown): ParseResult<SecureScoreRow[]> {
  const value = typeof body === 'object' && body !== null ? (body as { value?: unknown }).value : undefined;
  if (!Array.isArray(value))
    return { ok: false, path: 'value', problem: value === undefined ? 'missing' : 'expected array' };
  const rows: SecureScoreRow[] = [];
  for (const [i, snapshot] of value.entries()) {
    const path = `value[${i}]`;
    const problem = snapshotShape(snapshot, path);
    if (problem) return { ok: false, ...problem };
    const s = snapshot as SnapshotFields & { controlScores?: unknown };
    if (s.currentScore > s.maxScore)
      return { ok: false, path: `${path}.currentScore`, problem: `${s.currentScore} is above maxScore ${s.maxScore}` };
    if (!Array.isArray(s.controlScores))
      return {
        ok: false,
        path: `${path}.controlScores`,
        problem: s.controlScores === undefined ? 'missing' : 'expected array',
      };
    const controlScores: ControlScoreItem[] = [];
    for (const [j, entry] of s.controlScores.entries()) {
      const at = `${path}.controlScores[${j}]`;
      const o = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
      const unnamed = name(o.controlName, `${at}.controlName`);
      if (unnamed) return { ok: false, ...unnamed };
      const bad = controlScoreShape(entry, at);
      const controlName = o.controlName as string;
      controlScores.push(bad ? { ok: false, controlName, ...bad } : { ok: true, row: entry as ControlScoreRow });
    }
    rows.push({ ...(s as SnapshotFields), controlScores });
  }
  return { ok: true, value: rows };
}

/** Snapshots Microsoft keeps, one a day, newest first (graph-sources.md §2.12). */
export const SECURE_SCORE_DAYS = 90;

/**
 * Microsoft Secure Score: today's snapshot and 90 days of history, newest first, in one request.
 * Read once per scan, not by any one control. https://learn.microsoft.com/graph/api/security-list-securescores
 */
export const secureScores = defineSource<SecureScoreRow[]>({
  id: 'secureScores',
  version: 'v1.0',
  path: '/security/secureScores',
  query: { $top: String(SECURE_SCORE_DAYS) },
  permission: 'SecurityEvents.Read.All',
  collection: true,
  parse: parseSecureScores,
});
