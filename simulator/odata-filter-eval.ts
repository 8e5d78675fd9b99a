import type { BoolNode, CompareOp, ValueNode } from './odata-filter-ast';

/** Evaluates a `$filter` tree against one item the way Graph does: case-insensitive names and strings. */

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

/** A DateTimeOffset with its zone: compared as an instant, whatever its precision (`…00Z` = `…00.000Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

function normalise(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  return INSTANT.test(v) ? Date.parse(v) : v.toLowerCase();
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

export function evalBool(node: BoolNode, item: object, scope: Scope): boolean {
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
