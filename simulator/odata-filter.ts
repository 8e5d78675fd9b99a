/**
 * A small OData `$filter` parser and evaluator covering the forms the catalogue sends: `eq`/`ne`/
 * comparisons, `and`/`or`/`not`, `in`, `startswith`/`endswith`/`contains`, `isof('type')`,
 * lambdas (`groupTypes/any(c:c eq 'Unified')`) and `/$count`. Anything it can't parse is a 400: the
 * simulator never ignores a filter it doesn't understand, so a wrong filter fails in tests too.
 */

import type { FilterFunction, FilterOperator } from './odata-filter-ast';
import { evalBool } from './odata-filter-eval';
import { Parser } from './odata-filter-parser';
import { tokenize } from './odata-filter-tokens';

export { FilterSyntaxError } from './odata-filter-ast';
export type { FilterFunction, FilterOperator } from './odata-filter-ast';

/** What a filter uses, so a route can refuse what Graph refuses for that resource. */
export interface FilterFeatures {
  readonly operators: ReadonlySet<FilterOperator>;
  readonly functions: ReadonlySet<FilterFunction>;
  /** Top-level properties referenced (lambda variables resolved away). */
  readonly properties: ReadonlySet<string>;
  /** `prop/$count` was used (an advanced query on directory objects). */
  readonly usesCount: boolean;
}

export interface ParsedFilter {
  readonly features: FilterFeatures;
  readonly matches: (item: object) => boolean;
}

/** Parses `$filter` text; throws FilterSyntaxError when it can't. */
export function parseFilter(text: string): ParsedFilter {
  const parser = new Parser(tokenize(text));
  const root = parser.parse();
  return {
    features: {
      operators: parser.operators,
      functions: parser.functions,
      properties: parser.properties,
      usesCount: parser.usesCount,
    },
    matches: (item) => evalBool(root, item, new Map()),
  };
}
