import type {
  AccessReviewScheduleDefinition,
  AccessReviewScheduleSettings,
  PatternedRecurrence,
  RecurrencePattern,
} from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { licences } from './licences';
import { collection, nullable, object, positiveInt, str, type Need } from './shape';

export type ReviewPattern = Need<RecurrencePattern, 'type' | 'interval'>;
/** `pattern` of a patternedRecurrence, parsed: null or with type and interval. */
export type ReviewRecurrence = { [K in keyof Pick<PatternedRecurrence, 'pattern'>]-?: ReviewPattern | null };
/** `recurrence` of the settings: null for a one-time review. */
export type ReviewSettings = {
  [K in keyof Pick<AccessReviewScheduleSettings, 'recurrence'>]-?: ReviewRecurrence | null;
};
export type AccessReviewDefinition = Need<AccessReviewScheduleDefinition, 'id' | 'displayName' | 'status'> &
  Pick<AccessReviewScheduleDefinition, 'scope'> & { settings: ReviewSettings };

/** Present and an object; its contents vary by scope type and are searched by the evaluator. */
const scopeObject = (v: unknown, p: string) =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? null
    : { path: p, problem: v === undefined ? 'missing' : `expected object, got ${v === null ? 'null' : typeof v}` };

/**
 * Access review schedule definitions (Entra ID P2 or ID Governance): who is reviewed (`scope`) and how
 * often (`settings.recurrence`, null for a one-time review).
 * https://learn.microsoft.com/graph/api/accessreviewset-list-definitions
 */
export const accessReviewDefinitions = defineSource<AccessReviewDefinition[]>({
  id: 'accessReviewDefinitions',
  version: 'v1.0',
  path: '/identityGovernance/accessReviews/definitions',
  permission: 'AccessReview.Read.All',
  collection: true,
  licence: licences.entraP2,
  parse: collection<AccessReviewDefinition>({
    id: str,
    displayName: str,
    status: str,
    scope: scopeObject,
    settings: object<ReviewSettings>({
      recurrence: nullable(
        object<ReviewRecurrence>({ pattern: nullable(object<ReviewPattern>({ type: str, interval: positiveInt })) }),
      ),
    }),
  }),
});
