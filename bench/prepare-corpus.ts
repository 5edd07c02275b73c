/** Builds (or reuses) a benchmark database by ingesting corpus records through `clinq ingest`. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { repoRoot, runClinq } from './clinq-runner.js';
import { toPubmedXml, type CorpusRecord } from './pubmed-xml.js';

// A database ingested by older corpus or store code may differ, so their committed trees are part of the key.
export function ingestCodeVersion(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD:src/corpus', 'HEAD:src/store'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Writes the records as PubMed XML next to the database and ingests them, unless the same corpus was already
 * ingested by the same committed ingest code (or `rebuild` is set).
 */
export async function prepareCorpus(
  records: readonly CorpusRecord[],
  dbPath: string,
  rebuild = false,
): Promise<{ reused: boolean; xmlPath: string; ingestMs: number | null }> {
  const xml = toPubmedXml(records);
  const hash = createHash('sha256').update(xml).update(ingestCodeVersion()).digest('hex');
  const marker = `${dbPath}.corpus-sha256`;
  const xmlPath = `${dbPath}.corpus.xml`;
  if (existsSync(dbPath)) {
    const previous = existsSync(marker) ? (await readFile(marker, 'utf8')).trim() : null;
    if (previous === hash && !rebuild) return { reused: true, xmlPath, ingestMs: null };
    // Loud on purpose: never delete a database the benchmark did not build itself.
    if (previous === null) throw new Error(`bench: ${dbPath} exists and was not built by the benchmark; pass another --db`);
    for (const suffix of ['', '-wal', '-shm']) await rm(`${dbPath}${suffix}`, { force: true });
  }
  await mkdir(dirname(dbPath), { recursive: true });
  await writeFile(xmlPath, xml);
  process.stderr.write(`bench: ingesting ${records.length} records into ${dbPath}\n`);
  const started = performance.now();
  await runClinq(['ingest', xmlPath, '--db', dbPath]);
  const ingestMs = performance.now() - started;
  await writeFile(marker, `${hash}\n`);
  return { reused: false, xmlPath, ingestMs };
}

/** The default work directory for benchmark databases and batch files (ignored by git). */
export function workDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  // Two benchmark runs over different files at once would rebuild each other's corpus; each can have its own.
  return env.CLINQ_BENCH_WORK || join(repoRoot, 'bench', '.work');
}
