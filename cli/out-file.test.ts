import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkOutFile, writeOutFile } from './out-file';
import { UsageError } from './scan-args';

const dir = mkdtempSync(join(tmpdir(), 'posture-lens-out-file-'));

test('a new file in a writable folder passes the check and is written', () => {
  const file = join(dir, 'report.json');
  expect(() => checkOutFile(file)).not.toThrow();
  writeOutFile(file, '{}');
  expect(readFileSync(file, 'utf8')).toBe('{}');
});

test('a missing folder or a folder given as the file is a usage error naming the path', () => {
  const missing = join(dir, 'nope', 'report.json');
  expect(() => checkOutFile(missing)).toThrow(new UsageError(`--out ${missing}: cannot write there (ENOENT).`));
  expect(() => checkOutFile(dir)).toThrow(new UsageError(`--out ${dir}: is a folder; name a file.`));
  expect(() => writeOutFile(missing, '{}')).toThrow(UsageError);
});
