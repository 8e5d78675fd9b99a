import type { SecureScoreControlProfile, SecureScoreControlStateUpdate } from '@microsoft/microsoft-graph-types';
import { defineSource, type ParseResult } from './define-source';
import { arrayOf, bool, num, object, optional, str, strings, type Check, type Need } from './shape';
import { isoDateTime, name, positivePoints } from './secure-score-checks';

export type ControlStateRow = Need<SecureScoreControlStateUpdate, 'state'> &
  Pick<SecureScoreControlStateUpdate, 'updatedBy' | 'updatedDateTime' | 'comment'>;

export type ControlProfileRow = Need<
  SecureScoreControlProfile,
  'id' | 'title' | 'maxScore' | 'controlCategory' | 'deprecated' | 'azureTenantId'
> &
  Pick<
    SecureScoreControlProfile,
    | 'actionUrl'
    | 'remediation'
    | 'remediationImpact'
    | 'tier'
    | 'userImpact'
    | 'threats'
    | 'service'
    | 'rank'
    | 'implementationCost'
  > & { lastModifiedDateTime?: string | null } & { controlStateUpdates?: ControlStateRow[] | null };

/**
 * One profile as parsed: usable, or the first field that isn't, with what could still be read of it
 * (its id and points), so the one control it decides is `unknown` naming the field and the rest of
 * Microsoft's answer still counts.
 */
export type ProfileItem =
  | { readonly ok: true; readonly profile: ControlProfileRow }
  | {
      readonly ok: false;
      /** Null when the item has no usable id: Posture Lens can't tell which control it is. */
      readonly id: string | null;
      readonly index: number;
      readonly path: string;
      readonly problem: string;
      readonly title?: string;
      /** Its points, when `maxScore` itself was usable. */
      readonly maxScore?: number;
      /** True only when `deprecated` is literally `true`: a retired profile is left out whatever else is wrong. */
      readonly deprecated: boolean;
    };

const stateUpdate: Check = object<ControlStateRow>({
  state: str,
  updatedBy: optional(str),
  updatedDateTime: optional(isoDateTime),
  comment: optional(str),
});

/**
 * Every field the merge reads. Graph always sends `deprecated` and `azureTenantId`, so absent or null
 * is malformed; points must be a finite number above 0 ("0 of 0 points" is no verdict).
 */
const profileShape = object<ControlProfileRow>({
  id: name,
  title: str,
  maxScore: positivePoints,
  controlCategory: str,
  deprecated: bool,
  azureTenantId: str,
  actionUrl: optional(str),
  remediation: optional(str),
  remediationImpact: optional(str),
  // Shown only (when the profile last changed), never decides anything: a date that doesn't parse is left unsaid.
  lastModifiedDateTime: optional(str),
  tier: optional(str),
  userImpact: optional(str),
  threats: optional(strings),
  service: optional(str),
  rank: optional(num),
  implementationCost: optional(str),
  controlStateUpdates: optional(arrayOf(stateUpdate)),
});

/** Each item parsed on its own: one bad profile makes one control unknown, not the whole answer. */
export function parseProfiles(body: unknown): ParseResult<ProfileItem[]> {
  const value = typeof body === 'object' && body !== null ? (body as { value?: unknown }).value : undefined;
  if (!Array.isArray(value))
    return { ok: false, path: 'value', problem: value === undefined ? 'missing' : 'expected array' };
  return {
    ok: true,
    value: value.map((item, index): ProfileItem => {
      const path = `value[${index}]`;
      const problem = profileShape(item, path);
      if (!problem) return { ok: true, profile: item as ControlProfileRow };
      const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
      const id = name(o.id, '') === null ? (o.id as string) : null;
      const title = typeof o.title === 'string' ? o.title : undefined;
      const maxScore = positivePoints(o.maxScore, '') === null ? (o.maxScore as number) : undefined;
      return {
        ok: false,
        id,
        index,
        ...problem,
        ...(title !== undefined ? { title } : {}),
        ...(maxScore !== undefined ? { maxScore } : {}),
        deprecated: o.deprecated === true,
      };
    }),
  };
}

/**
 * Every control Microsoft Secure Score knows (about 260, paged), with its points, category and
 * Microsoft's remediation. Read once per scan. https://learn.microsoft.com/graph/api/security-list-securescorecontrolprofiles
 */
export const secureScoreControlProfiles = defineSource<ProfileItem[]>({
  id: 'secureScoreControlProfiles',
  version: 'v1.0',
  path: '/security/secureScoreControlProfiles',
  permission: 'SecurityEvents.Read.All',
  collection: true,
  parse: parseProfiles,
});
