import type { GroupSetting, SettingValue } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, collection, nullable, object, optional, str, type Need, type Shape } from './shape';

export type GroupSettingValue = Need<SettingValue, 'name'> & Pick<SettingValue, 'value'>;
export type GroupSettingRow = Need<GroupSetting, 'id'> &
  Pick<GroupSetting, 'templateId' | 'displayName'> & { values: GroupSettingValue[] };

/** Tenant-wide directory setting templates (graph-sources.md §0 "GS"). */
export const SettingTemplateIds = {
  /** Password Rule Settings: banned passwords and smart lockout. */
  passwordRuleSettings: '5cf42378-d67d-4f36-ba46-e8b86229381d',
  /** Group.Unified: Microsoft 365 group settings, including who may create groups. */
  groupUnified: '62375ab9-6b52-47ed-826b-58e47e0e304b',
} as const;

const groupSetting: Shape<GroupSettingRow> = {
  id: str,
  // An entry with no template can't be told apart; null is kept so the controls can ignore it.
  templateId: nullable(str),
  displayName: optional(str),
  values: arrayOf(object<GroupSettingValue>({ name: str, value: nullable(str) })),
};

/**
 * The tenant-level directory settings: one entry per template the tenant has customised. A template
 * with no entry means Microsoft's defaults apply. https://learn.microsoft.com/graph/api/group-list-settings
 */
export const groupSettings = defineSource<GroupSettingRow[]>({
  id: 'groupSettings',
  version: 'v1.0',
  path: '/groupSettings',
  permission: 'GroupSettings.Read.All',
  collection: true,
  parse: collection(groupSetting),
});

/** The tenant's entries for one template (Graph allows one; more is answered as it comes). */
export function settingsFor(all: readonly GroupSettingRow[], templateId: string): GroupSettingRow[] {
  return all.filter((s) => s.templateId?.toLowerCase() === templateId);
}

/** A named value of an entry: a string, or null when Graph sent null, or undefined when it isn't there. */
export function settingValue(entry: GroupSettingRow, name: string): string | null | undefined {
  const found = entry.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
  return found === undefined ? undefined : (found.value ?? null);
}
