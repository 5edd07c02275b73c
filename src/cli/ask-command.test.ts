import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
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

/** The message of the JSON error line a command given --json ends stderr with (a batch's bad lines are named above it). */
function errorMessage(stderr: string): string {
  return (JSON.parse(stderr.trim().split('\n').at(-1) ?? '') as { error: { message: string } }).error.message;
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
    const input = '{"id": "a", "question": "What causes gout?"}\nnot json\n{"id": "c", "question": "What causes gout?", "question": "Is it safe?"}\n';
    const run = await clinq(['ask', '--json', '--db', db, '--batch', '-'], input);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { qid: unknown; error?: { message: string } });
    expect(lines.map((l) => l.qid)).toEqual(['a', null, 'c']);
    expect(lines[1]?.error?.message).toBe('stdin:2: not valid JSON');
    // A key written twice is named, not read as its last value.
    expect(lines[2]?.error?.message).toBe('stdin:3: the key "question" came more than once');
    expect(run.code).toBe(1);
  });
});

describe('a batch file saved with a byte-order mark (Notepad\'s "UTF-8 with BOM", PowerShell)', () => {
  it('reads its first line as the JSON it is, from a file and from standard input', async () => {
    const input = '\uFEFF{"id": "a", "question": "What causes gout?"}\r\n{"id": "b", "question": "What causes gout?"}\r\n';
    const file = path.join(dir, 'bom.jsonl');
    await writeFile(file, input);
    for (const run of [await clinq(['ask', '--json', '--db', db, '--batch', file]), await clinq(['ask', '--json', '--db', db, '--batch', '-'], input)]) {
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { qid: unknown; error?: unknown });
      expect(lines.map((l) => [l.qid, l.error])).toEqual([
        ['a', undefined],
        ['b', undefined],
      ]);
      expect(run.code).toBe(0);
    }
  });
});

describe('a batch line with a misspelt key', () => {
  it('is refused naming the key it looks like, where it would have been dropped and the default used', async () => {
    const input = [
      '{"id": "a", "question": "What causes gout?", "audiance": "patient"}',
      '{"ID": "b", "question": "What causes gout?"}',
      '{"id": "c", "Question ": "What causes gout?"}',
      // Keys that are no slip for a missing one are passed over: a batch file may carry gold answers or notes.
      '{"id": "d", "question": "What causes gout?", "gold": "uric acid", "qid": 4}',
      // A question of another type is named as such, not as missing.
      '{"id": "e", "question": 42}',
    ].join('\n');
    const run = await clinq(['ask', '--json', '--db', db, '--batch', '-'], input);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { qid: unknown; error?: { message: string }; status?: string });
    expect(lines.map((l) => l.error?.message ?? l.status)).toEqual([
      'stdin:1: unknown key "audiance" (did you mean "audience"?); a line reads "id", "question", "audience"',
      'stdin:2: unknown key "ID" (did you mean "id"?); a line reads "id", "question", "audience"',
      'stdin:3: unknown key "Question " (did you mean "question"?); a line reads "id", "question", "audience"',
      expect.stringMatching(/^(answered|insufficient_evidence)$/),
      'stdin:5: question: must be a string, not a number',
    ]);
    expect(lines.map((l) => l.qid)).toEqual(['a', null, 'c', 'd', 'e']);
    expect(run.code).toBe(1);
  });
});

describe('clinq ask QUESTION', () => {
  it('stops at once on a batch that is not JSON lines: gzip, binary, a JSON array spread over lines, or text', async () => {
    const gz = path.join(dir, 'questions.jsonl.gz');
    await writeFile(gz, gzipSync('{"id": "a", "question": "What causes gout?"}\n'));
    const zipped = await clinq(['ask', '--json', '--db', db, '--batch', gz]);
    expect(zipped.code).toBe(2);
    // --batch goes with --json: the refusal is JSON on stderr, as every error of a command given --json.
    expect(errorMessage(zipped.stderr)).toBe(`ask: batch file ${gz} is gzip-compressed; decompress it, or pipe it in: zcat ${gz} | clinq ask --json --batch -`);
    expect(zipped.stdout).toBe('');
    const array = await clinq(['ask', '--json', '--db', db, '--batch', '-'], '[\n  {"id": "a", "question": "What causes gout?"}\n]\n');
    expect(array.code).toBe(2);
    expect(errorMessage(array.stderr)).toMatch(/^stdin: is one JSON document spread over lines, not JSON lines;/);
    const text = await clinq(['ask', '--json', '--db', db, '--batch', '-'], 'what causes gout\n'.repeat(1000));
    expect(errorMessage(text.stderr)).toMatch(/^stdin: its first 5 lines are not JSON;/);
    expect(text.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('takes the question unquoted, its words joined, as well as quoted', async () => {
    const unquoted = await clinq(['ask', '--json', '--db', db, 'What', 'causes', 'gout?']);
    expect(unquoted.code).toBe(0);
    expect((JSON.parse(unquoted.stdout) as { question: string }).question).toBe('What causes gout?');
  });

  it('drops a terminal colour code pasted with the question whole, in a question and in a batch line', async () => {
    const one = await clinq(['ask', '--json', '--db', db, '\u001b[31mWhat causes gout?\u001b[0m']);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { question: string }).question).toBe('What causes gout?');
    const batch = await clinq(['ask', '--json', '--db', db, '--batch', '-'], `${JSON.stringify({ id: 1, question: '\u001b[1;32mIs gout hereditary?' })}\n`);
    expect((JSON.parse(batch.stdout) as { question: string }).question).toBe('Is gout hereditary?');
  });

  it('points a refused asker to clinq subjects on stderr, leaving the JSON on stdout whole', async () => {
    const refused = await clinq(['ask', '--json', '--db', db, 'How is scurvy treated?']);
    expect(refused.code).toBe(0);
    expect((JSON.parse(refused.stdout) as { status: string }).status).toBe('insufficient_evidence');
    expect(refused.stderr).toContain(`clinq: to see what this corpus covers and questions it answers, run: clinq subjects --db ${db}`);
    // The fixture's record on AIDS in prisons answers this one.
    const answered = await clinq(['ask', '--json', '--db', db, 'How is AIDS treated in prisons?']);
    expect((JSON.parse(answered.stdout) as { status: string }).status).toBe('answered');
    expect(answered.stderr).not.toContain('clinq subjects');
  });
});

describe('clinq ask --audience in any case', () => {
  it('reads "Patient" and a batch line\'s "Nurse" as the readers they name, and still refuses a name that is none', async () => {
    const one = await clinq(['ask', '--json', '--db', db, '--audience', 'Patient', 'What causes gout?']);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { audience: string }).audience).toBe('patient');
    const batch = await clinq(['ask', '--json', '--db', db, '--batch', '-'], '{"id": 1, "question": "What causes gout?", "audience": "Nurse"}\n');
    expect(batch.code).toBe(0);
    expect((JSON.parse(batch.stdout) as { audience: string }).audience).toBe('nurse');
    const wrong = await clinq(['ask', '--db', db, '--audience', 'Doctor', 'What causes gout?']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/must be one of patient, caregiver, student, nurse, physician/);
  });
});

describe('clinq ask --json refusing its input', () => {
  it('writes the error as one JSON line {"error": {code, message}} on stderr, nothing on stdout, exit 2; as text without --json', async () => {
    for (const args of [['ask', '--json', '--db', db, '?!'], ['ask', '--json', '--db', path.join(dir, 'none.db'), 'What causes gout?'], ['ask', '--json', '--db', db]]) {
      const run = await clinq(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(errorMessage(run.stderr)).toMatch(/^(?:question|ask): /);
      expect(run.stderr).toContain('"code":"invalid_request"');
    }
    const text = await clinq(['ask', '--db', db, '?!']);
    expect(text.code).toBe(2);
    expect(text.stderr).toBe('clinq: question: has no letters or digits\n');
  });
});
