/** The BioASQ benchmark: cited documents, ROUGE-2, yes/no and grounding of clinq answers next to plain baselines. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { answerText, citedPmids, groundingCounts, type AnswerLine } from './answer-lines.js';
import { askQuestions } from './ask-questions.js';
import { buildBioasqCorpus, evenSample, expandJsonFiles, firstSentence, readBioasqQuestions } from './bioasq-corpus.js';
import { openCorpusDb, type CorpusDb } from './corpus-db.js';
import { bestRouge2F1, exactAnswerItems, itemRecall, labelScores, macroAverage, mean, namesAnswer, percentile, precisionRecallF1, tokenize, type Prf } from './metrics.js';
import { prepareCorpus } from './prepare-corpus.js';
import type { BenchReport, MetricRow } from './report.js';
import { gitCommit, machineInfo } from './report.js';

/** Options of the BioASQ benchmark. */
export type BioasqOptions = { files: string[]; limit?: number; db: string; workDir: string; command: string; date: string; rebuild?: boolean };

/** The first `n` words of the lead sentences of the given documents (the extractive baseline for ROUGE-2). */
export function leadSentencesBaseline(pmids: readonly string[], db: CorpusDb, words: number): string {
  if (words <= 0) return '';
  const texts = db.texts(pmids);
  const sentences = pmids.map((p) => texts.get(p)).map((t) => (t ? firstSentence(t.abstract || t.title) : ''));
  return sentences.join(' ').split(/\s+/).filter(Boolean).slice(0, words).join(' ');
}

/** The gold items (synonym lists) of each factoid and list question in the files, by question id. */
export async function readExactAnswers(paths: readonly string[]): Promise<Map<string, string[][]>> {
  const items = new Map<string, string[][]>();
  for (const file of await expandJsonFiles(paths)) {
    const json = JSON.parse(await readFile(file, 'utf8')) as { questions?: { id?: unknown; type?: unknown; exact_answer?: unknown }[] };
    for (const q of json.questions ?? []) {
      if (typeof q.id !== 'string' || typeof q.type !== 'string') continue;
      const gold = exactAnswerItems(q.type, q.exact_answer);
      if (gold.length) items.set(q.id, gold);
    }
  }
  return items;
}

/** The reader-visible text of the direct answer and the first section's points. */
export function directAndFirstSection(answer: AnswerLine): string {
  return [answer.direct?.text ?? '', ...(answer.sections[0]?.points ?? []).map((p) => p.text)].map((t) => t.trim()).filter(Boolean).join(' ');
}

/** Counts of each verdict, e.g. "yes 10, no 3, uncertain 2, missing 1". */
export function verdictCounts(verdicts: readonly (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const v of verdicts) counts.set(v ?? 'missing', (counts.get(v ?? 'missing') ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
}

/** Runs the BioASQ benchmark end to end and returns its report. */
export async function runBioasqBench(options: BioasqOptions): Promise<BenchReport> {
  const questions = await readBioasqQuestions(options.files);
  const exact = await readExactAnswers(options.files);
  const corpus = buildBioasqCorpus(questions);
  process.stderr.write(
    `bench: ${questions.length} questions; corpus of ${corpus.records.length} records rebuilt from snippets ` +
      `(${corpus.documentsWithoutSnippets.length} gold documents have no snippet and cannot be rebuilt)\n`,
  );
  const prepared = await prepareCorpus(corpus.records, options.db, options.rebuild);
  const asked = evenSample(questions, options.limit);
  const batch = await askQuestions(
    asked.map((q) => ({ id: q.id, question: q.body })),
    join(options.workDir, 'bioasq-batch.jsonl'),
    ['--db', options.db],
  );

  const db = openCorpusDb(options.db);
  try {
    const inCorpus = new Set(corpus.records.map((r) => r.pmid));
    const docSystem: Prf[] = [];
    const docBm25: Prf[] = [];
    const docBm25At10: Prf[] = [];
    const rougeSystem: number[] = [];
    const rougeBaseline: number[] = [];
    const rougeAnswered: { system: number; baseline: number }[] = [];
    const yesNo: { gold: string; predicted: string | null }[] = [];
    const details: unknown[] = [];
    const byType = new Map<string, { f1: number[]; bm25F1: number[]; rouge: number[] }>();
    const answered: AnswerLine[] = [];
    // Whether the answer names the gold exact answer (factoid: 1/0) or which share of gold items it names (list).
    const factoid = { direct: [] as number[], whole: [] as number[], directBase: [] as number[], wholeBase: [] as number[] };
    const list = { first: [] as number[], whole: [] as number[], firstBase: [] as number[], wholeBase: [] as number[] };
    let insufficient = 0;
    for (const q of asked) {
      const answer = batch.answers.get(q.id);
      if (answer) answered.push(answer);
      if (answer?.status === 'insufficient_evidence') insufficient += 1;
      const cited = answer ? citedPmids(answer) : [];
      const gold = q.documents.filter((p) => inCorpus.has(p));
      const top10 = db.bm25(q.body, 10);
      const sameK = top10.length >= cited.length ? top10.slice(0, cited.length) : db.bm25(q.body, cited.length);
      const typeScores = byType.get(q.type) ?? { f1: [], bm25F1: [], rouge: [] };
      byType.set(q.type, typeScores);
      if (gold.length > 0) {
        typeScores.f1.push(precisionRecallF1(cited, gold).f1);
        typeScores.bm25F1.push(precisionRecallF1(sameK, gold).f1);
        docSystem.push(precisionRecallF1(cited, gold));
        docBm25.push(precisionRecallF1(sameK, gold));
        docBm25At10.push(precisionRecallF1(top10, gold));
      }
      const text = answer ? answerText(answer) : '';
      const words = tokenize(text).length;
      if (q.idealAnswers.length > 0) {
        const system = bestRouge2F1(text, q.idealAnswers);
        const baseline = bestRouge2F1(leadSentencesBaseline(top10, db, text.split(/\s+/).filter(Boolean).length), q.idealAnswers);
        rougeSystem.push(system);
        typeScores.rouge.push(system);
        rougeBaseline.push(baseline);
        if (answer?.status === 'answered') rougeAnswered.push({ system, baseline });
      }
      if (q.yesNo) yesNo.push({ gold: q.yesNo, predicted: answer?.verdict ?? null });
      const items = exact.get(q.id);
      // A refused (or missing) answer names nothing; the baselines never refuse.
      const shown = answer?.status === 'answered' ? answer : undefined;
      const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;
      let hits: Record<string, number> | undefined;
      if (items && q.type === 'factoid') {
        const synonyms = items[0] as string[];
        const top = top10[0];
        const topText = top ? db.texts([top]).get(top) : undefined;
        hits = {
          direct: shown?.direct && namesAnswer(shown.direct.text, synonyms) ? 1 : 0,
          whole: shown && namesAnswer(text, synonyms) ? 1 : 0,
          directBaseline: topText && namesAnswer(firstSentence(topText.abstract || topText.title), synonyms) ? 1 : 0,
          wholeBaseline: namesAnswer(leadSentencesBaseline(top10, db, wordsOf(text)), synonyms) ? 1 : 0,
        };
        factoid.direct.push(hits.direct as number);
        factoid.whole.push(hits.whole as number);
        factoid.directBase.push(hits.directBaseline as number);
        factoid.wholeBase.push(hits.wholeBaseline as number);
      } else if (items && q.type === 'list') {
        const first = answer ? directAndFirstSection(answer) : '';
        hits = {
          first: shown ? itemRecall(first, items) : 0,
          whole: shown ? itemRecall(text, items) : 0,
          firstBaseline: itemRecall(leadSentencesBaseline(top10, db, wordsOf(first)), items),
          wholeBaseline: itemRecall(leadSentencesBaseline(top10, db, wordsOf(text)), items),
        };
        list.first.push(hits.first as number);
        list.whole.push(hits.whole as number);
        list.firstBase.push(hits.firstBaseline as number);
        list.wholeBase.push(hits.wholeBaseline as number);
      }
      details.push({ id: q.id, type: q.type, status: answer?.status ?? 'missing', verdict: answer?.verdict, cited, gold, bm25: sameK, words, ...(hits ? { exact: hits } : {}) });
    }
    const allCited = [...new Set(answered.flatMap(citedPmids))];
    const texts = db.texts(allCited);
    const grounding = groundingCounts(answered, (pmid) => {
      const t = texts.get(pmid);
      return t ? [t.title, t.abstract] : undefined;
    });
    const sys = macroAverage(docSystem);
    const bm = macroAverage(docBm25);
    const bm10 = macroAverage(docBm25At10);
    const yn = labelScores(yesNo, ['yes', 'no']);
    const always = labelScores(yesNo.map((p) => ({ gold: p.gold, predicted: 'yes' })), ['yes', 'no']);
    const lat = batch.latencies.values;
    const rows: MetricRow[] = [
      { metric: `cited documents precision (n=${docSystem.length})`, values: { clinq: sys.precision, baseline: bm.precision } },
      { metric: 'cited documents recall', values: { clinq: sys.recall, baseline: bm.recall } },
      { metric: 'cited documents F1', values: { clinq: sys.f1, baseline: bm.f1 } },
      { metric: 'BM25 top-10 precision / recall / F1 (reference)', values: { clinq: null, baseline: `${bm10.precision.toFixed(3)} / ${bm10.recall.toFixed(3)} / ${bm10.f1.toFixed(3)}` } },
      { metric: `ROUGE-2 F1 vs best ideal answer (n=${rougeSystem.length})`, values: { clinq: mean(rougeSystem), baseline: mean(rougeBaseline) } },
      {
        metric: `ROUGE-2 F1, answered questions only (n=${rougeAnswered.length})`,
        values: { clinq: mean(rougeAnswered.map((r) => r.system)), baseline: mean(rougeAnswered.map((r) => r.baseline)) },
      },
      { metric: `yes/no accuracy (n=${yn.n})`, values: { clinq: yn.accuracy, baseline: always.accuracy } },
      { metric: 'yes/no macro-F1', values: { clinq: yn.macroF1, baseline: always.macroF1 } },
      { metric: `factoid: direct answer names the exact answer (n=${factoid.direct.length})`, values: { clinq: mean(factoid.direct), baseline: mean(factoid.directBase) } },
      { metric: 'factoid: whole answer names the exact answer', values: { clinq: mean(factoid.whole), baseline: mean(factoid.wholeBase) } },
      { metric: `list: recall of gold items, direct answer + first section (n=${list.first.length})`, values: { clinq: mean(list.first), baseline: mean(list.firstBase) } },
      { metric: 'list: recall of gold items, whole answer', values: { clinq: mean(list.whole), baseline: mean(list.wholeBase) } },
      { metric: 'quotes verbatim in cited record', values: { clinq: grounding.citations ? grounding.verbatimQuotes / grounding.citations : null, baseline: null } },
      { metric: 'uncited points', values: { clinq: grounding.uncitedPoints, baseline: null } },
      { metric: 'citations not resolving to a reference', values: { clinq: grounding.unresolvedCitations, baseline: null } },
      { metric: 'share answered insufficient_evidence', values: { clinq: asked.length ? insufficient / asked.length : null, baseline: null } },
      { metric: 'answer latency p50 (ms)', values: { clinq: percentile(lat, 0.5), baseline: null } },
      { metric: 'answer latency p95 (ms)', values: { clinq: percentile(lat, 0.95), baseline: null } },
    ];
    return {
      name: 'bioasq',
      command: options.command,
      commit: gitCommit(),
      date: options.date,
      machine: machineInfo(),
      corpus: {
        articles: db.countArticles(),
        'records rebuilt': corpus.records.length,
        'gold documents without snippets (not in corpus)': corpus.documentsWithoutSnippets.length,
        'questions in files': questions.length,
        'questions asked': asked.length,
      },
      columns: ['clinq', 'baseline'],
      rows,
      notes: [
        prepared.ingestMs === null
          ? 'Corpus database reused (same corpus, same committed ingest code).'
          : `Corpus ingested with clinq ingest in ${(prepared.ingestMs / 1000).toFixed(1)} s (process start included).`,
        'Baselines: documents = plain FTS5 bm25() over the same index, OR of the question\'s distinct words (each quoted), top k where k = number of PMIDs clinq cited for that question (k = 0 when clinq abstains); ROUGE-2 = lead sentences of the BM25 top-10 documents cut to the answer\'s length in words; yes/no = always "yes".',
        'Exact answers (factoid and list): a text names a gold answer when one of its synonyms appears in it as consecutive whole words, compared case-insensitively with accents dropped, Greek letters spelled out (α = alpha), punctuation, hyphens and letter-digit joins read as spaces (IL6 = IL-6), numbers up to twenty spelled out read as digits, and a plural "s" dropped; a gold "long name (SHORT)" also matches either part alone. Factoid: any synonym of any ranked candidate counts; share of questions named in the direct answer (its point text) and in the whole answer (direct answer and every point). List: mean share of gold items named, in the direct answer plus the first section\'s points and in the whole answer. A refused or missing answer scores 0. Baselines: direct = first sentence of the BM25 top-1 document; whole and first-section = BM25 top-10 lead sentences cut to the length in words of the clinq text compared. Per-question flags are in details[].exact.',
        'Gold documents are the question\'s documents that exist in the rebuilt corpus; the corpus holds every gold document of every question in the files (shared distractors), each rebuilt from its gold snippets only.',
        'An empty prediction scores precision 0. Yes/no: a missing or "uncertain" verdict is wrong and counts as neither class.',
        `Latency method: ${batch.latencies.method}; total batch wall time ${(batch.totalMs / 1000).toFixed(1)} s for ${asked.length} questions.`,
        `Verdicts on the ${yesNo.length} yes/no questions: ${verdictCounts(yesNo.map((p) => p.predicted))}; gold: ${verdictCounts(yesNo.map((p) => p.gold))}.`,
        `By question type (clinq cited-document F1 / BM25 same-k F1 / clinq ROUGE-2): ${[...byType]
          .map(([type, t]) => `${type} (n=${t.rouge.length}) ${mean(t.f1).toFixed(3)} / ${mean(t.bm25F1).toFixed(3)} / ${mean(t.rouge).toFixed(3)}`)
          .join('; ')}.`,
        `Grounding: ${grounding.citations} citations, ${grounding.points} points checked against the database.`,
        ...(batch.errors.length ? [`Batch problems: ${batch.errors.slice(0, 5).join('; ')}`] : []),
      ],
      details,
    };
  } finally {
    db.close();
  }
}
