/** `clinq subjects`: what the corpus covers (its commonest subjects and areas) and questions it answers. */
import type { Command } from 'commander';
import type { CorpusCoverage } from '../corpus/index.js';
import type { ArticleStore } from '../store/index.js';
import type { Settings } from '../config.js';
import { DB_HELP, examplesHelp, intOption, requireDatabase } from './options.js';
import { readableTimestamps } from '../lib/readable-timestamps.js';

/** How many subjects are listed unless --limit says otherwise. */
export const DEFAULT_SUBJECTS = 20;

/** Registers the subjects command (also called `corpus`). */
export function registerSubjectsCommand(program: Command): void {
  program
    .command('subjects')
    .alias('corpus')
    .summary('show what the corpus covers and questions it answers')
    .description(
      'Lists the commonest subjects of the stored PubMed records (diseases and disorders named by their MeSH headings, ' +
        'or by their titles when they have none) with their record counts, the areas of medicine they fall in, and ' +
        'example questions the engine answers from them. Counted once per corpus state and saved in the database, so ' +
        'the first run after an ingest takes longer (a few seconds per 100,000 records, plus the example questions).',
    )
    .option('--db <path>', DB_HELP)
    .option('--limit <n>', 'how many subjects to list', intOption('--limit', 1, 1000), DEFAULT_SUBJECTS)
    .option('--json', 'print the coverage as JSON (subjects cut to --limit)')
    .addHelpText('after', examplesHelp(['clinq subjects', 'clinq subjects --limit 50', 'clinq subjects --json | jq -r \'.examples[].question\'']))
    .action(async (opts: { db?: string; limit: number; json?: boolean }) => {
      const [{ loadSettings }, { openDatabase, createSqliteArticleStore }] = await Promise.all([import('../config.js'), import('../store/sqlite/index.js')]);
      // The example questions are checked extractively, never by a model.
      const settings = loadSettings({ store: { dbPath: opts.db }, model: false });
      await requireDatabase(settings.store.dbPath, 'subjects', 'run clinq start for the demo corpus, or clinq ingest FILE');
      const coverage = (await storedCoverage(createSqliteArticleStore(openDatabase(settings.store.dbPath)))) ?? (await madeCoverage(settings));
      const shown = { ...coverage, subjects: coverage.subjects.slice(0, opts.limit) };
      process.stdout.write(opts.json ? `${JSON.stringify(shown)}\n` : coverageText(shown));
    });
}

/**
 * The coverage saved for the corpus as it is now, read without loading the answer engine (seconds at 100,000 records),
 * or null. It is read by corpus-coverage's own test of the saved form, which a coverage saved before the everyday names
 * fails.
 */
async function storedCoverage(store: ArticleStore): Promise<CorpusCoverage | null> {
  try {
    const { savedCoverage } = await import('../corpus-coverage.js');
    return await savedCoverage(store, await store.snapshot());
  } finally {
    await store.close();
  }
}

/** The coverage made (and saved) by clinq over the database: its subjects counted and its example questions asked. */
async function madeCoverage(settings: Settings): Promise<CorpusCoverage> {
  const { openClinq } = await import('../clinq.js');
  const clinq = await openClinq(settings);
  try {
    return await clinq.coverage();
  } finally {
    await clinq.close();
  }
}

/** The coverage as lines for a terminal: records, subjects with counts, areas, example questions. */
export function coverageText(coverage: CorpusCoverage): string {
  if (coverage.records === 0) {
    return 'This database holds no PubMed records yet, so it covers nothing; load some with: clinq ingest FILE.xml.gz\n';
  }
  const n = (k: number) => k.toLocaleString('en-US');
  const width = Math.max(0, ...coverage.subjects.map((s) => n(s.records).length));
  const lines = [
    `${n(coverage.records)} PubMed records; ${n(coverage.described)} name a disease or disorder (corpus: ${readableTimestamps(coverage.snapshot)}).`,
    '',
  ];
  if (coverage.subjects.length > 0) {
    lines.push('Commonest subjects (records):');
    for (const s of coverage.subjects) lines.push(`  ${n(s.records).padStart(width)}  ${s.label}${s.everyday ? ` (${s.everyday})` : ''}`);
  } else {
    lines.push('No disease or disorder is named by two records or more.');
  }
  if (coverage.areas.length > 0) {
    lines.push('', 'Areas (records):');
    const areas = coverage.areas.slice(0, 10);
    const areaWidth = Math.max(...areas.map((a) => n(a.records).length));
    for (const a of areas) lines.push(`  ${n(a.records).padStart(areaWidth)}  ${a.name}`);
    if (coverage.areas.length > 10) lines.push(`  ... and ${coverage.areas.length - 10} more (--json lists all)`);
  }
  lines.push('', coverage.examples.length > 0 ? 'Questions it answers (checked when this list was made):' : 'No example question tried on these subjects was answered.');
  for (const e of coverage.examples) lines.push(`  clinq ask "${e.question}"`);
  return `${lines.join('\n')}\n`;
}
