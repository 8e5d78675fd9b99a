/**
 * Reading one directory-settings template the way the group-settings controls all need it: no entry
 * (Microsoft's defaults apply, shown as evidence), exactly one (with the Graph path of its values for
 * malformed reasons), or more than Graph allows (malformed). And a value documented as one of a few
 * words, checked before a control trusts it.
 */
import type { VerdictKit } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';
import { settingsFor, settingValue, type GroupSettingRow } from '../../lib/graph/sources/group-settings';

export interface TemplateEntry {
  readonly entry: GroupSettingRow;
  /** `value[<index>].values['<name>']`: where a value sits in the Graph answer. */
  readonly at: (name: string) => string;
}

export type TemplateLookup =
  | ({ readonly kind: 'one' } & TemplateEntry)
  | { readonly kind: 'none'; readonly evidence: Evidence }
  | { readonly kind: 'malformed'; readonly verdict: Verdict };

/** The tenant's entry for `templateId`; `label` names the template in reasons ("Password Rule Settings"). */
export function templateEntry(
  settings: readonly GroupSettingRow[],
  templateId: string,
  label: string,
  v: VerdictKit,
): TemplateLookup {
  const entries = settingsFor(settings, templateId);
  if (entries.length === 0) {
    return {
      kind: 'none',
      evidence: evidence(
        'groupSettings',
        { templateIds: settings.map((s) => s.templateId ?? null) },
        ['templateIds'],
        `No entry for template ${templateId} (${label}).`,
      ),
    };
  }
  if (entries.length > 1) {
    return {
      kind: 'malformed',
      verdict: v.malformed('groupSettings', 'value', `${entries.length} ${label} entries, where Graph allows one`),
    };
  }
  const entry = entries[0]!;
  const index = settings.indexOf(entry);
  return { kind: 'one', entry, at: (name) => `value[${index}].values['${name}']` };
}

/**
 * A value the template documents as one of a few words: the value, or the malformed verdict that names
 * its path (null, missing, or not matching `pattern`; `expected` says what would, e.g. "True or False").
 */
export function wordValue(
  v: VerdictKit,
  { entry, at }: TemplateEntry,
  name: string,
  pattern: RegExp,
  expected: string,
): string | Verdict {
  const value = settingValue(entry, name);
  if (value == null) return v.malformed('groupSettings', at(name), value === null ? 'null' : 'missing');
  if (!pattern.test(value)) return v.malformed('groupSettings', at(name), `expected ${expected}, got '${value}'`);
  return value;
}
