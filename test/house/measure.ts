/**
 * Measures what the house limits are about: lines per source file and lines per function, read with the
 * TypeScript compiler's parser (no type checking, so a whole repository parses in about a second).
 */
import ts from 'typescript';

/** One function of a file: its name inside the file, its length and whether it is a Preact view. */
export interface MeasuredFunction {
  /** Enclosing functions' names then its own, joined by ' > ', e.g. `createGraphClient > getAll`. */
  name: string;
  /** Lines from its first token (leading comments aside) to its last, both counted. */
  lines: number;
  /** A function in a `.tsx` file under `components/` or `entrypoints/` that returns JSX. */
  isView: boolean;
}

/** Lines in a file as `wc -l` counts them when the file ends with a newline. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

type FunctionNode =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

function isFunctionNode(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** The name a reader would look for: its own, the variable or key holding it, or the call it is passed to. */
function nameOf(node: FunctionNode, sf: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return parent.name.getText(sf);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    return parent.left.getText(sf);
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const callee = parent.expression;
    const called = ts.isPropertyAccessExpression(callee) ? callee.name.getText(sf) : callee.getText(sf);
    return `${ts.isNewExpression(parent) ? 'new ' : ''}${called}(…)`;
  }
  if (ts.isExportAssignment(parent)) return 'default export';
  return '(anonymous)';
}

function containsJsx(node: ts.Node): boolean {
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return true;
  return ts.forEachChild(node, containsJsx) ?? false;
}

/** Whether the function itself (not a function nested in it) returns an expression holding JSX. */
function returnsJsx(fn: FunctionNode): boolean {
  const body = fn.body;
  if (!body) return false;
  if (!ts.isBlock(body)) return containsJsx(body);
  const visit = (node: ts.Node): boolean => {
    if (isFunctionNode(node) || ts.isClassLike(node)) return false;
    if (ts.isReturnStatement(node)) return node.expression !== undefined && containsJsx(node.expression);
    return ts.forEachChild(node, visit) ?? false;
  };
  return ts.forEachChild(body, visit) ?? false;
}

/** Where Preact views live: components and the extension pages' entrypoints. */
export function isViewFile(file: string): boolean {
  return file.endsWith('.tsx') && (file.startsWith('components/') || file.startsWith('entrypoints/'));
}

/**
 * Every function of one file, nested ones included (a nested function counts on its own and inside its
 * parent). Names repeated in a file get ` #2`, ` #3` in source order so each entry stays addressable.
 */
export function measureFunctions(file: string, text: string): MeasuredFunction[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const viewFile = isViewFile(file);
  const found: MeasuredFunction[] = [];
  const seen = new Map<string, number>();
  const visit = (node: ts.Node, outer: readonly string[]): void => {
    let inside = outer;
    if (isFunctionNode(node)) {
      const own = nameOf(node, sf);
      const base = [...outer, own].join(' > ');
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      inside = [...outer, count === 1 ? own : `${own} #${count}`];
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.end).line;
      found.push({ name: inside.join(' > '), lines: last - first + 1, isView: viewFile && returnsJsx(node) });
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(sf, []);
  return found;
}
