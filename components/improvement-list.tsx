import type { Improvement } from '../lib/engine/score/improvements';
import type { Level } from '../lib/engine/verdict/status';
import { shownPoints } from '../lib/engine/format/points';

const LEVEL_WORD: Record<Level, string> = { low: 'Low', moderate: 'Moderate', high: 'High' };

/** A ranking column's level as people read it; "—" for a cost a stored scan didn't carry. */
export const levelText = (level: Level | null): string => (level ? LEVEL_WORD[level] : '—');

/** "+2.75 pts": the points an action would gain. */
export const gainText = (i: Improvement): string => `+${shownPoints(i.pointsToGain)} pts`;
