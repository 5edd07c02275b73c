/** The hand-made benchmark: questions written from the shipped corpus, asked against it, scored on article and sentence. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { groundingCounts, type AnswerLine } from './answer-lines.js';
import { askQuestions } from './ask-questions.js';
import { verdictCounts } from './bioasq-bench.js';
import { runClinq } from './clinq-runner.js';
import { openCorpusDb } from './corpus-db.js';
import { handmadeSetName, readHandmade, scoreHandmade, share, summariseHandmade, type HandmadeDetail, type HandmadeQuestion } from './handmade-metrics.js';
import { percentile } from './metrics.js';
import { ingestCodeVersion } from './prepare-corpus.js';
import type { BenchReport } from './report.js';
import { gitCommit, machineInfo } from './report.js';

/** Options of the hand-made benchmark. */
export type HandmadeOptions = {
  file: string;
  corpusFiles: readonly string[];
  db: string;
  workDir: string;
  command: string;
  date: string;
  rebuild?: boolean;
};

/**
 * Ingests the corpus files as they are (PubMed XML, plain or gzipped) into the benchmark database, unless the same
 * files were already ingested by the same committed ingest code (or `rebuild` is set).
 */
export async function prepareCorpusFiles(files: readonly string[], dbPath: string, rebuild = false): Promise<{ ingestMs: number | null }> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(basename(file)).update(await readFile(file));
  const key = hash.update(ingestCodeVersion()).digest('hex');
  const marker = `${dbPath}.corpus-sha256`;
  if (existsSync(dbPath)) {
    const previous = existsSync(marker) ? (await readFile(marker, 'utf8')).trim() : null;
    if (previous === key && !rebuild) return { ingestMs: null };
    // Loud on purpose: never delete a database the benchmark did not build itself.
    if (previous === null) throw new Error(`bench: ${dbPath} exists and was not built by the benchmark; pass another --db`);
    for (const suffix of ['', '-wal', '-shm']) await rm(`${dbPath}${suffix}`, { force: true });
  }
  await mkdir(dirname(dbPath), { recursive: true });
  process.stderr.write(`bench: ingesting ${files.map((f) => basename(f)).join(', ')} into ${dbPath}\n`);
  const started = performance.now();
  await runClinq(['ingest', ...files, '--db', dbPath, '-q']);
  const ingestMs = performance.now() - started;
  await writeFile(marker, `${key}\n`);
  return { ingestMs };
}

/** Reads an evidence summary (clinq's reason for a refusal) from a raw answer line. */
function evidenceSummary(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = (raw as { evidenceSummary?: unknown }).evidenceSummary;
  return typeof value === 'string' ? value : null;
}

/** Runs the hand-made benchmark end to end and returns its report. */
export async function runHandmadeBench(options: HandmadeOptions): Promise<BenchReport> {
  const questions = await readHandmade(options.file);
  const setName = handmadeSetName(options.file);
  const prepared = await prepareCorpusFiles(options.corpusFiles, options.db, options.rebuild);
  // `ask --batch` takes one --audience, so each audience is its own batch.
  const byAudience = new Map<string, HandmadeQuestion[]>();
  for (const q of questions) byAudience.set(q.audience, [...(byAudience.get(q.audience) ?? []), q]);
  const answers = new Map<string, AnswerLine>();
  const reasons = new Map<string, string | null>();
  const latencies: number[] = [];
  const batchNotes: string[] = [];
  const problems: string[] = [];
  for (const [audience, group] of byAudience) {
    const batch = await askQuestions(
      group.map((q) => ({ id: q.id, question: q.question })),
      join(options.workDir, `${setName}-${audience}.jsonl`),
      ['--db', options.db, '--audience', audience, '--no-model'],
    );
    for (const [id, answer] of batch.answers) answers.set(id, answer);
    for (const [id, raw] of batch.raw) reasons.set(id, evidenceSummary(raw));
    latencies.push(...batch.latencies.values);
    batchNotes.push(`${audience} ${group.length} questions, ${(batch.totalMs / 1000).toFixed(1)} s (${batch.latencies.method})`);
    problems.push(...batch.errors.map((e) => `${audience}: ${e}`));
  }
  const details: HandmadeDetail[] = questions.map((q) => scoreHandmade(q, answers.get(q.id), reasons.get(q.id) ?? null));
  const summary = summariseHandmade(details);
  const db = openCorpusDb(options.db);
  try {
    // Baselines: plain FTS5 BM25 over the same index, top-1 beside the direct answer, top-k (k = PMIDs clinq cited) beside the whole answer.
    let bm25Top1 = 0;
    let bm25TopK = 0;
    for (const q of questions) {
      if (q.expect !== 'answer') continue;
      const expected = new Set(q.pmids);
      if (db.bm25(q.question, 1).some((p) => expected.has(p))) bm25Top1 += 1;
      const k = details.find((d) => d.id === q.id)?.cited.length ?? 0;
      if (db.bm25(q.question, k).some((p) => expected.has(p))) bm25TopK += 1;
    }
    const answered = [...answers.values()];
    const texts = db.texts([...new Set(details.flatMap((d) => d.cited))]);
    const grounding = groundingCounts(answered, (pmid) => {
      const t = texts.get(pmid);
      return t ? [t.title, t.abstract] : undefined;
    });
    const a = summary.answer;
    const r = summary.refuse;
    const y = summary.yesno;
    const outOfCorpus = questions.filter((q) => q.expect === 'refuse' && q.type !== 'vague');
    const refusedOutOfCorpus = outOfCorpus.filter((q) => answers.get(q.id)?.status === 'insufficient_evidence').length;
    return {
      name: setName,
      command: options.command,
      commit: gitCommit(),
      date: options.date,
      machine: machineInfo(),
      corpus: {
        articles: db.countArticles(),
        files: options.corpusFiles.map((f) => basename(f)).join(', '),
        questions: questions.length,
        'expect answer': a.n,
        'expect refuse': r.n,
      },
      columns: ['clinq', 'baseline'],
      rows: [
        { metric: `expect refuse: share refused (n=${r.n})`, values: { clinq: share(r.refused, r.n), baseline: null } },
        { metric: `expect answer: share answered (n=${a.n})`, values: { clinq: share(a.answered, a.n), baseline: null } },
        { metric: 'expect answer: direct answer cites an expected PMID', values: { clinq: share(a.directCites, a.n), baseline: share(bm25Top1, a.n) } },
        { metric: 'expect answer: any point cites an expected PMID', values: { clinq: share(a.anyCites, a.n), baseline: share(bm25TopK, a.n) } },
        { metric: 'expect answer: direct answer quotes the evidence sentence', values: { clinq: share(a.directQuote, a.n), baseline: null } },
        { metric: `yes/no verdict accuracy (n=${y.n})`, values: { clinq: share(y.correct, y.n), baseline: share(y.alwaysYes, y.n) } },
        { metric: 'quotes verbatim in cited record', values: { clinq: grounding.citations ? grounding.verbatimQuotes / grounding.citations : null, baseline: null } },
        { metric: 'uncited points', values: { clinq: grounding.uncitedPoints, baseline: null } },
        { metric: 'answer latency p50 (ms)', values: { clinq: percentile(latencies, 0.5), baseline: null } },
        { metric: 'answer latency p95 (ms)', values: { clinq: percentile(latencies, 0.95), baseline: null } },
      ],
      notes: [
        prepared.ingestMs === null
          ? 'Corpus database reused (same corpus files, same committed ingest code).'
          : `Corpus ingested with clinq ingest in ${(prepared.ingestMs / 1000).toFixed(1)} s (process start included).`,
        `Questions: ${options.file.replace(/^.*\/bench\//, 'bench/')}, written by hand from the shipped records before clinq was run on them (bench/handmade/README.md). Each is asked with its own --audience and --no-model (one batch per audience).`,
        `Refusals: ${refusedOutOfCorpus} of ${outOfCorpus.length} off-corpus questions and ${r.refused - refusedOutOfCorpus} of ${r.n - outOfCorpus.length} too-vague questions refused (insufficient_evidence).`,
        'Shares of expect-answer questions count every such question (a refusal fails them all). "Direct answer quotes the evidence sentence": a citation of the direct answer to an expected PMID whose quote, whitespace normalised, is the evidence sentence or holds it whole (a splitter may join two sentences).',
        `Yes/no: missing or uncertain verdict = wrong; baseline = always yes. Predicted: ${verdictCounts(details.filter((d) => d.verdictExpected).map((d) => d.verdict))}.`,
        'Baselines: plain FTS5 bm25() over the same index, OR of the question\'s words: top-1 document beside the direct answer, top k with k = number of PMIDs clinq cited (0 when it refused) beside the whole answer.',
        `Failures (first failed check per question): ${Object.entries(summary.failures).map(([k, ids]) => `${k} ${ids.length}`).join('; ') || 'none'}. Per-question details (expected and cited PMIDs, direct PMIDs and quote, verdict, status, clinq's reason when it refused, failure) are in the JSON.`,
        `Batches: ${batchNotes.join('; ')}.`,
        ...(problems.length ? [`Batch problems: ${problems.slice(0, 5).join('; ')}`] : []),
      ],
      details,
    };
  } finally {
    db.close();
  }
}
