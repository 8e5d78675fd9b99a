import { dispositionKinds, NOTE_MAX, REASON_MAX } from '../engine/history/dispositions';

const optionalText = (v: unknown, max: number): boolean =>
  v === undefined || (typeof v === 'string' && v.length <= max);

/**
 * The shape a setDisposition payload's `disposition` must have before the background looks at it:
 * a known kind and short optional strings, nothing else. The background then runs `checkDisposition`
 * (required fields, dates) and answers with its sentence.
 */
export function isDispositionInputShape(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return false;
  const d = p as Record<string, unknown>;
  const known = new Set(['kind', 'reason', 'reviewBy', 'note']);
  return (
    Object.keys(d).every((k) => known.has(k)) &&
    typeof d.kind === 'string' &&
    (dispositionKinds as readonly string[]).includes(d.kind) &&
    optionalText(d.reason, REASON_MAX) &&
    optionalText(d.reviewBy, 10) &&
    optionalText(d.note, NOTE_MAX)
  );
}

/** A Reviewed mark's note before the background looks at it: text within the note's limit (checked again there). */
export function isReviewNoteShape(note: unknown): boolean {
  return typeof note === 'string' && note.length <= NOTE_MAX;
}
