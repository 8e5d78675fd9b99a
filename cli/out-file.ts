/** `--out FILE`: checked before the scan, so a typo costs no Graph reads, and written as a usage error if it fails. */
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './scan-args';

const cannotWrite = (path: string, err: unknown): UsageError =>
  new UsageError(`--out ${path}: cannot write there (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);

/** Throws a UsageError when `path` is a folder, or its folder is missing or not writable. */
export function checkOutFile(path: string): void {
  try {
    const existing = statSync(path, { throwIfNoEntry: false });
    if (existing?.isDirectory()) throw new UsageError(`--out ${path}: is a folder; name a file.`);
    accessSync(existing ? path : dirname(path), constants.W_OK);
  } catch (err) {
    throw err instanceof UsageError ? err : cannotWrite(path, err);
  }
}

/** Writes the report; a failure (disk full, permissions changed meanwhile) is a UsageError naming the file. */
export function writeOutFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw cannotWrite(path, err);
  }
}
