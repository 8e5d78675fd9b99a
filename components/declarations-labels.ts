/** The words the exclusions settings use for their two lists and the form's fields. */

export type ListName = 'emergencyAccess' | 'exemptions';

export const LIST_LABEL: Record<ListName, string> = {
  emergencyAccess: 'Emergency-access accounts',
  exemptions: 'Other exemptions',
};

export const FIELD_LABEL: Record<string, string> = {
  id: 'Object id',
  kind: 'Kind',
  displayName: 'Name',
  reason: 'Reason',
  controls: 'Only for controls',
};

/** The refusal of parseDeclarations as one sentence naming the field (or the path, for a file). */
export const refusalOf = (path: string, problem: string): string => {
  const field = /\.(\w+)$/.exec(path)?.[1];
  const label = field ? FIELD_LABEL[field] : undefined;
  return `${label ?? path}: ${problem}.`;
};
