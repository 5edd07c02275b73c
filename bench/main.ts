/** `npm run bench -- <name> ...`: runs a benchmark through the clinq CLI and writes its results. */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { runAudienceBench } from './audience-bench.js';
import { runBioasqBench } from './bioasq-bench.js';
import { repoRoot } from './clinq-runner.js';
import { runHandmadeBench } from './handmade-bench.js';
import { runIngestBench } from './ingest-bench.js';
import { workDir } from './prepare-corpus.js';
import { runPubmedqaBench } from './pubmedqa-bench.js';
import { markdownTable, writeReport, type BenchReport } from './report.js';
import { loadScaleQuestions, runScaleBench } from './scale-bench.js';
import { runStartupBench } from './startup-bench.js';
import { SHIPPED_CORPUS } from './scale-corpus.js';
import { describeModel, loadSettings } from '../src/config.js';

// Defaults point at the shared data sets beside the repository; explicit paths never need them.
const SHARED = resolve(repoRoot, '..', 'shared', 'data');
const DEFAULT_BIOASQ = join(SHARED, 'bioasq', 'dev');
const DEFAULT_PUBMEDQA = join(SHARED, 'pubmedqa', 'pqal_dev.json');
const DEFAULT_KQA = join(SHARED, 'k-qa', 'questions_w_answers_dev.jsonl');
const DEFAULT_HANDMADE = join(repoRoot, 'bench', 'handmade', 'questions.jsonl');

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return Number(value);
}

function existing(paths: readonly string[], what: string): string[] {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`bench: ${what} not found: ${missing.join(', ')} (pass the files explicitly)`);
  return paths.map((p) => (isAbsolute(p) ? p : resolve(process.cwd(), p)));
}

type Common = { db?: string; out: string; limit?: number; rebuild?: boolean };

const commandLine = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
const today = new Date().toISOString().slice(0, 10);
const work = workDir(repoRoot);

async function finish(report: BenchReport, out: string): Promise<void> {
  const paths = await writeReport(report, resolve(process.cwd(), out));
  process.stdout.write(`\n${report.name}: ${Object.entries(report.corpus).map(([k, v]) => `${k} ${v}`).join('; ')}\n\n`);
  process.stdout.write(`${markdownTable(report.columns, report.rows)}\n\n${report.notes.map((n) => `- ${n}`).join('\n')}\n`);
  process.stdout.write(`\nwrote ${paths.md} and ${paths.json}\n`);
}

const program = new Command()
  .name('npm run bench --')
  .description('Benchmarks that answer every question through `clinq ask --batch --json` and compare with plain baselines.\nResults go to bench/results/<name>-<date>.md and .json.')
  .showHelpAfterError();

program
  .command('bioasq')
  .description('BioASQ golden files (or directories of them): cited-document P/R/F1, ROUGE-2, yes/no, grounding, latency')
  .argument('[files...]', `BioASQ golden JSON files or directories (default ${DEFAULT_BIOASQ})`)
  .option('--limit <n>', 'ask only n questions, evenly spaced over the files (the corpus still holds every gold document)', positiveInt)
  .option('--db <path>', 'benchmark database, built by the benchmark (default bench/.work/bioasq.db)')
  .option('--out <dir>', 'results directory', 'bench/results')
  .option('--rebuild', 're-ingest the corpus even if the database already holds it')
  .action(async (files: string[], opts: Common) => {
    const report = await runBioasqBench({
      files: existing(files.length ? files : [DEFAULT_BIOASQ], 'BioASQ files'),
      limit: opts.limit,
      db: resolve(opts.db ?? join(work, 'bioasq.db')),
      workDir: work,
      command: commandLine,
      date: today,
      rebuild: opts.rebuild,
    });
    await finish(report, opts.out);
  });

program
  .command('pubmedqa')
  .description('PubMedQA PQA-L file: yes/no/maybe accuracy, cited gold PMID P/R/F1, grounding, latency')
  .argument('[file]', `PQA-L JSON (default ${DEFAULT_PUBMEDQA})`)
  .option('--limit <n>', 'ask only n questions, evenly spaced', positiveInt)
  .option('--db <path>', 'benchmark database (default bench/.work/pubmedqa.db)')
  .option('--out <dir>', 'results directory', 'bench/results')
  .option('--rebuild', 're-ingest the corpus even if the database already holds it')
  .action(async (file: string | undefined, opts: Common) => {
    const [path] = existing([file ?? DEFAULT_PUBMEDQA], 'PubMedQA file');
    const report = await runPubmedqaBench({
      file: path ?? DEFAULT_PUBMEDQA,
      limit: opts.limit,
      db: resolve(opts.db ?? join(work, 'pubmedqa.db')),
      workDir: work,
      command: commandLine,
      date: today,
      rebuild: opts.rebuild,
    });
    await finish(report, opts.out);
  });

program
  .command('handmade')
  .description('hand-made questions over the shipped corpus (data/corpus): refusals, expected article and sentence, yes/no, grounding, latency')
  .argument('[file]', 'hand-made questions JSONL (default bench/handmade/questions.jsonl; another file\'s results are named handmade-<file name>)')
  .option('--db <path>', 'benchmark database, built from data/corpus by the benchmark (default bench/.work/handmade.db)')
  .option('--out <dir>', 'results directory', 'bench/results')
  .option('--rebuild', 're-ingest the corpus even if the database already holds it')
  .action(async (file: string | undefined, opts: Common) => {
    const [path] = existing([file ?? DEFAULT_HANDMADE], 'hand-made questions file');
    const report = await runHandmadeBench({
      file: path ?? DEFAULT_HANDMADE,
      corpusFiles: existing(SHIPPED_CORPUS, 'shipped corpus files'),
      db: resolve(opts.db ?? join(work, 'handmade.db')),
      workDir: work,
      command: commandLine,
      date: today,
      rebuild: opts.rebuild,
    });
    await finish(report, opts.out);
  });

program
  .command('audience')
  .description('one batch per audience: reading level (FK, SMOG), concepts kept and citations kept vs physician')
  .option('--bioasq <files...>', `BioASQ golden files or directories: corpus and questions (default ${DEFAULT_BIOASQ})`)
  .option('--bioasq-count <n>', 'BioASQ questions to ask, evenly spaced', positiveInt, 100)
  .option('--kqa <file>', `K-QA questions JSONL (default ${DEFAULT_KQA})`)
  .option('--no-kqa', 'ask no K-QA questions')
  .option('--db <path>', 'benchmark database (default bench/.work/bioasq.db, shared with the bioasq benchmark)')
  .option('--out <dir>', 'results directory', 'bench/results')
  .option('--rebuild', 're-ingest the corpus even if the database already holds it')
  .option('--model', 'reword non-physician answers with the model of CLINQ_MODEL_URL / CLINQ_MODEL (physician stays extractive, the reference)')
  .action(async (opts: { bioasq?: string[]; bioasqCount: number; kqa?: string | false; db?: string; out: string; rebuild?: boolean; model?: boolean }) => {
    const kqa = opts.kqa === false ? null : existing([opts.kqa ?? DEFAULT_KQA], 'K-QA file')[0] ?? null;
    const model = opts.model ? loadSettings().model : undefined;
    if (opts.model && !model) throw new Error('bench: --model needs CLINQ_MODEL_URL and CLINQ_MODEL in the environment');
    const report = await runAudienceBench({
      bioasqFiles: existing(opts.bioasq ?? [DEFAULT_BIOASQ], 'BioASQ files'),
      bioasqCount: opts.bioasqCount,
      kqaFile: kqa,
      db: resolve(opts.db ?? join(work, 'bioasq.db')),
      workDir: work,
      command: commandLine,
      date: today,
      rebuild: opts.rebuild,
      model: model ? describeModel(model) : undefined,
    });
    await finish(report, opts.out);
  });

program
  .command('ingest')
  .description('generated corpora (real shipped records replicated): clinq ingest time, records/s, MB/s, peak RSS, database size; then a re-ingest')
  .option('--records <n>', 'records in the large corpus', positiveInt, 100_000)
  .option('--small <n>', 'records in the small corpus, to show memory stays flat (default records / 5)', positiveInt)
  .option('--update <n>', 'then ingest N changed and N new records into each database (an incremental update)', positiveInt)
  .option('--out <dir>', 'results directory', 'bench/results')
  .action(async (opts: { records: number; small?: number; update?: number; out: string }) => {
    const small = opts.small ?? Math.max(1, Math.round(opts.records / 5));
    const report = await runIngestBench({
      ...(opts.update && { update: opts.update }),
      sizes: [...new Set([small, opts.records])].sort((a, b) => a - b),
      seedFiles: SHIPPED_CORPUS,
      workDir: join(work, 'scale'),
      command: commandLine,
      date: today,
    });
    await finish(report, opts.out);
  });

program
  .command('scale')
  .description('answer latency p50/p95/max and insufficient-evidence share on generated corpora (default 10k and 100k records)')
  .option('--records <n>', 'records in the large corpus', positiveInt, 100_000)
  .option('--small <n>', 'records in the small corpus', positiveInt, 10_000)
  .option('--questions <files...>', `BioASQ golden files or directories, or one JSONL of {"id","question"} (default ${DEFAULT_BIOASQ}, else test/fixtures/bench/bioasq-mini.json)`)
  .option('--count <n>', 'questions to ask, evenly spaced', positiveInt, 200)
  .option('--out <dir>', 'results directory', 'bench/results')
  .action(async (opts: { records: number; small: number; questions?: string[]; count: number; out: string }) => {
    const fallback = join(repoRoot, 'test', 'fixtures', 'bench', 'bioasq-mini.json');
    const sources = opts.questions ? existing(opts.questions, 'question files') : [existsSync(DEFAULT_BIOASQ) ? DEFAULT_BIOASQ : fallback];
    const report = await runScaleBench({
      sizes: [...new Set([opts.small, opts.records])].sort((a, b) => a - b),
      questions: await loadScaleQuestions(sources, opts.count),
      questionSource: sources.map((s) => s.replace(`${resolve(repoRoot, '..')}/`, '../')).join(', '),
      seedFiles: SHIPPED_CORPUS,
      workDir: join(work, 'scale'),
      command: commandLine,
      date: today,
    });
    await finish(report, opts.out);
  });

program
  .command('startup')
  .description('wall time of one command as typed: clinq --help, npx clinq --help, info, a one-shot ask, serve and npm start until /healthz answers (median of --runs)')
  .option('--runs <n>', 'timed runs of each command', positiveInt, 5)
  .option('--question <text>', 'the question of the one-shot ask', 'Does yoga help atrial fibrillation?')
  .option('--db <path>', 'benchmark database, built from data/corpus by the benchmark (default bench/.work/startup.db)')
  .option('--out <dir>', 'results directory', 'bench/results')
  .option('--rebuild', 're-ingest the corpus even if the database already holds it')
  .action(async (opts: { runs: number; question: string; db?: string; out: string; rebuild?: boolean }) => {
    const report = await runStartupBench({
      corpusFiles: existing(SHIPPED_CORPUS, 'shipped corpus files'),
      db: resolve(opts.db ?? join(work, 'startup.db')),
      runs: opts.runs,
      question: opts.question,
      command: commandLine,
      date: today,
      rebuild: opts.rebuild,
    });
    await finish(report, opts.out);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
