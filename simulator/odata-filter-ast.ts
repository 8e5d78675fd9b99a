/** The `$filter` syntax tree the parser builds and the evaluator walks, and the error a bad filter throws. */

export type FilterOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'in' | 'and' | 'or' | 'not';
export type FilterFunction = 'startswith' | 'endswith' | 'contains' | 'isof';

export type Literal = string | number | boolean | null;

export type ValueNode =
  | { readonly kind: 'literal'; readonly value: Literal }
  | { readonly kind: 'property'; readonly path: readonly string[] }
  | { readonly kind: 'count'; readonly path: readonly string[] }
  | BoolNode;

export type BoolNode =
  | { readonly kind: 'and' | 'or'; readonly left: BoolNode; readonly right: BoolNode }
  | { readonly kind: 'not'; readonly operand: BoolNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: ValueNode; readonly right: ValueNode }
  | { readonly kind: 'in'; readonly left: ValueNode; readonly values: readonly Literal[] }
  | {
      readonly kind: 'call';
      readonly name: 'startswith' | 'endswith' | 'contains';
      readonly args: readonly ValueNode[];
    }
  | { readonly kind: 'isof'; readonly typeName: string }
  | {
      readonly kind: 'lambda';
      readonly path: readonly string[];
      readonly quantifier: 'any' | 'all';
      readonly variable: string | null;
      readonly body: BoolNode | null;
    };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

export function isBoolNode(node: ValueNode): node is BoolNode {
  return node.kind !== 'literal' && node.kind !== 'property' && node.kind !== 'count';
}
