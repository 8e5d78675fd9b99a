import {
  anySourceKey,
  isDerived,
  isDnsSource,
  isServiceSource,
  type AnyGraphSource,
} from '../../graph/sources/define-source';
import { AUDIT_PERMISSION, directoryAuditsLabel } from '../../graph/sources/directory-audits';
import { organization } from '../../graph/sources/organization';
import { secureScoreControlProfiles } from '../../graph/sources/secure-score-control-profiles';
import { secureScores } from '../../graph/sources/secure-scores';
import { subscribedSkus } from '../../graph/sources/subscribed-skus';
import { sourceOf, type AnyControl, type SourceMap } from '../verdict/control';

export interface PermissionNeed {
  readonly permission: string;
  /** The Graph requests that need it. */
  readonly requests: readonly string[];
  /** Titles of the controls that read those requests. */
  readonly controls: readonly string[];
  /** What else the scan reads with it, beside the controls: "the tenant's name", "Microsoft Secure Score". */
  readonly alsoFor: readonly string[];
  /** What a scan still does without it, when that is more than "those controls are unknown". */
  readonly withoutIt?: string;
}

/** Who changed a setting: the audit log, read with a permission no verdict of its own depends on. */
const AUDIT_PURPOSE = 'who changed a setting (the Entra audit log)';
const AUDIT_WITHOUT =
  'Without it, scans still run and changes are shown without who made them ("grant AuditLog.Read.All to see").';

/** Exactly the delegated Graph read permissions the catalogue needs, each with what it is for. */
export function requiredPermissions(controls: readonly AnyControl[]): PermissionNeed[] {
  const byPermission = new Map<string, { requests: Set<string>; controls: Set<string>; also: Set<string> }>();
  const add = (s: AnyGraphSource, title?: string, purpose?: string) => {
    const entry = byPermission.get(s.permission) ?? { requests: new Set(), controls: new Set(), also: new Set() };
    entry.requests.add(anySourceKey(s));
    if (title) entry.controls.add(title);
    if (purpose) entry.also.add(purpose);
    byPermission.set(s.permission, entry);
  };
  add(organization, undefined, "the tenant's name");
  add(subscribedSkus, undefined, 'the licences it holds');
  // Microsoft Secure Score, read once per scan beside the controls.
  add(secureScores, undefined, 'Microsoft Secure Score');
  add(secureScoreControlProfiles, undefined, 'Microsoft Secure Score');
  const audit = byPermission.get(AUDIT_PERMISSION) ?? { requests: new Set(), controls: new Set(), also: new Set() };
  audit.requests.add(directoryAuditsLabel);
  audit.also.add(AUDIT_PURPOSE);
  byPermission.set(AUDIT_PERMISSION, audit);
  for (const c of controls) {
    for (const spec of Object.values(c.sources as SourceMap)) {
      const s = sourceOf(spec);
      // DNS lookups need no Graph permission: only the Graph source they are planned from does.
      // Admin services (Exchange, Teams …) are not Graph permissions: the Connect page's services section lists them.
      if (isServiceSource(s)) continue;
      if (isDnsSource(s)) {
        add(s.from, c.title);
        continue;
      }
      add(s, c.title);
      if (isDerived(s)) add(s.from, c.title);
    }
  }
  return [...byPermission]
    .map(([permission, e]) => ({
      permission,
      requests: [...e.requests].sort(),
      controls: [...e.controls].sort(),
      alsoFor: [...e.also],
      ...(permission === AUDIT_PERMISSION ? { withoutIt: AUDIT_WITHOUT } : {}),
    }))
    .sort((a, b) => a.permission.localeCompare(b.permission));
}
