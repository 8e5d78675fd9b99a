import { FilterSyntaxError, isBoolNode } from './odata-filter-ast';
import type { BoolNode, CompareOp, FilterFunction, FilterOperator, Literal, ValueNode } from './odata-filter-ast';
import type { Token } from './odata-filter-tokens';

/**
 * A recursive-descent parser over `$filter` tokens. Besides the tree it records what the filter uses
 * (operators, functions, top-level properties, `/$count`), so a route can refuse what Graph refuses.
 */

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const BOOL_FUNCTIONS: ReadonlySet<string> = new Set(['startswith', 'endswith', 'contains']);

export class Parser {
  private at = 0;
  readonly operators = new Set<FilterOperator>();
  readonly functions = new Set<FilterFunction>();
  readonly properties = new Set<string>();
  usesCount = false;
  private readonly variables: string[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): BoolNode {
    const node = this.parseOr();
    if (this.at < this.tokens.length) throw new FilterSyntaxError(`unexpected '${this.peek()?.text ?? ''}'`);
    return node;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  private isWord(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'word' && t.text.toLowerCase() === text;
  }

  private isPunct(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'punct' && t.text === text;
  }

  private expectPunct(text: string): void {
    if (!this.isPunct(text)) throw new FilterSyntaxError(`expected '${text}'`);
    this.at++;
  }

  private parseOr(): BoolNode {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.at++;
      this.operators.add('or');
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): BoolNode {
    let left = this.parseUnary();
    while (this.isWord('and')) {
      this.at++;
      this.operators.add('and');
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): BoolNode {
    if (this.isWord('not')) {
      this.at++;
      this.operators.add('not');
      return { kind: 'not', operand: this.parseUnary() };
    }
    return this.parseComparison();
  }

  private parseComparison(): BoolNode {
    if (this.isPunct('(')) {
      this.at++;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    const left = this.parseValue();
    const next = this.peek();
    const op = next?.kind === 'word' ? next.text.toLowerCase() : '';
    if (COMPARE_OPS.has(op)) {
      this.at++;
      this.operators.add(op as CompareOp);
      return { kind: 'compare', op: op as CompareOp, left, right: this.parseValue() };
    }
    if (op === 'in') {
      this.at++;
      this.operators.add('in');
      this.expectPunct('(');
      const values: Literal[] = [];
      for (;;) {
        const v = this.parseValue();
        if (v.kind !== 'literal') throw new FilterSyntaxError("'in' takes a list of literals");
        values.push(v.value);
        if (this.isPunct(',')) {
          this.at++;
          continue;
        }
        break;
      }
      this.expectPunct(')');
      return { kind: 'in', left, values };
    }
    if (isBoolNode(left)) return left;
    throw new FilterSyntaxError('expected a comparison operator');
  }

  private parseValue(): ValueNode {
    const t = this.peek();
    if (t === undefined) throw new FilterSyntaxError('unexpected end of filter');
    if (t.kind === 'string') {
      this.at++;
      return { kind: 'literal', value: t.text };
    }
    if (t.kind === 'number') {
      this.at++;
      return { kind: 'literal', value: Number(t.text) };
    }
    if (t.kind === 'punct') {
      if (t.text === '(') {
        this.at++;
        const inner = this.parseOr();
        this.expectPunct(')');
        return inner;
      }
      throw new FilterSyntaxError(`unexpected '${t.text}'`);
    }
    const word = t.text;
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      this.at++;
      return { kind: 'literal', value: lower === 'true' };
    }
    if (lower === 'null') {
      this.at++;
      return { kind: 'literal', value: null };
    }
    const next = this.peek(1);
    if (next?.kind === 'punct' && next.text === '(') {
      if (BOOL_FUNCTIONS.has(lower)) return this.parseCall(lower as 'startswith' | 'endswith' | 'contains');
      if (lower === 'isof') return this.parseIsOf();
      throw new FilterSyntaxError(`unknown function '${word}'`);
    }
    return this.parsePath();
  }

  private parseCall(name: 'startswith' | 'endswith' | 'contains'): BoolNode {
    this.at += 2;
    this.functions.add(name);
    const args: ValueNode[] = [this.parseValue()];
    while (this.isPunct(',')) {
      this.at++;
      args.push(this.parseValue());
    }
    this.expectPunct(')');
    if (args.length !== 2) throw new FilterSyntaxError(`${name} takes two arguments`);
    return { kind: 'call', name, args };
  }

  private parseIsOf(): BoolNode {
    this.at += 2;
    this.functions.add('isof');
    const t = this.peek();
    if (t?.kind !== 'string')
      throw new FilterSyntaxError("isof takes a quoted type name, e.g. isof('microsoft.graph.user')");
    this.at++;
    this.expectPunct(')');
    return { kind: 'isof', typeName: t.text };
  }

  private parsePath(): ValueNode {
    const first = this.peek();
    if (first?.kind !== 'word') throw new FilterSyntaxError('expected a property name');
    this.at++;
    const path = [first.text];
    while (this.isPunct('/')) {
      this.at++;
      const seg = this.peek();
      if (seg?.kind !== 'word') throw new FilterSyntaxError('expected a property name after /');
      this.at++;
      const lower = seg.text.toLowerCase();
      if ((lower === 'any' || lower === 'all') && this.isPunct('(')) {
        this.notePath(path);
        return this.parseLambda(path, lower);
      }
      if (lower === '$count') {
        this.notePath(path);
        this.usesCount = true;
        return { kind: 'count', path };
      }
      path.push(seg.text);
    }
    this.notePath(path);
    return { kind: 'property', path };
  }

  private parseLambda(path: readonly string[], quantifier: 'any' | 'all'): BoolNode {
    this.expectPunct('(');
    if (this.isPunct(')')) {
      this.at++;
      return { kind: 'lambda', path, quantifier, variable: null, body: null };
    }
    const v = this.peek();
    if (v?.kind !== 'word') throw new FilterSyntaxError('expected a lambda variable');
    this.at++;
    this.expectPunct(':');
    this.variables.push(v.text);
    const body = this.parseOr();
    this.variables.pop();
    this.expectPunct(')');
    return { kind: 'lambda', path, quantifier, variable: v.text, body };
  }

  private notePath(path: readonly string[]): void {
    const head = path[0];
    if (head !== undefined && !this.variables.includes(head)) this.properties.add(head);
  }
}
