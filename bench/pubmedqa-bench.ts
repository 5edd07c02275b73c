/** The PubMedQA benchmark: yes/no/maybe verdicts and citation of the one gold abstract. */
import { join } from 'node:path';
import { citedPmids, groundingCounts, type AnswerLine } from './answer-lines.js';
import { askQuestions } from './ask-questions.js';
import { verdictCounts } from './bioasq-bench.js';
import { evenSample } from './bioasq-corpus.js';
import { openCorpusDb } from './corpus-db.js';
import { labelScores, macroAverage, majority, percentile, precisionRecallF1, type Prf } from './metrics.js';
import { prepareCorpus } from './prepare-corpus.js';
import { readPubmedqa } from './pubmedqa-corpus.js';
import type { BenchReport } from './report.js';
import { gitCommit, machineInfo } from './report.js';

/** Options of the PubMedQA benchmark. */
export type PubmedqaOptions = { file: string; limit?: number; db: string; workDir: string; command: string; date: string; rebuild?: boolean };

/** clinq's verdict in PubMedQA's labels: 'uncertain' and a missing verdict both read as 'maybe'. */
export function verdictLabel(answer: AnswerLine | undefined): 'yes' | 'no' | 'maybe' {
  return answer?.verdict === 'yes' || answer?.verdict === 'no' ? answer.verdict : 'maybe';
}

/** Runs the PubMedQA benchmark end to end and returns its report. */
export async function runPubmedqaBench(options: PubmedqaOptions): Promise<BenchReport> {
  const set = await readPubmedqa(options.file);
  const prepared = await prepareCorpus(set.records, options.db, options.rebuild);
  const asked = evenSample(set.questions, options.limit);
  const batch = await askQuestions(
    asked.map((q) => ({ id: q.pmid, question: q.question })),
    join(options.workDir, 'pubmedqa-batch.jsonl'),
    ['--db', options.db],
  );
  const db = openCorpusDb(options.db);
  try {
    const pairs = asked.map((q) => ({ gold: q.gold, predicted: verdictLabel(batch.answers.get(q.pmid)) }));
    const labels = ['yes', 'no', 'maybe'];
    const scores = labelScores(pairs, labels);
    const majorityClass = majority(set.questions.map((q) => q.gold)) ?? 'yes';
    const baseline = labelScores(pairs.map((p) => ({ gold: p.gold, predicted: majorityClass })), labels);
    const docs: Prf[] = [];
    const docsBm25: Prf[] = [];
    const answered: AnswerLine[] = [];
    let insufficient = 0;
    const details: unknown[] = [];
    for (const q of asked) {
      const answer = batch.answers.get(q.pmid);
      if (answer) answered.push(answer);
      if (answer?.status === 'insufficient_evidence') insufficient += 1;
      const cited = answer ? citedPmids(answer) : [];
      const bm25 = db.bm25(q.question, cited.length);
      docs.push(precisionRecallF1(cited, [q.pmid]));
      docsBm25.push(precisionRecallF1(bm25, [q.pmid]));
      details.push({ pmid: q.pmid, gold: q.gold, verdict: answer?.verdict, status: answer?.status ?? 'missing', cited });
    }
    const texts = db.texts([...new Set(answered.flatMap(citedPmids))]);
    const grounding = groundingCounts(answered, (pmid) => {
      const t = texts.get(pmid);
      return t ? [t.title, t.abstract] : undefined;
    });
    const sys = macroAverage(docs);
    const bm = macroAverage(docsBm25);
    const lat = batch.latencies.values;
    return {
      name: 'pubmedqa',
      command: options.command,
      commit: gitCommit(),
      date: options.date,
      machine: machineInfo(),
      corpus: { articles: db.countArticles(), 'questions in file': set.questions.length, 'questions asked': asked.length },
      columns: ['clinq', 'baseline'],
      rows: [
        { metric: `yes/no/maybe accuracy (n=${scores.n})`, values: { clinq: scores.accuracy, baseline: baseline.accuracy } },
        { metric: 'yes/no/maybe macro-F1', values: { clinq: scores.macroF1, baseline: baseline.macroF1 } },
        { metric: 'cited documents precision', values: { clinq: sys.precision, baseline: bm.precision } },
        { metric: 'cited documents recall', values: { clinq: sys.recall, baseline: bm.recall } },
        { metric: 'cited documents F1', values: { clinq: sys.f1, baseline: bm.f1 } },
        { metric: 'quotes verbatim in cited record', values: { clinq: grounding.citations ? grounding.verbatimQuotes / grounding.citations : null, baseline: null } },
        { metric: 'uncited points', values: { clinq: grounding.uncitedPoints, baseline: null } },
        { metric: 'share answered insufficient_evidence', values: { clinq: asked.length ? insufficient / asked.length : null, baseline: null } },
        { metric: 'answer latency p50 (ms)', values: { clinq: percentile(lat, 0.5), baseline: null } },
        { metric: 'answer latency p95 (ms)', values: { clinq: percentile(lat, 0.95), baseline: null } },
      ],
      notes: [
        prepared.ingestMs === null
          ? 'Corpus database reused (same corpus, same committed ingest code).'
          : `Corpus ingested with clinq ingest in ${(prepared.ingestMs / 1000).toFixed(1)} s (process start included).`,
        `Baselines: verdict = always the majority class of the file ("${majorityClass}"); documents = plain FTS5 bm25() over the same index, OR of the question's words, top k with k = number of PMIDs clinq cited.`,
        'Corpus: each abstract = its labelled CONTEXTS + LONG_ANSWER as CONCLUSIONS, with the MeSH headings PubMed gives it, titled with its first context sentence (never the question).',
        `clinq verdict uncertain or missing = maybe. Predicted: ${verdictCounts(pairs.map((p) => p.predicted))}; gold: ${verdictCounts(pairs.map((p) => p.gold))}.`,
        `Latency method: ${batch.latencies.method}; total batch wall time ${(batch.totalMs / 1000).toFixed(1)} s.`,
        ...(batch.errors.length ? [`Batch problems: ${batch.errors.slice(0, 5).join('; ')}`] : []),
      ],
      details,
    };
  } finally {
    db.close();
  }
}
