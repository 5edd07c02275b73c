/** Builds (or reuses) a benchmark database by ingesting corpus records through `clinq ingest`. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runClinq } from './clinq-runner.js';
import { toPubmedXml, type CorpusRecord } from './pubmed-xml.js';

/** Writes the records as PubMed XML next to the database and ingests them, unless that exact corpus is there. */
export async function prepareCorpus(records: readonly CorpusRecord[], dbPath: string): Promise<{ reused: boolean; xmlPath: string }> {
  const xml = toPubmedXml(records);
  const hash = createHash('sha256').update(xml).digest('hex');
  const marker = `${dbPath}.corpus-sha256`;
  const xmlPath = `${dbPath}.corpus.xml`;
  if (existsSync(dbPath)) {
    const previous = existsSync(marker) ? (await readFile(marker, 'utf8')).trim() : null;
    if (previous === hash) return { reused: true, xmlPath };
    // Loud on purpose: never delete a database the benchmark did not build itself.
    if (previous === null) throw new Error(`bench: ${dbPath} exists and was not built by the benchmark; pass another --db`);
    for (const suffix of ['', '-wal', '-shm']) await rm(`${dbPath}${suffix}`, { force: true });
  }
  await mkdir(dirname(dbPath), { recursive: true });
  await writeFile(xmlPath, xml);
  process.stderr.write(`bench: ingesting ${records.length} records into ${dbPath}\n`);
  await runClinq(['ingest', xmlPath, '--db', dbPath]);
  await writeFile(marker, `${hash}\n`);
  return { reused: false, xmlPath };
}

/** The default work directory for benchmark databases and batch files (ignored by git). */
export function workDir(repoRoot: string): string {
  return join(repoRoot, 'bench', '.work');
}
