/**
 * `--declarations FILE`: the admin's emergency-access accounts, sanctioned exemptions and privileged
 * roles, as JSON in the `parseDeclarations` shape (the same file the extension's settings export). A
 * file that can't be read or is refused stops the scan with the file, the path and the problem: a
 * declaration silently dropped would judge exclusions against something the admin didn't declare.
 */
import { readFileSync } from 'node:fs';
import { parseDeclarations, type Declarations } from '../lib/engine/scan/declarations';
import { unknownControlIds } from '../lib/engine/scan/declarations-summary';
import { UsageError } from './scan-args';

export function readDeclarationsFile(
  path: string,
  read: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): Declarations {
  const refuse = (problem: string): never => {
    throw new UsageError(`--declarations ${path}: ${problem}`);
  };
  let text = '';
  try {
    text = read(path);
  } catch (err) {
    refuse(`couldn't read it (${err instanceof Error ? err.message : String(err)}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    refuse(`not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const parsed = parseDeclarations(json);
  if (!parsed.ok) return refuse(`${parsed.path ? `${parsed.path}: ` : ''}${parsed.problem}.`);
  return parsed.value;
}

/** Lines for stderr: control ids the file limits an entry to that the catalogue doesn't have. */
export function declarationWarnings(path: string, d: Declarations, controlIds: readonly string[]): string[] {
  return unknownControlIds(d, new Set(controlIds)).map(
    (u) =>
      `--declarations ${path}: ${u.path}: '${u.id}' is not a control of this catalogue, so that entry applies to no control by that id.`,
  );
}
