/** `clinq ingest FILE|DIR|-...`: stream PubMed XML into the store. */
import type { Command } from 'commander';
import { DEFAULT_BATCH_SIZE } from '../config-defaults.js';
import { DB_HELP, examplesHelp, intOption } from './options.js';
import { terminalSafe } from './terminal-safe.js';
import { pubmedFilesFrom } from './pubmed-files.js';

/** Registers the ingest command. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .summary('load PubMed/MEDLINE XML files (plain or .gz) into the database')
    .description(
      'Streams PubMed XML (PubmedArticleSet from efetch, baseline and update files; older MedlineCitationSet; ' +
        'book chapters such as StatPearls as well as articles), plain or gzipped, in constant memory, with a progress bar on a terminal. Records are upserted by PMID (a newer ' +
        'version replaces an older one), DeleteCitation entries are honoured, retracted articles are left out (and removed if ' +
        'stored), and unusable records are reported and skipped. Re-running on the same files changes nothing. A directory stands for the *.xml and *.xml.gz files in ' +
        'it (not hidden ones, nor those in its subdirectories), read in name order. "-" reads standard input (plain or gzipped), e.g. ' +
        '`curl -s URL | clinq ingest -`; its progress counts records and bytes, as a pipe has no known size.\n\n' +
        'A broken file (cut off, not XML, not PubMed) is reported by name and position; the records read before the ' +
        'fault stay stored and the other files still load. Exit code 0 when every file loaded, 1 when any failed.',
    )
    .argument('<files...>', 'PubMed XML files (.xml or .xml.gz), directories holding them, or - for standard input')
    .option('--db <path>', DB_HELP)
    .option('--batch-size <n>', `records per write transaction (default: ${DEFAULT_BATCH_SIZE})`, intOption('--batch-size', 1, 50_000))
    .option('-q, --quiet', 'no progress bar, only the summary line')
    .addHelpText(
      'after',
      examplesHelp([
        'clinq ingest pubmed25n0001.xml.gz pubmed25n0002.xml.gz',
        'clinq ingest downloads/          every *.xml and *.xml.gz directly in it',
        'efetch -db pubmed -id 29083780 -format xml | clinq ingest -',
        'clinq ingest -q --db /srv/clinq.db updatefiles/',
      ]),
    )
    .action(async (paths: string[], opts: { db?: string; batchSize?: number; quiet?: boolean }) => {
      // The reading, the store and the progress bar are loaded when an ingest runs, not when the program is built.
      const [{ loadSettings }, { checkStandardInput, directoryLine, ingestWithProgress, printSummary }] = await Promise.all([
        import('../config.js'),
        import('./ingest-run.js'),
      ]);
      const settings = loadSettings({ store: { dbPath: opts.db }, corpus: { batchSize: opts.batchSize } });
      const { files, directories } = await pubmedFilesFrom(paths);
      checkStandardInput(files, process.stdin.isTTY === true);
      if (!opts.quiet) {
        for (const d of directories) process.stderr.write(`${terminalSafe(directoryLine(d))}\n`);
      }
      const summary = await ingestWithProgress(files, settings.store.dbPath, settings.corpus.batchSize, !opts.quiet);
      printSummary(summary, files.length);
      if (summary.failures.length > 0) process.exitCode = 1;
    });
}

