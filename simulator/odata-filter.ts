/**
 * A small OData `$filter` parser and evaluator covering the forms the catalogue sends: `eq`/`ne`/
 * comparisons, `and`/`or`/`not`, `in`, `startswith`/`endswith`/`contains`, `isof('type')`,
 * lambdas (`groupTypes/any(c:c eq 'Unified')`) and `/$count`. Anything it can't parse is a 400: the
 * simulator never ignores a filter it doesn't understand, so a wrong filter fails in tests too.
 */

export type FilterOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'in' | 'and' | 'or' | 'not';
export type FilterFunction = 'startswith' | 'endswith' | 'contains' | 'isof';

type Literal = string | number | boolean | null;

type ValueNode =
  | { readonly kind: 'literal'; readonly value: Literal }
  | { readonly kind: 'property'; readonly path: readonly string[] }
  | { readonly kind: 'count'; readonly path: readonly string[] }
  | BoolNode;

type BoolNode =
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

type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

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

export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

// ---- tokens ---------------------------------------------------------------------------------------

type Token =
  | { readonly kind: 'punct'; readonly text: '(' | ')' | ',' | ':' | '/' }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'word'; readonly text: string };

const DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?/y;
const GUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_.$]*/y;

function stickyMatch(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === ':' || ch === '/') {
      tokens.push({ kind: 'punct', text: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError('unterminated string literal');
        const c = text.charAt(i);
        if (c === "'") {
          if (text.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ kind: 'string', text: value });
      continue;
    }
    // Unquoted GUIDs and dates are literals in OData (`skuId eq 6fd2c87f-…`), so they come before words.
    const literal = stickyMatch(DATETIME, text, i) ?? stickyMatch(GUID, text, i);
    if (literal !== null) {
      tokens.push({ kind: 'string', text: literal });
      i += literal.length;
      continue;
    }
    const number = stickyMatch(NUMBER, text, i);
    if (number !== null) {
      tokens.push({ kind: 'number', text: number });
      i += number.length;
      continue;
    }
    const word = stickyMatch(WORD, text, i);
    if (word !== null) {
      tokens.push({ kind: 'word', text: word });
      i += word.length;
      continue;
    }
    throw new FilterSyntaxError(`unexpected character '${ch}' at position ${i}`);
  }
  return tokens;
}

// ---- parser ---------------------------------------------------------------------------------------

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const BOOL_FUNCTIONS: ReadonlySet<string> = new Set(['startswith', 'endswith', 'contains']);

class Parser {
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

function isBoolNode(node: ValueNode): node is BoolNode {
  return node.kind !== 'literal' && node.kind !== 'property' && node.kind !== 'count';
}

// ---- evaluation -----------------------------------------------------------------------------------

type Scope = ReadonlyMap<string, unknown>;

function readProperty(target: unknown, name: string): unknown {
  if (target === null || typeof target !== 'object') return undefined;
  const record = target as Record<string, unknown>;
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

function resolvePath(path: readonly string[], item: object, scope: Scope): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  let value: unknown = scope.has(head) ? scope.get(head) : readProperty(item, head);
  for (const seg of rest) {
    if (seg.includes('.')) continue; // a type cast such as microsoft.graph.user
    value = readProperty(value, seg);
  }
  return value;
}

function evalValue(node: ValueNode, item: object, scope: Scope): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'property':
      return resolvePath(node.path, item, scope);
    case 'count': {
      const v = resolvePath(node.path, item, scope);
      return Array.isArray(v) ? v.length : 0;
    }
    case 'and':
    case 'or':
    case 'not':
    case 'compare':
    case 'in':
    case 'call':
    case 'isof':
    case 'lambda':
      return evalBool(node, item, scope);
  }
}

function normalise(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function compare(op: CompareOp, a: unknown, b: unknown): boolean {
  if (op === 'eq' || op === 'ne') {
    const equal =
      a === null || a === undefined || b === null || b === undefined
        ? (a ?? null) === (b ?? null)
        : normalise(a) === normalise(b);
    return op === 'eq' ? equal : !equal;
  }
  if (a === null || a === undefined || b === null || b === undefined) return false;
  const x = normalise(a);
  const y = normalise(b);
  if (typeof x !== typeof y) return false;
  if (typeof x !== 'string' && typeof x !== 'number') return false;
  switch (op) {
    case 'gt':
      return x > (y as typeof x);
    case 'ge':
      return x >= (y as typeof x);
    case 'lt':
      return x < (y as typeof x);
    case 'le':
      return x <= (y as typeof x);
  }
}

function evalBool(node: BoolNode, item: object, scope: Scope): boolean {
  switch (node.kind) {
    case 'and':
      return evalBool(node.left, item, scope) && evalBool(node.right, item, scope);
    case 'or':
      return evalBool(node.left, item, scope) || evalBool(node.right, item, scope);
    case 'not':
      return !evalBool(node.operand, item, scope);
    case 'compare':
      return compare(node.op, evalValue(node.left, item, scope), evalValue(node.right, item, scope));
    case 'in': {
      const v = normalise(evalValue(node.left, item, scope));
      return node.values.some((x) => normalise(x) === v);
    }
    case 'call': {
      const [a, b] = node.args.map((arg) => evalValue(arg, item, scope));
      if (typeof a !== 'string' || typeof b !== 'string') return false;
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      if (node.name === 'startswith') return x.startsWith(y);
      if (node.name === 'endswith') return x.endsWith(y);
      return x.includes(y);
    }
    case 'isof': {
      const t = readProperty(item, '@odata.type');
      return typeof t === 'string' && t.replace(/^#/, '').toLowerCase() === node.typeName.toLowerCase();
    }
    case 'lambda': {
      const values = resolvePath(node.path, item, scope);
      const list = Array.isArray(values) ? (values as unknown[]) : [];
      const body = node.body;
      const variable = node.variable;
      if (body === null || variable === null) return node.quantifier === 'any' ? list.length > 0 : true;
      const test = (element: unknown): boolean => evalBool(body, item, new Map([...scope, [variable, element]]));
      return node.quantifier === 'any' ? list.some(test) : list.every(test);
    }
  }
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
