import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBioasqBench } from './bioasq-bench.js';
import { repoRoot } from './clinq-runner.js';
import { runPubmedqaBench } from './pubmedqa-bench.js';
import type { BenchReport } from './report.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'bench');
const dir = mkdtempSync(join(tmpdir(), 'bench-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function value(report: BenchReport, metricStart: string, column = 'clinq') {
  return report.rows.find((r) => r.metric.startsWith(metricStart))?.values[column];
}

describe('benchmarks run end to end through the clinq CLI', () => {
  it('builds the BioASQ corpus from snippets, answers every question and checks every quote', async () => {
    const report = await runBioasqBench({
      files: [join(fixtures, 'bioasq-mini.json')],
      db: join(dir, 'bioasq.db'),
      workDir: dir,
      command: 'test',
      date: '2026-01-01',
    });
    expect(report.corpus.articles).toBe(8);
    expect(report.notes.some((n) => n.startsWith('Batch problems'))).toBe(false);
    expect(value(report, 'quotes verbatim')).toBe(1);
    expect(value(report, 'uncited points')).toBe(0);
    expect(value(report, 'yes/no accuracy', 'baseline')).toBe(1);
    // One factoid and one list question: the exact-answer rows score each, between 0 and 1, beside a baseline.
    expect(report.rows.find((r) => r.metric.startsWith('factoid: direct answer'))?.metric).toContain('(n=1)');
    expect(report.rows.find((r) => r.metric.startsWith('list: recall'))?.metric).toContain('(n=1)');
    for (const v of [value(report, 'factoid: whole'), value(report, 'list: recall of gold items, whole', 'baseline')]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('answers PubMedQA questions over their abstracts and scores verdicts against the majority class', async () => {
    const report = await runPubmedqaBench({
      file: join(fixtures, 'pubmedqa-mini.json'),
      db: join(dir, 'pubmedqa.db'),
      workDir: dir,
      command: 'test',
      date: '2026-01-01',
    });
    expect(report.corpus.articles).toBe(6);
    expect(value(report, 'yes/no/maybe accuracy', 'baseline')).toBeCloseTo(4 / 6);
    expect(value(report, 'quotes verbatim')).toBe(1);
  });
});
