/**
 * Whether a template may be saved, imported or applied: its shape, and every disposition checked as one
 * typed by hand is (`checkDisposition`), against the catalogue it will be applied with. Pure: the
 * catalogue and today's date come in.
 */
import { checkDisposition, NOTE_MAX } from '../history/dispositions';
import { frameworks } from '../score/frameworks';
import { isTemplateShape, type Template, type TemplateDisposition } from './template';

/** What a check needs of a control: the catalogue (`controls/index.ts`) fits as it is. */
export interface TemplateControl {
  readonly id: string;
  readonly title: string;
  /** Set for a review control: attested per tenant, never templated. */
  readonly review?: unknown;
}

export type TemplateCheck = { ok: true; value: Template } | { ok: false; errors: string[] };

/** Most templates a browser keeps or a file may hold. */
export const TEMPLATES_MAX = 200;

/** The note a template's disposition is recorded with on each tenant: the trail says where it came from. */
export function appliedNote(templateName: string, note: string | undefined): string {
  const from = `From template “${templateName}”.`;
  return note ? `${from} ${note}` : from;
}

/** How a template is named in an error: its name, else its id, else that it has none. */
export function templateLabel(input: unknown): string {
  const r = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  if (typeof r.name === 'string' && r.name.trim() !== '') return `“${r.name.trim().slice(0, 120)}”`;
  if (typeof r.id === 'string' && r.id !== '') return `“${r.id.slice(0, 100)}”`;
  return 'A template without a name';
}

/** The first thing wrong with the template's own fields, as a sentence; null when its shape is right. */
function shapeProblem(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return 'is not a template object.';
  const r = input as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '' || r.id.length > 100) return 'needs an id of 1–100 characters.';
  if (typeof r.name !== 'string' || r.name.trim() === '') return 'needs a name.';
  if (r.name.length > 120) return 'has a name over 120 characters.';
  if (typeof r.description !== 'string' || r.description.length > 1000)
    return 'needs a description of at most 1000 characters (it may be empty).';
  if (r.lens !== 'all' && !frameworks.some((f) => f.id === r.lens))
    return `has an unknown lens (choose all, ${frameworks.map((f) => f.id).join(', ')}).`;
  if (!Array.isArray(r.dispositions)) return 'has no list of dispositions.';
  if (r.dispositions.length > 500) return 'has more than 500 dispositions.';
  if (typeof r.updatedAt !== 'string' || typeof r.updatedBy !== 'string') return 'needs updatedAt and updatedBy.';
  return null;
}

function controlProblem(
  d: unknown,
  byId: ReadonlyMap<string, TemplateControl>,
  seen: Set<string>,
): { id: string; problem: string } | { id: string; control: TemplateControl } {
  const r = typeof d === 'object' && d !== null ? (d as Record<string, unknown>) : {};
  const id = typeof r.controlId === 'string' ? r.controlId.slice(0, 200) : '(no control id)';
  const control = byId.get(id);
  if (!control) return { id, problem: 'not a control in the catalogue.' };
  if (control.review) return { id, problem: 'a review control: a review is attested per tenant, never templated.' };
  if (r.kind === 'reviewed') return { id, problem: 'a Reviewed mark is attested per tenant, never templated.' };
  if (seen.has(id)) return { id, problem: 'listed twice; keep one disposition per control.' };
  seen.add(id);
  return { id, control };
}

/**
 * Checks a template (typed, imported or about to be applied); `today` is `YYYY-MM-DD` (a risk
 * acceptance's review date must be after it). Errors name the template and the control. The value is
 * the template as it will be kept: names trimmed, blank optional fields dropped.
 */
export function checkTemplate(input: unknown, catalogue: readonly TemplateControl[], today: string): TemplateCheck {
  const label = templateLabel(input);
  const shape = shapeProblem(input);
  if (shape) return { ok: false, errors: [`${label} ${shape}`] };
  const t = input as Template;
  const name = t.name.trim();
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const errors: string[] = [];
  const dispositions: TemplateDisposition[] = [];
  for (const d of t.dispositions as readonly unknown[]) {
    const found = controlProblem(d, byId, seen);
    if ('problem' in found) {
      errors.push(`${label}, ${found.id}: ${found.problem}`);
      continue;
    }
    const checked = checkDisposition(d, today);
    if (!checked.ok) {
      errors.push(`${label}, ${found.id}: ${Object.values(checked.errors).join(' ')}`);
      continue;
    }
    if (appliedNote(name, checked.value.note).length > NOTE_MAX) {
      errors.push(`${label}, ${found.id}: keep the note under ${NOTE_MAX} characters with the template's name.`);
      continue;
    }
    dispositions.push({ controlId: found.id, ...checked.value });
  }
  if (errors.length > 0) return { ok: false, errors };
  const value: Template = { ...t, name, description: t.description.trim(), dispositions };
  // The shape check is the protocol's own; a value that fails it here is a bug in the lines above.
  return isTemplateShape(value) ? { ok: true, value } : { ok: false, errors: [`${label} is malformed.`] };
}
