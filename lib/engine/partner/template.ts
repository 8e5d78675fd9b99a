/**
 * A template (issue 16): a named set of dispositions and a framework lens a partner applies to many
 * customer tenants ("Mimecast filters mail: mail-flow controls resolved by third party"; "CIS L1").
 * Applying one records each disposition on each tenant as the signed-in account, now: a template never
 * passes a control by itself, it only says what the partner decided, as a disposition typed by hand does.
 */
import { dispositionKinds, type DispositionInput } from '../history/dispositions';
import { frameworks, type Lens } from '../score/frameworks';

/** One control's disposition in a template (a Reviewed mark is never templated: a review is attested per tenant). */
export interface TemplateDisposition extends DispositionInput {
  readonly controlId: string;
}

export interface Template {
  /** Stable across export and import: importing a template with an id already saved replaces it. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The framework the overview compares tenants against when this template is chosen; 'all' for none. */
  readonly lens: Lens;
  readonly dispositions: readonly TemplateDisposition[];
  readonly updatedAt: string;
  readonly updatedBy: string;
}

const isLens = (v: unknown): v is Lens => v === 'all' || frameworks.some((f) => f.id === v);
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** The shape only (types and sizes); `checkTemplate` decides whether its dispositions are valid. */
export function isTemplateShape(t: unknown): t is Template {
  if (typeof t !== 'object' || t === null) return false;
  const r = t as Record<string, unknown>;
  return (
    text(r.id, 100) &&
    r.id.length > 0 &&
    text(r.name, 120) &&
    r.name.trim().length > 0 &&
    text(r.description, 1000) &&
    isLens(r.lens) &&
    Array.isArray(r.dispositions) &&
    r.dispositions.length <= 500 &&
    r.dispositions.every(
      (d: unknown) =>
        typeof d === 'object' &&
        d !== null &&
        text((d as Record<string, unknown>).controlId, 200) &&
        dispositionKinds.includes((d as Record<string, unknown>).kind as never),
    ) &&
    text(r.updatedAt, 40) &&
    text(r.updatedBy, 300)
  );
}
