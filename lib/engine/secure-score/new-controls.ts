import { roundPoints } from '../verdict/verdict-kit';
import type { NewMicrosoftControl } from './microsoft-verdict';

/**
 * Profiles Microsoft lists now that it didn't at the previous scan. With no previous profile list (a
 * first scan, or one without the permission) nothing is new: everything would be.
 */
export function newControlsSince(
  now: ReadonlyArray<{ readonly id: string; readonly title: string; readonly maxScore: number }>,
  previousIds: readonly string[] | undefined,
): { controls: NewMicrosoftControl[]; points: number } {
  if (!previousIds) return { controls: [], points: 0 };
  const before = new Set(previousIds);
  const controls = now
    .filter((p) => !before.has(p.id))
    .map((p) => ({ profileId: p.id, title: p.title, maxScore: p.maxScore }));
  return { controls, points: roundPoints(controls.reduce((n, c) => n + c.maxScore, 0)) };
}
