/** Ingest benchmark: time, throughput and peak memory of `clinq ingest` on generated corpora of two sizes. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../src/domain/index.js';
import { repoRoot } from './clinq-runner.js';
import { gitCommit, machineInfo, type BenchReport, type MetricRow } from './report.js';
import Database from 'better-sqlite3';
import {
  databaseBytes,
  databaseKey,
  ensureCorpusFile,
  generateUpdate,
  loadSeedArticles,
  markDatabase,
  removeDatabase,
  scalePaths,
  type GeneratedCorpus,
} from './scale-corpus.js';

/** The counts `clinq ingest` prints in its summary line. */
export type IngestCounts = { added: number; updated: number; unchanged: number; deleted: number; skipped: number };

/** One measured `clinq ingest` run, with the records the database holds after it. */
export type IngestRun = { wallMs: number; peakRssKb: number | null; rssMethod: string; counts: IngestCounts; dbBytes: number; stored: number };

function storedRecords(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Reads the counts from `clinq ingest`'s summary line; null when the line is missing. */
export function parseIngestSummary(stdout: string): IngestCounts | null {
  const m = /ingested \d+ file\(s\): (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) deleted, (\d+) skipped/.exec(stdout);
  if (!m) return null;
  const [added, updated, unchanged, deleted, skipped] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  return { added, updated, unchanged, deleted, skipped };
}

/** The peak resident set size (KB) that GNU `time -v` reports, or null. */
export function parseTimeMaxRss(stderr: string): number | null {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return m ? Number(m[1]) : null;
}

const GNU_TIME = '/usr/bin/time';

async function vmHwmKb(pid: number): Promise<number | null> {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null; // the process has exited between polls
  }
}

/**
 * Runs `clinq ingest FILE --db DB -q` as a child process and measures wall time and peak RSS: exactly with GNU
 * `time -v` when installed, otherwise by polling the child's VmHWM (which may miss a peak in the last 50 ms).
 */
export async function measureIngest(file: string, dbPath: string): Promise<IngestRun> {
  const clinq = [process.execPath, '--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'ingest', file, '--db', dbPath, '-q'];
  const useTime = existsSync(GNU_TIME);
  const [command, ...args] = useTime ? [GNU_TIME, '-v', ...clinq] : clinq;
  const started = performance.now();
  const child = spawn(command!, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  let polledKb: number | null = null;
  const poll = useTime
    ? null
    : setInterval(() => {
        if (child.pid !== undefined) void vmHwmKb(child.pid).then((kb) => (polledKb = Math.max(polledKb ?? 0, kb ?? 0) || polledKb));
      }, 50);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  const counts = parseIngestSummary(stdout);
  if (code !== 0 || !counts) throw new Error(`bench: clinq ingest ${file} exited with code ${code}: ${stderr.slice(-2000)}`);
  return {
    wallMs,
    peakRssKb: useTime ? parseTimeMaxRss(stderr) : polledKb,
    rssMethod: useTime ? 'GNU time -v (maximum resident set size of the clinq process)' : 'polled /proc/<pid>/status VmHWM every 50 ms',
    counts,
    dbBytes: await databaseBytes(dbPath),
    stored: storedRecords(dbPath),
  };
}

/** How to run the ingest benchmark. */
export type IngestBenchOptions = {
  /** Corpus sizes in records, e.g. [20000, 100000]; the same generator makes each. */
  sizes: number[];
  seedFiles: string[];
  workDir: string;
  command: string;
  date: string;
  /**
   * Then an update: a file of this many changed records of the corpus and as many new ones, ingested into its database
   * (which then no longer holds the corpus alone: the scale benchmark ingests it afresh).
   */
  update?: number;
};

const MB = 1024 * 1024;
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Per size: generate (or reuse) the corpus, ingest it into a fresh database, then ingest it again. */
export async function runIngestBench(options: IngestBenchOptions): Promise<BenchReport> {
  let seeds: Article[] | null = null;
  const loadSeeds = async (): Promise<Article[]> => (seeds ??= await loadSeedArticles(options.seedFiles));
  const columns: string[] = [];
  const runs: { corpus: GeneratedCorpus; first: IngestRun; again: IngestRun; update?: { file: GeneratedCorpus; run: IngestRun } }[] = [];
  for (const size of options.sizes) {
    const corpus = await ensureCorpusFile(options.workDir, size, options.seedFiles, loadSeeds);
    const { dbPath } = scalePaths(options.workDir, size);
    await removeDatabase(dbPath);
    process.stderr.write(`bench: clinq ingest ${size} records into a fresh database\n`);
    const first = await measureIngest(corpus.path, dbPath);
    // The fresh database is kept for the scale benchmark, marked with what it holds.
    await markDatabase(dbPath, databaseKey(size, options.seedFiles));
    process.stderr.write(`bench: clinq ingest ${size} records again (idempotency)\n`);
    const again = await measureIngest(corpus.path, dbPath);
    columns.push(`${size} fresh`, `${size} again`);
    if (!options.update) {
      runs.push({ corpus, first, again });
      continue;
    }
    const file = await generateUpdate(await loadSeeds(), size, options.update, join(options.workDir, `update-${size}-${options.update}.xml.gz`));
    // The database now holds more than the corpus: the scale benchmark must not take it for the corpus's own.
    await rm(`${dbPath}.key`, { force: true });
    process.stderr.write(`bench: clinq ingest ${options.update} changed and ${options.update} new records into the ${size}-record database\n`);
    runs.push({ corpus, first, again, update: { file, run: await measureIngest(file.path, dbPath) } });
    columns.push(`${size} update`);
  }

  const rows: MetricRow[] = [];
  const row = (metric: string, value: (run: IngestRun, corpus: GeneratedCorpus) => number | string | null): void => {
    const values: MetricRow['values'] = {};
    for (const { corpus, first, again, update } of runs) {
      values[`${corpus.records} fresh`] = value(first, corpus);
      values[`${corpus.records} again`] = value(again, corpus);
      if (update) values[`${corpus.records} update`] = value(update.run, update.file);
    }
    rows.push({ metric, values });
  };
  row('records in file', (_, c) => c.records);
  row('XML decompressed (MB)', (_, c) => round(c.xmlBytes / MB));
  row('file .xml.gz (MB)', (_, c) => round(c.gzBytes / MB));
  row('wall time (s)', (r) => round(r.wallMs / 1000, 2));
  row('records/s', (r, c) => Math.round(c.records / (r.wallMs / 1000)));
  row('MB/s of decompressed XML', (r, c) => round(c.xmlBytes / MB / (r.wallMs / 1000)));
  row('peak RSS of clinq (MB)', (r) => (r.peakRssKb === null ? null : round(r.peakRssKb / 1024)));
  row('database size (MB)', (r) => round(r.dbBytes / MB));
  row('added', (r) => r.counts.added);
  row('updated', (r) => r.counts.updated);
  row('unchanged', (r) => r.counts.unchanged);
  row('skipped', (r) => r.counts.skipped);
  row('records in database after', (r) => r.stored);

  const seedCount = seeds === null ? 'corpus files reused' : `${(seeds as Article[]).length} articles`;
  const rss = runs.map((r) => `${r.corpus.records}: ${r.first.peakRssKb === null ? '?' : round(r.first.peakRssKb / 1024)} MB`);
  const [smallest, largest] = [runs[0], runs.at(-1)];
  const growth =
    smallest && largest && largest !== smallest && smallest.first.peakRssKb && largest.first.peakRssKb
      ? ` ${round(largest.corpus.records / smallest.corpus.records)}x the records took ${round(largest.first.peakRssKb / smallest.first.peakRssKb, 2)}x the peak RSS.`
      : '';
  return {
    name: 'ingest',
    command: options.command,
    commit: gitCommit(),
    date: options.date,
    machine: machineInfo(),
    corpus: {
      sizes: options.sizes.join(', '),
      seeds: `${options.seedFiles.map((f) => f.replace(`${repoRoot}/`, '')).join(', ')} (${seedCount})`,
    },
    columns,
    rows,
    notes: [
      'Each corpus is generated by replicating the seed articles in order with new PMIDs (from 90000001); copy 0 of a ' +
        'seed keeps its real text, later copies swap a few common words (patients/participants, increased/elevated, ...) ' +
        'and nudge whole numbers, so the FTS index holds realistic, not identical, text. MeSH, keywords and authors are kept.',
      '"fresh" ingests into a new database; "again" re-ingests the same file into it (idempotency: every record unchanged).',
      `Wall time is the whole child process (\`node --import tsx src/cli/main.ts ingest FILE --db DB -q\`), start-up included; records/s and MB/s divide by it.`,
      `Peak RSS: ${runs[0]?.first.rssMethod ?? 'not measured'}. Fresh ingest: ${rss.join('; ')} — constant memory means these stay close while the corpus grows.${growth}`,
      'Database size includes WAL files, measured after the process exited.',
      ...(options.update
        ? [
            `"update" ingests a file of ${options.update} records of the corpus reworded (the first PMIDs, title marked corrected) and ${options.update} new ones ` +
              `into the database after "again": ${options.update} updated and ${options.update} added, and the database then holds the corpus and the new records.`,
          ]
        : []),
    ],
    details: runs.map(({ corpus, first, again, update }) => ({ records: corpus.records, xmlBytes: corpus.xmlBytes, gzBytes: corpus.gzBytes, first, again, ...(update && { update: update.run }) })),
  };
}
