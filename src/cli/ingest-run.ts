/** What `clinq ingest` runs: the files' reading into the store with a progress bar, and the lines it prints. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { ingestFiles, inputName, isStandardInput, type IngestSummary } from '../corpus/index.js';
import { openDatabase, createSqliteArticleStore, createSqliteEditorialStore } from '../store/sqlite/index.js';
import { ClinqError } from '../domain/index.js';
import { terminalSafe } from './terminal-safe.js';

/** How often ingest logs a progress line when no bar is drawn (no terminal). */
const PLAIN_PROGRESS_MS = 10_000;

/** What ingest says it takes from a directory, naming (the first few of) the entries it leaves out. */
export function directoryLine(d: { path: string; count: number; leftOut: readonly string[] }): string {
  const taken = `clinq: ${d.path}: ${d.count} PubMed file${d.count === 1 ? '' : 's'} (*.xml, *.xml.gz)`;
  if (d.leftOut.length === 0) return taken;
  const shown = d.leftOut.slice(0, 5).join(', ');
  const more = d.leftOut.length > 5 ? ` and ${d.leftOut.length - 5} more` : '';
  return `${taken}; not read: ${shown}${more} (only *.xml and *.xml.gz directly in it are read)`;
}

/**
 * Refuses standard input named twice (a pipe is read once) and a terminal as standard input (ingest would sit waiting
 * for XML typed by hand); `stdinIsTerminal` is process.stdin.isTTY.
 */
export function checkStandardInput(files: readonly string[], stdinIsTerminal: boolean): void {
  const named = files.filter(isStandardInput);
  if (named.length > 1) {
    throw new ClinqError('invalid_request', `ingest: standard input (- or /dev/stdin) is named ${named.length} times; it can be read once`);
  }
  if (named.length === 1 && stdinIsTerminal) {
    throw new ClinqError(
      'invalid_request',
      `ingest: ${named[0]} reads standard input, which is a terminal here; pipe PubMed XML into it, e.g. zcat pubmed25n0001.xml.gz | clinq ingest -`,
    );
  }
}

/**
 * Ingests files into the database at dbPath, drawing a progress bar on a terminal; `resume` is the command that loads
 * the rest after a Ctrl-C (by default, running the same command again).
 */
export async function ingestWithProgress(
  files: string[],
  dbPath: string,
  batchSize: number,
  showProgress: boolean,
  resume = 'run the same command again to load the rest',
): Promise<IngestSummary> {
  let totalBytes = 0;
  let pipes = 0;
  for (const file of files) {
    try {
      const info = await stat(file);
      totalBytes += info.size;
      if (info.isFIFO() || info.isSocket()) pipes++;
    } catch {
      // Missing files are reported by ingestFiles itself, with the rest still loaded.
    }
  }
  const db = openDatabase(dbPath, { mode: 'write' });
  const store = createSqliteArticleStore(db);
  // Every database clinq writes gets all its tables, so `ask` and `info` can later read it where it is read-only.
  createSqliteEditorialStore(db);
  // A pipe has no size, so with standard input or a named pipe among the files the bar shows what has come in instead of a share.
  const sizeKnown = !files.some(isStandardInput) && pipes === 0;
  const bar =
    showProgress && process.stderr.isTTY
      ? new SingleBar(
          {
            // Short enough for an 80-column terminal with the file's name, which the bar would otherwise cut off.
            format: sizeKnown
              ? 'ingest |{bar}| {percentage}% | {records} records | {rate}/s | {left} | {file}'
              : 'ingest | {megabytes} MB read | {records} records | {rate}/s | {file}',
            barsize: 12,
            stream: process.stderr,
            hideCursor: true,
          },
          Presets.shades_classic,
        )
      : null;
  const started = Date.now();
  const doneBytes = new Map<string, number>();
  let recordsBefore = 0;
  let lastLine = Date.now();
  const readBytes = (): number => [...doneBytes.values()].reduce((a, b) => a + b, 0);
  bar?.start(Math.max(totalBytes, 1), 0, { records: 0, rate: 0, left: timeLeft(0, totalBytes, 0), file: '', megabytes: '0.0' });
  // Ctrl-C (SIGINT), or `kill`, `timeout`, `docker stop` and systemd (SIGTERM), between batches: give the terminal its
  // cursor back and say what is kept (each batch is one transaction, so the database holds every batch before it, whole,
  // and re-running the same command picks up the rest). Exit codes are the shell's 128 + signal number.
  const interrupted = (signal: NodeJS.Signals) => {
    bar?.stop();
    process.stderr.write(
      `\nclinq: ingest ${signal === 'SIGINT' ? 'interrupted' : `stopped (${signal})`}; the batches written so far are stored whole; ${resume}\n`,
    );
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    return await ingestFiles(files, store, {
      batchSize,
      onProgress: (p) => {
        // Without a terminal (CI logs, nohup, a pipe) the bar is not drawn, so each file's start is logged instead.
        if (showProgress && !bar && !doneBytes.has(p.file)) {
          process.stderr.write(`${terminalSafe(readingLine(doneBytes.size, files.length, inputName(p.file), recordsBefore))}\n`);
        }
        recordsBefore = p.records;
        // ... and, on a long file, a line every PLAIN_PROGRESS_MS with the records read and how far into the file.
        if (showProgress && !bar && Date.now() - lastLine >= PLAIN_PROGRESS_MS) {
          lastLine = Date.now();
          const share =
            p.totalBytes > 0
              ? `, ${Math.floor((100 * p.bytesRead) / p.totalBytes)}% of ${p.file}`
              : `, ${megabytes(p.bytesRead)} MB of ${inputName(p.file)} so far`;
          const left = sizeKnown ? `, ${timeLeft(readBytes(), totalBytes, Date.now() - started)}` : '';
          if (doneBytes.has(p.file)) process.stderr.write(`${terminalSafe(`clinq: ${p.records} records read${share}${left}`)}\n`);
        }
        doneBytes.set(p.file, p.bytesRead);
        const bytes = readBytes();
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        bar?.update(sizeKnown ? Math.min(bytes, totalBytes) : 0, {
          records: p.records,
          rate: Math.round(p.records / seconds),
          left: timeLeft(bytes, totalBytes, Date.now() - started),
          file: barFileName(p.file),
          megabytes: megabytes(bytes),
        });
      },
    });
  } catch (error) {
    throw error instanceof ClinqError ? error : new ClinqError('store_error', `ingest: ${String(error)}`, { cause: error });
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    bar?.stop();
    await store.close();
  }
}

/**
 * The file as the progress bar names it: its base name, as the bar is cut at the terminal's width and a long directory
 * path would push the name itself off the line.
 */
export function barFileName(file: string): string {
  return terminalSafe(isStandardInput(file) ? inputName(file) : path.basename(file));
}

/** The line logged without a terminal as the file after `filesDone` others starts, with the records read before it. */
export function readingLine(filesDone: number, fileCount: number, name: string, recordsBefore: number): string {
  const sofar = filesDone > 0 ? ` (${recordsBefore} record${recordsBefore === 1 ? '' : 's'} read before it)` : '';
  return `clinq: [${filesDone + 1}/${fileCount}] reading ${name}${sofar}`;
}

/**
 * How long the rest of an ingest will take, from the share of the input read so far and the time it took: "12 min left".
 * The whole run so far is the rate (an ingest's pace is steady, and a short window swings with each gzip block), and
 * nothing is promised before 1% of the input or 10 seconds are behind, when start-up still weighs on the rate.
 */
export function timeLeft(doneBytes: number, totalBytes: number, elapsedMs: number): string {
  if (totalBytes <= 0 || doneBytes <= 0 || doneBytes / totalBytes < 0.01 || elapsedMs < 10_000) return 'time left: estimating';
  const seconds = Math.max(0, ((totalBytes - doneBytes) / doneBytes) * (elapsedMs / 1000));
  // The input is read ahead of the records written, so the last seconds are not told as a count.
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 60) return `${Math.round(seconds / 5) * 5} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min left`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/** Prints the skipped records, failures and empty files of an ingest, then its summary line. */
export function printSummary(s: IngestSummary, fileCount: number): void {
  // Skips are printed after the bar has stopped, so they are not drawn over.
  for (const skip of s.skippedRecords.slice(0, 20)) {
    process.stderr.write(`${terminalSafe(`clinq: ${inputName(skip.file)}: record ${skip.position}${skip.pmid ? ` (PMID ${skip.pmid})` : ''} skipped: ${skip.reason}`)}\n`);
  }
  if (s.skipped > 20) process.stderr.write(`clinq: ... and ${s.skipped - 20} more skipped record${s.skipped - 20 === 1 ? '' : 's'}\n`);
  for (const line of notUtf8Lines(s)) process.stderr.write(`${terminalSafe(line)}\n`);
  for (const failure of s.failures) process.stderr.write(`${terminalSafe(`clinq: ${failure.message}`)}\n`);
  for (const file of s.emptyFiles) process.stderr.write(`${terminalSafe(emptyFileLine(file))}\n`);
  process.stdout.write(`${summaryLine(s, fileCount)}\n`);
}

/**
 * A line for each file some of whose records were skipped for bytes that are not UTF-8: a file re-saved as Latin-1
 * without an XML declaration saying so loses every record with an accented letter, and the skips alone do not say why.
 */
export function notUtf8Lines(s: IngestSummary): string[] {
  const files = new Set(s.skippedRecords.filter((skip) => skip.reason.startsWith('invalid UTF-8')).map((skip) => skip.file));
  return [...files].map((file) => {
    const name = inputName(file);
    const converted = isStandardInput(file) ? 'converted.xml' : name.replace(/(\.xml)?(\.gz)?$/i, '.utf8.xml');
    const iconv = 'iconv -f WINDOWS-1252 -t UTF-8';
    const command = isStandardInput(file) ? `${iconv} > ${converted}` : /\.gz$/i.test(name) ? `zcat ${name} | ${iconv} > ${converted}` : `${iconv} ${name} > ${converted}`;
    return (
      `clinq: ${name}: records holding bytes that are not UTF-8 were skipped; if the file was saved in another encoding ` +
      `(Latin-1, Windows-1252), convert it and ingest it again: ${command}`
    );
  });
}

/** What ingest says of a file that was read to its end but held no record, so "0 added" does not go unexplained. */
export function emptyFileLine(file: string): string {
  return `clinq: ${inputName(file)}: no PubMed records in it (no PubmedArticle, PubmedBookArticle, MedlineCitation or DeleteCitation under its root)`;
}

/** The one-line summary of an ingest run over `fileCount` files; failed files are counted apart from whole ones. */
export function summaryLine(s: IngestSummary, fileCount: number): string {
  // A PMID given twice within one batch is stored once (the newest); counting it nowhere left records unaccounted for.
  const repeated = s.articles - (s.added + s.updated + s.unchanged);
  const counts =
    `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.deleted} deleted, ${s.skipped} skipped` +
    (repeated > 0 ? `, ${repeated} repeated (a PMID given again in the same file; the newest kept)` : '');
  if (s.failures.length === 0) return `ingested ${s.files} file(s): ${counts}`;
  return `ingested ${s.files} of ${fileCount} file(s), ${s.failures.length} failed (see above): ${counts}`;
}
