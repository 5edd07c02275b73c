/** Writes a benchmark's results as Markdown and JSON with everything needed to reproduce them. */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './clinq-runner.js';

/** Where and on what a benchmark ran. */
export type Machine = { os: string; cpu: string; cores: number; memoryGb: number; node: string };

/** The machine the benchmark runs on. */
export function machineInfo(): Machine {
  const cpu = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

/** The checked-out commit, marked "+dirty" when the working tree has changes other than benchmark results. */
export function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    // Results the benchmarks themselves wrote (one run of several) say nothing about the code that was measured.
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/results'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${commit}+dirty` : commit;
  } catch {
    return 'unknown';
  }
}

/** One row of a results table: a metric and its value per system. */
export type MetricRow = { metric: string; values: Record<string, number | string | null> };

/** A finished benchmark run. */
export type BenchReport = {
  name: string;
  command: string;
  commit: string;
  date: string;
  machine: Machine;
  corpus: Record<string, number | string>;
  columns: string[];
  rows: MetricRow[];
  notes: string[];
  /** Per-question details kept in the JSON only. */
  details?: unknown;
};

/** A number shown with three decimals, a string as is, a missing value as a dash. */
export function formatCell(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** The metrics as a Markdown table (system columns in the given order). */
export function markdownTable(columns: readonly string[], rows: readonly MetricRow[]): string {
  const head = `| metric | ${columns.join(' | ')} |`;
  const rule = `|---|${columns.map(() => '---:').join('|')}|`;
  const body = rows.map((r) => `| ${r.metric} | ${columns.map((c) => formatCell(r.values[c])).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/** The whole report as Markdown. */
export function reportMarkdown(report: BenchReport): string {
  const m = report.machine;
  return [
    `# ${report.name} benchmark, ${report.date}`,
    '',
    `- command: \`${report.command}\``,
    `- commit: ${report.commit}`,
    `- machine: ${m.os}; ${m.cpu}; ${m.cores} cores; ${m.memoryGb} GB; node ${m.node}`,
    `- corpus: ${Object.entries(report.corpus).map(([k, v]) => `${k} ${v}`).join('; ')}`,
    '',
    markdownTable(report.columns, report.rows),
    '',
    ...(report.notes.length ? ['Notes:', '', ...report.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

/** The report as JSON: indented, with one compact line per detail record so large runs stay diffable. */
export function reportJson(report: BenchReport): string {
  const { details, ...summary } = report;
  const head = JSON.stringify(summary, null, 2);
  if (!Array.isArray(details)) return `${head}\n`;
  const lines = details.map((d) => `    ${JSON.stringify(d)}`).join(',\n');
  return `${head.slice(0, -2)},\n  "details": [\n${lines}\n  ]\n}\n`;
}

/** Writes <outDir>/<name>-<date>.md and .json and returns their paths. */
export async function writeReport(report: BenchReport, outDir: string): Promise<{ md: string; json: string }> {
  await mkdir(outDir, { recursive: true });
  const base = join(outDir, `${report.name}-${report.date}`);
  await writeFile(`${base}.md`, reportMarkdown(report));
  await writeFile(`${base}.json`, reportJson(report));
  return { md: `${base}.md`, json: `${base}.json` };
}
