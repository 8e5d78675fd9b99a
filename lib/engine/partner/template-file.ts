/**
 * The templates file: what "Export JSON" writes and "Import JSON" reads, so partners can share their
 * standards between browsers and colleagues. One format, versioned:
 * `{ "format": "posture-lens-templates", "version": 1, "templates": [Template, …] }`.
 */
import { checkTemplate, templateLabel, TEMPLATES_MAX, type TemplateControl } from './template-check';
import type { Template } from './template';

export const TEMPLATES_FORMAT = 'posture-lens-templates';
export const TEMPLATES_VERSION = 1;
/** Largest file read, in characters (a full template of 500 dispositions is well under 1 MB). */
export const TEMPLATES_FILE_MAX = 1_000_000;

/** The file's text for these templates. */
export function templatesFile(templates: readonly Template[]): string {
  return JSON.stringify({ format: TEMPLATES_FORMAT, version: TEMPLATES_VERSION, templates }, null, 2) + '\n';
}

export type TemplatesImport =
  | { readonly ok: false; readonly error: string }
  | {
      readonly ok: true;
      readonly valid: readonly Template[];
      /** Templates left out, by name, with why (each reason names the template and the control). */
      readonly rejected: readonly { readonly name: string; readonly reason: string }[];
    };

/**
 * Reads a templates file: a file that isn't JSON, isn't this format or is too large is refused with
 * a sentence; otherwise each template is checked (`checkTemplate`), the valid ones are returned and
 * the rest reported. `today` is `YYYY-MM-DD`.
 */
export function readTemplatesFile(text: string, catalogue: readonly TemplateControl[], today: string): TemplatesImport {
  if (text.length > TEMPLATES_FILE_MAX) return { ok: false, error: 'The file is over 1 MB: nothing was imported.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON: nothing was imported.' };
  }
  const r = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (r.format !== TEMPLATES_FORMAT || !Array.isArray(r.templates)) {
    return { ok: false, error: `The file is not a Posture Lens templates file (format "${TEMPLATES_FORMAT}").` };
  }
  if (r.version !== TEMPLATES_VERSION) {
    return { ok: false, error: `The file is version ${String(r.version)}; this version reads version 1 only.` };
  }
  if (r.templates.length > TEMPLATES_MAX) {
    return { ok: false, error: `The file holds over ${TEMPLATES_MAX} templates: nothing was imported.` };
  }
  const valid: Template[] = [];
  const rejected: { name: string; reason: string }[] = [];
  const ids = new Set<string>();
  for (const t of r.templates as readonly unknown[]) {
    const checked = checkTemplate(t, catalogue, today);
    if (!checked.ok) rejected.push({ name: templateLabel(t), reason: checked.errors.join(' ') });
    else if (ids.has(checked.value.id))
      rejected.push({
        name: templateLabel(t),
        reason: `${templateLabel(t)} has the id of another template in the file.`,
      });
    else {
      ids.add(checked.value.id);
      valid.push(checked.value);
    }
  }
  return { ok: true, valid, rejected };
}
