import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './clinq-runner.js';
import { loadScaleQuestions, runScaleBench, slowestQuestions } from './scale-bench.js';
import { SHIPPED_CORPUS } from './scale-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'scale-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bioasqMini = join(repoRoot, 'test', 'fixtures', 'bench', 'bioasq-mini.json');

describe('loadScaleQuestions', () => {
  it('takes BioASQ question bodies, evenly spaced when asked for fewer', async () => {
    const all = await loadScaleQuestions([bioasqMini], 100);
    expect(all).toHaveLength(4);
    const two = await loadScaleQuestions([bioasqMini], 2);
    expect(two.map((q) => q.id)).toEqual([all[0]!.id, all[2]!.id]);
  });

  it('reads a JSONL file of id and question, and rejects a line without a question', async () => {
    const good = join(dir, 'q.jsonl');
    writeFileSync(good, '{"id": 1, "question": "Does aspirin prevent stroke?"}\n{"id": "b", "question": "What causes gout?"}\n');
    expect(await loadScaleQuestions([good], 10)).toEqual([
      { id: '1', question: 'Does aspirin prevent stroke?' },
      { id: 'b', question: 'What causes gout?' },
    ]);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": 1}\n');
    await expect(loadScaleQuestions([bad], 10)).rejects.toThrow(/line 1/);
  });
});

describe('slowestQuestions', () => {
  it('names the slowest answered questions, slowest first, with the opening of each question', () => {
    const questions = [
      { id: 'a', question: 'Is aspirin useful?' },
      { id: 'b', question: 'x'.repeat(200) },
      { id: 'c', question: 'What causes gout?' },
      { id: 'd', question: 'Unanswered?' },
    ];
    const elapsed = new Map<string, number | undefined>([['a', 12.34], ['b', 480], ['c', 95.06]]);
    expect(slowestQuestions(questions, elapsed, 2)).toEqual([
      { id: 'b', ms: 480, question: 'x'.repeat(80) },
      { id: 'c', ms: 95.1, question: 'What causes gout?' },
    ]);
  });
});

describe('runScaleBench', () => {
  it('builds the generated corpus database once and times an answer to every question', async () => {
    const options = {
      sizes: [40],
      questions: await loadScaleQuestions([bioasqMini], 4),
      questionSource: 'bioasq-mini',
      seedFiles: [SHIPPED_CORPUS[2]!],
      workDir: dir,
      command: 'test',
      date: '2026-01-01',
    };
    const report = await runScaleBench(options);
    const value = (metric: string) => report.rows.find((r) => r.metric === metric)?.values['40 records'];
    expect(value('questions answered')).toBe(4);
    expect(value('latency p95 (ms)')).toBeGreaterThan(0);
    expect(report.notes.some((n) => n.startsWith('Batch problems'))).toBe(false);
    expect(report.details).toEqual([expect.objectContaining({ records: 40, ingestedNow: true })]);
    expect(value('database size (MB)')).toBeGreaterThan(0);
    expect(value('ingest records/s (built this run)')).toBeGreaterThan(0);
    expect(report.notes.some((n) => n.startsWith('Slowest questions at 40 records: '))).toBe(true);
  });
});
