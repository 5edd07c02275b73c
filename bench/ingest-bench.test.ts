import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIngestSummary, parseTimeMaxRss, runIngestBench } from './ingest-bench.js';
import { SHIPPED_CORPUS } from './scale-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest output parsing', () => {
  it('reads the counts of the clinq ingest summary line', () => {
    expect(parseIngestSummary('ingested 1 file(s): 5 added, 1 updated, 3 unchanged, 0 deleted, 2 skipped\n')).toEqual({
      added: 5,
      updated: 1,
      unchanged: 3,
      deleted: 0,
      skipped: 2,
    });
    expect(parseIngestSummary('clinq: something failed\n')).toBeNull();
  });

  it('reads the peak resident set size from GNU time -v', () => {
    expect(parseTimeMaxRss('\tExit status: 0\n\tMaximum resident set size (kbytes): 174320\n')).toBe(174320);
    expect(parseTimeMaxRss('no report')).toBeNull();
  });
});

describe('runIngestBench', () => {
  it('ingests a generated corpus into a fresh database, then finds every record unchanged on the second run', async () => {
    const report = await runIngestBench({ sizes: [50], seedFiles: [SHIPPED_CORPUS[2]!], workDir: dir, command: 'test', date: '2026-01-01' });
    const value = (metric: string, column: string) => report.rows.find((r) => r.metric === metric)?.values[column];
    expect(report.columns).toEqual(['50 fresh', '50 again']);
    expect(value('added', '50 fresh')).toBe(50);
    expect(value('unchanged', '50 again')).toBe(50);
    expect(value('added', '50 again')).toBe(0);
    expect(value('database size (MB)', '50 fresh')).toBeGreaterThan(0);
    expect(value('peak RSS of clinq (MB)', '50 fresh')).toBeGreaterThan(0);
    expect(value('records in database after', '50 again')).toBe(50);
  });

  it('with an update, changes some records and adds as many new ones, losing none', async () => {
    const report = await runIngestBench({ sizes: [30], seedFiles: [SHIPPED_CORPUS[2]!], workDir: dir, command: 'test', date: '2026-01-01', update: 4 });
    const value = (metric: string) => report.rows.find((r) => r.metric === metric)?.values['30 update'];
    expect(report.columns).toEqual(['30 fresh', '30 again', '30 update']);
    expect([value('records in file'), value('updated'), value('added'), value('unchanged')]).toEqual([8, 4, 4, 0]);
    expect(value('records in database after')).toBe(34);
  });
});
