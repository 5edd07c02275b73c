import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileErrorReason } from './file-error-reason.js';

const dir = mkdtempSync(join(tmpdir(), 'clinq-file-reason-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The error Node throws reading `path`. */
function readError(path: string): unknown {
  try {
    readFileSync(path);
  } catch (error) {
    return error;
  }
  throw new Error(`${path} was read`);
}

describe('fileErrorReason', () => {
  it('says in words why a real read failed: a missing file, a directory, a file standing for a folder', () => {
    expect(fileErrorReason(readError(join(dir, 'questions.jsonl')))).toBe('no such file');
    expect(fileErrorReason(readError(dir))).toBe('it is a directory');
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'x');
    expect(fileErrorReason(readError(join(file, 'questions.jsonl')))).toBe('a part of its path is a file, not a directory');
  });

  it('names a permission fault, and gives any other fault its own message', () => {
    expect(fileErrorReason(Object.assign(new Error("EACCES: permission denied, open '/srv/q.jsonl'"), { code: 'EACCES' }))).toBe(
      'this user may not read it (permission denied)',
    );
    expect(fileErrorReason(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }))).toBe('EIO: i/o error, read');
    expect(fileErrorReason('odd')).toBe('odd');
  });
});
