/** The audience benchmark: the same questions answered for each reader, compared on reading level and fidelity. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { conceptsKept, loadVocabulary } from '../src/audience/index.js';
import { AUDIENCES, type Answer, type Audience } from '../src/domain/index.js';
import { answerText, type AnswerLine } from './answer-lines.js';
import { askQuestions, type BatchQuestion } from './ask-questions.js';
import { conceptsKeptShare, unchangedCitations } from './audience-metrics.js';
import { buildBioasqCorpus, evenSample, readBioasqQuestions } from './bioasq-corpus.js';
import { openCorpusDb } from './corpus-db.js';
import { mean, percentile } from './metrics.js';
import { prepareCorpus } from './prepare-corpus.js';
import { fleschKincaidGrade, smogGrade } from './readability.js';
import type { BenchReport, MetricRow } from './report.js';
import { gitCommit, machineInfo } from './report.js';

/** Options of the audience benchmark. */
export type AudienceOptions = {
  bioasqFiles: string[];
  bioasqCount: number;
  kqaFile: string | null;
  db: string;
  workDir: string;
  command: string;
  date: string;
  rebuild?: boolean;
  /** Set (to the mode's description) to let clinq's generative mode reword every audience but the physician reference. */
  model?: string;
};

const kqaLineSchema = z.looseObject({ Question: z.string() });

/** The questions of a K-QA JSONL file, with ids kqa-<line>. */
export async function readKqaQuestions(path: string): Promise<BatchQuestion[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = kqaLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`bench: ${path} line ${i + 1} is not a K-QA record`);
    return { id: `kqa-${i + 1}`, question: parsed.data.Question };
  });
}

/** Runs the audience benchmark end to end and returns its report. */
export async function runAudienceBench(options: AudienceOptions): Promise<BenchReport> {
  const bioasq = await readBioasqQuestions(options.bioasqFiles);
  const corpus = buildBioasqCorpus(bioasq);
  await prepareCorpus(corpus.records, options.db, options.rebuild);
  const questions: BatchQuestion[] = [
    ...evenSample(bioasq, options.bioasqCount).map((q) => ({ id: q.id, question: q.body })),
    ...(options.kqaFile ? await readKqaQuestions(options.kqaFile) : []),
  ];
  const byAudience = new Map<Audience, Map<string, AnswerLine>>();
  const rawByAudience = new Map<Audience, Map<string, unknown>>();
  const latencyNotes: string[] = [];
  for (const audience of AUDIENCES) {
    // Without --model the run is extractive even if CLINQ_MODEL_URL is set, so results stay comparable across runs.
    const modelArgs = options.model && audience !== 'physician' ? [] : ['--no-model'];
    const batch = await askQuestions(questions, join(options.workDir, 'audience-batch.jsonl'), ['--db', options.db, '--audience', audience, ...modelArgs]);
    byAudience.set(audience, batch.answers);
    rawByAudience.set(audience, batch.raw);
    latencyNotes.push(`${audience}: ${(batch.totalMs / 1000).toFixed(1)} s${batch.errors.length ? ` (${batch.errors.slice(0, 3).join('; ')})` : ''}`);
  }
  const physician = byAudience.get('physician') ?? new Map<string, AnswerLine>();
  const vocabulary = await loadVocabulary();
  // Lines that passed answerLineSchema are clinq's own contract output, so reading them as Answer is safe here.
  const contractAnswer = (audience: Audience, id: string): Answer | undefined =>
    rawByAudience.get(audience)?.get(id) as Answer | undefined;
  const rows: MetricRow[] = [];
  const stats = new Map<Audience, Record<string, number>>();
  for (const audience of AUDIENCES) {
    const answers = byAudience.get(audience) ?? new Map<string, AnswerLine>();
    const fk: number[] = [];
    const smog: number[] = [];
    const kept: number[] = [];
    const keptClinq: number[] = [];
    let unchanged = 0;
    let points = 0;
    let answered = 0;
    for (const q of questions) {
      const answer = answers.get(q.id);
      if (!answer || answer.status !== 'answered') continue;
      answered += 1;
      const text = answerText(answer);
      const g = fleschKincaidGrade(text);
      const s = smogGrade(text);
      if (!Number.isNaN(g)) fk.push(g);
      if (!Number.isNaN(s)) smog.push(s);
      const reference = physician.get(q.id);
      if (reference && reference.status === 'answered') {
        const share = conceptsKeptShare(answerText(reference), text);
        if (!Number.isNaN(share)) kept.push(share);
        const clinical = contractAnswer('physician', q.id);
        const plain = contractAnswer(audience, q.id);
        if (clinical && plain) keptClinq.push(conceptsKept(clinical, plain, vocabulary));
        const c = unchangedCitations(reference, answer);
        unchanged += c.unchanged;
        points += c.points;
      }
    }
    stats.set(audience, {
      answered,
      fk50: percentile(fk, 0.5),
      fk90: percentile(fk, 0.9),
      smog50: percentile(smog, 0.5),
      smog90: percentile(smog, 0.9),
      kept: mean(kept),
      keptClinq: mean(keptClinq),
      citations: points ? unchanged / points : Number.NaN,
    });
  }
  const row = (metric: string, key: string) => ({
    metric,
    values: Object.fromEntries(AUDIENCES.map((a) => [a, stats.get(a)?.[key] ?? null])),
  });
  rows.push(
    row('answered questions', 'answered'),
    row('Flesch-Kincaid grade, median', 'fk50'),
    row('Flesch-Kincaid grade, 90th percentile', 'fk90'),
    row('SMOG grade, median', 'smog50'),
    row('SMOG grade, 90th percentile', 'smog90'),
    row("physician answer's concepts kept, clinq conceptsKept (mean)", 'keptClinq'),
    row("physician answer's content-word stems kept (mean)", 'kept'),
    row('points with citations unchanged vs physician', 'citations'),
  );
  const db = openCorpusDb(options.db);
  const articles = db.countArticles();
  db.close();
  return {
    name: 'audience',
    command: options.command,
    commit: gitCommit(),
    date: options.date,
    machine: machineInfo(),
    corpus: { articles, 'BioASQ questions': Math.min(options.bioasqCount, bioasq.length), 'K-QA questions': questions.length - Math.min(options.bioasqCount, bioasq.length) },
    columns: [...AUDIENCES],
    rows,
    notes: [
      "Reading level over the answer text (direct answer + points) of answered questions; formulas in src/audience/measure-readability.ts, the same ones the audience stage measures its own targets with (sbd sentences, whitespace words, text-readability syllables).",
      "Concepts kept: clinq's own conceptsKept (src/audience, vocabulary terms and abbreviations of the physician answer named in the other answer as the term or its plain equivalent), and a cruder independent check: share of the physician answer's content-word Porter stems present (bench/audience-metrics.ts).",
      'Citations unchanged = same set of (PMID, quote) on the point at the same position as in the physician answer.',
      options.model
        ? `Answers: physician extractive (the reference); the other audiences ${options.model}, each reworded point checked and any failing point kept extractive.`
        : 'Answers: extractive (no model).',
      `Batch wall times: ${latencyNotes.join('; ')}.`,
    ],
  };
}
