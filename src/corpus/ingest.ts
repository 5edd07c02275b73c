import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { ClinqError, type Article } from '../domain/index.js';
import { fileErrorReason } from '../lib/index.js';
import type { Readable } from 'node:stream';
import { isStandardInput, readPubmedFile, type PubmedEvent, type ReadPubmedOptions } from './pubmed/index.js';

/** Where ingested articles go; an ArticleStore satisfies it. */
export interface ArticleSink {
  /** Stores a batch in one transaction and says what changed. */
  upsertArticles(articles: readonly Article[]): Promise<{ added: number; updated: number; unchanged: number }>;
  /** Removes articles by PMID and says how many existed. */
  deleteArticles(pmids: readonly string[]): Promise<number>;
}

/**
 * Progress of a run: `records` counts every record of the run so far; bytes are those of the current file, whose
 * `totalBytes` is 0 when unknown (standard input).
 */
export type IngestProgress = { file: string; records: number; bytesRead: number; totalBytes: number };

/** A record that was not loaded: `position` is its number in the file (1-based), `line` where it starts. */
export type SkippedRecord = { file: string; position: number; line: number; pmid?: string; reason: string };

/** A file that could not be read to its end; `recordsLoaded` of its records were stored before the fault. */
export type IngestFailure = { file: string; message: string; recordsLoaded: number };

/** What an ingest run did. */
export type IngestSummary = {
  /** Files read to the end. */
  files: number;
  /** Articles parsed and handed to the sink (added + updated + unchanged, before PMID de-duplication). */
  articles: number;
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  skipped: number;
  /** The first 100 skipped records, with file, position and reason. */
  skippedRecords: SkippedRecord[];
  failures: IngestFailure[];
  /** Files read to the end that held no record at all (an efetch of unknown PMIDs, or other XML under a PubMed root). */
  emptyFiles: string[];
};

/** A summary of a run that has done nothing yet: the start of every count. */
export function emptyIngestSummary(): IngestSummary {
  return { files: 0, articles: 0, added: 0, updated: 0, unchanged: 0, deleted: 0, skipped: 0, skippedRecords: [], failures: [], emptyFiles: [] };
}

/** Reads one file as PubMed events; replaceable in tests. */
export type ReadRecords = (path: string, options: ReadPubmedOptions) => AsyncIterable<PubmedEvent>;

/** How to ingest. */
export type IngestOptions = {
  /** Articles per upsert call (one store transaction each). */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  readRecords?: ReadRecords;
  /** What the path `-` reads; process.stdin unless given. */
  stdin?: Readable;
};

const optionsSchema = z.object({ batchSize: z.number().int().min(1).max(100_000).default(5_000) });
const MAX_REPORTED_SKIPS = 100;

/**
 * Streams PubMed XML files into a sink in bounded batches; a failing file is listed in the summary and the
 * other files still load.
 */
export async function ingestFiles(
  paths: readonly string[],
  sink: ArticleSink,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { batchSize } = optionsSchema.parse({ batchSize: options.batchSize });
  const readRecords = options.readRecords ?? readPubmedFile;
  const summary = emptyIngestSummary();
  let records = 0;

  for (const file of paths) {
    // A batch never spans files, so a file's fault cannot lose another file's records.
    const batch = new Map<string, Article>();
    let loadedFromFile = 0;
    const flush = async (): Promise<void> => {
      if (batch.size === 0) return;
      const articles = [...batch.values()];
      batch.clear();
      const result = await sink.upsertArticles(articles);
      summary.added += result.added;
      summary.updated += result.updated;
      summary.unchanged += result.unchanged;
      loadedFromFile += articles.length;
    };
    let totalBytes = 0;
    let bytesRead = 0;
    const report = (): void => options.onProgress?.({ file, records, bytesRead, totalBytes });

    // Every file is announced before it is read, also one that fails at once (missing, empty, not XML), so a
    // caller counting files ("[3/6] reading ...") does not lose count.
    report();
    try {
      totalBytes = await sizeOf(file);
      const events = readRecords(file, {
        ...(options.stdin ? { stdin: options.stdin } : {}),
        onBytesRead: (read, total) => {
          bytesRead = read;
          totalBytes = total;
          report();
        },
      });
      let recordsInFile = 0;
      for await (const event of events) {
        recordsInFile++;
        if (event.kind === 'article') {
          records++;
          summary.articles++;
          addNewest(batch, event.article);
          if (batch.size >= batchSize) await flush();
        } else if (event.kind === 'delete') {
          // Deletions apply in file order: what came before is stored first, so a later re-add wins.
          await flush();
          if (event.pmids.length > 0) summary.deleted += await sink.deleteArticles(event.pmids);
        } else {
          records++;
          summary.skipped++;
          if (event.withdrawn && event.pmid) {
            // A retraction arrives as a new version of a record that may already be stored (from the baseline, or
            // earlier in this batch): the old copy must not stay citable.
            if (batch.delete(event.pmid)) summary.articles--;
            await flush();
            summary.deleted += await sink.deleteArticles([event.pmid]);
          }
          if (summary.skippedRecords.length < MAX_REPORTED_SKIPS) {
            summary.skippedRecords.push({
              file,
              position: event.position.record,
              line: event.position.line,
              ...(event.pmid ? { pmid: event.pmid } : {}),
              reason: event.reason,
            });
          }
        }
      }
      await flush();
      summary.files++;
      if (recordsInFile === 0) summary.emptyFiles.push(file);
      // A file ends at its size; a pipe's size is only known as the bytes it gave.
      if (totalBytes > 0) bytesRead = totalBytes;
      report();
    } catch (error) {
      // Fail soft on corpus faults (one bad download must not block the rest); store faults stop the run, saying
      // what the run stored before them (each batch is one transaction), which no summary line will say.
      if (!(error instanceof ClinqError)) throw error;
      if (!error.code.startsWith('corpus_')) throw withStoredSoFar(error, summary);
      await flush();
      summary.failures.push({
        file,
        message:
          loadedFromFile === 0
            ? `${error.message} (nothing from this file was stored)`
            : loadedFromFile === 1
              ? `${error.message} (the 1 record before the fault was stored)`
              : `${error.message} (the ${loadedFromFile} records before the fault were stored)`,
        recordsLoaded: loadedFromFile,
      });
    }
  }
  return summary;
}

/** A store fault stopping the run, with what the run stored before it: the batches written are kept whole. */
function withStoredSoFar(error: ClinqError, summary: IngestSummary): ClinqError {
  const { added, updated, deleted } = summary;
  const stored =
    added + updated + deleted === 0
      ? 'this run stored nothing before it'
      : `this run stored ${added} added and ${updated} updated record${added + updated === 1 ? '' : 's'}${deleted > 0 ? ` and deleted ${deleted}` : ''} before it`;
  return new ClinqError(error.code, `${error.message} (${stored}; running the same command again picks up the rest)`, { cause: error });
}

/**
 * Within one batch a PMID appears once: the highest version; of equal versions the later revision (DateRevised), and
 * of equal or unknown revisions the later record.
 */
function addNewest(batch: Map<string, Article>, article: Article): void {
  const existing = batch.get(article.pmid);
  if (existing && existing.version > article.version) return;
  if (existing && existing.version === article.version && existing.revised && article.revised && existing.revised > article.revised) return;
  batch.delete(article.pmid); // re-insert so the batch keeps file order of the winners
  batch.set(article.pmid, article);
}

async function sizeOf(file: string): Promise<number> {
  // A pipe has no size: progress then counts bytes without a share of a total.
  if (isStandardInput(file)) return 0;
  // ingest reads no network (clinq needs none); a URL is said to be one, with the line that fetches it.
  if (/^(https?|ftp):\/\//i.test(file)) {
    throw new ClinqError('corpus_io_error', `corpus: ${file}: is a URL; clinq reads files, so fetch it: curl -sL '${file}' | clinq ingest -`);
  }
  try {
    return (await stat(file)).size;
  } catch (error) {
    throw new ClinqError('corpus_io_error', `corpus: ${file}: cannot read the file: ${fileErrorReason(error)}`, { cause: error });
  }
}
