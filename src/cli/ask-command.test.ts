import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real CLI with `input` on its standard input. */
function clinq(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'src/cli/main.ts'), ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

let dir = '';
let db = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clinq-ask-'));
  db = path.join(dir, 'ask.db');
  await clinq(['ingest', '-q', '--db', db, path.join(root, 'test/fixtures/pubmed/pubmed1.xml')]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('clinq ask --batch -', () => {
  it('answers JSON lines from standard input, naming a bad line as stdin:N', async () => {
    const run = await clinq(['ask', '--json', '--db', db, '--batch', '-'], '{"id": "a", "question": "What causes gout?"}\nnot json\n');
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { qid: unknown; error?: { message: string } });
    expect(lines.map((l) => l.qid)).toEqual(['a', null]);
    expect(lines[1]?.error?.message).toBe('stdin:2: not valid JSON');
    expect(run.code).toBe(1);
  });
});

describe('clinq ask QUESTION', () => {
  it('takes the question unquoted, its words joined, as well as quoted', async () => {
    const unquoted = await clinq(['ask', '--json', '--db', db, 'What', 'causes', 'gout?']);
    expect(unquoted.code).toBe(0);
    expect((JSON.parse(unquoted.stdout) as { question: string }).question).toBe('What causes gout?');
  });
});
