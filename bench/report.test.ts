import { describe, expect, it } from 'vitest';
import { formatCell, markdownTable, reportJson, type BenchReport } from './report.js';

const report: BenchReport = {
  name: 'x',
  command: 'npm run bench -- x',
  commit: 'abc',
  date: '2026-01-01',
  machine: { os: 'linux', cpu: 'cpu', cores: 2, memoryGb: 4, node: 'v20' },
  corpus: { articles: 3 },
  columns: ['clinq', 'baseline'],
  rows: [{ metric: 'F1', values: { clinq: 0.5, baseline: null } }],
  notes: [],
  details: [{ id: 'q1', cited: ['1'] }, { id: 'q2', cited: [] }],
};

describe('report', () => {
  it('writes JSON that parses back to the same report, one line per detail', () => {
    const text = reportJson(report);
    expect(JSON.parse(text)).toEqual(report);
    expect(text).toContain('    {"id":"q1","cited":["1"]},\n');
  });

  it('formats numbers, missing values and text in the table', () => {
    expect(formatCell(0.12345)).toBe('0.123');
    expect(formatCell(Number.NaN)).toBe('–');
    expect(markdownTable(report.columns, report.rows)).toBe('| metric | clinq | baseline |\n|---|---:|---:|\n| F1 | 0.500 | – |');
  });
});
