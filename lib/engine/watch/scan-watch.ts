/**
 * What a scan records for the watch (issue 15), from reads it already made: the audit events of its
 * window, attached to controls, and the groups Conditional Access excludes with their members.
 */
import { conditionalAccessPolicies } from '../../graph/sources/conditional-access-policies';
import { sourceKey } from '../../graph/sources/define-source';
import { directoryAuditSources, type AuditWindow } from '../../graph/sources/directory-audits';
import { excludedGroupMembers } from '../../graph/sources/excluded-group-members';
import type { GraphGet, GraphOutcome } from '../../graph/sources/graph-request';
import { toGraphGet } from '../scan/collect-sources';
import type { DirectoryNames } from '../scan/directory-names';
import { readSource, type Read } from '../scan/run-control';
import type { AnyControl } from '../verdict/control';
import type { AuditRead, ExclusionGroup } from './audit-event';
import { auditReadOf } from './audit-read';
import { exclusionGroupsOf } from './exclusion-groups';

/** The audit log's requests for a window: they join the scan's first wave, so they add no round trip. */
export function auditGets(window: AuditWindow): GraphGet[] {
  return directoryAuditSources(window).map(toGraphGet);
}

export interface ScanWatch {
  readonly audit?: AuditRead;
  readonly exclusionGroups?: readonly ExclusionGroup[];
}

export function scanWatchOf(inputs: {
  /** Absent when the scan didn't read the log (a rescan of a few controls). */
  readonly window: AuditWindow | null;
  readonly outcomes: ReadonlyMap<string, GraphOutcome>;
  readonly secondWave: ReadonlyMap<string, Read>;
  readonly controls: readonly AnyControl[];
  readonly names: DirectoryNames | undefined;
}): ScanWatch {
  const policies = readSource(conditionalAccessPolicies, inputs.outcomes.get(sourceKey(conditionalAccessPolicies)));
  const named = (id: string): string | null => (inputs.names?.[id] ?? inputs.names?.[id.toLowerCase()])?.name ?? null;
  const exclusionGroups = exclusionGroupsOf(policies, inputs.secondWave.get(excludedGroupMembers.id), named);
  // Excluded groups and their members are named by the reads that listed them.
  const listed = new Map<string, string | null>();
  for (const g of exclusionGroups ?? []) {
    listed.set(g.id.toLowerCase(), g.name);
    for (const m of g.members ?? []) listed.set(m.id.toLowerCase(), m.name);
  }
  const nameOf = (id: string): string | null => named(id) ?? listed.get(id.toLowerCase()) ?? null;
  const audit = inputs.window
    ? auditReadOf({
        window: inputs.window,
        outcomes: inputs.outcomes,
        controls: inputs.controls,
        exclusionGroups,
        nameOf,
      })
    : undefined;
  return { ...(audit ? { audit } : {}), ...(exclusionGroups ? { exclusionGroups } : {}) };
}
